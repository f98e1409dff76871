import type { Clause, DraftIndex } from '../draft-index.ts';
import { defineRule, gradeByElements, type Qualifier } from '../rule.ts';
import { MODAL_RIGHT } from '../draft-index.ts';
import { SELLER } from '../../read/parties.ts';
import { NO_DISABLING_CODE, MEASURES_STAYED, UPTIME_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE } from '../boilerplate.ts';
import { JOINT_BODY_APPROVAL, WITH_CUSTOMER_AGREEMENT, CONSENT_NEEDED, END_USE_BREACH, IMMEDIATE, STAYED_WHILE_DISPUTED, curePeriodOver, misuseTrigger, TRIGGER_NEEDS_FINDING, SELLER_REMEDY_ONLY_DAMAGES, scopeOfRight, withListedConditions, negates, rightsMisuseTerm, sellerHolds, sellerMay, sellerMayNot, MISUSE_EXCLUDES_CUSTOMER, MEASURE_TIME_CAPPED } from '../words.ts';
import { matches } from '../prefilter.ts';

// Barred from disabling the product, or from accessing it; a bar on accessing data held in it
// ("shall not access biometric data", "the audit logs") protects the data, not the product.
// (Revoking keys is suspension too: "no right ... to revoke, refuse or delay the issue of any Licence File".)
const SELLER_MAY_NOT_SUSPEND = sellerMayNot('(?:remotely )?(?:disabl|deactivat|suspend|degrad|interrupt|shut|switch off|turn off|cut off)|revok\\w*[^.;]{0,40}\\b(?:licen[cs]e (?:keys?|files?|tokens?)|keys?|credentials|tokens?|activation)|(?:remotely )?access(?!(?:,? (?:or |and )?(?:copy|use|read|view|process|retain|disclose|examine|analy[sz]e|\\w+ or \\w+))* (?:the |any |its )?(?:[\\w-]+ ){0,2}(?:data|content|information|records|logs|communications|intercepts?|files)\\b)');
// (The aside may hold a list: "shall not, whether by reason of any dispute, any allegation of breach or for any other reason
// whatsoever, suspend, interrupt, deactivate ..."; not one that makes an exception.)
const SELLER_MAY_NOT_SUSPEND_ASIDE = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,120}\b(?:shall|will|may|must) not,(?:(?!\b(?:except|unless|save|other than|without)\b)[^.;]){0,240}?,\s*(?:remotely\s+)?(?:suspend|disable|deactivate|interrupt|degrade|shut)`);
// Withholding the code that activates the product stops it as surely as suspending it.
// (Not the nouns: "compliance with the Named User limits", "the restrictions".)
// ("freeze the account", "lock", "take the Platform offline", "render inoperable", "put on hold", "stop the Service" are suspension in other words.)
const SUSPEND = 'suspend|pause\\b|halt\\b|turn (?:\\w+ ){0,3}off\\b|freeze|lock\\b|take (?:\\w+ ){0,3}offline|render (?:\\w+ ){0,3}inoperable|put (?:\\w+ ){0,4}on hold|disabl|deactivat|block|interrupt|limit(?!s\\b)|restrict(?!ions?\\b)|withdraw access|cut off|revoke access|revoke (?:[\\w\']+ ){0,2}(?:licen[cs]e keys?|keys?|credentials)|switch off|shut|withhold (?:the |any )?(?:(?:replacement|renewal|re-?issue) (?:of )?(?:the |any |a )?)?(?:activation|licen[cs]e key|key)|stop (?:providing |supplying |its |the |all |any )*(?:services?|access|supply|provision|operation)\\b';
const SELLER_MAY_SUSPEND_WORDS = sellerMay(SUSPEND);
// Distribution and agency drafting calls the seller "the Principal": "the Principal may suspend deliveries".
const PRINCIPAL_MAY_SUSPEND = new RegExp(String.raw`\bprincipal\b(?! (?:agreement|contract|terms|debtor|amount|sum))[^.;]{0,80}?\b${MODAL_RIGHT}\b[^.;]{0,120}?\b(?:${SUSPEND})`);
// "shall be entitled to the immediate suspension of", "Where the Licensor receives a complaint, it may deactivate".
const SELLER_HOLDS_SUSPENSION = sellerHolds(SUSPEND, 'suspension|deactivation|disabling|disablement|interruption|blocking|shut-?down');
const SELLER_MAY_SUSPEND = { test: (t: string) => matches(SELLER_MAY_SUSPEND_WORDS, t) || SELLER_HOLDS_SUSPENSION.test(t) || (t.includes('principal') && matches(PRINCIPAL_MAY_SUSPEND, t)) };
// (Every form of the seller's right names the suspension; a later paragraph may speak of it as access restored.)
const SUSPENSION_WORDS = new RegExp(`${SUSPEND}|suspension|deactivation|disabling|disablement|interruption|blocking|shut-?down|restor\\w* (?:\\w+ ){0,2}access|reinstat|reactivat`);
// Suspending maintenance, support or updates is withholding them (update-support-withholding), not
// suspending the product: "may suspend Maintenance while any fee is overdue".
// (Also "suspend or cease the supply of software updates, upgrades, maintenance ... and further deliveries of the Products":
// the supplies and the deliveries stop, not the product in use.)
const SUPPLIES_ONLY = /^(?![^.;]*\b(?:access|system|software|platform|service\b|product|licen[cs]e|account|credentials|deliver))[^.;]*\bsuspend\w* (?:the )?(?:provision of )?(?:maintenance|support|updates?|upgrades?|training)\b|^(?![^.;]*\b(?:access|licen[cs]e keys?|credentials|operation of|use of)\b)[^.;]*\bsuspend\w*(?: or \w+)? (?:the )?(?:supply|provision|delivery) of (?:[\w-]+ ){0,2}(?:updates?|upgrades?|maintenance|support|training)\b/;
// Downtime for maintenance is an operational window, not a safeguard ("may suspend the Dashboard for Scheduled Maintenance").
// (Or "to install upgrades", "to apply patches".)
const FOR_MAINTENANCE = /\b(?:suspend|interrupt|pause)\w*\b[^.;]{0,60}\b(?:(?:for|during|to (?:carry out|perform)) (?:any )?(?:scheduled|planned|routine|emergency|preventive|periodic) (?:maintenance|works?|upgrades?)|to (?:install|apply|deploy) (?:any )?(?:upgrades?|updates?|patches|new releases?))\b/i;
// A cure period in a termination clause that cites this one ("if not remedied within 45 days, the
// Supplier may terminate") does not delay the suspension.
const TERMINATION_ONLY = sellerMay('terminat');
const aboutTermination = (c: Clause) => matches(TERMINATION_ONLY, c.text) && !SELLER_MAY_SUSPEND.test(c.text);
// Credits that do not run during a suspension, or penalties owed only for the seller's own defects,
// do not make the seller pay for suspending.
const CREDITS_SPARE_SUSPENSION = /(?:credits?|penalt\w*|damages)[^.;]{0,80}\b(?:(?:do|does|shall|will) not|never) apply\b[^.;]{0,60}\bsuspen|(?:penalt\w*|credits?|damages)[^.;]{0,160}\b(?:only )?(?:when|where|if) (?:caused by|attributable to|resulting from) (?:a |an )?(?:defect|fault|failure|error)/;
const UNCARVED_CREDITS: Qualifier = {
  ...UPTIME_CREDITS,
  test: (c, i) => (UPTIME_CREDITS.test as (c: Clause, i: DraftIndex) => boolean)(c, i) && !i.memo('credits-spare-suspension', () => i.clauses.some((x) => matches(CREDITS_SPARE_SUSPENSION, x.text))),
};
// "only after giving thirty (30) days' written notice": a long wait before the measure.
// (Or "by giving Customer not less than thirty (30) days' prior written notice".)
const NOTICE_FIRST = /\b(?:only )?(?:after|following|upon|on|by) (?:(?:giving|serving) (?:(?:the )?[\w-]+ )?)?(?:at least |not less than |no less than )?(\d+) (?:calendar |business |working )?(day|week|month)s?'? (?:prior )?(?:written )?notice/;
// "Corvane shall first give the Bureau forty-five (45) days' written notice ... before any suspension takes effect."
const NOTICE_BEFORE = /\b(?:first|beforehand) (?:give|serve|send)s? (?:the [\w-]+ )?(?:at least |not less than )?(\d+) (?:calendar |business |working )?(day|week|month)s?'? (?:prior )?(?:written )?notice|\b(\d+) (?:calendar |business |working )?(day|week|month)s?'? (?:prior )?(?:written )?notice (?:before|prior to) (?:any |a |the )?(?:such )?suspension/;
// "No suspension shall take effect until 45 days after the Supplier has notified the Customer": the wait counted from the notice.
const NOTICE_THEN_WAIT = /\b(?:until|before|earlier than|sooner than|takes? effect|effective) (?:at least |only )?(\d+) (?:calendar |business |working )?(day|week|month)s? (?:after|following|from)\b[^.;]{0,60}\b(?:notice|notif)/;
const noticeOver = (days: number) => (c: Clause) => {
  const before = NOTICE_BEFORE.exec(c.block);
  const m = NOTICE_FIRST.exec(c.block) ?? NOTICE_THEN_WAIT.exec(c.block) ?? (before && [before[0], before[1] ?? before[3], before[2] ?? before[4]]);
  return !!m && Number(m[1]) * (m[2] === 'month' ? 30 : m[2] === 'week' ? 7 : 1) > days;
};

// A warranty in other words that the product cannot be disabled from afar: "free from any mechanism permitting its remote disablement".
// ("No capability to remotely access, disable or degrade the System": the acts may come listed.)
const NO_REMOTE_DISABLING_MEANS = /(?:free (?:of|from)|\bno\b|not (?:contain|include|incorporate|have|has)|\bwithout any)[^.;]{0,60}\b(?:mechanism|means|function\w*|feature|code|device|capabilit\w*|routine)\b[^.;]{0,40}(?:remote(?:ly)? (?:[\w-]+,? (?:or |and )?){0,2}(?:disabl|deactivat|shut|switch|stop|lock|degrad)\w*|(?:disabl|deactivat|shut|switch)\w*(?: off| down)? remotely|remote (?:disablement|shut-?down|kill))/;
// The product may never be made unavailable or suspended, said in the passive: "At no time shall
// the Platform be made unavailable", "access shall not be suspended for any reason".
// (Not a bar with an exception or a step: "shall not be suspended except under clause 9", "without notice".)
const PRODUCT = String.raw`(?:access|system|service|platform|software|product|licen[cs]e|equipment|solution|units?|tool|toolkit|availability|operation)`;
const NEVER_SUSPENDED = new RegExp(String.raw`\b${PRODUCT}\b[^.;]{0,40}\b(?:shall|will|may|must) (?:not|never|under no circumstances|in no event) (?:\w+ ){0,2}be (?:made unavailable|suspended|disabled|deactivated|interrupted|switched off|shut down|degraded|blocked)\b(?![^.;]{0,60}\b(?:except|save|unless|other than|otherwise than|without|until|before|prior to|during the (?:cure|notice)|pay|payments?|fees?|invoices?|sums|amounts?|charges)\b)|\bat no time (?:shall|will|may) (?:the )?(?:[\w-]+ ){0,3}${PRODUCT}\b[^.;]{0,20}\bbe (?:made unavailable|suspended|disabled|deactivated|interrupted|switched off|shut down|degraded|blocked)\b(?![^.;]{0,60}\b(?:except|save|unless|other than|otherwise than|without)\b)`);

// The bar on suspending lifted only by notice or consultation: "shall not suspend ... unless it has first given ... 30 days' written notice".
const BAR_LIFTED_BY_NOTICE = /\b(?:except|unless|save|other than)\b[^.;]{0,80}\b(?:notice|consult\w*)\b/;
const SUSPENSION_TAKES_EFFECT = /\b(?:suspension|deactivation|disablement)\b[^.;]{0,40}\b(?:takes?|shall take|will take) effect\b/;
const ON_SUSPICION_PENDING = /\b(?:suspect\w*|suspicion|credible (?:complaint|report|allegation))\b[^.;]{0,80}\b(?:pending|until|while|whilst|for the duration of)\b[^.;]{0,60}(?:investigat|inquir|review|verif)/;
const DELAY_STEP = /notice|\b\d+ (?:calendar |business |working )?(?:days?|hours?|weeks?|months?)\b|\b(?:after|prior|first|before|following)\b|cure|remed|consult|consent|approv|agree/;

// The verbs that name this right when a sentence grants several ("may suspend ... and may terminate").
const SUSPENDS = /\b(?:suspen|paus|turn\w* (?:\w+ ){0,3}off|freez|lock\b|offline|inoperable|on hold|disabl|deactivat|block|interrupt|cut off|switch off|shut|withdraw access|revoke access|revok\w* (?:[\w']+ ){0,2}(?:licen[cs]e keys?|keys?|credentials)|withhold)/;

// A suspension right for non-payment weakens nothing when another clause gives one for misuse.
const suspendsForMisuse = (index: DraftIndex): boolean =>
  index.memo('suspends-for-misuse', () => index.clauses.some((c) => !c.struck && SELLER_MAY_SUSPEND.test(c.text) && misuseTrigger(c, index)));

// (Plain English too: "If someone tells us, or we come to believe, that Geotrace may have been used ...".)
const SUSPICION_WORDS = /complaint|suspect|suspicion|allegation|reason to believe|reasonabl[ey] believ|indicat|credible|report|pending|investigation|\b(?:we|it) (?:come to |comes to )?believes?\b|\btells? us\b|\bmay have been (?:used|misused|operated|deployed)\b/;
const OTHER_GROUNDS = /non-?payment|overdue|unpaid|security (?:threat|risk|incident)|vulnerabilit/;
export const suspensionRemoteDisable = defineRule({
  meta: { id: 'suspension-remote-disable', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'The seller may suspend or remotely disable the product immediately on a credible complaint or suspected misuse, until the investigation ends.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['seller'], subject: String.raw`suspen|disabl|deactivat|interrupt|inoperable|switch\w* off|shut\w* down|\block|throttl|cut\w* off` },
    measure: { noun: 'suspen|disabl|deactivat', immediate: true },
    topic: (c, i) => SELLER_MAY_SUSPEND.test(c.text) && !negates(c.text, '(?:suspend|disabl|deactivat)') && !matches(SUPPLIES_ONLY, c.text) && !matches(FOR_MAINTENANCE, c.text),
    topicWords: [SUSPENSION_WORDS],
    elements: {
      // (The suspicion may sit in a defined term: "Where a Misuse Concern arises", a concern being a credible complaint or a suspicion.)
      'triggered by a credible complaint or suspected misuse (not only an established breach)': (whole, i) => { const c = scopeOfRight(withListedConditions(whole), SUSPENDS); return (misuseTrigger(c, i) || rightsMisuseTerm(c, i) || matches(END_USE_BREACH, c.text)) && (matches(SUSPICION_WORDS, c.block) || i.termMeanings(c).some((m) => matches(SUSPICION_WORDS, m)) || matches(SUSPICION_WORDS, i.referencedText(c))); },
      // A suspension on suspicion, pending the investigation, with no notice, period or prior step before it, takes effect at once.
      // (Or said of the suspension in the next paragraph: "(2) The suspension takes effect at once upon notice".)
      'immediately': (c, i) => matches(IMMEDIATE, c.text) || (matches(ON_SUSPICION_PENDING, c.text) && !matches(DELAY_STEP, c.block))
        || i.following(c).some((t) => matches(SUSPENSION_TAKES_EFFECT, t) && matches(IMMEDIATE, t)),
      // (British and Indian "enquiry"; civil-law "for the duration of the examination of the complaint".)
      // (Or until the seller is satisfied, or said as when it ends: "Access will be restored once we have finished investigating".)
      'until the investigation is complete': /until[^.;]{0,80}(?:investigat|inquiry|enquiry|review|resolved|complete|concluded|conclusion|examination|finished looking into|\blook(?:ed|ing)? into|\b(?:is|are|has been|have been) (?:reasonably )?satisfied)|\b(?:lift|restor|reinstat|resum|reactivat|re-?enabl)\w*\b[^.;]{0,80}\b(?:when|once|after|upon|on|if)\b[^.;]{0,80}(?:investigat|inquir|enquir|review|satisfied|examin)|for the (?:whole |entire |full )?duration of (?:the|any|its|such) (?:investigation|inquiry|enquiry|review|verification|examination)|pending[^.;]{0,40}(?:investigation|inquiry|enquiry|review|outcome)|during (?:the|any|its) (?:investigation|inquiry|review)|(?:for as long as|so long as|while|whilst)[^.;]{0,60}(?:investigat|review|inquir|enquir|examin|assess|verif|look(?:s|ing)? into)|for the (?:duration|course) of[^.;]{0,40}(?:investigat|inquir|review|verif|examin)|pending[^.;]{0,40}verification|(?:for|throughout|during)[^.;]{0,30}\b(?:investigation|inquiry|enquiry|review) period\b/,
    },
    weakeners: [
      // (A cap on how long it may last, where the safeguard keeps it until the investigation ends: "shall not last more than 72 hours".)
      MEASURE_TIME_CAPPED,
      // The seller only asks: "Contractor may by written notice request that the Platform ... be suspended".
      { test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,60}\bmay\b[^.;]{0,40}\brequest (?:that|the [\w-]+ to)\b[^.;]{0,80}\b(?:suspen|disabl|deactivat|switch\w* off|shut\w* down)`), reason: 'The seller may only ask the customer to suspend.' },
      { test: (c) => matches(CONSENT_NEEDED, c.block) || matches(WITH_CUSTOMER_AGREEMENT, c.text), reason: 'Suspension needs the customer\'s consent.' },
      { test: JOINT_BODY_APPROVAL, reason: 'Suspension needs the approval of a joint body on which the customer sits.' },
      // (A sentence that cites the clause qualifies the suspension only where it speaks of it: not an audit "on 20 days' notice ... during an investigation under clause 6".)
      { test: (c, i) => curePeriodOver(7)(c, i) && !aboutTermination(c) && matches(SUSPENDS, c.text), reason: 'Suspension only after notice and a long period.' },
      // (Not a notice before suspending for another reason, non-payment, beside an immediate suspension for misuse.)
      { test: (c, i) => noticeOver(7)(c) && !aboutTermination(c) && matches(SUSPENDS, c.text) && (misuseTrigger(c, i) || !suspendsForMisuse(i)), reason: 'Suspension only after a notice period of more than a week.' },
      { test: (c, i) => !misuseTrigger(c, i) && matches(OTHER_GROUNDS, c.text) && !suspendsForMisuse(i), reason: 'Suspension only for non-payment or security threats.' },
    ],
    weakenersAnywhere: [UNCARVED_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE, TRIGGER_NEEDS_FINDING, { test: (c) => matches(SELLER_MAY_NOT_SUSPEND, c.text) && matches(BAR_LIFTED_BY_NOTICE, c.text), needs: /notice|consult/, reason: 'Suspension only after notice and a long period.' }],
    counters: [
      MISUSE_EXCLUDES_CUSTOMER,
      SELLER_REMEDY_ONLY_DAMAGES,
      // Credits for any downtime cut a suspension right down (weakenersAnywhere); with no such right in the draft, they deny it.
      { ...UPTIME_CREDITS_WHATEVER_CAUSE, test: (c, i) => (UPTIME_CREDITS_WHATEVER_CAUSE.test as (c: Clause, i: DraftIndex) => boolean)(c, i) && !i.memo('seller-may-suspend', () => i.clauses.some((x) => !x.struck && SELLER_MAY_SUSPEND.test(x.text))) },
      // (Not a bar on downtime for maintenance: "no right to suspend the System for scheduled maintenance during business hours".)
      // (Nor a bar lifted by notice: "shall not suspend ... except after giving thirty (30) days' notice" is the weak form, below.)
      { test: (c) => matches(SELLER_MAY_NOT_SUSPEND, c.text) && !matches(BAR_LIFTED_BY_NOTICE, c.text), unless: FOR_MAINTENANCE, reason: 'The seller may not remotely access, disable or suspend the product.' },
      NO_DISABLING_CODE,
      // ("... throughout the Term, including during any dispute between the Parties".)
      { test: /(?:uninterrupted|without (?:any )?interruption|continuous(?:ly)?|at all times)[^.;]{0,80}(?:regardless|notwithstanding|irrespective|including (?:during|while|whilst|throughout)|even (?:during|while|whilst))[^.;]{0,40}(?:dispute|allegation|breach|misuse|complaint)/, reason: 'Guaranteed uninterrupted availability regardless of any dispute.' },
      // "shall not, under any circumstances, suspend": the bar with a parenthetical between.
      { test: SELLER_MAY_NOT_SUSPEND_ASIDE, needs: /not,/, reason: 'The seller may not remotely access, disable or suspend the product.' },
      MEASURES_STAYED,
      STAYED_WHILE_DISPUTED,
      { test: NO_REMOTE_DISABLING_MEANS, needs: /remote/, reason: 'A warranty of no remote-deactivation means.' },
      { test: NEVER_SUSPENDED, needs: /\bbe (?:made unavailable|suspended|disabled|deactivated|interrupted|switched off|shut down|degraded|blocked)\b/, reason: 'The product may never be suspended or made unavailable.' },
    ],
  }),
});
