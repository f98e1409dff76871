// Who is who in a draft: the words drafts use for the seller and for the customer, the draft's own
// defined terms for them ("the Licensor", "the Authority"), and the parties' own names ("Corvane").
import type { Block, DefinedTerm } from './model.ts';
import { escapeRegExp } from '../regexp.ts';

export const SELLER = String.raw`(?:supplier|licensor|vendor|provider|seller|contractor|manufacturer|company|economic operator|tenderer|bidder|we|us|our)`;
export const CUSTOMER = String.raw`(?:customer|licensee|authority|ministry|purchaser|agency|client|buyer|department|end user|user|you|reseller|distributor|government|operator|service|police|directorate|partner|subscriber|bureau|commission|integrator|participating bod(?:y|ies)|beneficiary|gendarmerie|contracting authority)`;

const SELLER_TERM = new RegExp(`^${SELLER}$`, 'i');
const AMBIGUOUS_TERM = /^(?:service|user|operator|government|end user)$/i;
const CUSTOMER_TERM = new RegExp(`^(?:${CUSTOMER}|force|office)$`, 'i');

/** The first defined term that names each party, if the draft defines one. */
export function findParties(definitions: DefinedTerm[]): { seller?: string; customer?: string } {
  return {
    seller: definitions.find((d) => SELLER_TERM.test(d.term))?.term,
    // "Service", "User" and "Operator" name the customer only in some drafts; prefer a plainer word.
    customer: (definitions.find((d) => CUSTOMER_TERM.test(d.term) && !AMBIGUOUS_TERM.test(d.term)) ?? definitions.find((d) => CUSTOMER_TERM.test(d.term) && !SELLER_TERM.test(d.term)))?.term,
  };
}

const LETTERHEAD = /^([A-Z][A-Z-]{2,})(?:[ ,]+[A-Z&.'-]+)*[ ,]+(?:INC|LLC|LTD|LIMITED|PTE|GMBH|PLC|CORP|CORPORATION|AG|S\.A|B\.V|W\.L\.L)\.?$/;

// An order form's table row or a "Provider:" line names the party beside its role word.
const ROLE_ROW = new RegExp(`^\\W*(${SELLER}|${CUSTOMER})\\W*\\s*[|:]`, 'i');

/** How often a draft has the named party grant, license or supply, or be paid: the seller's signs. */
function sellingSigns(name: string, blocks: Block[]): number {
  const n = escapeRegExp(name);
  const signs = new RegExp(`\\b${n}\\b (?:hereby )?(?:grants?|licenses?|shall (?:provide|deliver|supply|license))\\b|\\bpay (?:to )?${n}\\b|\\b${n}'s (?:fees|invoices?|price)`, 'g');
  return blocks.reduce((count, b) => count + (b.text.match(signs)?.length ?? 0), 0);
}

/**
 * The parties' own names, read from the opening of the draft: 'between Lanternfish Analytics,
 * Inc. ("Lanternfish", "we") and the Ministry ("Customer")', an order form's "Provider | Larkspur
 * Signal, Inc. ("Larkspur")', or '"GitHub," "We," and "Us" refer to ...'. A name defined beside a
 * role word takes that role; between two parties, a name beside nothing takes the role the other
 * does not have, and two bare names are told apart by who grants the licence and who is paid.
 */
export function findPartyNames(blocks: Block[]): { seller: string[]; customer: string[] } {
  const names = { seller: [] as string[], customer: [] as string[] };
  const quoted = (text: string) => [...text.matchAll(/["\u201c]([^"\u201d]{1,40})["\u201d]/g)].map((q) => q[1].replace(/[*,]/g, '').trim());
  const isParty = (terms: string[]) => terms.length > 0 && !terms.some((t) => /agreement|terms|contract|order|effective date|part(?:y|ies)|amendment|\beula\b|addendum|letter|schedule|annex|exhibit/i.test(t));
  const opening = blocks.slice(0, 12);
  const between = opening.find((b) => /\bbetween\b/i.test(b.text) && /\(["\u201c]/.test(b.text));
  const parenthesised = (text: string) => [...text.matchAll(/\(([^()]{0,160})\)/g)].map((m) => quoted(m[1])).filter(isParty);
  const pairs = between ? parenthesised(between.text) : [];
  const groups = [
    ...pairs,
    ...opening.filter((b) => b !== between).flatMap((b) => parenthesised(b.text)),
    // An order form's table row or a "Provider:" line: the role word labels the name beside it.
    ...opening.flatMap((b) => {
      const row = ROLE_ROW.exec(b.text);
      return row ? [[row[1], ...quoted(b.text)]] : [];
    }),
    ...blocks.slice(0, 60).flatMap((b) => [...b.text.matchAll(/((?:["\u201c][^"\u201d]{1,40}["\u201d],?\s*(?:and\s+|or\s+)?){2,})(?:refers?|means?)\b/g)].map((m) => quoted(m[1]))),
  ];
  const roleOf = (terms: string[]) => (terms.some((t) => SELLER_TERM.test(t)) ? 'seller' : terms.some((t) => CUSTOMER_TERM.test(t)) ? 'customer' : undefined);
  const roles = groups.map(roleOf);
  if (pairs.length === 2 && !roles[0] && !roles[1]) {
    const [a, b] = pairs.map((terms) => Math.max(...terms.map((name) => sellingSigns(name, blocks))));
    if (a !== b) { roles[0] = a > b ? 'seller' : 'customer'; roles[1] = a > b ? 'customer' : 'seller'; }
  }
  // A letter on a company's letterhead ("ORISON SIGNAL TECHNOLOGIES PTE. LTD.") comes from the
  // vendor: the customer side of surveillance deals is a public body, not a company.
  const letterhead = LETTERHEAD.exec(blocks[0]?.text ?? '');
  if (letterhead) {
    const name = letterhead[1][0] + letterhead[1].slice(1).toLowerCase();
    if (!roles.includes('seller') && blocks.some((b) => b.index > 0 && new RegExp(`\\b${name}\\b`).test(b.text))) {
      groups.push([name]);
      roles.push('seller');
    }
  }
  groups.forEach((terms, i) => {
    const other = pairs.length === 2 && i < 2 ? roles[1 - i] : undefined;
    const role = roles[i] ?? (other === 'seller' ? 'customer' : other === 'customer' ? 'seller' : undefined);
    if (role) names[role].push(...terms.filter((t) => !SELLER_TERM.test(t) && !CUSTOMER_TERM.test(t) && /^[A-Z]/.test(t) && !names[role].includes(t)));
  });
  return names;
}
