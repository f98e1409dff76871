import { defineRule, gradeByElements } from '../rule.ts';
import { ESCROW_RELEASE, MEASURES_STAYED } from '../boilerplate.ts';
import { CONSENT_NEEDED, COURT_ONLY, DISCRETION, IMMEDIATE, curePeriodOver, misuseTrigger, negates, sellerMay, sellerMayNot } from '../words.ts';

const SELLER_MAY_NOT_TERMINATE = sellerMayNot('terminat');
const SELLER_TERMINATES = sellerMay('terminat|cancel|end|revoke|rescind');

export const terminationForMisuse = defineRule({
  meta: { id: 'termination-for-misuse', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'The seller may terminate unilaterally, immediately, on evidence of misuse, in its sole discretion or reasonable belief.' },
  check: (index) => gradeByElements(index, {
    topic: (c) => SELLER_TERMINATES.test(c.text) && !negates(c.text, 'terminat'),
    elements: {
      'a trigger tied to misuse or breach of the human-rights terms': misuseTrigger,
      'with immediate effect': IMMEDIATE,
      "on the seller's own finding (sole discretion, reasonable belief, evidence)": DISCRETION,
    },
    weakeners: [
      { test: (c, i) => misuseTrigger(c, i) && COURT_ONLY.test(c.block), reason: 'Termination only after a final judgment or finding by a court or authority.' },
      { test: (c, i) => misuseTrigger(c, i) && CONSENT_NEEDED.test(c.block), reason: 'Termination needs the customer\'s consent or mutual agreement.' },
      { test: (c, i) => misuseTrigger(c, i) && curePeriodOver(30)(c), reason: 'A cure period of more than 30 days runs before termination for misuse.' },
      { test: (c, i) => misuseTrigger(c, i) && /(?:refer|submit)\w*[^.;]{0,40}(?:arbitration|mediation|dispute resolution)[^.;]{0,40}(?:before|prior to)/.test(c.block), reason: 'Arbitration or mediation must come first.' },
    ],
    counters: [
      { test: /(?:supplier|licensor|vendor|provider|seller|contractor|company)\b[^.;]{0,40}(?:may|shall be entitled to|can) terminate[^.;]{0,60}\b(?:only|solely|exclusively)\b[^.;]{0,30}(?:non-?payment|failure to pay|unpaid)/, reason: 'The seller may terminate only for non-payment.' },
      { test: (c) => SELLER_MAY_NOT_TERMINATE.test(c.text) && /use|misuse|human rights|conduct|reason/.test(c.text), reason: "The seller waives or lacks the right to terminate for reasons related to the customer's use." },
      { test: /(?:perpetual|irrevocable)[^.;]{0,40}(?:perpetual|irrevocable)[^.;]{0,60}licen[cs]e|licen[cs]e[^.;]{0,40}(?:is|shall be) (?:perpetual and irrevocable|irrevocable and perpetual)/, reason: 'A perpetual, irrevocable licence leaves nothing to terminate.' },
      ESCROW_RELEASE,
      MEASURES_STAYED,
    ],
  }),
});
