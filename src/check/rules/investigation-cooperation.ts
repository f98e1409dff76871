import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY, NATIONAL_SECURITY_CARVE_OUT, NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { NATIONAL_SECURITY_CARVE, customerMust } from '../words.ts';

const NON_COOPERATION_SANCTION = /(?:suspen|terminat)[^.;]{0,200}(?:(?:refus|fail)\w*[^.;]{0,40}(?:cooperat|assist)|non-?cooperation)|(?:(?:refus|fail)\w*[^.;]{0,40}(?:cooperat|assist)|non-?cooperation)[^.;]{0,200}(?:suspen|terminat)/;

// Within the cooperation clause: "failure to cooperate", "failure to do so is Misuse", "a condition of continued use".
const NON_COOPERATION = /(?:refus|fail)\w*[^.;]{0,40}(?:cooperat|assist)|non-?cooperation|cooperat\w*[^.;]{0,80}(?:condition|ground|basis)[^.;]{0,40}(?:suspen|terminat|continued use)|(?:refus|fail)\w*(?: or (?:refus|fail)\w*)? to (?:do so|comply)[^.;]{0,80}(?:misuse|breach|ground|suspen|terminat|entitle)/;

export const investigationCooperation = defineRule({
  meta: { id: 'investigation-cooperation', sources: ['NSO-20', 'NSO-23'], description: 'The customer must cooperate with investigations of alleged misuse: information, logs, access, personnel, within set times; non-cooperation allows suspension or termination.' },
  check: (index) => {
    const sanctioned = index.clauses.some((x) => NON_COOPERATION_SANCTION.test(x.text));
    return gradeByElements(index, {
      topic: /(?:respond|answer|reply)\w*[^.;]{0,80}(?:investigation|[ie]nquir|alleg|(?:during|in) (?:a|any|the|its) review)|cooperat\w*[^.;]{0,120}(?:investigation|[ie]nquir|review|audit)|(?:investigation|[ie]nquir)\w*[^.;]{0,120}cooperat|(?:investigat|[ie]nquir)\w*[^.;]{0,80}(?:misuse|alleg|suspect|complaint|breach|human rights|violation)[^.;]{0,120}(?:cooperat|assist)|(?:allegation|alleged|suspected|complaint|investigat\w*|[ie]nquir\w*)[^.;]{0,120}(?:give|provide|produce|make available|deliver|disclose|furnish|supply|grant)\w*[^.;]{0,80}(?:logs|records|information|access|personnel|staff)|(?:provide|produce|make available|give|furnish|supply|grant|disclose)[^.;]{0,80}(?:logs|records|information|access)[^.;]{0,80}(?:investigation|inquir)/,
      elements: {
        'the customer must cooperate with the investigation': customerMust('cooperat|assist|provide|make available|give|produce|deliver|grant|disclose|furnish|supply'),
        'information, logs, access or personnel': /logs?|records|information|documents|access|personnel|staff|premises|interview/,
        'within a set time': /within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?)|promptly|without delay|immediately/,
        // Often stated in the termination or suspension clause rather than here.
        'non-cooperation allows suspension or termination': (c, i) => NON_COOPERATION.test(c.block) || sanctioned
          || i.citing(c).some((x) => /suspen|terminat/.test(x.text) && /fail|refus|breach|not compl/.test(x.text)),
      },
      weakeners: [
        ...HEDGED_DUTY,
        { test: NATIONAL_SECURITY_CARVE, reason: "Cooperation is subject to the customer's national-security requirements without limit." },
      ],
      counters: [
      NATIONAL_SECURITY_CARVE_OUT,
        NO_OPERATIONAL_DISCLOSURE,
      ],
    });
  },
});
