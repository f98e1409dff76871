import { escapeRegExp } from '../../regexp.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY, NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { NATIONAL_SECURITY_CARVE, REASONABLE_EFFORTS, breachOfUsePart, customerMust, misuseTrigger, MISUSE_EXCLUDES_CUSTOMER } from '../words.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import type { Qualifier } from '../rule.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { draftsOwn, matches } from '../prefilter.ts';

// (Also "written notice to the Contractor within 72 hours after it becomes aware of ... misuse".)
// (Indian drafting "intimate" is notify; civil-law "abusive use" is misuse.)
// (A table may name the event before the notice: "| Suspected misuse of the System | Written notice to the Supplier | Within 72 hours |".)
const NOTICE_OF_MISUSE = /(?:misuse|human rights violations?|prohibited uses?|abusive uses?)\b[^.;|]{0,80}\|[^.;|]{0,10}\b(?:written )?(?:notice|notification)\b|(?:notif|inform|intimat|report|advise|tell|told|alert|notice of|notice (?:to|in writing)|\bknow\b|attention|communicat|forward|transmit|\brefer|pass\w* on|hand\w* on)\w*[^.;]{0,240}(?:misuse|human rights|prohibited|abuse|abusive uses?|violation|(?:unauthori[sz]ed|improper|unlawful) uses?|journalist|activist|dissident|human[- ]rights defender|use restrictions|acceptable use|breach of the (?:[\w-]+ ){0,3}(?:policy|restrictions|terms))|(?:aware|learns?|knowledge|suspects?)[^.;]{0,80}(?:misuse|human rights|prohibited|abuse|violation)[^.;]{0,120}(?:notif|inform|report|advise|tell|alert|let (?:the )?\w+ know)|(?:misuse|prohibited use|human rights)[^.;]{0,120}\bbe (?:promptly |immediately )?(?:reported|notified)\b/;

// Active duties only: "shall notify", "will inform", "gives written notice" (not "a condition notified to it").
// (Telling the seller in other words: "let us know", "bring to the Vendor's attention", "communicate to the Supplier"; not to its own staff.)
// ("give the Supplier written notice of each Misuse Event": the seller between the verb and the notice.)
const NOTIFY = String.raw`notif(?:y|ies)\b|intimates?\b|communicates? to (?:the )?${SELLER}\b|let (?:the )?${SELLER} know\b|brings? (?:[\w']+ ){0,4}to (?:the )?(?:attention of (?:the )?${SELLER}\b|${SELLER}'s attention)|inform(?:s)?\b|keeps? (?:the )?[\w-]+ (?:fully |promptly )?informed\b|(?<!(?:a|the|any|its) )reports?\b|advises?\b|tells?\b|alerts?\b|(?:give|provide|send|serve)s? (?:(?:to )?(?:the )?${SELLER} )?(?:the following |all |such )?(?:prompt |written )*(?:notice|notification)`
  // Passing on what reached it: "forward to the Licensor any complaint", "refer every allegation to the Supplier".
  + String.raw`|(?:forwards?|transmits?|refers?|(?:passes?|hands?) on)\b(?=[^.;]{0,160}\bto (?:the )?${SELLER}\b)`;
const CUSTOMER_NOTIFIES = customerMust(NOTIFY);
// Duties stated in the present tense, as amendments and summaries do: "under which the Purchaser informs the Supplier".
const CUSTOMER_INFORMS = new RegExp(String.raw`\b${CUSTOMER}\b(?:-[a-z]+)? (?:promptly |immediately )?(?:informs|notifies|reports|advises|alerts)\b`
  // Passive duties: "any suspected Prohibited Use must be reported by the Customer to the Supplier".
  + String.raw`|(?:shall|must|will) (?:promptly |immediately )?be (?:promptly |immediately )?(?:reported|notified|disclosed)\b[^.;]{0,20}\bby (?:the )?${CUSTOMER}\b`
  // Passive with the customer named before: "any misuse of which the Licensee becomes aware shall be reported to the Licensor".
  + String.raw`|\b${CUSTOMER}\b[^.;]{0,100}\b(?:shall|must|will) (?:promptly |immediately )?be (?:promptly |immediately )?(?:reported|notified)\b[^.;]{0,20}\bto (?:the )?${SELLER}\b`
  // Nominalised: "written notice of any violation ... shall be given by the Ministry to the Contractor".
  + String.raw`|\b(?:notice|notification|report)\b[^.;]{0,160}\b(?:shall|must|will) (?:promptly |immediately )?be (?:promptly |immediately )?(?:given|sent|provided|delivered|made|submitted|served)\b[^.;]{0,20}\bby (?:the )?${CUSTOMER}\b`
  // "Notification to the Supplier of any suspected violation is required of the Customer within 72 hours".
  + String.raw`|\b(?:notice|notification|report)\b[^.;]{0,160}\b(?:is|are|shall be) required (?:of|from) (?:the )?${CUSTOMER}\b`
  // Outcome drafting: "the Authority shall procure that the Supplier is informed", "is responsible for ensuring that the Supplier is told".
  + String.raw`|\b${CUSTOMER}\b[^.;]{0,60}\b(?:procur|ensur)\w* that (?:the )?${SELLER}\b[^.;]{0,20}\b(?:is|are|shall be|gets?) (?:promptly |immediately )?(?:informed|notified|told|advised|alerted|made aware)\b`);
