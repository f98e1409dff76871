// Who is who in a draft: the words drafts use for the seller and for the customer, and the
// draft's own defined terms for them ("the Licensor", "the Authority").
import type { DefinedTerm } from './model.ts';

export const SELLER = String.raw`(?:supplier|licensor|vendor|provider|seller|contractor|manufacturer|company|we|us|our)`;
export const CUSTOMER = String.raw`(?:customer|licensee|authority|ministry|purchaser|agency|client|buyer|department|end user|user|you|reseller|distributor|government|operator|service|police|directorate|partner|subscriber|bureau|commission|integrator|participating bod(?:y|ies))`;

const SELLER_TERM = new RegExp(`^${SELLER}$`, 'i');
const CUSTOMER_TERM = new RegExp(`^(?:${CUSTOMER}|subscriber|licensee|partner|force|bureau|office|commission)$`, 'i');

/** The first defined term that names each party, if the draft defines one. */
export function findParties(definitions: DefinedTerm[]): { seller?: string; customer?: string } {
  return {
    seller: definitions.find((d) => SELLER_TERM.test(d.term))?.term,
    customer: definitions.find((d) => CUSTOMER_TERM.test(d.term) && !SELLER_TERM.test(d.term))?.term,
  };
}
