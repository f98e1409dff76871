// The library clauses proposed for the safeguards a draft lacks, as plain paragraphs in the
// draft's own party terms, with the definitions they need that the draft does not have.
import { definitionsUsed } from '../assemble/document.ts';
import { documentContext } from '../assemble/context.ts';
import { selectClauses } from '../assemble/select.ts';
import type { Library, SafeguardClause } from '../library/load.ts';
import type { Profile } from '../profile/schema.ts';
import type { SafeguardId } from '../profile/vocabulary.ts';
import type { Draft } from '../read/model.ts';
import { readMarkdown } from '../read/markdown.ts';
import { assess } from '../risk/assess.ts';

export interface ProposedClause {
  safeguard: SafeguardId;
  title: string;
  paragraphs: string[];
}

const toParagraphs = (markdown: string) => readMarkdown(markdown).map((b) => (b.label ? `${b.label} ${b.text}` : b.text));

const placeholders = (terms: { Seller: string; Customer: string }) => ({
  ...terms,
  endUser: '[the Authorized End User]', country: '[country]', purpose: '[the authorized purpose]', termMonths: '[number of]',
  governingLaw: '[governing law]', seller: { name: '[seller]' }, customer: { name: '[customer]' }, product: { name: '[product]' }, reseller: { name: '[reseller]' },
});

// The draft's own names for what the library calls "the Product" and "the Authorized Purpose"
// ("the System", "the Permitted Purpose"): the proposals then speak the draft's language and
// need no second definition of the same thing. (Singular product words only: "the Goods generates" would not read.)
const OWN_TERMS: Array<[ours: string, theirs: RegExp]> = [
  ['Product', /^(?:Licensed |Supplied )?(?:System|Software|Platform|Solution|Product|Tool|Equipment)$/],
  ['Authorized Purpose', /^(?:Authori[sz]ed|Permitted|Approved|Agreed|Specified) Purposes?$/],
];
function inOwnTerms(draft: Draft): { renamed: Set<string>; rename: (text: string) => string } {
  const renames = OWN_TERMS.flatMap(([ours, theirs]) => {
    const own = draft.definitions.find((d) => theirs.test(d.term))?.term;
    return own ? [{ ours, pattern: new RegExp(`\\b${ours}\\b`, 'g'), own }] : [];
  });
  return { renamed: new Set(renames.map((r) => r.ours)), rename: (text) => renames.reduce((t, r) => t.replace(r.pattern, r.own), text) };
}

export function proposeClauses(missing: SafeguardId[], draft: Draft, library: Library, options: { profile?: Profile; today: string }): { clauses: ProposedClause[]; definitions: string[] } {
  if (!missing.length) return { clauses: [], definitions: [] };
  const { parties } = draft;
  const terms = { Seller: parties.seller ?? 'Supplier', Customer: parties.customer ?? 'Customer' };
  let chosen: SafeguardClause[];
  let context: object;
  if (options.profile) {
    const assessment = assess(options.profile);
    const wanted = { ...assessment, required: missing.map((id) => ({ id, why: [] })) };
    chosen = selectClauses(options.profile, wanted, library, 'licence', new Set(missing)).map((s) => s.clause);
    context = documentContext(options.profile, assessment, [], terms, { accepted: false }, options.today);
  } else {
    // Without a deal, the high-risk default: the strict clause written for no particular facts.
    chosen = missing.map((id) => library.clauses
      .filter((c) => c.safeguard === id && Object.keys(c.appliesWhen).length === 0)
      .sort((a, b) => Number(b.variant === 'strict') - Number(a.variant === 'strict'))[0])
      .filter((c): c is SafeguardClause => c !== undefined);
    context = placeholders(terms);
  }
  // Cross-references to other clauses would point nowhere in the counterparty's draft: none selected.
  const render = (c: { render: HandlebarsTemplateDelegate }) => c.render(context, { data: { root: { ...context, selectedSafeguards: new Set() } } }).trim();
  const { renamed, rename } = inOwnTerms(draft);
  const clauses = chosen.map((c) => ({ safeguard: c.safeguard, title: c.title, markdown: rename(render(c)) }));
  const known = new Set(draft.definitions.map((d) => d.term));
  const definitions = definitionsUsed(clauses.map((c) => c.markdown).join('\n\n'), library.definitions.filter((d) => !known.has(d.defines) && !renamed.has(d.defines)), render)
    .map((d) => rename(d.markdown.replace(/\*\*/g, '')));
  return { clauses: clauses.map((c) => ({ safeguard: c.safeguard, title: c.title, paragraphs: toParagraphs(c.markdown) })), definitions };
}
