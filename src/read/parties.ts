// Who is who in a draft: the words drafts use for the seller and for the customer, the draft's own
// defined terms for them ("the Licensor", "the Authority"), and the parties' own names ("Corvane").
import type { Block, DefinedTerm } from './model.ts';
import { escapeRegExp } from '../regexp.ts';

export const SELLER = String.raw`(?:(?:supplier|licensor|vendor|seller|contractor|manufacturer)s?|provider|company|economic operator|tenderer|bidder|we|us|our)`;
export const CUSTOMER = String.raw`(?:customer|licensee|authority|ministry|purchaser|agency|client|buyer|department|end user|user|you|reseller|distributor|government|operator|service|police|directorate|partner|subscriber|bureau|commission|integrator|participating bod(?:y|ies)|beneficiary|gendarmerie|contracting authority|procuring (?:entity|agency|authority)|contracting (?:entity|agency))`;

const SELLER_TERM = new RegExp(`^${SELLER}$`, 'i');
export const AMBIGUOUS_TERM = /^(?:service|user|operator|government|end user)$/i;
const CUSTOMER_TERM = new RegExp(`^(?:${CUSTOMER}|force|office)$`, 'i');
const CUSTOMER_WORD = new RegExp(`^${CUSTOMER}$`, 'i');

// "Service" means the National Police Service (a party), not "the hosted service described in
// the Order Form" (the product); "User" means an officer, not the software's user interface.
const PRODUCT_MEANING = /\b(?:software|platform|system|solution|product|application|hosted|cloud|subscription|service(?:s)? (?:described|specified|set out|identified|ordered|provided)|the services?(?! of\b))\b/i;
const BODY_MEANING = /\b(?:police|force|agency|ministry|department|directorate|authority|government|intelligence|security service|bureau|office|unit|organi[sz]ation|body|person|individual|officer|employee|personnel|staff|service of|public)\b/i;
const namesAParty = (d: DefinedTerm) => !AMBIGUOUS_TERM.test(d.term) || (BODY_MEANING.test(d.meaning) && !PRODUCT_MEANING.test(d.meaning));

/** The first defined term that names each party, if the draft defines one. */
// Procurement drafting defines the seller by what it did: '"Kestrel" means the person whose bid has been accepted'.
const SELLER_MEANING = /^(?:the )?(?:natural or (?:juridical|legal) )?(?:person|entity|company|firm|bidder|tenderer)\b[^.;]{0,40}\b(?:whose (?:bid|tender|offer|proposal|quotation) (?:has been|is|was) accepted|(?:who|which|that) (?:supplies|provides|licenses|sells|delivers)\b)/i;

export function findParties(definitions: DefinedTerm[]): { seller?: string; customer?: string } {
  return {
    seller: definitions.find((d) => SELLER_TERM.test(d.term.replace(/^the\s+/i, '')))?.term ?? definitions.find((d) => !d.inline && SELLER_MEANING.test(d.meaning.trim()))?.term,
    // "Service", "User" and "Operator" name the customer only in some drafts; prefer a plainer word.
    customer: (definitions.find((d) => CUSTOMER_TERM.test(d.term) && !AMBIGUOUS_TERM.test(d.term)) ?? definitions.find((d) => CUSTOMER_TERM.test(d.term) && !SELLER_TERM.test(d.term) && namesAParty(d)))?.term,
  };
}

