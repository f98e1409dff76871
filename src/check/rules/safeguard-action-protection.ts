import { UPTIME_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE, SAFEGUARD_CARVE_OUT } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';
import { misuseTrigger } from '../words.ts';

// Credits owed "whatever the cause" make the seller pay for a suspension (weak); they negate the
// safeguard when they name the seller's own acts ("including any act of the Seller").
// ("including any suspension, restriction or deactivation of the Service initiated by the Provider".)
const SELLER_ACT_INCLUDED = /including (?:any )?(?:act|suspension|omission|measure|interruption|restriction|deactivation)s?(?: or (?:act|omission|suspension|measure)s?)?\b(?:[^.;]{0,80}? (?:initiated|made|taken|imposed|caused|effected) by| (?:of|by|taken by)) the (?:seller|supplier|vendor|provider|licensor|contractor)\b|for any reason/;
// "Any voluntary interruption of the System by the Economic Operator is a serious fault";
// "any suspension ... attributable to the Contractor, whatever its justification, constitutes a serious breach".
// (Also "shall be deemed a repudiation", "shall be treated as non-performance".)
// (Not "... and no such exercise shall constitute a breach".)
const ACTION_IS_BREACH = /(?:any )?(?:suspension|withholding|degradation|disabling|interruption|blocking|deactivation)(?:(?!\bno (?:such )?[\w-]+ (?:shall|will|is)\b)[^.;]){0,240}(?<!\bnot )(?<!\bnever )(?:is|shall be|constitutes?|shall constitute|will constitute|be deemed|be treated as|be regarded as|amounts? to) (?:an? )?(?:material |fundamental |serious |grave |substantial |wrongful )?(?:breach|fault|default|non-performance|repudiat\w*)/;
// The seller answers in full for any suspension: "should the Supplier suspend ... for any reason other than
// non-payment, the Supplier shall be liable for all resulting losses". (Not liability for a wrongful one.)
// (Or the seller first: "the Vendor shall be liable to the Customer for all losses arising from any suspension".)
const ACTION_MAKES_LIABLE = new RegExp(String.raw`\b(?:suspen|deactivat|disabl|restrict|interrupt|block|withh)\w*[^.;]{0,160}\b${SELLER}\b (?:shall|will) be (?:fully )?liable\b[^.;]{0,40}\bfor (?:all|any)\b`
  // ("shall be liable for, and shall indemnify the Ministry against, all losses ... caused by any suspension".)
  + String.raw`|\b${SELLER}\b (?:shall|will) be (?:fully )?liable\b(?:[^.;]{0,40}\bfor (?:all|any)\b|\s?for, [^.;]{0,80}, (?:all|any)\b)[^.;]{0,60}\b(?:suspen|deactivat|disabl|restrict|interrupt|block|withh)`);
