import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY, NATIONAL_SECURITY_CARVE_OUT, NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { NATIONAL_SECURITY_CARVE, customerMust } from '../words.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { CUSTOMER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';

const NON_COOPERATION_SANCTION = /(?:suspen|terminat)[^.;]{0,200}(?:(?:refus|fail)\w*[^.;]{0,40}(?:cooperat|assist)|non-?cooperation)|(?:(?:refus|fail)\w*[^.;]{0,40}(?:cooperat|assist)|non-?cooperation)[^.;]{0,200}(?:suspen|terminat)/;

// Within the cooperation clause: "failure to cooperate", "failure to do so is Misuse", "a condition of continued use".
const NON_COOPERATION = /(?:refus|fail)\w*[^.;]{0,40}(?:cooperat|assist)|non-?cooperation|\b(?:refusal|failure) (?:to do so )?(?:is|constitutes|amounts to|shall (?:be|constitute)) (?:a )?(?:misuse|material breach|breach)|cooperat\w*[^.;]{0,80}(?:condition|ground|basis)[^.;]{0,40}(?:suspen|terminat|continued use)|(?:refus|fail)\w*(?: or (?:refus|fail)\w*)? to (?:do so|comply)[^.;]{0,80}(?:misuse|breach|ground|suspen|terminat|entitle)/;

const TOPIC = /(?:respond|answer|reply)\w*[^.;]{0,80}(?:investigation|[ie]nquir|alleg|(?:during|in) (?:a|any|the|its) review)|cooperat\w*[^.;]{0,120}(?:investigation|[ie]nquir|review|audit)|(?:investigation|[ie]nquir)\w*[^.;]{0,120}cooperat|(?:investigat|[ie]nquir)\w*[^.;]{0,80}(?:misuse|alleg|suspect|complaint|breach|human rights|violation)[^.;]{0,120}(?:cooperat|assist)|(?:allegation|alleged|suspected|complaint|investigat\w*|[ie]nquir\w*)[^.;]{0,120}(?:give|provide|produce|make available|deliver|disclose|furnish|supply|grant)\w*[^.;]{0,80}(?:logs|records|information|access|personnel|staff)|(?:provide|produce|make available|give|furnish|supply|grant|disclose)[^.;]{0,80}(?:logs|records|information|access)[^.;]{0,80}(?:investigation|inquir)/;

const COOPERATES = customerMust('cooperat|assist|provide|make available|give|produce|deliver|grant|disclose|furnish|supply');
// "The End User notifies the Vendor ... It cooperates with any investigation": the pronoun carries
// the customer from the sentence before it in the same paragraph.
const PRONOUN_COOPERATES = /^(?:it|they) (?:shall |must |will |undertakes? to |agrees? to )?(?:cooperat|assist|provid|make available|give|produce|furnish)/;
const CUSTOMER_LEADS = new RegExp(String.raw`(?:^|[.;:] )(?:the )?${CUSTOMER}\b`);
// Answering the seller's questions about the use, or procuring that end users respond to its
// requests during an investigation, addresses cooperation (in its weak form, without a duty to cooperate).
const ANSWERS_QUESTIONS = /(?:respond|answer|reply)\w*[^.;]{0,40}\b(?:questions?|requests?|queries)\b[^.;]{0,60}\b(?:about|concerning|regarding|on|as to) (?:the )?(?:relevant )?use\b|(?:investigat|[ie]nquir)\w*[^.;]{0,160}(?:respond|answer|reply)\w*[^.;]{0,60}\b(?:requests?|questions?|queries)\b/;
// Under a "Cooperation" heading, a duty to give the seller information, records or access.
const COOPERATION_HEADING = /\bcooperation\b/;
const GIVES_RECORDS = /(?:provide|make available|give|grant|furnish|produce)[^.;]{0,80}\b(?:information|records|logs|access)\b/;
// Limits the customer sets for itself: "subject to the reserve of the criminal investigation and
// to the limits that the Prosecution Service itself determines in each case".
const CUSTOMER_SETS_LIMITS = /\b(?:limits?|extent|conditions?) (?:that|which) (?:the )?[\w -]{0,40}?(?:itself )?(?:determines|decides|considers appropriate)\b|subject (?:in all cases )?to (?:the )?(?:secrecy|reserve|confidentiality) of (?:the |its |any )?(?:criminal )?investigations?/;
// "Ardent may terminate ... if MPS has failed to comply with Section 6A.6": the sanction cites the cooperation clause by number.
const SANCTION_CITING = /(?:suspen|terminat)[^.;]{0,200}(?:fail|refus|breach|not compl)|(?:fail|refus|breach|not compl)[^.;]{0,200}(?:suspen|terminat)/;
const citesOwnClause = (c: Clause, index: DraftIndex) => {
  // The clause's number: its block's label, or the number an amendment quotes it with ("6A.6 MPS shall ...").
  const quoted = /^"?(\d+[a-z]?(?:[.\u00b7]\d+)+)\s/.exec(c.text)?.[1].replace(/\u00b7/g, '.');
  const label = quoted ?? index.draft.blocks[c.sentence.block].label?.toLowerCase().replace(/^.*paragraph /, '');
  if (!label || !/\d/.test(label)) return false;
  const cite = new RegExp(String.raw`\b(?:clause|section|article|paragraph)s? ${label.replace(/[()]/g, '\\$&').replace(/\./g, '[.\u00b7]')}(?![\w\u00b7])`);
  return index.memo(`sanction-cites:${label}`, () => index.clauses.some((x) => matches(SANCTION_CITING, x.text) && matches(cite, x.text)));
};

export const investigationCooperation = defineRule({
  meta: { id: 'investigation-cooperation', sources: ['NSO-20', 'NSO-23'], description: 'The customer must cooperate with investigations of alleged misuse: information, logs, access, personnel, within set times; non-cooperation allows suspension or termination.' },
  check: (index) => {
    const sanctioned = index.clauses.some((x) => matches(NON_COOPERATION_SANCTION, x.text));
    return gradeByElements(index, {
      topic: (c) => matches(TOPIC, c.text) || matches(ANSWERS_QUESTIONS, c.text) || (matches(COOPERATION_HEADING, c.heading) && matches(GIVES_RECORDS, c.text)),
      elements: {
        'the customer must cooperate with the investigation': (c) => matches(COOPERATES, c.text) || (matches(PRONOUN_COOPERATES, c.text) && matches(CUSTOMER_LEADS, c.block)),
        'information, logs, access or personnel': /logs?|records|information|documents|access|personnel|staff|premises|interview/,
        'within a set time': /within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?)|promptly|without delay|immediately/,
        // Often stated in the termination or suspension clause rather than here.
        'non-cooperation allows suspension or termination': (c, i) => matches(NON_COOPERATION, c.block) || sanctioned
          || i.citing(c).some((x) => matches(/suspen|terminat/, x.text) && matches(/fail|refus|breach|not compl/, x.text)) || citesOwnClause(c, i),
      },
      weakeners: [
        ...HEDGED_DUTY,
        { test: NATIONAL_SECURITY_CARVE, reason: "Cooperation is subject to the customer's national-security requirements without limit." },
        { test: CUSTOMER_SETS_LIMITS, reason: 'Cooperation goes only as far as the customer itself decides, or yields to the secrecy of its investigations.' },
      ],
      counters: [
      NATIONAL_SECURITY_CARVE_OUT,
        NO_OPERATIONAL_DISCLOSURE,
      ],
    });
  },
});