const LETTERHEAD = /^([A-Z][A-Z-]{2,})(?:[ ,]+[A-Z&.'-]+)*[ ,]+(?:INC|LLC|LTD|LIMITED|PTE|GMBH|PLC|CORP|CORPORATION|AG|S\.A|B\.V|W\.L\.L)\.?$/;

// Role words that drafts define for a party but that rules do not read as one: translated
// civil-law contracts ("the CONTRACTED PARTY", "THE CONTRACTING ENTITY"), export documents
// ("Exporter", "Ultimate Consignee and End User"), distribution contracts ("the Principal").
// The draft's own use of them is read as the role, like a party's name.
const SELLER_LABEL = /^(?:the )?(?:contracted party|principal|exporter)$/i;
const CUSTOMER_LABEL = /^(?:the )?(?:contracting (?:party|entity|body|agency)|procuring (?:entity|agency|authority)|employer|importer|(?:ultimate )?consignee and end[- ]user|ultimate (?:consignee|end[- ]user))$/i;
// A reseller's own word, which the rules read intermediaries by: a company so named is no seller.
const INTERMEDIARY_TERM = /^(?:reseller|distributor|dealer|integrator)$/i;
export const isSellerWord = (t: string) => SELLER_TERM.test(t) || SELLER_LABEL.test(t);
const isCustomerWord = (t: string) => CUSTOMER_TERM.test(t) || CUSTOMER_LABEL.test(t);

// An order form's table row, a "Provider:" line or an export document's "Exporter:" field names
// the party beside its role word; several fields may run together in one paragraph.
// (Field labels only in plain role words: "Service:" or "User:" label other things.)
const ROLE_WORD = String.raw`supplier|licensor|vendor|provider|seller|contractor|manufacturer|customer|licensee|purchaser|buyer|client|end user|distributor|reseller|contracted party|contracting (?:party|entity|body|agency)|procuring (?:entity|agency|authority)|employer|principal|exporter|importer|(?:ultimate )?consignee and end[- ]user|ultimate consignee`;
const PARTY_LETTER_ROLE = new RegExp(String.raw`\b(Party [A-Z]|(?:First|Second) Party)\s*\(\s*(${ROLE_WORD})\s*\)`, 'gi');
const PARTY_LETTER_NAMED = /\b(Party [A-Z])\s*:\s*([^;]{3,120}?)(?=\.\s+Party [A-Z]\s*:|\.?\s*$|\.\s+[A-Z])/g;
const ROLE_ROW = new RegExp(`^\\W*(${SELLER}|${CUSTOMER})\\W*\\s*[|]`, 'i');
const ROLE_FIELD = new RegExp(String.raw`\b(${ROLE_WORD})\s*:`, 'gi');
// The next field's label ends a field: "... U.S.A. Intermediate Consignee: ...".
const NEXT_LABEL = /\b[A-Z][A-Za-z-]+(?: [A-Za-z-]+){0,3}:/;
// "hereinafter called the CONTRACTING PARTY": a party named in capitals without quotation marks.
// ('hereinafter referred to as "the Buyer"' too, quoted but without brackets.)
// ('hereinafter called Orbital,' too: a name in title case up to the punctuation or "and" that ends it.)
// (Translated: "who for the effects of the present contract will be called THE CONTRACTOR".)
const HEREINAFTER = /\b(?:here(?:in)?after(?: (?:called|referred to as|designated|named|jointly called))?|(?:will|shall) (?:hereinafter )?be (?:called|designated|named|denominated|referred to as)),?\s+(?:(?:the\s+|THE\s+)?([A-Z][A-Z-]+(?: [A-Z][A-Z-]+){0,3})\b(?![a-z])|["\u201c](?:the\s+)?([A-Z][^"\u201d]{0,38})["\u201d]|(?:the\s+)?([A-Z][a-z][\w-]*(?: [A-Z][\w-]*){0,3})(?=\s*[,;.)]|\s+and\b))/g;
// A party described as a company sells; one described as a public body buys (the customer side of
// these deals is a government body).
const COMPANY_WORDS = /\b(?:Inc|LLC|Ltd|Limited|GmbH|S\.?A\.?S|S\.A|Sdn\.? Bhd|B\.V|N\.V|ApS|SARL|S\.?R\.?L|PLC|Pte|AG|Corp|Corporation|LTDA|S\.p\.A|K\.K|W\.?L\.?L|FZ-?LLC|FZE|FZCO|S\.?P\.?C|Pvt)\b\.?|\b(?:limited liability|joint-stock|private limited) company\b/i;
// Nordic, Central European and other forms in their own case, ending the name: "Halvard Signal AS,".
const COMPANY_FORM = /\b(?:AS|ASA|AB|Oyj?|A\/S|SE|KG|Kft|Zrt|[Ss]p\. z o\.o|s\.r\.o|a\.s|d\.o\.o|JSC|PJSC|LLP|Pty|Bhd|SpA|SA|S\.L\.U?|Lda|OOO)\.?(?=\s*[,.;:()]|\s*$)/;
const COMPANY = { test: (text: string) => COMPANY_WORDS.test(text) || COMPANY_FORM.test(text) };
const PUBLIC_BODY = /\b(?:Ministry|State|Republic|Kingdom|Emirate|Directorate(?:-General)?|Bureau|Police|Agency|Authority|Committee|Department|Government|Secretariat|Commission|Gendarmerie|Prosecution|Council|Municipality)\b/i;
// A letter or certificate written by the end user: "we certify that we are the ultimate end user".
const WE_ARE_END_USER = /\b(?:we|the undersigned)\b[^.;]{0,80}\b(?:are|is|am) the (?:ultimate |final )?end[- ]users?\b|\bwe (?:confirm|certify|declare) that (?:the )?[\w -]{1,60} is the (?:ultimate |final )?end[- ]user\b/i;

// A letter that says whom its "we" means: 'In this letter, "we", "us" and "our" refer to the DSI', the DSI defined earlier
// as a public body ('... Directorate of Special Investigations of the National Police (the "DSI")').
const WE_MEANS = /["\u201c]we["\u201d][^.]{0,60}?\b(?:refers?|means?|denotes?)\b(?: to)? (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,6})/;
function weMeansPublicBody(blocks: Block[]): boolean {
  const text = blocks.map((b) => b.text).join('\n');
  const referent = WE_MEANS.exec(text)?.[1];
  if (!referent) return false;
  if (PUBLIC_BODY.test(referent)) return !COMPANY.test(referent);
  const defined = new RegExp(`\\((?:the )?["\u201c](?:the )?${escapeRegExp(referent)}["\u201d]\\)`).exec(text);
  const described = defined ? text.slice(Math.max(0, defined.index - 200), defined.index) : '';
  return PUBLIC_BODY.test(described) && !COMPANY.test(described);
}

const COMPANY_DEFINED = /["\u201c]([A-Z][\w-]{2,30})["\u201d] (?:means|refers to) ([^;"\u201c]{0,100})|\b(?:supplied|manufactured|developed|licensed|produced|sold) by ([A-Z][^()"\u201c]{0,80}) \(["\u201c](?:the )?([A-Z][\w-]{2,30})["\u201d]\)/g;

/** How often a draft has the named party grant, license or supply, or be paid (the seller's signs), less how often
 * it pays or wishes to use what is supplied (the customer's: "the Bank shall pay the Fees", "The Bank wishes to use the platform"). */
function sellingSigns(name: string, blocks: Block[]): number {
  const n = escapeRegExp(name);
  const signs = new RegExp(`\\b${n}\\b (?:hereby )?(?:grants?|licenses?|shall (?:provide|deliver|supply|license))\\b|\\bpay (?:to )?${n}\\b|\\b${n}'s (?:fees|invoices?|price)`, 'g');
  const buying = new RegExp(`\\b${n}\\b (?:shall |will )?pay\\b|\\b${n}\\b wish(?:es)? to (?:use|acquire|purchase|procure|obtain|license)\\b`, 'g');
  return blocks.reduce((count, b) => count + (b.text.match(signs)?.length ?? 0) - (b.text.match(buying)?.length ?? 0), 0);
}

const COMMON_OPENING = /^(?:the|this|between|national|international|general|global|united|state|federal|royal|central|export|public|first|new|advanced|digital|secure|security|technical|systems?)$/i;

/** "Halden" for "HALDEN SIGNAL SYSTEMS LTD", "NPS" for "The Northmere Police Service": if the draft uses them three times. */
function shortNames(name: string, rest: Block[]): string[] {
  const words = name.replace(/^the\s+/i, '').match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const opening = words[0];
  if (!opening) return [];
  const first = opening[0].toUpperCase() + opening.slice(1).toLowerCase();
  const initials = words.filter((w) => !/^(?:of|and|for|the|de|du|des|la|le|del)$/i.test(w) && !COMPANY.test(w)).map((w) => w[0].toUpperCase()).join('');
  // (Used alone: "Halden may", not "Halden Signal Systems" again; and not a word any name may open with.)
  const used = (short: string) => {
    if (COMMON_OPENING.test(short)) return false;
    const alone = new RegExp(`\\b${short}\\b(?! ${words[1] ?? ''})`, short === first ? 'gi' : 'g');
    return rest.reduce((n, b) => n + (b.text.match(alone)?.length ?? 0), 0) >= 3;
  };
  // (A company is called by its first word, a public body by its initials.)
  return (COMPANY.test(name) ? [first, initials] : [initials, first]).filter((short, i, all) => short.length >= 3 && all.indexOf(short) === i && !PUBLIC_BODY.test(short) && used(short));
}

/**
 * The parties' own names, read from the opening of the draft: 'between Lanternfish Analytics,
 * Inc. ("Lanternfish", "we") and the Ministry ("Customer")', an order form's "Provider | Larkspur
 * Signal, Inc. ("Larkspur")', or '"GitHub," "We," and "Us" refer to ...'. A name defined beside a
 * role word takes that role; between two parties, a name beside nothing takes the role the other
 * does not have, and two bare names are told apart by who grants the licence and who is paid.
 */
// "1. Parties." opening a clause; "PARTIES" as a heading of its own.
const PARTIES_TITLE = /^\W{0,4}(?:\d+\.?\s*)?(?:the )?parties\b\W{0,4}[.:\u2014-]/i;
const PARTIES_HEADING = /^\W*(?:the )?parties\W*$/i;

export function findPartyNames(blocks: Block[]): { seller: string[]; customer: string[] } {
  const names = { seller: [] as string[], customer: [] as string[] };
  const quoted = (text: string) => [...text.matchAll(/["\u201c]([^"\u201d]{1,40})["\u201d]/g)].map((q) => q[1].replace(/[*,]/g, '').replace(/^the /i, '').trim());
  // (Gulf drafting names the parties "the First Party" and "the Second Party", East Asian drafting "Party A" and "Party B": parties, unlike "the Parties".)
  const isParty = (terms: string[]) => terms.length > 0 && !terms.some((t) => /agreement|terms|contract(?!ing|ed|or)|order|effective date|(?<!contract(?:ing|ed) |first |second |third )part(?:y|ies)(?! [a-z]$)|amendment|\beula\b|addendum|letter|schedule|annex|exhibit|signatories|solution|system|products?\b|services\b|memorandum|\bmo[au]\b/i.test(t));
  const opening = blocks.slice(0, 12);
  // Party definitions in order, each with the words that describe the party before it.
  const definitionsIn = (text: string) => [
    ...[...text.matchAll(/\(([^()]{0,160})\)/g)].map((m) => ({ at: m.index!, terms: quoted(m[1]) })),
    // (Its article too, in capitals: 'hereinafter "THE CONTRACTOR"'.)
    ...[...text.matchAll(HEREINAFTER)].map((m) => ({ at: m.index!, terms: [(m[1] ?? m[2] ?? m[3]).replace(/[*,]/g, '').replace(/^the\s+/i, '').trim()] })),
  // (A bracket and a "hereinafter" inside it name the party once: '(hereinafter "Kestrel")'.)
  // (Nor again when the bracket names it twice: '(hereinafter "the First Party" or "the Ministry")' is one party, not two.)
  ].filter((d, i, all) => isParty(d.terms) && !all.some((e, j) => (j < i && e.terms.join('\u0000') === d.terms.join('\u0000'))
    || (e.terms.length > d.terms.length && Math.abs(e.at - d.at) < 40 && d.terms.every((t) => e.terms.includes(t))))).sort((a, b) => a.at - b.at)
    .map((d, i, all) => ({ terms: d.terms, described: text.slice(i > 0 ? all[i - 1].at : 0, d.at) }));
  // "between A ("A") and B ("B")", on one line or over the next few ("BETWEEN / A (the "Principal") / AND / ...").
  // (Only the words after "between": 'This Memorandum ("MoA") is made between ...'.)
  const betweenAt = opening.findIndex((b) => /\bbetween\b/i.test(b.text));
  const afterBetween = (b: Block) => (b.index === betweenAt ? b.text.slice(/\bbetween\b/i.exec(b.text)!.index) : b.text);
  // Without "between", a party block opens the draft: 'ACME LIMITED, of ... ("Acme")' / 'and' / 'B LLC ... ("Distributor")'.
  const partyBlock = (b: Block) => definitionsIn(b.text).length > 0 && (COMPANY.test(b.text) || PUBLIC_BODY.test(b.text));
  // (The next blocks only when the "between" block defines fewer than both: "Between: A ("A")" / "And: B ("B")".)
  // (A "between" that defines nobody, as in "'Agreement' means the agreement between the Licensor and the Licensee", leaves the party blocks to say.)
  const betweenZone = betweenAt >= 0 ? blocks.slice(betweenAt, betweenAt + (definitionsIn(afterBetween(blocks[betweenAt])).length >= 2 ? 1 : 5)) : [];
  // (Or a clause headed "Parties" further in, as terms attached to a letter or quotation begin: "1. Parties. Sentra B.V. ("Sentra") and ...".)
  const partiesClause = blocks.slice(0, 80).find((b) => PARTIES_TITLE.test(b.text) && definitionsIn(b.text).length >= 2);
  // (Or the blocks under a heading "PARTIES": "(1) HOLLINGBROOK COUNCIL ... (the "Council"); and" / "(2) SENTRYLINE LIMITED ... (the "Contractor").")
  const partiesHeading = blocks.slice(0, 30).findIndex((b) => b.isHeading && PARTIES_HEADING.test(b.text));
  const underHeading = partiesHeading >= 0 ? blocks.slice(partiesHeading + 1, partiesHeading + 5).filter(partyBlock).slice(0, 2) : [];
  const opening6 = blocks.slice(0, 6).filter(partyBlock).slice(0, 2);
  const firstParties = underHeading.length > opening6.length ? underHeading : opening6;
  const zone = betweenZone.some((b) => definitionsIn(afterBetween(b)).length) ? betweenZone : firstParties.length || !partiesClause ? firstParties : [partiesClause];
  // (One company contracting with public bodies that act together, each defined, "DAS", "DPS" and the "State":
  // two sides, the bodies one of them.)
  let defined = zone.flatMap((b) => definitionsIn(afterBetween(b)));
  const companies = defined.filter((p) => COMPANY.test(p.described));
  if (defined.length > 2 && companies.length === 1 && defined.every((p) => p === companies[0] || PUBLIC_BODY.test(p.described))) {
    const bodies = defined.filter((p) => p !== companies[0]);
    const side = { terms: bodies.flatMap((p) => p.terms), described: bodies.map((p) => p.described).join(' ') };
    defined = defined.indexOf(companies[0]) === 0 ? [companies[0], side] : [side, companies[0]];
  }
  const parties = defined.slice(0, 2);
  const pairs = parties.map((p) => p.terms);
  const groups = [
    ...pairs,
    ...opening.filter((b) => !zone.includes(b)).flatMap((b) => definitionsIn(b.text).map((d) => d.terms)),
    // An order form's table row: the role word labels the name beside it.
    // ("Vendor | Nimbrel Tracking Ltd, Unit 4, Harbourgate": the party then called by its first word, "Nimbrel".)
    ...opening.flatMap((b) => {
      const row = ROLE_ROW.exec(b.text);
      if (!row) return [];
      const name = b.text.split(' | ')[1]?.split(/[,(]/)[0].trim() ?? '';
      const called = /^[A-Z]/.test(name) && (COMPANY.test(name) || PUBLIC_BODY.test(name)) ? shortNames(name, blocks.slice(b.index + 1)) : [];
      return [[row[1], ...quoted(b.text), ...called]];
    }),
    // "Provider: Larkspur Signal, Inc. ("Larkspur")"; an export certificate's "Exporter:" and "End user:" fields.
    ...blocks.slice(0, 40).filter((b) => !ROLE_ROW.test(b.text)).flatMap((b) => [...b.text.matchAll(ROLE_FIELD)].map((m) => {
      const rest = b.text.slice(m.index! + m[0].length, m.index! + m[0].length + 240);
      const next = NEXT_LABEL.exec(rest);
      // The party's own name, defined in brackets beside its description.
      const field = next ? rest.slice(0, next.index) : rest;
      return [m[1].replace(/^the /i, ''), ...[...field.matchAll(/\(["\u201c]([^"\u201d]{1,40})["\u201d]\)/g)].map((q) => q[1].replace(/[*,]/g, '').replace(/^the /i, '').trim()).filter((t) => isParty([t]))];
    })),
    ...blocks.slice(0, 60).flatMap((b) => [...b.text.matchAll(/((?:["\u201c][^"\u201d]{1,40}["\u201d],?\s*(?:and\s+|or\s+)?){2,})(?:refers?|means?)\b/g)].map((m) => quoted(m[1]))),
    // A translated contract's "Party A (Seller): Kaiyo Sensing Co., Ltd." names the party by its letter beside its role; "Party A: Teorin
    // Vision Co., Ltd." by what it is, a company selling and a public body buying.
    ...blocks.slice(0, 40).flatMap((b) => [...b.text.matchAll(PARTY_LETTER_ROLE)].map((m) => [m[2], m[1]])),
    ...blocks.slice(0, 12).flatMap((b) => [...b.text.matchAll(PARTY_LETTER_NAMED)].flatMap((m) => {
      const kind = COMPANY.test(m[2]) && !PUBLIC_BODY.test(m[2]) ? 'Seller' : PUBLIC_BODY.test(m[2]) && !COMPANY.test(m[2]) ? 'Customer' : undefined;
      return kind ? [[kind, m[1]]] : [];
    })),
  ];
  const roleOf = (terms: string[]) => (terms.some(isSellerWord) ? 'seller' : terms.some(isCustomerWord) ? 'customer' : undefined);
  const roles: Array<'seller' | 'customer' | undefined> = groups.map(roleOf);
  // A letter on a company's letterhead ("ORISON SIGNAL TECHNOLOGIES PTE. LTD.") comes from the
  // vendor: the customer side of surveillance deals is a public body, not a company.
  const letterhead = LETTERHEAD.exec(blocks[0]?.text ?? '');
  if (letterhead) {
    const name = letterhead[1][0] + letterhead[1].slice(1).toLowerCase();
    const own = pairs.findIndex((terms) => terms.includes(name));
    if (pairs.length === 2 && own >= 0 && !roles[0] && !roles[1]) roles[own] = 'seller';
    else if (!roles.includes('seller') && blocks.some((b) => b.index > 0 && new RegExp(`\\b${name}\\b`).test(b.text))) {
      groups.push([name]);
      roles.push('seller');
    }
  }
  // (Who is a company and who a public body says it before who grants or is paid: "the First Party shall provide the information".)
  const kind = parties.map((p) => (COMPANY.test(p.described) ? 'company' : PUBLIC_BODY.test(p.described) ? 'public' : undefined));
  const decidedByKind = kind.includes('company') && kind.includes('public');
  if (pairs.length === 2 && !roles[0] && !roles[1] && !decidedByKind) {
    const [a, b] = pairs.map((terms) => Math.max(...terms.map((name) => sellingSigns(name, blocks))));
    if (a !== b) { roles[0] = a > b ? 'seller' : 'customer'; roles[1] = a > b ? 'customer' : 'seller'; }
  }
  // A company contracting with a public body is the seller, whatever word the draft gives it
  // ("Paxion Analytics Sdn. Bhd. (the "Partner")" and "the Ministry").
  if (pairs.length === 2 && roles[0] === roles[1]) {
    const company = kind.indexOf('company');
    // (A "Reseller" or "Distributor" keeps its word: the rules read intermediaries by it.)
    const intermediary = company >= 0 && pairs[company].some((t) => INTERMEDIARY_TERM.test(t));
    if (company >= 0 && kind[1 - company] === 'public' && !intermediary) { roles[company] = 'seller'; roles[1 - company] = 'customer'; }
  }
  groups.forEach((terms, i) => {
    const other = pairs.length === 2 && i < 2 ? roles[1 - i] : undefined;
    const role = roles[i] ?? (other === 'seller' ? 'customer' : other === 'customer' ? 'seller' : undefined);
    // Role words of the party's own side need no alias; any other word the draft gives it does. ("Office" and "Force" name the customer
    // but are no words the rules read as it: they take an alias too.)
    const own = role === 'seller' ? SELLER_TERM : CUSTOMER_WORD;
    if (role) names[role].push(...terms.filter((t) => !own.test(t) && (role === 'seller' || !SELLER_TERM.test(t) || roles[i] !== undefined && !terms.some((x) => SELLER_TERM.test(x))) && /^[A-Z]/.test(t) && !names[role].includes(t)));
  });
  // A company the party blocks define by a name beside no role word sells, when no other party
  // does: 'Brightwater Forensics Pte. Ltd. ("Brightwater")' opposite a "Licensee", or the third
  // party of a tripartite agreement between an agency, a ministry and a company.
  if (!roles.includes('seller') && roles.includes('customer')) {
    const company = zone.flatMap((b) => definitionsIn(afterBetween(b)))
      .find((d) => COMPANY.test(d.described) && !PUBLIC_BODY.test(d.described) && !d.terms.some((t) => isSellerWord(t) || isCustomerWord(t)));
    names.seller.push(...(company?.terms ?? []).filter((t) => /^[A-Z]/.test(t) && !names.seller.includes(t) && !names.customer.includes(t)));
  }
  // A company the draft defines elsewhere in its opening: '"Aurelis" means Aurelis Biometrics AB, of
  // Gothenburg', or 'the Kits are supplied by Aurelis Forensic Systems Ltd ("Aurelis")'.
  if (!names.seller.length && !roles.includes('seller')) {
    for (const b of blocks.slice(0, 40)) {
      for (const m of b.text.matchAll(COMPANY_DEFINED)) {
        const [term, meaning] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
        // (A name: capitalised words ending in a company form before the first comma, not "any corporation that controls ...".)
        const name = meaning.split(/[,(]/)[0].trim();
        if (/^(?:[A-Z][\w&.'-]*\s+){1,6}\S+$/.test(name) && COMPANY.test(name) && !PUBLIC_BODY.test(name) && !isSellerWord(term) && !isCustomerWord(term) && !names.customer.includes(term) && !names.seller.includes(term)) names.seller.push(term);
      }
    }
  }
  // A party block that names a party without defining a short name ("HALDEN SIGNAL SYSTEMS LTD",
  // "THE NORTHMERE POLICE SERVICE") and the draft then calls it by its first word or its initials:
  // a company sells, a public body buys.
  for (const b of zone.length ? zone : blocks.slice(0, 6)) {
    const name = b.text.replace(/^(?:between|and)\s+(?:the\s+)?/i, '').split(/[,(]/)[0];
    // (Not a table row, "Partner | Danubia SecureTech S.R.L.": its role word is read above, not taken for the name.)
    if (b.text.length > 200 || b.text.includes(' | ') || definitionsIn(b.text).length || !/^[A-Z]/.test(name)) continue;
    const role = COMPANY.test(name) ? 'seller' : PUBLIC_BODY.test(name) ? 'customer' : undefined;
    if (role) names[role].push(...shortNames(name, blocks.slice(b.index + 1)).filter((t) => !names.seller.includes(t) && !names.customer.includes(t)));
  }
  // A maker's terms attached further in, made between itself and the end user: 'These terms are made between Lumen Signal
  // Analytics B.V. ("Lumen") and the Ministry ... ("Licensee")': the maker's own name is the seller's too.
  for (const b of blocks.slice(12, 400)) {
    if (!/\b(?:made|entered into|concluded|agreed)\b[^.]{0,40}\bbetween\b/i.test(b.text)) continue;
    for (const d of definitionsIn(b.text.slice(/\bbetween\b/i.exec(b.text)!.index))) {
      if (COMPANY.test(d.described) && !PUBLIC_BODY.test(d.described) && !d.terms.some((t) => isSellerWord(t) || isCustomerWord(t) || INTERMEDIARY_TERM.test(t))) {
        names.seller.push(...d.terms.filter((t) => /^[A-Z]/.test(t) && !names.seller.includes(t) && !names.customer.includes(t)));
      }
    }
  }
  // A certificate or letter the end user writes: its "we" is the customer, its "you" the seller. A
  // letter is the end user's when its sender, above the addressee or the salutation, is a public
  // body ("Directorate of Public Security Procurement, Ministry of Interior" over "To: ... FZ-LLC").
  // (Addressed "To:" a company; a letter that opens with a ministry's name and no "To:" may be addressed to it.)
  const addressedAt = blocks.slice(0, 8).findIndex((b) => /^to\b/i.test(b.text));
  // (The addressee may follow on the next line: "To:" / "HALVORSEN RADIO SYSTEMS A/S".)
  const addressee = addressedAt > 0 ? (/^to\b:?\s*$/i.test(blocks[addressedAt].text) ? blocks[addressedAt + 1]?.text ?? '' : blocks[addressedAt].text) : '';
  const sender = addressedAt > 0 && COMPANY.test(addressee) ? blocks.slice(0, addressedAt) : [];
  const fromPublicBody = blocks.slice(0, 15).some((b) => /^dear\b/i.test(b.text))
    && sender.some((b) => b.text.length < 160 && PUBLIC_BODY.test(b.text)) && !sender.some((b) => COMPANY.test(b.text) || LETTERHEAD.test(b.text));
  if (fromPublicBody || blocks.slice(0, 60).some((b) => WE_ARE_END_USER.test(b.text)) || weMeansPublicBody(blocks.slice(0, 60))) {
    names.customer.push('We', 'Us', 'Our');
    names.seller.push('You', 'Your');
  }
  return names;
}