// "The Customer may claim damages for any interruption of the Service by the Supplier, whatever the reason."
// (Also "is entitled to compensation for all damages resulting from any interruption".)
// ("without prejudice to Customer's right to claim damages for any suspension".)
const DAMAGES_FOR_ACTION = new RegExp(String.raw`\b(?:${CUSTOMER})\b[^.;]{0,20}\b(?:may (?:claim|recover|seek)|(?:shall be|is) entitled to(?: (?:claim|recover|seek|receive|obtain))?|'s right to (?:claim|recover|seek|receive|obtain))\b[^.;]{0,30}\b(?:damages|compensation)\b[^.;]{0,40}\b(?:any|every) (?:suspension|interruption|deactivation|restriction|blocking|disabling)`);
// The seller pays for any interruption whatever its reason: "Any interruption, suspension or degradation attributable to the
// Contractor, for whatever reason, shall entitle the Purchaser to liquidated damages"; "If access is interrupted or restricted
// for any reason other than scheduled maintenance, we will refund the fee". (Not where the exceptions name misuse, a breach
// or the seller's suspension rights.)
const ACTION_ANY_REASON = String.raw`(?:interrupt|suspen|restrict|degrad|deactivat|disabl|block)\w*\b[^.;]{0,160}\b(?:for whatever reason|for any reason|whatever (?:the|its) (?:reason|cause|justification)|regardless of (?:the )?(?:reason|cause)|howsoever caused)\b`;
const PAID_FOR_ANY_ACTION = new RegExp(String.raw`${ACTION_ANY_REASON}[^.;]{0,120}\b(?:entitle\w*|(?:shall|will) (?:\w+ )?(?:refund|pay|credit|compensate|reimburse))\b[^.;]{0,60}(?:liquidated damages|damages|compensation|refund|credit|penalt|fees?|costs)`);
const EXCEPTS_SAFEGUARDS = /(?:other than|except|save|excluding)\b[^.;]{0,80}(?:misuse|breach|suspen|safeguard|human rights|clause \d|section \d)/;
// "No Charges shall be refunded or reduced, by reason of any suspension, withholding or termination under Article 14".
const NO_CREDIT_FOR = String.raw`\bno\b[^.;]{0,40}\b(?:refund(?:ed)?|reduc(?:ed|tion)|credit(?:ed)?|abate(?:d|ment))\b[^.;]{0,40}\b(?:by reason of|for|because of|on account of|as a result of) (?:any |a |the )?`;
const NO_CREDIT_FOR_ACTION = new RegExp(`${NO_CREDIT_FOR}(?:suspension|withholding|deactivation|disabling)`);
const NO_CREDIT_FOR_SOMETHING = new RegExp(NO_CREDIT_FOR);
const PAYMENT_WITHHELD = /\b(?:payments?|sums?|amounts?|fees|charges|tax(?:es)?|monies)\b (?:is |are |being |may be |shall be )?withheld\b|\bwithh(?:o|e)ld(?:ing|s)? (?:of )?(?:any |the |such )?(?:payments?|sums?|amounts?|fees|charges|tax(?:es)?|monies)\b/;
const SELLER_ACTION_WORDS = /suspen|disabl|deactivat|terminat|misuse|services|updates|support/;
// (Also a run-in title of a few words: "Intellectual Property Indemnity.")
const BARE_HEADING = /^(?:[\d·()]+\.? )?[a-z-]+(?:,? (?:and|&|of) [a-z-]+)?[.:]?$|^(?:[\d·()]+\.? )?(?:[a-z-]+,? (?:and |& |of )?){0,3}indemnit(?:y|ies)[.:]?$/;
// The customer's indemnity taken away elsewhere: "The Agency is prohibited by the Constitution from indemnifying any private
// party. Any provision purporting to require the Agency to indemnify the Vendor is void."
const INDEMNITY_VOID = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}\b(?:is|are|shall be) (?:prohibited|barred|precluded|not permitted|not allowed) (?:by [^.;]{0,60})?from (?:indemnif|holding\b[^.;]{0,20}harmless)`
  + String.raw`|\b(?:provisions?|terms?|clauses?)\b[^.;]{0,80}\b(?:requir|obliges?|obliging)\w*\b[^.;]{0,10}\b(?:the )?${CUSTOMER}\b[^.;]{0,10}\bto (?:indemnif|defend|hold)[^.;]{0,80}\b(?:is|are|shall be) (?:void|unenforceable|null|of no (?:force or )?effect|deemed deleted)`);
// The seller bears the customer's losses from the measures themselves: "The Supplier shall indemnify the Customer ... against all
// losses ... arising from any suspension, withholding or termination under clause 25".
const SELLER_COVERS_ACTION = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,20}\b(?:shall|will|must|agrees to|undertakes to)\b (?:\w+ )?(?:indemnif\w*|hold (?:\w+ )?harmless|compensate|reimburse)\b[^.;]{0,160}\b(?:arising (?:from|out of)|resulting from|caused by|in respect of|attributable to)\b[^.;]{0,20}\b(?:any|each|every|a|the) (?:suspension|withholding|termination|disabling|deactivation|interruption)`);
const ANY_ACTION = /\bany (?:suspension|interruption|deactivation|restriction|reason)|whatever (?:the|its) (?:reason|cause|justification)|regardless of|irrespective of/;
const WRONGFUL = /wrongful|in breach of|without (?:cause|justification)|not (?:permitted|entitled|authori[sz]ed)/;