// A duty to report security incidents is the weak form of this safeguard, not a different one.
const SECURITY_EVENT = /security (?:incident|breach)|unauthori[sz]ed (?:access|copying|distribution)|without (?:permission|authori[sz]ation)|data breach|compromis|(?:loss|theft) of (?:any |a )?(?:licen[cs]e|dongle|device|credential|key|token)/;
// Any other notice of a breach or an incident is the weak form; notice of a change of address, a planned
// outage, each sale to an end user or an end user's reorganisation does not address the safeguard at all.
const NOTICE_OF_CONDUCT = /breach|violat|incident|contrary to|non-?complian|unauthori[sz]ed/;
const TO_US = /\b(?:tell|notify|inform|contact|alert) us\b/;
// Told of use the draft forbids ("if you learn that anyone has used it in a way section 3 does not allow, you must tell us"): notice
// of misuse. (Not any duty a misuse triggers: "must, within 30 days, give the Supplier a remediation plan", "take corrective
// action and inform the Licensor of it".)
const TELLS_SELLER = new RegExp(String.raw`\b(?:tell|notify|inform|alert|advise|warn|report (?:it |this |that )?to|notice (?:shall|must|will) be (?:given|sent|served|delivered) to) (?:us|(?:the )?${SELLER})\b(?! (?:of|about) (?:it|them|this|that|the (?:[\w-]+ ){0,2}(?:measures?|actions?|steps|outcome|results?|plan|progress))\b)`);

