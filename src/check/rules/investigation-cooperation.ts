import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY, NATIONAL_SECURITY_CARVE_OUT, NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { NATIONAL_SECURITY_CARVE, SUBJECT_TO, customerMust } from '../words.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { draftsOwn, matches } from '../prefilter.ts';

// Not co-operating, in other words: "if you do not cooperate", "lack of co-operation", "you have not helped".
const NOT_COOPERATING = String.raw`(?:do|does|did|will|shall|have|has|had) not (?:fully )?(?:(?:co-?operat|collaborat)e|assist(?:ed)?|help(?:ed)?)(?![- ]?desk)|(?:don't|doesn't|didn't|haven't|hasn't) (?:fully )?(?:(?:co-?operat|collaborat)e|assist(?:ed)?|help(?:ed)?)(?![- ]?desk)|\bnot helping\b|lack of (?:(?:co-?operation|collaboration)|assistance|help)|\bnot (?:fulfil|perform|comply with|discharge|meet)\w* (?:its|their|the) (?:duty|obligation)s? (?:of|to) (?:participat|co-?operat|assist|collaborat)\w*|un(?:co-?operat|collaborat)ive`;
// Ending the licence in plain words is termination: "we can end this licence", "revoke your keys", "bring to an end this Agreement".
const SANCTION = String.raw`(?:suspen|terminat|revok|\bend (?:this|the|your|its) (?:licen[cs]e|agreement|contract|subscription)|\bbring (?:[\w-]+ ){0,3}to an end\b)`;
// (A lead-in may run long before its item: "may terminate ..., with immediate effect by written notice ..., if it determines
// ... that there is evidence of: ... any refusal or failure ... to cooperate"; and the refusal name who refuses at length:
// "any refusal by the Entity, or by any officer, agent or contractor acting on its behalf, to cooperate".)
const NON_COOPERATION_SANCTION = new RegExp(String.raw`${SANCTION}[^.;]{0,300}(?:(?:refus|fail)\w*[^.;]{0,120}(?:(?:co-?operat|collaborat)|assist)|non-?(?:co-?operation|collaboration))|(?:(?:refus|fail)\w*[^.;]{0,120}(?:(?:co-?operat|collaborat)|assist)|non-?(?:co-?operation|collaboration))[^.;]{0,200}${SANCTION}`);
const NOT_COOPERATING_SANCTION = new RegExp(String.raw`${SANCTION}[^.;]{0,200}(?:${NOT_COOPERATING})|(?:${NOT_COOPERATING})[^.;]{0,200}${SANCTION}`);

// Within the cooperation clause: "failure to cooperate", "failure to do so is Misuse", "a condition of continued use".
// "..., failing which the Supplier may suspend the licence keys"; "if it does not, the Supplier may terminate".
// (Plain English too: "If you don't, we can suspend your account", "... we can freeze your account or end these terms".)
// ("If that condition is not met, the Supplier may suspend the System.")
const FAILING_WHICH = /\b(?:failing which|in default of which|if (?:it|they|you|the [\w-]+) (?:(?:does|do) not|don't|doesn't)(?: do so)?|if (?:it|they|the [\w-]+) fails? to do so|if (?:that|this|the|such) condition is not (?:met|satisfied|fulfilled|complied with))\b[^.;]{0,60}\b(?:suspen|terminat|freez|block|disabl|deactivat|rescind|rescission|cancel|close (?:your|its|the) account|end (?:these terms|this (?:agreement|contract|licen[cs]e)|the (?:agreement|contract|licen[cs]e)|your (?:access|account|subscription|licen[cs]e)))/;
// "under penalty of suspension", "on pain of termination": the sanction stated with the duty.
const NON_COOPERATION = /\b(?:under (?:penalty|pain) of|on pain of)\b[^.;]{0,30}(?:suspen|terminat|rescission|cancellation)|(?:refus|fail)\w*[^.;]{0,80}(?:(?:co-?operat|collaborat)|assist)|non-?(?:co-?operation|collaboration)|\b(?:absence|lack) of (?:co-?operation|collaboration)\b|\b(?:refusal|failure) (?:to do so )?(?:is|constitutes|amounts to|shall (?:be|constitute)) (?:a )?(?:misuse|material breach|breach)|(?:co-?operat|collaborat)\w*[^.;]{0,80}(?:condition|ground|basis)[^.;]{0,40}(?:suspen|terminat|continued use)|(?:refus|fail)\w*(?: or (?:refus|fail)\w*)? (?:by (?:the )?[\w-]+ )?to (?:do so|comply)[^.;]{0,80}(?:misuse|breach|ground|suspen|terminat|entitle)|\bnot (?:helping|assisting|co-?operating)\b[^.;]{0,80}\b(?:is|shall be|counts as|amounts to|constitutes)\b[^.;]{0,30}(?:misuse|breach)/;

