import { LOCAL_LAW_PREVAILS } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { HUMAN_RIGHTS, customerMust } from '../words.ts';
import { SELLER } from '../../read/parties.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { matches } from '../prefilter.ts';

// Rights language beyond the words "human rights": a policy to protect "the rights and safety of individuals".
const RIGHTS_OF_PEOPLE = /\b(?:rights|freedoms)(?: and (?:safety|freedoms|liberties))? of (?:individuals|persons|people)\b|civil liberties/;
// Whoever the customer is called ("each Participating Body represents and undertakes"), as long as it is not the seller.
const PARTY_UNDERTAKES = new RegExp(String.raw`^(?!(?:each |every |the |any )?${SELLER}\b)(?:[\w'-]+ ){1,4}(?:represents|undertakes|warrants|covenants)\b`);
const CUSTOMER_UNDERTAKES = customerMust(String.raw`human rights|fundamental rights`);
// The use itself promised, whoever gives the promise: "The CID will use the Products consistently
// with internationally recognised human rights"; an end-user certificate's "The Items will be used
// only in a manner consistent with ... human rights".
const USE_CONSISTENT_WITH_RIGHTS = new RegExp(String.raw`^(?!(?:each |every |the |any )?${SELLER}\b)[^.;]{0,60}\b(?:(?:shall|will|must) (?:only )?(?:be )?used?|uses|undertakes? to use|agrees? to use)\b[^.;]{0,40}\b(?:consistent(?:ly)? with|in (?:a manner )?(?:consistent|accordance|compliance|conformity) with|respecting)\b[^.;]{0,80}\bhuman rights`);
// A definition of another term (misuse, a policy) that mentions human rights, or a training clause
// on them, is not the customer's human-rights undertaking.
const NOT_AN_UNDERTAKING = /^"(?!human rights")[^"]{1,60}" (?:means|shall mean|has the meaning|includes)\b|\b(?:training|course|module|curriculum)\b[^.;]{0,60}human rights|human[- ]rights (?:training|course|module|curriculum|induction)\b/;
const INTERNATIONAL_INSTRUMENTS = /international(?:ly)? (?:recogni[sz]ed|human rights|standards|law)|covenant|universal declaration|iccpr|udhr/i;
// The clause cites a term the draft defines by those instruments ("the Rights Standards").
const instrumentTerms = (index: DraftIndex) => index.memo('instrument-terms', () => index.draft.definitions.filter((d) => INTERNATIONAL_INSTRUMENTS.test(d.meaning)).map((d) => d.term.toLowerCase()));
const citesInstruments = (c: Clause, index: DraftIndex) => instrumentTerms(index).some((term) => c.block.includes(term));
// Compliance with some law deemed full compliance with human rights, whichever law it is.
// ... or the other way round: "human-rights obligations are fully satisfied by adherence to the laws of the Kingdom".
const LAW_IS_ENOUGH = /compliance with[^.;]{0,80}\blaws?\b[^.;]{0,60}(?:constitutes?|shall constitute|shall be deemed|is deemed|amounts? to|shall amount to) (?:full |complete )?compliance with[^.;]{0,60}human[- ]rights|human[- ]rights[^.;]{0,80}\b(?:are|is|shall be|will be) (?:deemed )?(?:fully |wholly )?(?:satisfied|discharged|met|fulfilled) by[^.;]{0,60}(?:compliance|adherence|conformity)[^.;]{0,60}\blaws?\b/;

export const humanRightsCompliance = defineRule({
  meta: { id: 'human-rights-compliance', sources: ['SD', 'NSO-23'], description: 'The customer represents and undertakes to use the product consistently with internationally recognized human rights.' },
  check: (index) => gradeByElements(index, {
    topic: (c, i) => matches(HUMAN_RIGHTS, c.text) || matches(RIGHTS_OF_PEOPLE, c.text) || citesInstruments(c, i),
    ignore: NOT_AN_UNDERTAKING,
    elements: {
      'customer undertakes or represents to respect human rights in using the product': (c, i) => matches(CUSTOMER_UNDERTAKES, c.text) || matches(USE_CONSISTENT_WITH_RIGHTS, c.text)
        || (matches(PARTY_UNDERTAKES, c.text) && (matches(/human rights|fundamental rights/, c.text) || citesInstruments(c, i))),
      // Human rights defined, in the clause or in a defined term it cites ("Rights Instruments"), by international standards.
      'human rights defined by international standards (UDHR, ICCPR)': (c, i) => matches(INTERNATIONAL_INSTRUMENTS, c.block) || citesInstruments(c, i)
        || i.memo('human-rights-defined', () => i.draft.definitions.some((d) => /^human rights$/i.test(d.term) && INTERNATIONAL_INSTRUMENTS.test(d.meaning))),
    },
    weakeners: [
      { test: /(?:as|to the extent) (?:required|recogni[sz]ed|defined|protected|provided|given effect|implemented|incorporated|enshrined|guaranteed) (?:by|under|in|into) (?:the )?(?:(?:applicable|national|domestic|local) )?(?:laws?|legislation|constitution)(?: of)?|human rights (?:as )?(?:recogni[sz]ed|defined) (?:by|under|in) the laws of/, reason: 'Human rights reduce to compliance with (national) law.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS],
    counters: [
      { test: LAW_IS_ENOUGH, reason: 'Compliance with domestic law is deemed full compliance with human-rights obligations.' },
    ],
  }),
});