// Suspected use against the draft's own terms is misuse in other words: "any actual or suspected
// use of the Items in breach of this Certificate", "any suspected improper use of the Platform".
// (Not "unauthorised use of the System", which is a security incident, nor use beyond the licence scope.)
const SUSPECTED_MISUSE = /(?:actual|suspected|alleged|potential) (?:or (?:actual|suspected|alleged|potential) )?(?:improper |unlawful )?uses?\b[^.;]{0,60}\b(?:in breach of|contrary to|in violation of|inconsistent with) (?:this |the )?(?:certificate|undertaking|declaration|end[- ]use\w* (?:statement|certificate)|use restrictions|human rights|acceptable use|(?:permitted|authori[sz]ed) purposes?)|\b(?:improper|unlawful) uses? of the (?:product|system|platform|service|software|items?|equipment|goods)/;
// "Unauthorised use of the System" (stolen credentials, intruders) is a security incident, not misuse by the customer.
const UNAUTHORISED_USE = /\bunauthori[sz]ed uses?\b/g;
const withoutIntruders = (c: Clause): Clause => (c.text.includes('unauthori') ? { ...c, text: c.text.replace(UNAUTHORISED_USE, 'use') } : c);
const HUMAN_RIGHTS_WORDS = /human rights/;
const misuseNoticed = (c: Clause, i: DraftIndex) => misuseTrigger(withoutIntruders(c), i) || matches(HUMAN_RIGHTS_WORDS, c.text) || matches(SUSPECTED_MISUSE, c.text);
// The events listed in a table under the duty: "shall notify the Contractor of the events below within the times stated",
// then "| Actual or suspected use of the System outside the Authorised Purpose | 48 hours |".
const TABLE_BELOW = /\b(?:(?:events?|matters?|circumstances?|occurrences?) (?:listed |set out |shown |specified )?below|(?:the|each) (?:events?|matters?) (?:listed|set out|shown) in the (?:table|schedule)|the following (?:events?|matters?|circumstances?))\b/;
const rowsBelow = (c: Clause, i: DraftIndex) => i.memo(`rows-below:${c.sentence.block}`, () => {
  const rows: string[] = [];
  for (let b = c.sentence.block + 1; b < i.draft.blocks.length && i.draft.blocks[b].text.includes(' | ') && !i.draft.blocks[b].isHeading; b++) rows.push(i.read(i.draft.blocks[b].text));
  return rows.join(' ; ');
});
const noticedInTable = (c: Clause, i: DraftIndex) => matches(TABLE_BELOW, c.text) && misuseNoticed({ ...c, text: rowsBelow(c, i) }, i);
// A hedge counts only where it governs the notice, not another duty coordinated with it ("shall
// notify within 48 hours ..., and shall use reasonable endeavours to procure that the end user ...").
const HEDGED_NOTICE: Qualifier = { test: new RegExp(String.raw`(?:${REASONABLE_EFFORTS.source})[^.;]{0,60}\b(?:notif(?:y|ies)|inform|informs|report|reports|advise|tell)\b`), reason: 'The customer owes only reasonable efforts.' };
// Never having to disclose operational information weakens the duty to notify; it negates it only
// where it reaches incidents, allegations or the use itself.
// The customer is released from the duty in other words: "is not required to report", "need not inform".
const CUSTOMER_NEED_NOT_NOTIFY = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}\b(?:(?:(?:is|are|shall|will) not (?:be )?(?:obliged|required|bound)|(?:is|are|shall be) under no (?:obligation|duty)) to|need not|(?:do|does|shall|will) not (?:have|need) to|(?:don't|doesn't) (?:have|need) to|never (?:has|have|needs?) to) (?:notify|inform|report|advise|tell)\b[^.;]{0,120}(?:misuse|incident|allegation|\buse\b|violation|breach|human rights)`);
const USE_DEEMED_OPERATIONAL = /\b(?:use|allegations?|misuse|incidents?|complaints?)\b[^.;]{0,100}\b(?:shall be|is|are) deemed (?:to be )?operational\b/;
const NO_INCIDENT_DISCLOSURE = /incidents?|allegations?|misuse|(?:any )?matters? (?:relating|concerning) to (?:the )?use|\bthe use (?:made )?of (?:the )?[\w-]+/;

// "Save as provided in clause 8.4, the Agency need not disclose ...": secrecy that excepts the notice clause leaves it whole.
const EXCEPTING = /\b(?:save (?:for|as)|except(?: for| as)?|other than|without prejudice to|subject to)\b/;
const sparesNotice = (c: Clause, i: DraftIndex) => matches(EXCEPTING, c.text)
  && i.citedBlocks(c).some((b) => i.clauses.some((x) => x.sentence.block === b && matches(CUSTOMER_NOTIFIES, x.text) && misuseNoticed(x, i)));
const SECRECY_NOT_SPARING_NOTICE: Qualifier = {
  ...NO_OPERATIONAL_DISCLOSURE,
  test: (c, i) => matches(NO_OPERATIONAL_DISCLOSURE.test as RegExp, c.text) && !sparesNotice(c, i),
};

// Notice "of each Reportable Event", where the draft defines that term as misuse.
const noticeOfMisuseTerm = (c: Clause, i: DraftIndex) => i.misuseTerms.length > 0
  && i.memo('notice-of-misuse-term', () => draftsOwn(new RegExp(String.raw`\b(?:of|about) (?:each|any|every|all|the|such|an?) (?:${i.misuseTerms.map(escapeRegExp).join('|')})\b`))).test(c.text);
// Every notice duty names one of these words: a quick look spares the party patterns.
const NOTICE_HINT = /notif|inform|intimat|report|advis|tell|told|alert|notice|know|attention|communicat|disclos|forward|transmit|\brefer|pass\w* on|hand\w* on/;

const BREACH_WORDS = /breach|violation|contrary to|inconsistent with|contravention/;
const NOTICE_MADE_WITHIN = /\b(?:reports?|notices?|notifications?) (?:under|pursuant to|in accordance with|required by) (?:clause|section|article|paragraph)s? [\w\u00b7()]+ (?:shall|must|will) be (?:made|given|sent|delivered|submitted|served)\b[^.;]{0,80}(?:within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?))/;
// (Narrower than words.ts's finding by others: only a court or tribunal, not the customer's own confirmation, which drafters of a
// notice duty read otherwise.)
const ESTABLISHED_FIRST = /\b(?:has|have) been (?:finally |conclusively )?(?:established|found|determined|confirmed|declared)\b[^.;]{0,30}\bby (?:a |an |the )?(?:final |binding |non-appealable )?(?:[\w-]+ ){0,3}(?:judgment|judgement|court|tribunal|award|decision|ruling)\b/;
const NOTICE_HELD_BACK = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,20}\b(?:may|is entitled to|shall be entitled to|can)\b (?:[\w-]+,? (?:or |and )?){0,3}?(?:withhold|delay|limit|defer|restrict|postpone)\b[^.;]{0,30}\b(?:notices?|notifications?|reports?)\b`);
const KEPT_FROM_SELLER = new RegExp(String.raw`\bno (?:such )?(?:matters?|complaints?|allegations?|suspicions?|incidents?|information)\b[^.;]{0,20}\b(?:shall|may|will|is to|are to) be (?:reported|communicated|notified|disclosed|passed on)\b[^.;]{0,30}\bto (?:the )?${SELLER}\b`
  // (Or the customer barred: "Party A shall not disclose any such information to Party B", such information being, in the paragraph
  // before, everything about the use of the Products "including any information relating to any alleged improper use".)
  + String.raw`|\b${CUSTOMER}\b[^.;]{0,20}\b(?:shall|will|may) not (?:disclose|report|communicate|pass on|notify|reveal)\b (?:any )?(?:such )?(?:matters?|information|complaints?|allegations?)\b[^.;]{0,20}\bto (?:the )?${SELLER}\b`);