// ("shall assist the Supplier in any investigation of suspected Misuse": assistance named before the investigation.)
// Every reading of the topic names an investigation, inquiry, allegation, review or audit: a quick look first.
// (Civil-law drafting calls it an examination: "shall cooperate with the Contractor's examination by providing explanations".)
// ("If we are looking into a complaint about Misuse, you must help us": plain words for both.)
const TOPIC_HINT = /investigat|[ie]nquir|alleg|review|audit|suspected|complaint|verification|clarification|examination|look(?:s|ing)? into|\bsupport\w* (?:every|any|each|all|the|an?) /;
// Information asked for the seller's inquiry: "if we ask for information to investigate a possible Prohibited Use";
// requests the customer will only consider: "will consider in good faith any request for information about allegations".
// (Translated: "will attend the requirements of information that the Contractor formulates in relation to a possible Misuse".)
const ASKED_FOR_INQUIRY = /\b(?:information|logs|records|access|documents)\b[^.;]{0,30}\bto (?:investigat|look into|inquire into|enquire into|examin)\w*[^.;]{0,60}(?:misuse|prohibited|alleg|suspect|complaint|breach|violation)|\b(?:consider|entertain)\b[^.;]{0,30}\brequests?\b[^.;]{0,80}\b(?:information|records|logs|access)\b[^.;]{0,60}(?:alleg|misuse|complaint|suspect|investigat)|\b(?:attend|answer|respond|reply)\w*(?: to)? (?:the |any |all )?(?:requirements|requests|questions)(?: (?:of|for) information)?\b[^.;]{0,80}(?:misuse|prohibited use|alleg|complaint|suspect)/;
// (The customer's duty may come after a long condition: "Where the Supplier is looking into any allegation ..., or where any
// court ... is examining such a matter, the Customer shall assist fully"; or civil-law "participate in the clarification of".)
// (Or answer its questions and give it information: "If we are looking into possible Misuse, you agree to answer our questions and to give us the information we ask for".)
const PLAIN_TOPIC = /\blook(?:s|ing)? into\b[^.;]{0,80}(?:misuse|alleg|suspect|complaint|concern|breach|human rights|violation)[^.;]{0,240}\b(?:help|assist|co-?operat|answer\w* (?:our|its|the|any) questions|give us (?:the |any |all )?information)|\bparticipat\w* in (?:the |any )?(?:clarification|investigation|inquiry|enquiry|fact-finding)\b[^.;]{0,80}\b(?:facts?|use|misuse|alleg\w*|suspect\w*|contrary)\b|\b(?:help|assist)\w* (?:us|the supplier|the licensor|the vendor)?\s?(?:to )?look into\b/;
const TOPIC = /\bsupport\w* (?:every|any|each|all|the|an?) (?:examination|investigation|inquiry|enquiry|review)s?\b[^.;]{0,80}(?:misuse|alleg|suspect|complaint|human rights|breach)|(?:co-?operat|collaborat|assist)\w*[^.;]{0,60}\bverification\b[^.;]{0,60}(?:alleg|suspect|misuse|improper|unlawful|human rights)|(?:(?:co-?operat|collaborat)|assist)\w*[^.;]{0,120}(?:investigation|[ie]nquir)|(?:respond|answer|reply)\w*[^.;]{0,80}(?:investigation|[ie]nquir|alleg|(?:during|in) (?:a|any|the|its) review)|(?:respond|answer|reply)\w*[^.;]{0,40}\brequests?\b[^.;]{0,120}\b(?:suspected|alleged) (?:misuse|abuse|breach|violation)|(?:co-?operat|collaborat)\w*[^.;]{0,120}(?:investigation|[ie]nquir|review|audit|examination)|(?:investigation|[ie]nquir)\w*[^.;]{0,120}(?:co-?operat|collaborat)|(?:investigat|[ie]nquir)\w*[^.;]{0,80}(?:misuse|alleg|suspect|complaint|breach|human rights|violation)[^.;]{0,120}(?:(?:co-?operat|collaborat)|assist)|(?:allegation|alleged|suspected|complaint|investigat\w*|[ie]nquir\w*)[^.;]{0,120}(?:give|provide|produce|make available|deliver|disclose|furnish|supply|grant)\w*[^.;]{0,80}(?:logs|records|information|access|personnel|staff)|make (?:[\w,'-]+ ){0,6}available[^.;]{0,120}(?:investigation|[ie]nquir)|(?:provide|produce|make available|give|furnish|supply|grant|disclose)[^.;]{0,80}(?:logs|records|information|access)[^.;]{0,80}(?:investigation|inquir|\b(?:in connection with|arising from|concerning|relating to|following|about) (?:any |a |the )?(?:complaints?|suspected|alleg))|(?:logs|records|information|access)\b[^.;]{0,120}\b(?:provided|produced|made available|given|furnished|supplied|granted|disclosed)\b[^.;]{0,120}(?:investigat|[ie]nquir)|(?:investigat|[ie]nquir)\w*[^.;]{0,120}\b(?:logs|records|information|access)\b[^.;]{0,80}\b(?:provided|produced|made available|given|furnished|supplied|granted|disclosed)\b/;

// ("Failure by the Government to do so shall entitle the Contractor to suspend": the failing party named.)
// Cooperation as a condition of continued use (NSO-20): "Continued use ... is conditional upon the Licensee's cooperation with any investigation".
// (Also "It is a condition of the Customer's continued use of the System that it assists the Supplier in any investigation".)
const CONDITION_OF_USE = new RegExp(String.raw`\bcontinued (?:use|access|operation)\b[^.;]{0,80}\b(?:conditional|dependent|contingent) (?:up)?on (?:the )?(?:${CUSTOMER}'s |such |that |this )(?:full )?(?:co-?operation|collaboration)`
  + String.raw`|\bcondition of (?:the )?(?:${CUSTOMER}'s )?continued (?:use|access|operation)\b[^.;]{0,60}\bthat (?:it|they|the ${CUSTOMER}) (?:\w+ )?(?:co-?operat|collaborat|assist)`);
// Passive duties: "all logs requested ... shall be provided by the Customer within 5 days".
const PROVIDED_BY_CUSTOMER = new RegExp(String.raw`\b(?:shall|must|will|is to|are to) (?:promptly )?be (?:promptly )?(?:provided|produced|made available|given|furnished|disclosed|delivered|granted|supplied)\b[^.;]{0,40}\bby (?:the )?${CUSTOMER}\b`);
const COOPERATES = customerMust('(?:co-?operat|collaborat)|participat|assist|support\\w* (?:every|any|each|all|the|an?) (?:examination|investigation|inquiry|enquiry|review)|help(?![- ]?desk)|answer|respond|reply|attend|permit|allow|provide|make (?:[\\w,\'-]+ ){0,6}available|give|produce|deliver|grant|disclose|furnish|supply');
// "The End User notifies the Vendor ... It cooperates with any investigation": the pronoun carries
// the customer from the sentence before it in the same paragraph.
const PRONOUN_COOPERATES = /^(?:it|they) (?:shall |must |will |undertakes? to |agrees? to )?(?:(?:co-?operat|collaborat)|assist|provid|make available|give|produce|furnish)/;
const CUSTOMER_LEADS = new RegExp(String.raw`(?:^|[.;:] )(?:the )?${CUSTOMER}\b`);
// Answering the seller's questions about the use, or procuring that end users respond to its
// requests during an investigation, addresses cooperation (in its weak form, without a duty to cooperate).
// ("If we have concerns about how the Platform is used, you will answer our questions": the concern comes first.)
// ("answer Contractor's questions about any suspected Prohibited Use".)
const ANSWERS_QUESTIONS = /(?:respond|answer|reply)\w*[^.;]{0,40}\b(?:questions?|requests?|queries)\b[^.;]{0,60}\b(?:about|concerning|regarding|on|as to) (?:the |your |its |their |[\w-]+'s )?(?:relevant )?use\b|(?:respond|answer|reply)\w*[^.;]{0,40}\b(?:questions?|requests?|queries)\b[^.;]{0,20}\b(?:about|concerning|regarding|on|as to) (?:any |the |a )?(?:actual or )?(?:suspected|alleged|possible|reported) (?:misuse|prohibited|violation|breach|abuse|unauthori[sz]ed)|(?:respond|answer|reply)\w*[^.;]{0,40}\b(?:questions?|queries)\b[^.;]{0,20}\b(?:about|concerning|regarding|as to) (?:how|whether) (?:\w+ ){0,3}(?:us(?:e|es|ed|ing)|operat\w+)\b|(?:concerns?|doubts?|questions?)\b[^.;]{0,20}\b(?:about|concerning|regarding|as to) (?:how |the |whether )?[^.;]{0,40}\bus(?:e|ed)\b[^.;]{0,80}\b(?:respond|answer|reply)\w*[^.;]{0,30}\b(?:questions?|requests?|queries)\b|(?:investigat|[ie]nquir)\w*[^.;]{0,160}(?:respond|answer|reply)\w*[^.;]{0,60}\b(?:requests?|questions?|queries)\b/;
// Under a "Cooperation" heading, a duty to give the seller information, records or access.
const COOPERATION_HEADING = /\b(?:co-?operation|collaboration)\b/;
// ... and under an "Investigations" heading, the customer's own duty to give them ("Within ten Business Days of the
// Licensor's request, the Customer shall: provide copies of the audit logs ...").
const INVESTIGATION_HEADING = /\b(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies))\b/;
// (Or what an inquiry asks for by name: "provide within ten business days: (i) the case numbers, approvals and justifications ...".)
const ALLEGATION_IN_PARAGRAPH = /\balleg|\bsuspect(?:ed|s)? (?:misuse|breach|violation|abuse)|\bcomplaints? (?:of|about|concerning|that)\b|\binvestigat\w* (?:of|into) (?:any |the |an? )?(?:alleg|suspect|misuse|complaint)/;
// (Translated drafting in the present tense: "it communicates within fifteen days the relevant extracts of the journal".)
const GIVES_RECORDS = /(?:provide|makes? available|give|grant|furnish|produce|supply|deliver|hand over|send|communicat\w*)[^.;]{0,80}\b(?:information|records|logs|access|documents?|documentation|case (?:files|numbers)|justifications?|approvals|explanations?|evidence|extracts?)\b/;
// Limits the customer sets for itself: "subject to the reserve of the criminal investigation and
// to the limits that the Prosecution Service itself determines in each case".
const CUSTOMER_SETS_LIMITS_WORDS = new RegExp(String.raw`\bto the extent (?:that )?(?:the )?${CUSTOMER} (?:considers|deems|determines|judges|decides)\b|\b(?:limits?|extent|conditions?) (?:that|which) (?:the )?[\w -]{0,40}?(?:itself )?(?:determines|decides|considers appropriate)\b|${SUBJECT_TO} (?:the )?(?:secrecy|reserve|confidentiality) of (?:the |its |any )?(?:criminal )?investigations?`);
// ... or in other words: "such information as it considers appropriate", "in its sole discretion".
const AS_IT_SEES_FIT = new RegExp(String.raw`\b(?:such|any) (?:[\w-]+ ){0,3}as (?:the ${CUSTOMER} |it |they )?(?:considers?|deems?|determines?|decides?|sees?|thinks?) (?:appropriate|necessary|fit|suitable|proper)\b`);
const CUSTOMER_SETS_LIMITS = (c: Clause) => matches(CUSTOMER_SETS_LIMITS_WORDS, c.text) || matches(AS_IT_SEES_FIT, c.text);
// National security as the measure of the duty: "to the extent consistent with its national security requirements".
const SECURITY_MEASURE = /\b(?:to the extent|in so far as|insofar as|so far as|as far as) (?:\w+ ){0,2}(?:consistent|compatible|permitted by|allowed by)[^.;]{0,30}(?:national security|state security|operational security|classified|secrecy)/;
// The seller's duty to cooperate with the customer (a data breach, a fee audit) is not this safeguard.
// "Provider shall notify the City ... and shall cooperate with the City's investigation": the seller helps the customer's own inquiry.
// (Or the seller helping the customer with its own inquiries: "Paybridge will: ... assist the Customer with ... any inquiry by the Information Commissioner".)
const SELLER_HELPS_CUSTOMER = new RegExp(String.raw`^(?:[^.;]{0,60}, )?(?:the )?${SELLER}\b[^.;]{0,200}\b(?:co-?operat|collaborat|assist)\w* (?:with|in) (?:the )?${CUSTOMER}'s (?:investigation|inquiry|enquiry)|^(?:[^.;]{0,60}, )?(?:the )?${SELLER}\b[^.;]{0,200}\b(?:assist|help|support)\w* (?:the )?${CUSTOMER} (?:with|in)\b[^.;]{0,120}\b(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|requests?|assessments?)\b`);
// A list of the seller's own duties read as one ("Paybridge will: (a) ...; (e) assist the Customer with ..."): the customer owes nothing there.
const SELLER_DUTY_LIST = new RegExp(String.raw`^(?:[^.;]{0,60}, )?(?:the )?${SELLER}\b[^.;:]{0,40}\b(?:shall|will|must|agrees? to|undertakes? to)\s*:`);
// (Or hands over its own records and people: "The Contractor shall produce requested records within five business days and make its
// employees available for interview".)
const SELLER_COOPERATES = new RegExp(String.raw`^(?:\(?[\w·]{1,6}[.)] )?(?:[^.;]{0,60}, )?(?:the )?${SELLER}\b[^.;]{0,30}\b(?:shall|will|must|agrees? to|undertakes? to)\b[^.;]{0,20}\b(?:(?:co-?operat|collaborat)e|assist|produce|make (?:its|their) (?:employees|personnel|staff|records)\b[^.;]{0,20}\bavailable)`);
// The customer may turn requests away, or owes no cooperation at all: "The Authority may refuse any request for
// information", "shall not be obliged to give the Supplier access ... in connection with any investigation".
const MAY_REFUSE = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}\b(?:may|is entitled to|shall be entitled to|reserves the right to|is free to) (?:\w+ )?(?:refuse|decline|reject|withhold)\b[^.;]{0,20}\b(?:any|all)\b[^.;]{0,30}(?:requests?|information|logs|records|access|(?:co-?operation|collaboration)|assistance)(?![^.;]{0,80}\b(?:outside|unless|except|save|other than|not (?:made|related)|unreasonabl|without)\b)`);
// ("In no event shall the Customer be required to ..." reads as "the Customer shall not be required to ...".)
// (Also "You never have to share your logs", and "Nothing in this Contract shall oblige the Authority to provide ...".)
// ("shall not be required to communicate to the Supplier, including for the purpose of any verification of alleged Prohibited Use, acts ...".)
const NO_COOPERATION_VERBS = String.raw`(?:(?:co-?operat|collaborat)e|assist|give|provide|grant|disclose|make available|produce|furnish|share|communicate|hand over|reveal)\b[^.;]{0,100}(?:investigat|inquir|logs|premises|personnel|verification of (?:any )?(?:alleged|suspected)|(?:alleged|suspected) (?:misuse|prohibited use|breach))`;
const OWES_NO_COOPERATION = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}(?:(?:(?:shall|will|is|are) not (?:be )?(?:obliged|required|bound)|(?:has|have|bears|shall have) no (?:obligation|duty)|(?:is|are|shall be) under no (?:obligation|duty)|need not) to|(?:do|does|shall|will) not (?:have|need) to|never (?:has|have|needs?) to) ${NO_COOPERATION_VERBS}`
  + String.raw`|\bnothing in this\b[^.;]{0,40}\b(?:shall |will )?(?:obliges?|requires?|compels?) (?:the )?${CUSTOMER}\b to ${NO_COOPERATION_VERBS}`);

