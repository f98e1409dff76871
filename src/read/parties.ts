// Who is who in a draft: the words drafts use for the seller and for the customer, and the
// draft's own defined terms for them ("the Licensor", "the Authority").
import type { Block, DefinedTerm } from './model.ts';

export const SELLER = String.raw`(?:supplier|licensor|vendor|provider|seller|contractor|manufacturer|company|economic operator|we|us|our)`;
export const CUSTOMER = String.raw`(?:customer|licensee|authority|ministry|purchaser|agency|client|buyer|department|end user|user|you|reseller|distributor|government|operator|service|police|directorate|partner|subscriber|bureau|commission|integrator|participating bod(?:y|ies)|beneficiary|gendarmerie|principal|contracting authority)`;

const SELLER_TERM = new RegExp(`^${SELLER}$`, 'i');
const AMBIGUOUS_TERM = /^(?:service|user|operator|government|end user)$/i;
const CUSTOMER_TERM = new RegExp(`^(?:${CUSTOMER}|subscriber|licensee|partner|force|bureau|office|commission)$`, 'i');

/** The first defined term that names each party, if the draft defines one. */
export function findParties(definitions: DefinedTerm[]): { seller?: string; customer?: string } {
  return {
    seller: definitions.find((d) => SELLER_TERM.test(d.term))?.term,
    // "Service", "User" and "Operator" name the customer only in some drafts; prefer a plainer word.
    customer: (definitions.find((d) => CUSTOMER_TERM.test(d.term) && !AMBIGUOUS_TERM.test(d.term)) ?? definitions.find((d) => CUSTOMER_TERM.test(d.term) && !SELLER_TERM.test(d.term)))?.term,
  };
}

/**
 * The parties' own names, read from the preamble: 'between Lanternfish Analytics, Inc.
 * ("Lanternfish", "we") and the Ministry ("Customer")'. A name defined beside a role word takes
 * that role; with two parties, a name beside nothing takes the role the other party does not have.
 */
export function findPartyNames(blocks: Block[]): { seller: string[]; customer: string[] } {
  const names = { seller: [] as string[], customer: [] as string[] };
  const firstClause = blocks.findIndex((b) => b.label !== undefined || (b.isHeading && b.index > 0));
  const preamble = blocks.slice(0, firstClause < 0 ? 6 : Math.min(firstClause, 6)).map((b) => b.text).join(' ');
  // Terms listed together for one party: in parentheses in the preamble, or '"GitHub," "We," and "Us" refer to ...'.
  const listed = blocks.slice(0, 60).flatMap((b) => [...b.text.matchAll(/((?:["\u201c][^"\u201d]{1,40}["\u201d],?\s*(?:and\s+|or\s+)?){2,})(?:refers?|means?)\b/g)].map((m) => m[1]));
  const groups = [...[...preamble.matchAll(/\(([^()]{0,160})\)/g)].map((m) => m[1]), ...listed]
    .map((group) => [...group.matchAll(/["\u201c]([^"\u201d]{1,40})["\u201d]/g)].map((q) => q[1].replace(/[*,]/g, '').trim()))
    .filter((terms) => terms.length > 0 && !terms.some((t) => /agreement|terms|contract|order|effective date/i.test(t)));
  const roleOf = (terms: string[]) => (terms.some((t) => SELLER_TERM.test(t)) ? 'seller' : terms.some((t) => CUSTOMER_TERM.test(t)) ? 'customer' : undefined);
  const roles = groups.map(roleOf);
  groups.forEach((terms, i) => {
    const other = groups.length === 2 ? roles[1 - i] : undefined;
    const role = roles[i] ?? (other === 'seller' ? 'customer' : other === 'customer' ? 'seller' : undefined);
    if (role) names[role].push(...terms.filter((t) => !SELLER_TERM.test(t) && !CUSTOMER_TERM.test(t) && /^[A-Z]/.test(t)));
  });
  return names;
}
