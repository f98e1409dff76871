import { defineRule, gradeByElements } from '../rule.ts';
import { MODAL_RIGHT } from '../draft-index.ts';
import { ESCROW_RELEASE, LICENCE_TO_SELLER, MEASURES_STAYED } from '../boilerplate.ts';
import { WITH_CUSTOMER_AGREEMENT, BODY_FINDS_FIRST, CONSENT_NEEDED, COURT_ONLY, DISCRETION, IMMEDIATE, STAYED_WHILE_DISPUTED, END_USE_BREACH, curePeriodOver, scopeOfRight, misuseTrigger, TRIGGER_NEEDS_FINDING, SELLER_REMEDY_ONLY_DAMAGES, negates, rightsMisuseTerm, sellerHolds, sellerMay, sellerMayNot, MISUSE_EXCLUDES_CUSTOMER } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { matches } from '../prefilter.ts';

// ("granted in perpetuity and may not be revoked".)
const PERPETUAL_IRREVOCABLE = /in perpetuity\b[^.;]{0,40}\b(?:may|shall|can|will) not be (?:revoked|terminated)|(?:perpetual|irrevocable)[^.;]{0,40}(?:perpetual|irrevocable)[^.;]{0,60}licen[cs]e|licen[cs]e[^.;]{0,40}(?:is|shall be) (?:perpetual and irrevocable|irrevocable and perpetual)/;
// "may terminate only for non-payment", "right to terminate is limited to non-payment", "may only terminate where ... fails to pay".
// (Also "no other right to bring the contract to an end".)
const NO_OTHER_RIGHT_TO_TERMINATE = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:has|have|shall have|will have) no (?:other|further) (?:right|ground)s? (?:to|of|for) (?:terminat|bring (?:[\w-]+ ){0,3}to an end|end\b|cancel)`);
// (Also "if payments of undisputed amounts due to it remain outstanding for more than 180 days".)
const OUTSTANDING = String.raw`\b(?:payments?|amounts?|sums?|fees|invoices?)\b[^.;]{0,60}\b(?:outstanding|in arrears)\b`;
const NON_PAYMENT = new RegExp(String.raw`non-?payment|fail\w* to pay|failure to pay|unpaid|overdue|${OUTSTANDING}`);
const ONLY_FOR_NON_PAYMENT = new RegExp(String.raw`\b(?:only|solely|exclusively|limited to|restricted to)\b[^.;]{0,80}(?:non-?payment|fail\w* to (?:pay|make (?:any )?payments?)|failure to pay|unpaid|overdue|delay\w*[^.;]{0,30}\bpayments?\b|late payment|${OUTSTANDING})`);
// (Plain English too: "we will not end your subscription because of how you use the service".)
const SELLER_MAY_NOT_TERMINATE = sellerMayNot('terminat|bring (?:[\\w-]+ ){0,3}to an end|(?:end|cancel) (?:this|the|your|our|its) (?:agreement|contract|subscription|licen[cs]e|account|services?)');
// (Revoking keys, accounts or credentials is suspension, not ending the contract.)
// ("end" as a whole word: not "until the investigation ends", "endeavour".)
// (Civil-law drafting "withdraws from the contract": the German Rücktritt, the French résolution.)
// (Civil-law drafting "resolves" a contract: "is entitled to resolve this Contract unilaterally".)
const TERMINATE = 'terminat|cancel|end(?:ing)?\\b(?! users?\\b| customers?\\b| uses?\\b)|revoke(?! (?:the |any |its |all )?(?:licen[cs]e keys|keys|accounts?|credentials|access|activation))|rescind|(?:request|seek|declare) (?:the )?rescission|withdraw from (?:this |the )?(?:contract|agreement)|resolve (?:this |the )?(?:contract|agreement)';
const SELLER_MAY_TERMINATE_WORDS = sellerMay(TERMINATE);
// Nominalised and object forms: "termination shall be available to the Licensor", "shall entitle the Contractor to terminate".
const SELLER_HOLDS_TERMINATION = sellerHolds(TERMINATE, 'termination|rescission|cancellation');
const SELLER_MAY_TERMINATE = { test: (t: string) => matches(SELLER_MAY_TERMINATE_WORDS, t) || SELLER_HOLDS_TERMINATION.test(t) };
// (Every form of the seller's right names the termination.)
const TERMINATION_WORDS = new RegExp(`${TERMINATE}|termination|rescission|cancellation|resolution of (?:this |the )?(?:contract|agreement)`);
// Translated Latin-American drafting names the seller "the CONTRACTED PARTY" (and the customer "the CONTRACTING PARTY").
const CONTRACTED_PARTY_MAY_TERMINATE = new RegExp(String.raw`\bcontracted party\b[^.;]{0,80}?\b${MODAL_RIGHT}\b[^.;]{0,120}?\b(?:${TERMINATE})`);
// "... only after the Steering Committee has found, by a majority, that Misuse has occurred": someone else's finding first.
const OTHER_BODY_FINDS_FIRST = /\bonly (?:after|upon|once|when|where|if)\b[^.;]{0,60}\b(?:committee|court|tribunal|board|panel|authority|arbitrat\w*|expert|parties)\b[^.;]{0,40}\b(?:has|have) (?:found|determined|established|concluded|decided|confirmed|agreed)/;
// "This Agreement may be terminated on grounds of misuse ...": the right with no holder named (not one the customer holds).
const AGREEMENT_TERMINABLE = new RegExp(String.raw`\b(?:agreement|contract|licen[cs]e|order|subscription)\b[^.;]{0,40}\b(?:may|shall|can) be (?:\w+ )?(?:terminated|cancelled|revoked|rescinded)\b(?![^.;]{0,80}\bby (?:the )?${CUSTOMER}\b)`);
// A bar that lifts once another body has decided ("may not terminate ... until a court has finally determined") is a step, not a waiver.
const BAR_UNTIL_FOUND = /not terminate\b[^.;]{0,80}\b(?:until|unless|before)\b[^.;]{0,60}\b(?:court|tribunal|arbitra\w*|judge|authority|panel|committee)\b/;
// "Larkspur shall not terminate if the Prohibited Use has been cured within such period" is a cure proviso (weak), not a waiver.
const CURE_PROVISO = /not terminate\b[^.;]{0,40}\b(?:if|where|once|unless)\b[^.;]{0,80}\b(?:cured|remedied|rectified|corrected)\b/;
// "shall not terminate without first giving written notice of its reasons" sets a step, not a waiver.
const NOTICE_STEP = /not terminate\b[^.;]{0,60}\bwithout (?:first )?(?:giving|serving|sending|providing|(?:prior |written )*notice)/;
// Both parties must agree, or a dispute-resolution, arbitral or expert step must come first.
// Plain-English immediacy: "cancel this contract straight away".
// (Civil-law drafting: "without observing any notice period", "without a period of notice".)
// The effect stated in the next sentence: "... it may terminate this Licence. Termination under this clause takes effect immediately on notice."
const TAKES_EFFECT_AT_ONCE = /\b(?:termination|rescission)\b[^.;]{0,60}\b(?:takes|shall take|will take) effect (?:immediately|forthwith|at once|on (?:delivery|receipt|service) of (?:the |that |such |its )?notice)/;
// The right to end the agreement early kept to the customer: "may be brought to an end before then only by the Customer",
// "Only the Authority may terminate this Contract". (Not a right to end it for convenience, which leaves termination for cause alone.)
const ONLY_CUSTOMER_ENDS = new RegExp(String.raw`^(?![^.;]*\b(?:for convenience|without cause|for any reason)\b)(?:[^.;]*\b(?:may|can|shall) (?:only )?be (?:terminated|brought to an end|ended|cancelled|rescinded)\b[^.;]{0,60}\bonly by (?:the )?${CUSTOMER}\b|[^.;]*\bonly (?:the )?${CUSTOMER} (?:may|can|shall be entitled to|is entitled to|has the right to) (?:terminate|end|cancel|rescind)\b|[^.;]*\b${CUSTOMER} alone (?:may|can|shall be entitled to|is entitled to|has the right to) (?:terminate|end|cancel|rescind)\b)`);
// Another body decides first, in a plain condition: "if a court of competent jurisdiction finally determines that ...".
const BODY_DECIDES = /\b(?:if|where|once|when|after|upon)\b (?:a |an |the )?(?:court|tribunal|arbitral tribunal|arbitrator|judge|competent authority|regulator)\b[^.;]{0,60}\b(?:finally |conclusively )?(?:determines|finds|rules|holds|decides|concludes|has (?:finally )?(?:determined|found|ruled|held|decided))\b/;
// A bar on termination save for non-payment: "may not terminate except for failure to pay".
// Another ground listed after non-payment: "...; or (b) in the cases set out in Article D-7".
const OTHER_GROUND_LISTED = /;\s*or\s+(?!if (?:the )?[\w-]+ fails to pay)\S/;
const EXCEPT_NON_PAYMENT = /\b(?:except|other than|save|unless)\b[^.;]{0,40}(?:non-?payment|fail\w* to pay|unpaid|overdue|late payment)/;
// A bar that keeps termination for misuse ("shall not terminate while the procedure is pending, except for Misuse") waives nothing.
const EXCEPT_FOR_MISUSE = /\b(?:except|save|other than|unless)\b[^.;]{0,60}\b(?:misuse|human rights|prohibited)/;
const JOINT_DECISION = /\b(?:both|the) parties (?:so )?(?:agree|consent)|\bby (?:mutual|joint) (?:agreement|consent|decision)|\bjointly (?:agree|decide)/;
const PROCEDURE_FIRST = /\bonly (?:take effect |be effective |be exercised |become effective )?(?:after|following|upon|once|on)\b[^.;]{0,60}(?:dispute resolution|arbitrat|expert determination|mediation|conciliation)/;
// The seller's own finding in other words: "where it establishes that", "as reasonably determined by the Contractor".
const OWN_FINDING = new RegExp(String.raw`\b(?:it|${SELLER}) (?:establishes|finds|ascertains|is satisfied)\b|\b(?:has|have) (?:good )?(?:cause|reason|grounds) to (?:believe|suspect)\b|\bas (?:reasonably )?(?:determined|established|found) by (?:the )?${SELLER}\b`);

// Termination only on insolvency or a change of control does not address the customer's conduct at all.
const INSOLVENCY = /insolven|bankrupt|liquidat|receiver|administrat(?:ion|or)\b|winding[- ]up|reorgani[sz]ation|change of control|force majeure|judicial (?:composition|reorgani)/;
const CONDUCT = /breach|violat|any reason|convenience|at any time|without cause|fail\w* to (?:comply|pay|cooperate)|non-?payment/;
// The end of a licence to the seller's marks, for misuse of the marks: "may terminate the trademark license ... if the Service misuses the
// Ovidian Marks".
const MARKS_ONLY = /\bterminat\w*\b[^.;]{0,30}\b(?:trade ?mark|brand|logo|marks?)\b[^.;]{0,10}\blicen[cs]e\b|\bmisus\w*\b[^.;]{0,20}\b(?:the )?(?:[\w-]+ )?(?:marks|trade ?marks?|logos?|branding)\b/;
const INSOLVENCY_ONLY = (c: Clause, i: DraftIndex) => matches(INSOLVENCY, c.block) && !matches(CONDUCT, c.block) && !misuseTrigger(c, i);

// Termination as the stated consequence, with no party named: "accounts found in violation are subject to cancellation".
const ENDS_IN_TERMINATION = /\b(?:is|are|shall be|will be) (?:subject|liable) to (?:immediate )?(?:\w+ )?(?:cancellation|termination)|\b(?:will|shall|may) result in (?:the )?(?:immediate )?(?:\w+ )?(?:cancellation|termination)/;
// A violation of the list of restrictions it sits under ("Restricted purposes", "Acceptable use") is misuse too.
const RESTRICTION_HEADING = /restrict(?:ed|ions)|prohibited|acceptable use/;
const TERMINATES = new RegExp(String.raw`\b(?:${TERMINATE})`);
const VIOLATION_WORDS = /\b(?:violat|breach|contrary to)/;
const onMisuse = (whole: Clause, i: DraftIndex) => { const c = scopeOfRight(whole, TERMINATES); return misuseTrigger(c, i) || rightsMisuseTerm(c, i) || matches(END_USE_BREACH, c.text) || (matches(RESTRICTION_HEADING, c.heading) && matches(VIOLATION_WORDS, c.text)); };
// "found in violation": the seller's own finding, in the passive.
const FOUND = /\bfound (?:to be |to have )?(?:in violation|in breach|engag|commit|violat|breach)/;

const REFERRED_TO_ARBITRATION = /(?:refer|submit)\w*[^.;]{0,40}(?:arbitration|mediation|dispute resolution)[^.;]{0,40}(?:before|prior to)/;
const MISUSE_OR_CONDUCT = /use|misuse|human rights|conduct|reason/;
// The agreement ended only by both parties or a court: the seller has no right of its own, which the spec's weak form
// describes ("The Contract may be terminated by agreement of the Parties or by decision of the court"; "may be terminated
// before then only by the written agreement of both Participants").
const ENDED_ONLY_BY_AGREEMENT_OR_COURT = /\b(?:contract|agreement|annex|licen[cs]e|memorandum)\b[^.;]{0,80}\bmay (?:only )?be terminated\b[^.;]{0,40}\b(?:only )?by (?:the )?(?:(?:mutual|written) )*agreement of (?:the |both )?(?:parties|participants)\b[^.;]{0,40}?(?:\bor by (?:a )?(?:decision|judgment|order) of (?:the |a )?court\b|$|[.;])/;
export const terminationForMisuse = defineRule({
  meta: { id: 'termination-for-misuse', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'The seller may terminate unilaterally, immediately, on evidence of misuse, in its sole discretion or reasonable belief.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['seller'], subject: String.raw`terminat|rescind|rescission` },
    measure: { noun: 'terminat|rescission', immediate: true },
    topic: (c, i) => ((SELLER_MAY_TERMINATE.test(c.text) || matches(ENDS_IN_TERMINATION, c.text) || (matches(AGREEMENT_TERMINABLE, c.text) && onMisuse(c, i))) && (!negates(c.text, 'terminat') || matches(CURE_PROVISO, c.text) || matches(NOTICE_STEP, c.text)) && !INSOLVENCY_ONLY(c, i) && !matches(MARKS_ONLY, c.text))
      || matches(ENDED_ONLY_BY_AGREEMENT_OR_COURT, c.text),
    topicWords: [TERMINATION_WORDS, ENDS_IN_TERMINATION, AGREEMENT_TERMINABLE, ENDED_ONLY_BY_AGREEMENT_OR_COURT],
    elements: {
      'a trigger tied to misuse or breach of the human-rights terms': onMisuse,
      // (Or in the next paragraph, "17.2 Termination under clause 17.1 ... shall take effect on delivery of that notice", or the term the clause uses:
      // '"Safeguard Termination" means termination ... effective on the date of the Contractor's notice'.)
      'with immediate effect': (c, i) => matches(IMMEDIATE, c.text) || matches(TAKES_EFFECT_AT_ONCE, c.block) || i.following(c).some((t) => matches(TAKES_EFFECT_AT_ONCE, t))
        || i.termMeanings(c).some((m) => matches(IMMEDIATE, m)),
      "on the seller's own finding (sole discretion, reasonable belief, evidence)": (c) => matches(DISCRETION, c.text) || matches(DISCRETION, c.block) || matches(FOUND, c.text) || matches(OWN_FINDING, c.text),
    },
    weakeners: [
      { test: (c, i) => misuseTrigger(c, i) && (matches(COURT_ONLY, c.block) || matches(OTHER_BODY_FINDS_FIRST, c.text) || matches(BODY_FINDS_FIRST, c.text)), reason: 'Termination only after a final judgment or finding by a court or authority.' },
      // (Unless the seller's own finding is a trigger beside the court's.)
      { test: (c, i) => misuseTrigger(c, i) && matches(BODY_DECIDES, c.text) && !matches(DISCRETION, c.text.replace(BODY_DECIDES, '')) && !matches(OWN_FINDING, c.text), reason: 'Termination only after a final judgment or finding by a court or authority.' },
      { test: (c, i) => misuseTrigger(c, i) && (matches(CONSENT_NEEDED, c.block) || matches(JOINT_DECISION, c.text) || matches(WITH_CUSTOMER_AGREEMENT, c.text)), reason: 'Termination needs the customer\'s consent or mutual agreement.' },
      { test: (c, i) => misuseTrigger(c, i) && curePeriodOver(30)(c, i), reason: 'A cure period of more than 30 days runs before termination for misuse.' },
      { test: (c, i) => misuseTrigger(c, i) && matches(REFERRED_TO_ARBITRATION, c.block), reason: 'Arbitration or mediation must come first.' },
      { test: (c, i) => misuseTrigger(c, i) && matches(PROCEDURE_FIRST, c.text), reason: 'Termination takes effect only after a dispute-resolution, arbitral or expert procedure.' },
    ],
    weakenersAnywhere: [TRIGGER_NEEDS_FINDING],
    counters: [
      MISUSE_EXCLUDES_CUSTOMER,
      SELLER_REMEDY_ONLY_DAMAGES,
      // "The Supplier can terminate if the Buyer fails to pay ... The Supplier has no other right to terminate."
      { test: (c, i) => matches(NO_OTHER_RIGHT_TO_TERMINATE, c.text) && matches(NON_PAYMENT, c.block) && !misuseTrigger(c, i), needs: /other|further/, reason: 'The seller may terminate only for non-payment.' },
      // (Read with the lead-in's other items: "may terminate only: (a) if the Customer fails to pay ...; or (b) in the cases set out in Article D-7".)
      { test: (c, i) => (SELLER_MAY_TERMINATE.test(c.text) || matches(CONTRACTED_PARTY_MAY_TERMINATE, c.text)) && matches(ONLY_FOR_NON_PAYMENT, c.text) && !misuseTrigger(c, i) && !OTHER_GROUND_LISTED.test(c.block.slice(Math.max(0, c.block.search(/pay|overdue|unpaid|outstanding|arrears/)))), needs: /pay|unpaid|overdue|outstanding|arrears/, reason: 'The seller may terminate only for non-payment.' },
      { test: (c) => matches(SELLER_MAY_NOT_TERMINATE, c.text) && (matches(MISUSE_OR_CONDUCT, c.text) || matches(EXCEPT_NON_PAYMENT, c.text)) && !matches(CURE_PROVISO, c.text) && !matches(NOTICE_STEP, c.text) && !matches(EXCEPT_FOR_MISUSE, c.text) && !matches(BAR_UNTIL_FOUND, c.text), reason: "The seller waives or lacks the right to terminate for reasons related to the customer's use." },
      { test: (c) => matches(PERPETUAL_IRREVOCABLE, c.text) && !matches(LICENCE_TO_SELLER, c.text), needs: /perpetu|irrevocable/, reason: 'A perpetual, irrevocable licence leaves nothing to terminate.' },
      { test: ONLY_CUSTOMER_ENDS, needs: /\bonly\b|\balone\b/, reason: 'Only the customer may end the agreement early.' },
      ESCROW_RELEASE,
      MEASURES_STAYED,
      STAYED_WHILE_DISPUTED,
    ],
  }),
});