// The customer barred from giving access at all: "shall not grant THE SUPPLIER access to any system, record or log".
// (Not a bar on the seller seeing collected content, "shall not give the Supplier access to Collected Data": that protects the data.)
const BARRED_FROM_GIVING = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}\b(?:shall|will|must|may) not (?:give|provide|grant|disclose|make available|share|furnish|allow)\b (?:to )?(?:the )?${SELLER}\b(?!'s)[^.;]{0,20}\b(?:access to (?:any |the |its )?(?:systems?|records?|logs?|premises|sites?|personnel)|logs|records)\b(?![^.;]{0,80}\b(?:except|unless|save|other than)\b)`);
// Secrecy in the passive: "All information relating to the operations of the Purchaser ... may under no circumstances be communicated to the Supplier".
// (The reader turns "may under no circumstances be" into "may not be".)
const NEVER_COMMUNICATED = new RegExp(String.raw`\b(?:information|logs|records)\b[^.;]{0,80}\b(?:operations?|operational|use)\b[^.;]{0,80}\b(?:may|shall|will|can) (?:under no circumstances|in no (?:event|case)|never|not) (?:\w+ )?be (?:communicated|disclosed|provided|given|made available|shared|transmitted|revealed) to (?:the )?${SELLER}\b`);

const OPERATIONS_CLASSIFIED = /\b(?:all|any) (?:information|data|records)\b[^.;]{0,120}\b(?:operational use|operations?|use of the (?:system|product|platform|software))\b[^.;]{0,80}\blogs?\b[^.;]{0,80}\b(?:is|are|shall be) (?:classified|(?:a )?(?:state|official) secrets?)\b/;
const CLASSIFIED_BARRED = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,20}\b(?:shall|will|may) not (?:disclose|give|provide|communicate|make available)\b[^.;]{0,40}\b(?:to )?(?:the )?${SELLER}\b[^.;]{0,60}\b(?:classified|state secrets?|official secrets?)\b`);
// "Ardent may terminate ... if MPS has failed to comply with Section 6A.6": the sanction cites the cooperation clause by number.
const SANCTION_CITING = /(?:suspen|terminat)[^.;]{0,200}(?:fail|refus|breach|not compl)|(?:fail|refus|breach|not compl)[^.;]{0,200}(?:suspen|terminat)/;
const QUOTED_NUMBER = /^"?(\d+[a-z]?(?:[.\u00b7]\d+)+)\s/;
const MIDDLE_DOTS = /\u00b7/g;
const PARAGRAPH_PREFIX = /^.*paragraph /;
const DIGIT = /\d/;
const BRACKETS = /[()]/g;
const DOTS = /\./g;
const citesOwnClause = (c: Clause, index: DraftIndex) => {
  // The clause's number: its block's label, or the number an amendment quotes it with ("6A.6 MPS shall ...").
  const quoted = QUOTED_NUMBER.exec(c.text)?.[1].replace(MIDDLE_DOTS, '.');
  const label = quoted ?? index.draft.blocks[c.sentence.block].label?.toLowerCase().replace(PARAGRAPH_PREFIX, '');
  if (!label || !DIGIT.test(label)) return false;
  const cite = draftsOwn(new RegExp(String.raw`\b(?:clause|section|article|paragraph)s? ${label.replace(BRACKETS, '\\$&').replace(DOTS, '[.\u00b7]')}(?![\w\u00b7])`));
  return index.memo(`sanction-cites:${label}`, () => index.clauses.some((x) => matches(SANCTION_CITING, x.text) && matches(cite, x.text)));
};

// The sanction in a later paragraph of the same clause, citing it as "this Article": "If the First Party fails to comply
// with this Article, the Second Party may suspend the System."
const THIS_CLAUSE_SANCTION = /(?:fail|refus|breach|not compl)\w*[^.;]{0,80}\bthis (?:article|clause|section|paragraph|condition)\b[^.;]{0,80}(?:suspen|terminat)/;
// (The reader numbers a paragraph "1." under "Article 8" as 8(1): paragraph 2 of Article 8 is not paragraph 2 of Article 15.)
// The customer's help with delivery and installation (site access, power, counterpart staff) is not help with an investigation.
const WORKS_ON_SITE = /\b(?:install|commission|deliver|acceptance test|implementation plan|site access|rack space)/;
const OTHERS_CONSENT = new RegExp(String.raw`\b(?:disclosures?|grants? of access|access|interviews?|productions?|provision of (?:information|logs|records))\b[^.;]{0,60}\b(?:shall |will |must )?(?:requires?|be subject to|be conditional (?:up)?on)\b[^.;]{0,20}\b(?:consent|approval|agreement) of (?!(?:the |its |an? )?(?:${SELLER}|court|judge)\b)(?:the |its )?[\w-]+`);
const clauseNumber = (index: DraftIndex, block: number): string | undefined => {
  const { blocks } = index.draft;
  for (let b = block; b >= 0; b--) {
    const { label, isHeading } = blocks[b];
    if (label) return label.split(/[.(\u00b7]/)[0];
    if (isHeading) return undefined;
  }
  return undefined;
};
const sanctionLaterInClause = (c: Clause, index: DraftIndex) => {
  const own = clauseNumber(index, c.sentence.block);
  return own !== undefined && index.memo('investigation-cooperation:this-clause-sanctions', () => index.clauses.filter((x) => matches(THIS_CLAUSE_SANCTION, x.text)))
    .some((x) => x.sentence.block > c.sentence.block && clauseNumber(index, x.sentence.block) === own);
};

// A default listed in events-of-default drafting: "the Licensee fails, within 15 Business Days of the Licensor's request made
// in the course of an investigation, to provide the information, logs and access ...": the duty is implied, and where the
// draft lets the seller terminate on a Termination Event (Event of Default), the sanction too.
const CUSTOMER_FAILS_TO_PROVIDE = new RegExp(String.raw`\b${CUSTOMER}\b (?:fails|refuses|omits|neglects)\b[^.;]{0,160}\bto (?:provide|give|produce|make available|grant|supply|furnish|co-?operate|assist)\b`);
const EVENT_SANCTION = /(?:termination events?|events? of default)\b[^.;]{0,160}\b(?:may|shall be entitled to|is entitled to) (?:\w+ ){0,3}(?:terminat|suspen)|(?:terminat|suspen)\w*[^.;]{0,160}\b(?:termination events?|events? of default)\b/;
const COOPERATION_WORDS = /(?:co-?operat|collaborat)|assist|help|participat/;
// "If you don't, we can freeze your account", closing the section after the list of what the customer must do.
// (The customer's own duty: a "failing which" that closes a section ends its duties, not the seller's rights listed there.)
const failingWhichInSection = (c: Clause, i: DraftIndex) => !!c.heading && matches(COOPERATES, c.text) && i.clauses.some((x) => x.heading === c.heading && !x.struck && matches(FAILING_WHICH, x.text) && !sanctionsAnotherDuty(x.text));
// (Also in other words: "provide the case references and approvals for the searches, and make the Authorised Users concerned
// available to answer Orrery's questions".)
const COOPERATION_ITEMS = /logs?|records|information|documents|access|personnel|staff|premises|interview|case (?:references?|files?|numbers?)|\bmakes?\b[^.;]{0,60}\bavailable\b|answer (?:\w+ ){0,3}questions|extracts? of|explanations?/;
// A "failing which" after a duty of its own sanctions that duty: "shall deliver the certificate within 30 days, failing which
// the Contractor may terminate" says nothing of cooperation.
const OWN_DUTY_THEN_FAILING_WHICH = /\b(?:shall|must|will|is to|are to|agrees? to|undertakes? to)\b[^.;]{0,200}\b(?:failing which|in default of which)\b/;
const sanctionsAnotherDuty = (t: string) => matches(OWN_DUTY_THEN_FAILING_WHICH, t) && !matches(COOPERATION_WORDS, t) && !matches(COOPERATION_ITEMS, t) && !matches(TOPIC_HINT, t);
const SUSPENDS_OR_TERMINATES = /suspen|terminat|\bbring (?:[\w-]+ ){0,3}to an end\b/;
const SET_TIME = /within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?)|promptly|without delay|immediately/;
// (Or the meaning of a term the duty uses: "shall provide Investigation Assistance", that term defined with the logs and the days.)
const cooperationText = (c: Clause, i: DraftIndex) => [c.text, c.block, ...i.following(c), i.referencedText(c), i.citedPartsText(c), ...i.termMeanings(c)];
const FAILURE_WORDS = /fail|refus|breach|not compl|non-?compl|(?:not|n't) (?:do|fulfil|perform)\b/;
const DEEMED = /\b(?:is|are|constitutes?|amounts? to|shall (?:be|constitute)|counts? as|is deemed|shall be deemed)\b/;
const RELEASED_WHERE_CUSTOMER_DECIDES = new RegExp(String.raw`\bnothing in\b[^.;]{0,60}\b(?:requires?|obliges?|compels?)\b[^.;]{0,60}\bto (?:disclose|provide|reveal|give|share)\b[^.;]{0,120}\b(?:where|if|to the extent|insofar as)\b[^.;]{0,10}\b(?:the )?(?:${CUSTOMER}|it)\b[^.;]{0,30}\b(?:determines?|considers?|decides?|believes?|judges?|certifies)\b[^.;]{0,80}\b(?:security|prejudice|harm|jeopardi[sz]e)`);
const IP_CLAIM = /\binfring\w*|\bintellectual property\b|\bdefen[cs]e (?:of|against) (?:the|any|such|a) (?:third[- ]party )?claims?\b/;
export const investigationCooperation = defineRule({
  meta: { id: 'investigation-cooperation', sources: ['NSO-20', 'NSO-23'], description: 'The customer must cooperate with investigations of alleged misuse: information, logs, access, personnel, within set times; non-cooperation allows suspension or termination.' },
  check: (index) => {
    const sanctioned = index.clauses.some((x) => matches(COOPERATION_WORDS, x.text) && (matches(NON_COOPERATION_SANCTION, x.text) || matches(NOT_COOPERATING_SANCTION, x.text)));
    return gradeByElements(index, {
      denied: { of: ['customer'], subject: String.raw`co-?operat|investigat|inquir|enquir` },
      // (Nor cooperation in the defence of a claim: "cooperate fully with the Licensor in its investigation and defence of the claim".)
      ignore: (c) => matches(IP_CLAIM, c.text) || (matches(SELLER_COOPERATES, c.text) && !matches(COOPERATES, c.text)) || matches(SELLER_HELPS_CUSTOMER, c.text) || matches(SELLER_DUTY_LIST, c.text)
        || (matches(WORKS_ON_SITE, c.block) && !matches(TOPIC_HINT, c.block)),
      topic: (c) => (matches(TOPIC_HINT, c.text) && (matches(TOPIC, c.text) || matches(PLAIN_TOPIC, c.text))) || matches(ASKED_FOR_INQUIRY, c.text) || matches(ANSWERS_QUESTIONS, c.text) || (matches(COOPERATION_HEADING, c.heading) && matches(GIVES_RECORDS, c.text))
        || (matches(INVESTIGATION_HEADING, c.heading) && matches(GIVES_RECORDS, c.text) && matches(COOPERATES, c.text))
        // (Or the allegation said in an earlier sentence of the paragraph: "On an allegation of misuse the Supplier may request
        // information. Within ten days of the request the Purchaser shall provide the audit-trail extracts and explanations.")
        || (matches(GIVES_RECORDS, c.text) && matches(COOPERATES, c.text) && matches(ALLEGATION_IN_PARAGRAPH, c.block)),
      topicWords: [TOPIC_HINT, ASKED_FOR_INQUIRY, ANSWERS_QUESTIONS, GIVES_RECORDS],
      elements: {
        'the customer must cooperate with the investigation': (c) => matches(COOPERATES, c.text) || matches(CUSTOMER_FAILS_TO_PROVIDE, c.text) || matches(CONDITION_OF_USE, c.text) || matches(PROVIDED_BY_CUSTOMER, c.text) || (matches(PRONOUN_COOPERATES, c.text) && matches(CUSTOMER_LEADS, c.block)),
        // (Or in the next paragraphs of the clause, a clause it cites, or the protocol or appendix it incorporates: "in accordance
        // with Appendix G (Inquiry Co-operation Protocol)".)
        'information, logs, access or personnel': (c, i) => cooperationText(c, i).some((t) => matches(COOPERATION_ITEMS, t)),
        'within a set time': (c, i) => cooperationText(c, i).some((t) => matches(SET_TIME, t)),
        // Often stated in the termination or suspension clause rather than here.
        'non-cooperation allows suspension or termination': (c, i) => matches(NON_COOPERATION, c.block) || matches(CONDITION_OF_USE, c.block) || matches(FAILING_WHICH, c.block) || failingWhichInSection(c, i) || matches(NOT_COOPERATING_SANCTION, c.block) || sanctioned
          // (A later clause that makes a failure under this one misuse: "A failure to comply with Section 8.1 within the stated period is a Prohibited Use".)
          || i.citing(c).some((x) => matches(FAILURE_WORDS, x.text) && (matches(SUSPENDS_OR_TERMINATES, x.text) || (matches(DEEMED, x.text) && i.mentionsMisuse(x)))) || citesOwnClause(c, i) || sanctionLaterInClause(c, i)
          // (Or the next paragraph of the clause: "GCC 35.2 Refusal or delay by the Purchaser in performing any item of Appendix G shall entitle the Supplier ... to suspend".)
          || i.following(c).some((t) => (matches(FAILURE_WORDS, t) && matches(SUSPENDS_OR_TERMINATES, t) && !sanctionsAnotherDuty(t)) || matches(CONDITION_OF_USE, t))
          || (matches(CUSTOMER_FAILS_TO_PROVIDE, c.text) && i.memo('investigation-cooperation:event-sanction', () => i.clauses.some((x) => matches(EVENT_SANCTION, x.text)))),
      },
      weakeners: [
        ...HEDGED_DUTY,
        // "No such failure shall entitle the Provider to suspend the Service or terminate this Agreement": non-cooperation costs nothing.
        { test: new RegExp(String.raw`\bno (?:such )?(?:failure|refusal|non-?compliance|breach)\b[^.;]{0,60}\b(?:shall|will) entitle (?:the )?${SELLER}\b[^.;]{0,20}\bto (?:suspend|terminate)`), reason: 'Non-cooperation does not let the seller suspend or terminate.' },
        // "save to the extent that the Ministry, in its sole judgment, considers that ... would prejudice national security".
        { test: /\b(?:in|at) (?:its|their) (?:sole |absolute |own )?(?:judgment|judgement|discretion|opinion)\b[^.;]{0,80}\b(?:national security|public order|state security|security interests)/, reason: "Cooperation goes only as far as the customer's own view of national security allows." },
        { test: SECURITY_MEASURE, reason: "Cooperation goes only as far as the customer's national-security requirements allow." },
        { test: NATIONAL_SECURITY_CARVE, reason: "Cooperation is subject to the customer's national-security requirements without limit." },
        // "Each disclosure, grant of access or interview under Clause 20.1 shall require the prior written consent of the Attorney General".
        { test: OTHERS_CONSENT, reason: "Each step of the cooperation needs the consent of someone other than the seller." },
        { test: CUSTOMER_SETS_LIMITS, reason: 'Cooperation goes only as far as the customer itself decides, or yields to the secrecy of its investigations.' },
      ],
      // "Nothing in this Section 9 requires Agency to disclose any information, log or person where Agency determines that doing so
      // would prejudice its national security": the secrecy release, wherever it sits, leaves cooperation to the customer's view.
      weakenersAnywhere: [{ test: RELEASED_WHERE_CUSTOMER_DECIDES, needs: /nothing/, reason: "Cooperation goes only as far as the customer's own view of its security allows." }],
      counters: [
      NATIONAL_SECURITY_CARVE_OUT,
        NO_OPERATIONAL_DISCLOSURE,
        { test: MAY_REFUSE, needs: /refuse|decline|reject|withhold/, reason: 'The customer may refuse requests for information, records or access.' },
        { test: OWES_NO_COOPERATION, needs: /oblige|require|compel|bound|obligation|duty|need not|not have to|not need to|never/, reason: 'The customer owes no cooperation with investigations.' },
        { test: BARRED_FROM_GIVING, needs: /not/, reason: 'The customer may not give the seller access, logs or information.' },
        { test: NEVER_COMMUNICATED, needs: /never|not/, reason: 'Operational information may never be given to the seller.' },
        // Secrecy in two steps: "(1) The Customer shall not disclose to the Contractor ... any information classified under the State Secrets
        // Act. (2) All information ... relating to the operational use of the System, including logs ..., is classified".
        { needs: /classified|secret/, test: (c, i) => matches(OPERATIONS_CLASSIFIED, c.text) && i.memo('investigation:classified-barred', () => i.clauses.some((x) => !x.struck && matches(CLASSIFIED_BARRED, x.text))), reason: 'Logs and operational information are classified, and classified information may not be given to the seller.' },
        // "The Supplier shall not conduct, commission or take part in any investigation into the Authority's use of the System."
        { needs: /not/, test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,20}\b(?:shall|will|may|must) not (?:[\w-]+,? (?:or |and )?){0,4}?(?:conduct|commission|carry out|undertake|take part in|initiate|open)\b[^.;]{0,20}\b(?:any )?(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|examinations?)\b[^.;]{0,40}\b(?:use|conduct|operations?|activities)\b`), reason: 'The seller may not investigate the customer\'s use.' },
      ],
    });
  },
});