// The protection is for the seller's safeguard actions, not for late delivery or cancelled orders.
// ("The exercise of the Supplier's rights under this Article", "action taken under Clauses 6, 7 or 9".)
// (Plain terms name them together: "if we do any of these things under this section".)
// (Plain words too: "if we pause your access, hold back updates or end your subscription".)
const SAFEGUARD_ACTION = /suspen|terminat|withh|disabl|deactivat|safeguard action|measures?\b|discontinu|interrupt|block|restrict|\bpaus|hold(?:ing)? back|\bend (?:your|the|its|this) (?:subscription|licen[cs]e|agreement|contract|access)|exercise\w*\b[^.;]{0,40}\brights?\b|actions? (?:taken )?(?:by (?:the )?\w+ )?under\b|\b(?:do|does|did|doing|take|takes|taking) (?:any|all|either|each|one|some) of (?:these|those|the above|the foregoing) (?:things|steps|actions|measures)\b/;
// (Also "shall not be treated as a breach", "isn't a breach", civil-law "shall not engage the Supplier's liability".)
// (Also "shall not amount to a breach", "is not a Contractor default", "may not recover any damages"; plainly, "not us breaking
// them", "we owe you nothing for it".)
// (A table's cell that answers "No" to "Default by the Supplier?", read "no default by the supplier": see draft-index.)
const NOT_A_BREACH = /(?:^|\| )no (?:[\w-]+ )?(?:breach|default|fault)\b|\bnot (?:put|place) (?:the [\w-]+|us|it|either party) in (?:breach|default)\b|\bnot amount to (?:a |an )?(?:breach|default|repudiation)|\bnot a (?:failure|[\w-]+ default)\b|\b(?:may|shall|can) not (?:recover|claim|seek)\b[^.;]{0,40}\b(?:damages|compensation|costs)\b|\bnot (?:us |we )?break(?:ing)? (?:them|these terms|the terms|this agreement)\b|\bowe (?:you |the [\w-]+ )?nothing\b|(?:waives?|releases?|discharges?)\b[^.;]{0,60}\bclaims?\b|(?:not|n't) (?:be )?(?:treated|regarded|deemed|considered) as (?:a )?(?:breach|default|fault|non-performance|violation)|n't (?:be )?(?:a )?breach|\b(?:not|nor) (?:engage|incur|entail|give rise to) (?:the [\w-]+'s |its |any )?liability|^no\b[^.;]{0,100}\b(?:give rise to|entitle)\b[^.;]{0,60}\b(?:claims?|damages|liability)\b|not (?:be |constitute )?(?:a )?(?:breach(?:es)?|non-performance|default|fault)\b|not (?:\w+ ){0,2}entitle\w*[^.;]{0,40}\b(?:damages|compensation)|\bno\b[^.;]{0,100}\b(?:is|shall be|constitutes?|amounts? to) a breach|\bno\b[^.;]{0,40}(?:liability|responsibility)|(?:not|n't) (?:be )?liable|without (?:any )?liability|\bneither\b[^.;]{0,40}\b(?:shall|will) (?:have|bear|incur) any liability/;
// The customer gives up the payment: "not to claim damages, refunds or service credits for any suspension", "waives any refund".
const CLAIM_GIVEN_UP = String.raw`not (?:to )?(?:claim|seek|demand|recover)\b[^.;]{0,40}\b(?:refunds?|credits?|reimbursement|compensation)|waives?\b[^.;]{0,80}\b(?:refunds?|credits?|reimbursement)`;
const NO_REFUND = new RegExp(String.raw`\bno money back\b|\bno credits?\b|\bno (?:[\w-]+ )?(?:charges|fees|sums|price)\b[^.;]{0,40}\b(?:repayable|refundable|reduced|rebated|refunded)|\bnot (?:be )?(?:reduced|rebated|refunded|repaid)\b|\bno\b[^.;]{0,80}(?:refund|service credit|compensation|reimbursement|reduction|abatement|rebate)|\bentitles? neither\b[^.;]{0,80}(?:refund|credit|compensation)|(?:not|n't) owe (?:you |the [\w-]+ )?(?:a |any )?(?:refund|credit|compensation|reimbursement)|\bnor (?:\w+ ){0,2}(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation|reimbursement)|(?:not|n't) (?:get|receive|obtain|be (?:given|owed|paid|due)) (?:a |any )?(?:refund|credit|reimbursement|compensation)|^no\b[^.;]{0,200}\b(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation)|(?:shall|will|does) not (?:\w+ ){0,2}(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation|repayment|reimbursement|rebate|reduction)|(?:do|does|shall|will) not (?:give|open|create|confer|grant) (?:\w+ ){0,3}any right to (?:any )?(?:[\w-]+,? (?:or |and )?){0,3}?(?:compensation|refund|reimbursement|return of)|fees? (?:remain|shall remain|continue to be) payable|no right to (?:any )?(?:refund|credit|reduction|compensation)|no (?:refund|credit|service credit|compensation|reduction)|not (?:be )?entitled? to (?:a |an |any )?(?:refund|credit|compensation|repayment)|non-?refundable|without (?:any )?(?:refund|credit)|${CLAIM_GIVEN_UP}`);
// (Also "no price shall be refunded or credited", "entitles neither the End User nor the reseller to any refund".)
const NO_PAYMENT_DUE = new RegExp(String.raw`(?:shall|will|does|do) not (?:\w+ ){0,2}(?:give rise to|entitle)\b|\bno (?:right to )?(?:any )?(?:refund|credit|reduction|compensation|reimbursement)|\bno (?:[\w-]+ ){0,3}(?:shall|will|is to) be (?:refunded|credited|repaid|reimbursed|reduced)\b|\bentitles? neither\b|non-?refundable|${CLAIM_GIVEN_UP}`);

// (Civil-law drafting: "is obliged to guarantee the Contractor against any action, claim or condemnation".)
// "protect the Supplier against"; "protect us from, and pay us for, any claim" (from only with the seller: not "protect the data from").
const PROTECTS = String.raw`\bprotect (?:us|the [\w-]+) against|\bprotect (?:us|the ${SELLER}) from`;
// (Or the claim first and the indemnity in the passive: "Any claim ... arising from the use of the Equipment in contravention of
// Clause 8 shall be indemnified by the Purchaser".)
const INDEMNITY_FOR_MISUSE = new RegExp(String.raw`(?:misuse|abusive use|use of the (?:product|system|service|software|platform|equipment|solution|tools?|devices?|technology)\b[^.;]{0,40}\b(?:in breach|in contravention|contrary to|in violation))[^.;]{0,200}\b(?:shall|will|must|is to) be (?:fully )?indemnified by\b|(?:indemnif\w*|${PROTECTS}|\bmake good to (?:us|the [\w-]+)|(?:hold|save)[^.;]{0,80}harmless|\bcover (?:us|the [\w-]+) (?:for|against)|\bguarantee (?:us|the [\w-]+) against)[^.;]{0,400}(?:misuse|abusive use|human rights|prohibited|breach\b[^.;]{0,60}(?:use restrictions|human rights|acceptable use|use policy)|breach of (?:the )?this agreement|use of the (?:product|system|service|software|platform|equipment|solution|tools?|devices?|technology)|violation)`);

// (Plain English: "you will cover us for any claims".)
// (Translated: "the Licensee shall compensate to the Licensor all claims of third persons".)
// ("You will protect us from, and pay us for, any claim".)
const INDEMNITY = new RegExp(String.raw`indemnif|${PROTECTS}\b|\bmake good to (?:us|the [\w-]+)\b[^.;]{0,80}\b(?:claims?|losses|loss)\b|\bdefend\b|(?:hold|save)[^.;]{0,80}harmless|\bguarantee (?:us|the [\w-]+) against (?:any |all )?(?:actions?|claims?|recourse|proceedings)|\bcover (?:us|the [\w-]+) (?:for|against) (?:any |all )?(?:claims?|losses)|\bcompensate (?:to )?(?:the [\w-]+|us) (?:for )?(?:all |any )?claims\b`);
// The seller's own indemnity or insurance ("The Licensor shall defend the Licensee against any claim
// that the Software infringes ...") protects the customer, not the seller's safeguard actions.
const SELLER_INDEMNIFIES = new RegExp(String.raw`^(?:[\w()·]+ )?(?:the )?${SELLER}\b(?: (?:shall|agrees to|undertakes to|hereby|at its (?:own )?(?:cost|expense)),?)* (?:defend|indemnif|hold|maintain|procure|take out|insure)`);
const FORCE_MAJEURE = /force majeure|acts? of god\b/;
const MISUSE_NAMED = /misuse|human rights|safeguard|use restrictions?/;
const SAFEGUARD_ACTION_NAMED = /suspen|withh|terminat|disabl|deactivat|misuse|human rights/;
const BREACH_WORD = /\bbreach|contraven|\bviolat|contrary to|inconsistent with/;
// The seller's action under the clauses it cites: "Action taken by the Supplier under Article 7 or Article 8.1 is not a breach",
// "the exercise by the Licensor of its rights under clause 14.2 shall not constitute a breach". (The seller may go
// by a name the draft never ties to its role: any actor but the customer.)
const SELLER_ACTION_NOT_BREACH = String.raw`\b(?:actions?|measures?|steps?|exercise) (?:taken )?by (?:the )?(?:${SELLER}|(?!${CUSTOMER}\b)[a-z][\w-]*)(?: of (?:its|any|the) (?:rights?|powers?))? under\b[^.;]{0,120}(?:not (?:be |constitute )?(?:a )?breach|no liability|not (?:be )?liable)`;
// Any indemnity or service-credit clause addresses it, if only weakly (the customer's indemnity for IP claims only), and so does
// the customer giving up its claims for a safeguard action ("waives any claim arising from a suspension").
// Damages or penalties for unavailability make the seller pay for a suspension: the weak form at least.
// The seller's own action as the condition, the payment in the main clause: "Should the Supplier disable the module
// under clause 11.1, or should it cancel under clause 11.2, the Supplier shall refund the support fee".
// (Not a refund on the customer's own termination: the seller must be the one who acts.)
const REFUND_AFTER_ACTION = new RegExp(String.raw`^(?:\(?\w{1,4}[.)] )?(?:should|if|where|when|whenever|upon|on|in the event (?:that )?)(?: the)? ${SELLER}\b (?:\w+ )?(?:suspend|deactivat|disabl|cancel|terminat|withh|revok|shut|cut)\w*\b[^.;]{0,250}\b(?:shall|will|must)\b (?:\w+ )?(?:refund|repay|reimburse|credit|compensate|pay)\b`);
// No liability first, the action after it: "Neither Participant shall have any liability to the other arising from the suspension or ending of the Pilot".
const NO_LIABILITY_FOR_ACTION = String.raw`\b(?:neither|no)\b[^.;]{0,40}\b(?:shall|will) (?:have|bear|incur) (?:any )?liability\b[^.;]{0,60}\b(?:arising (?:from|out of)|resulting from|by reason of|caused by|for) (?:the |any |a )?(?:suspen|terminat|ending|withh|disabl|deactivat)`;
// Credits that run on through the safeguard action: "provided that Service Credits ... shall continue to accrue for each day of any suspension".
const CREDITS_RUN_ON = /\bcredits?\b[^.;]{0,120}\b(?:(?<!\bnot )continue to|shall|will)\b (?:accrue|apply|be (?:payable|due|paid))\b[^.;]{0,60}\b(?:suspen|withh|deactivat|disabl)/;
// A payment on the action named as a noun: "Upon any termination under clause 16, the Licensor shall refund ... the fees paid in advance".
const REFUND_UPON_ACTION = new RegExp(String.raw`^(?:\(?\w{1,4}[.)] )?(?:upon|on|following|after|in the event of) (?:any |a |the |such )?(?:suspension|termination|deactivation|withholding|disablement)\b[^.;]{0,80}, (?:the )?${SELLER}\b (?:shall|will|must) (?:\w+ )?(?:refund|repay|reimburse|credit|compensate)\b`);
// The protection kept for actions someone else later confirms: "applies only where the suspected misuse ... is subsequently confirmed
// by a final award of an arbitral tribunal".
const PROTECTION_AWAITS_FINDING = /\b(?:appl(?:y|ies)|shall apply|has effect|operates?) only (?:where|if|when|to the extent|once)\b[^.;]{0,160}\b(?:confirmed|established|found|determined|upheld)\b[^.;]{0,60}\b(?:final|court|tribunal|arbitra\w*|judgment|judgement|award)\b/;
// A suspension kept out of what earns credits: "A suspension under SI-4 is not a Service Interruption for the purposes of clause 9".
// (Or "shall not count as downtime for the purposes of the availability commitments".)
const NOT_A_CREDIT_EVENT = String.raw`\b(?:shall|will|does|do) not (?:count|be counted|be treated) as (?:downtime|unavailability|an? (?:outage|interruption|service failure))\b|\b(?:suspen|deactivat|disabl|withh)\w*\b[^.;]{0,60}\b(?:(?:is|are|shall be|constitutes?) not|(?:shall|will|does|do) not (?:be|constitute|count as)) (?:an? |the )?[\w -]{0,40}\bfor the purposes of (?:gcp |gc |clauses? |sections? |articles? |paragraphs? |schedules? |annex(?:es)? )`;
// ("For interruptions longer than 24 hours, the Customer receives a credit of one day's fee.")
const CREDIT = String.raw`(?:liquidated damages|penalt(?:y|ies)|service credits?|(?:receives?|gets?|earns?|(?:is|are|shall be) entitled to) (?:a |an )?(?:service )?credit)`;
const OUTAGE = String.raw`(?:unavailab|downtime|interruptions?\b|outages?\b)`;
const TOPIC = new RegExp(String.raw`${CREDIT}[^.;]{0,160}${OUTAGE}|${OUTAGE}[^.;]{0,160}${CREDIT}|\bindemn|\bdefend\b[^.;]{0,80}\bclaims?\b|(?:hold|save)[^.;]{0,80}harmless|\bguarantee (?:us|the [\w-]+) against\b|${PROTECTS}\b|\bmake good to (?:us|the [\w-]+)\b|\bcover (?:us|the [\w-]+) (?:for|against) (?:any |all )?(?:claims?|losses)|service credits?|(?:shall|will) pay[^.;]{0,160}(?:withh|suspen)|(?:withh|suspen)\w*[^.;]{0,160}(?:shall|will) pay|(?:refund|credit|reduction|abatement|rebate|reimburs|repay)\w*[^.;]{0,120}(?:suspen|deactivat|disabl|\bstop|\bwithh|hold back|\bpaus|(?:these|such|those) (?:measures|actions|steps))|(?:suspen|deactivat|disabl|\bstop|\bwithh|hold back|\bpaus)\w*[^.;]{0,120}(?:refund|credit|reduction|abatement|rebate|reimburs|repay)|(?:suspen|terminat|withh|safeguard action|disabl|\bpaus|hold back|\bend your subscription)\w*[^.;]{0,160}(?:not (?:be |constitute )?(?:a )?(?:breach|non-performance|default)|not (?:us |we )?break(?:ing)? (?:them|these terms|the terms)|owe (?:you |the [\w-]+ )?nothing|not (?:be )?(?:treated|regarded|deemed|considered) as (?:a )?(?:breach|violation)|not give (?:\w+ ){0,3}any right to (?:any )?(?:compensation|refund|reimbursement)|n't (?:be )?(?:a )?breach|no liability|not (?:be )?liable|without liability|no (?:refund|credit|compensation)|not entitle|not (?:engage|incur|entail) (?:the [\w-]+'s |its |any )?liability)|indemnif\w*[^.;]{0,400}(?:misuse|human rights|use of the (?:product|system|service)|breach of (?:this|the) (?:agreement|use))|(?:waives?|releases?|discharges?)\b[^.;]{0,60}\bclaims?\b[^.;]{0,80}(?:suspen|terminat|withh|disabl)|${SELLER_ACTION_NOT_BREACH}|${REFUND_AFTER_ACTION.source}|${NO_LIABILITY_FOR_ACTION}|${NOT_A_CREDIT_EVENT}`);
// A section on the safeguard actions' effects ("SCC 31 Effect of Safeguard Actions", a table of "Matter | Effect"): its rows need
// not name the action again.
const SAFEGUARD_HEADING = /safeguard actions?|protective measures?|human[- ]rights measures|if we act (?:on|under)\b/;
const underSafeguardHeading = (c: Clause) => matches(SAFEGUARD_HEADING, c.heading) && (NOT_A_BREACH.test(c.text) || NO_REFUND.test(c.text) || matches(INDEMNITY, c.text));
// (Or by a term the draft defines as them: "Taking a Protective Measure shall not put the Supplier in breach", where a
// "Protective Measure" means any suspension, withholding or termination under the human-rights terms.)
const ACTIONS_MEANT = /suspen|withh|terminat|disabl|deactivat/;
const actionsDefined = (c: Clause, i: DraftIndex) => i.termMeanings(c).some((m) => ACTIONS_MEANT.test(m));
// ... but not a term defined to leave them out: '"Safeguard Measure" means a suspension the Authority has requested ... A
// suspension, withholding or termination under clause 23 is not a Safeguard Measure.'
const ACTIONS_LEFT_OUT = /\b(?:suspen|withh|terminat|disabl)\w*\b[^.;]{0,120}\b(?:(?:is|are|shall be) not (?:an? |the )?[\w-]+ (?:[\w-]+ )?(?:measures?|actions?|events?)\b|(?:is|are) excluded)|\b(?:does not|do not|shall not) include (?:any )?(?:suspen|withh|terminat|disabl)\w*\b[^.;]{0,80}\b(?:under|pursuant to|in accordance with|for|on grounds? of)\b/;
const actionsLeftOut = (c: Clause, i: DraftIndex) => i.termMeanings(c).some((m) => matches(ACTIONS_LEFT_OUT, m));
const actionNamed = (c: Clause, i: DraftIndex) => SAFEGUARD_ACTION.test(c.block) || matches(SAFEGUARD_HEADING, c.heading) || actionsDefined(c, i);
// The action in one sentence, its protection in the next: "If we pause your access ... under section 11, we are using a right
// these terms give us. That is not a breach of these terms on our part."
const REFERS_BACK_NOT_A_BREACH = /^(?:that|this|it|doing so|such (?:action|step|measure|suspension|exercise)s?)\b[^.;]{0,40}\b(?:is|are|shall|will|does|do)\b(?: not| n't)? (?:be |constitute |amount to )?(?:not )?(?:a )?(?:breach|default|non-performance)\b/;
export const safeguardActionProtection = defineRule({
  meta: { id: 'safeguard-action-protection', sources: ['SD', 'ABA-MCC2'], description: 'Suspension, withholding or termination under the human-rights terms is not a breach, creates no liability, refund or credit; the customer indemnifies the seller for misuse.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['seller'], subject: String.raw`(?:excus|reliev|relief|protect|exempt)\w*\b[^.;]{0,60}\b(?:suspen|withh|terminat)` },
    // (And credits owed for any unavailability whatever its cause: a suspension costs the seller.)
    topic: (c, i) => matches(TOPIC, c.text) || ((matches(NOT_A_BREACH, c.text) || matches(NO_REFUND, c.text)) && actionsDefined(c, i)) || (matches(REFERS_BACK_NOT_A_BREACH, c.text) && SAFEGUARD_ACTION.test(c.block)) || underSafeguardHeading(c) || (matches(UPTIME_CREDITS_WHATEVER_CAUSE.needs!, c.text) && (UPTIME_CREDITS_WHATEVER_CAUSE.test as (c: Clause, i: DraftIndex) => boolean)(c, i)),
    topicWords: [TOPIC, REFERS_BACK_NOT_A_BREACH, UPTIME_CREDITS_WHATEVER_CAUSE.needs!, NOT_A_BREACH, NO_REFUND],
    topicHeadings: [SAFEGUARD_HEADING],
    // (Nor a payment the customer withholds, "except to the extent a payment is withheld by the Ministry", nor a bare heading, "INDEMNITY.".)
    // (Nor force majeure: "Where the Supplier is prevented by a Force Majeure Event, it may suspend the affected Services without
    // liability" excuses what the seller cannot do, not what it chooses to do about misuse.)
    ignore: (c) => (matches(SELLER_INDEMNIFIES, c.text) && !matches(SAFEGUARD_ACTION_NAMED, c.text)) || (matches(PAYMENT_WITHHELD, c.text) && !matches(SELLER_ACTION_WORDS, c.text)) || matches(BARE_HEADING, c.text)
      || ((matches(FORCE_MAJEURE, c.text) || matches(FORCE_MAJEURE, c.heading)) && !matches(MISUSE_NAMED, c.text)),
    elements: {
      // (A breach by any name: non-performance, default, fault; no damages or compensation is no liability.)
      'the action is not a breach and creates no liability': (c, i) => actionNamed(c, i) && NOT_A_BREACH.test(c.block),
      // (Also "you will not get a refund", "gives rise to no ... reduction of price", "no reimbursement".)
      'no refund or service credit': (c, i) => actionNamed(c, i) && (NO_REFUND.test(c.block) || new RegExp(NOT_A_CREDIT_EVENT).test(c.block)),
      // The indemnity's trigger may be a defined term ("any Prohibited Use").
      // (Or through the clause it cites: "a breach of clause 4", where clause 4 is the use restrictions.)
      // (Unless the draft voids the customer's indemnities.)
      'the customer indemnifies the seller against claims arising from misuse': (c, i) => matches(INDEMNITY, c.text) && !i.memo('safeguard-action-protection:indemnity-void', () => i.clauses.some((x) => matches(INDEMNITY_VOID, x.text))) && (matches(i.misuse, c.text) || matches(INDEMNITY_FOR_MISUSE, c.text) || (matches(BREACH_WORD, c.text) && i.misuse.test(i.referencedText(c)))),
    },
    weakeners: [
      // (A payment denied is not one due: "shall not entitle the Licensee to ... reimbursement".)
      { unless: new RegExp(`${SAFEGUARD_CARVE_OUT.source}|${NO_PAYMENT_DUE.source}`), test: /service credits?[^.;]{0,80}(?:suspen|unavailab|downtime)|(?:refund|credit|reduction|abatement|rebate|reimburs|repay)\w*[^.;]{0,60}(?:suspen|terminat|deactivat|disabl)|suspen\w*[^.;]{0,80}entitle[^.;]{0,60}(?:refund|credit|reduction|abatement|rebate|compensation|reimburs)|(?:shall|will) pay[^.;]{0,160}(?:withh|suspen)|(?:withh|suspen)\w*[^.;]{0,160}(?:shall|will) pay/, reason: 'Service credits, refunds or other payments are due for suspension or withholding.' },
      { unless: new RegExp(`${SAFEGUARD_CARVE_OUT.source}|${NO_PAYMENT_DUE.source}`), test: REFUND_AFTER_ACTION, reason: 'A refund or other payment is due when the seller suspends, disables or ends the service.' },
      // (Said in a proviso after the protection, which the sentence's own "no refund" does not answer.)
      { test: CREDITS_RUN_ON, reason: 'Service credits, refunds or other payments are due for suspension or withholding.' },
      { test: PROTECTION_AWAITS_FINDING, reason: 'The protection applies only once a court or tribunal confirms the misuse.' },
    ],
    // (Credits for downtime do not reach a suspension the draft itself says earns no refund, credit or reduction.)
    weakenersAnywhere: [{ ...UPTIME_CREDITS, test: (c, i) => (UPTIME_CREDITS.test as (c: Clause, i: DraftIndex) => boolean)(c, i) && !i.memo('safeguard-action-protection:no-credit-for-suspension', () => i.clauses.some((x) => matches(NO_CREDIT_FOR_ACTION, x.text) || (matches(NO_CREDIT_FOR_SOMETHING, x.text) && actionsDefined(x, i)))) },
      { ...UPTIME_CREDITS_WHATEVER_CAUSE, reason: 'Damages or credits are owed for any unavailability whatever its cause, a suspension included.' },
      // (Wherever it is said, where the action is one the human-rights terms allow: in its own words or the clause it cites.)
      { needs: REFUND_UPON_ACTION, test: (c, i) => matches(REFUND_UPON_ACTION, c.text) && misuseTrigger(c, i), reason: 'A refund or other payment is due when the seller suspends, disables or ends the service.' }],
    counters: [
      { ...UPTIME_CREDITS_WHATEVER_CAUSE, test: (c, i) => (UPTIME_CREDITS_WHATEVER_CAUSE.test as (c: Clause, i: DraftIndex) => boolean)(c, i) && matches(SELLER_ACT_INCLUDED, c.block) },
      { test: ACTION_IS_BREACH, reason: 'Any suspension by the seller is a material breach.' },
      // (The definitions first: few terms leave the actions out, and the protection's patterns are long.)
      { test: (c, i) => actionsLeftOut(c, i) && (matches(NOT_A_BREACH, c.text) || matches(NO_REFUND, c.text)), reason: 'The protected actions are defined to leave out the suspension, withholding or termination the human-rights terms allow.' },
      { needs: /reason|cause|justification/, test: (c) => matches(PAID_FOR_ANY_ACTION, c.text) && !matches(EXCEPTS_SAFEGUARDS, c.text) && !matches(SAFEGUARD_CARVE_OUT, c.text) && !matches(WRONGFUL, c.text), reason: 'Damages, refunds or credits are owed for any suspension or interruption, whatever its reason.' },
      { needs: /indemn|harmless|compensat|reimburs/, test: (c) => matches(SELLER_COVERS_ACTION, c.text) && !matches(WRONGFUL, c.text), reason: 'The seller bears the customer\'s losses from its own suspension, withholding or termination.' },
      { needs: /liable/, test: (c) => matches(ACTION_MAKES_LIABLE, c.text) && matches(ANY_ACTION, c.text) && !matches(WRONGFUL, c.text), reason: 'The seller is liable for all losses from any suspension.' },
      { needs: /damages|compensation/, test: (c) => matches(DAMAGES_FOR_ACTION, c.text) && matches(ANY_ACTION, c.text) && !matches(WRONGFUL, c.text), reason: 'The customer may claim damages for any suspension.' },
    ],
  }),
});