// (The paragraph itself, or the one before that its "such" points back to.)
const aboutComplaints = (c: Clause, i: DraftIndex) => matches(COMPLAINTS_OR_SUSPICIONS, c.block)
  || (/\bsuch\b/.test(c.text) && COMPLAINTS_OR_SUSPICIONS.test(i.draft.blocks[c.sentence.block - 1]?.text.toLowerCase() ?? ''));
const COMPLAINTS_OR_SUSPICIONS = /\b(?:complaints?|allegations?|suspicions?|misuse|improper use|unlawful use)\b/;
const SET_TIME = /within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?)/;
// The period in the next sentence: "... of any suspected misuse. Such notice shall be given within two business days".
const PERIOD_FOLLOWS = /(?:^|\. )(?:any |each )?(?:such|that|this|the) (?:notice|notification|report)s?\b[^.;]*?(?:within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?))/;
// "The Customer may notify ...": a discretion, not a duty.
const CUSTOMER_MAY_NOTIFY = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}\bmay\b[^.;]{0,60}?(?:${NOTIFY})`);
export const misuseNotification = defineRule({
  meta: { id: 'misuse-notification', sources: ['NSO-23'], description: 'The customer must promptly notify the seller of actual or suspected misuse or human-rights violations, within a set time.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer', 'customer-barred'], subject: String.raw`(?:notify|inform|report|tell|notice|alert)\w*\b[^.;]{0,120}\b(?:misuse|abuse|allegations?|suspicions?|human[- ]rights? (?:violations?|abuses?)|complaints?)` },
    // The customer's duty to tell the seller about misuse, not any duty that happens to mention reporting.
    // Notice of misuse (in words, or of a breach of a cited use clause); any other notice duty is the weak form.
    topic: (c, i) => (matches(NOTICE_HINT, c.text) && (matches(CUSTOMER_NOTIFIES, c.text) || matches(CUSTOMER_INFORMS, c.text))
        // (Or of a defined term that means misuse: "notify the Licensor of each Reportable Event".)
        && (matches(NOTICE_OF_MISUSE, c.text) || noticeOfMisuseTerm(c, i) || breachOfUsePart(c, i) || matches(SECURITY_EVENT, c.text) || (!misuseTrigger(c, i) && matches(NOTICE_OF_CONDUCT, c.text)) || (matches(TELLS_SELLER, c.text) && misuseTrigger(c, i)) || (matches(BREACH_WORDS, c.text) && i.referencedText(c) !== '')))
      || (matches(TO_US, c.text) && matches(SECURITY_EVENT, c.text))
      || (matches(CUSTOMER_MAY_NOTIFY, c.text) && misuseNoticed(c, i))
      || (matches(NOTICE_HINT, c.text) && matches(CUSTOMER_NOTIFIES, c.text) && noticedInTable(c, i)),
    topicWords: [NOTICE_HINT, TO_US, CUSTOMER_MAY_NOTIFY],
    // (Misuse of the seller's marks is a trade-mark matter: "notify the Licensor of any suspected misuse ... of its trade marks".)
    ignore: /\b(?:trade ?marks?|trade names?|get-up|logos?|copyright|patents?)\b/,
    elements: {
      'notice of actual or suspected misuse or human-rights violations': (c, i) => misuseNoticed(c, i) || noticedInTable(c, i),
      // The period must govern the notice of misuse, not another duty in the same draft.
      // (Or in a later clause that sets the time for the notice by the clause's number: "A report under clause 21.1 shall be made ... not later than
      // five (5) Working Days after ...".)
      'within a set time': (c, i) => (misuseNoticed(c, i) && (matches(SET_TIME, c.text) || (c.block !== c.text && matches(PERIOD_FOLLOWS, c.block))
        || i.citing(c).some((x) => matches(NOTICE_MADE_WITHIN, x.text))))
        || (noticedInTable(c, i) && SET_TIME.test(rowsBelow(c, i))),
    },
    weakeners: [
      HEDGED_NOTICE,
      HEDGED_DUTY[1],
      HEDGED_DUTY[2],
      { test: NATIONAL_SECURITY_CARVE, reason: "The duty is subject to the customer's national-security requirements." },
      // Notice only of misuse a court has established ("after any use ... has been established by a final and binding judgment"), none of suspicions.
      { test: (c) => matches(ESTABLISHED_FIRST, c.text) && !matches(SUSPECTED_MISUSE, c.text), reason: 'Notice only of misuse a court or other body has established, not of suspected misuse.' },
      // The customer may hold the notice back as it sees fit: "may withhold, delay or limit any such notification wherever it determines".
      { test: NOTICE_HELD_BACK, reason: 'The customer may withhold or delay the notice at its discretion.' },
      { test: (c, i) => matches(CUSTOMER_MAY_NOTIFY, c.text) && !i.memo('misuse-notice-owed', () => i.clauses.some((x) => !x.struck && (matches(CUSTOMER_NOTIFIES, x.text) || matches(CUSTOMER_INFORMS, x.text)) && misuseNoticed(x, i))), reason: 'The customer may notify, but need not.' },
      // Security-incident notice weakens only when no clause asks for notice of misuse itself.
      { test: (c, i) => !misuseTrigger(c, i) && matches(SECURITY_EVENT, c.text) && !i.memo('misuse-noticed', () => i.clauses.some((x) => matches(CUSTOMER_NOTIFIES, x.text) && misuseTrigger(x, i))), reason: 'Notice only of security incidents.' },
    ],
    counters: [
      MISUSE_EXCLUDES_CUSTOMER,
      // Complaints and suspicions kept from the seller: "... including any complaint, allegation or suspicion of improper use, are reserved
      // exclusively to the Ministry's Inspectorate. No such matter shall be reported or communicated to the Contractor".
      { needs: /\bno\b|\bnot\b/, test: (c, i) => matches(KEPT_FROM_SELLER, c.text) && aboutComplaints(c, i), reason: 'Complaints and suspicions of misuse may not be reported to the seller.' },
      // ("waives any right to be informed of the Ministry's operational use, including any alleged misuse".)
      { test: /waives?[^.;]{0,40}(?:right to )?(?:(?:be )?(?:notif|inform|told)\w*|notice)[^.;]{0,100}misuse|(?:shall|will) not be (?:obliged|required) to (?:notify|inform|report)|(?:has|have|is under|shall have|bears?) no (?:duty|obligation) to (?:notify|inform|report)/, reason: 'The duty to notify is waived.' },
      // (Not a release from other reports that keeps this one: "need not notify routine changes, save that it shall report any suspected misuse".)
      { test: CUSTOMER_NEED_NOT_NOTIFY, needs: /not|no|never|n't/, unless: /\b(?:save|except|provided) that\b[^.;]{0,80}\b(?:shall|must|will) (?:notify|inform|report|tell)\b/, reason: 'The duty to notify is waived.' },
      // (Or where the draft deems allegations about the use operational: "Information relating to the Employer's use ..., including any allegation, shall be deemed operational information".)
      { ...NO_OPERATIONAL_DISCLOSURE, test: (c, i) => matches(NO_OPERATIONAL_DISCLOSURE.test as RegExp, c.text) && (matches(NO_INCIDENT_DISCLOSURE, c.text) || i.memo('misuse-notification:use-deemed-operational', () => i.clauses.some((x) => matches(USE_DEEMED_OPERATIONAL, x.text)))) },
    ],
    weakenersAnywhere: [SECRECY_NOT_SPARING_NOTICE],
  }),
});
