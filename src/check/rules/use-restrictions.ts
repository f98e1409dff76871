import { LOCAL_LAW_PREVAILS, NATIONAL_SECURITY_CARVE_OUT } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { LOCAL_LAW_ONLY } from '../words.ts';

export const useRestrictions = defineRule({
  meta: { id: 'use-restrictions', sources: ['SD', 'NSO-20'], description: 'Prohibits use against people for exercising rights, targeting of protected groups, and bulk surveillance.' },
  // The spec asks for a bulk-surveillance ban only "where the product allows it": not a core element.
  check: (index) => gradeByElements(index, {
    topic: /\b(?:shall not|must not|may not|will not|not to|is prohibited|are prohibited|prohibits?|no (?:person|one) (?:shall|may))\b[^.;]{0,200}\b(?:use|target|surveil|monitor|deploy)|\bprohibited (?:uses?|purposes?|activities|targeting)|acceptable use|restricted activit/,
    elements: {
      'bars use against people for exercising rights (expression, assembly, association, religion, privacy)': /(?:exercis\w+|because of|by reason of|on account of|for)[^.;]{0,80}(?:rights?|freedoms?|expression|opinion|assembly|association|religio|belief|privacy)|peaceful (?:protest|assembly|exercise)|political (?:opinion|activit)/,
      'bars targeting of journalists, human-rights defenders, lawyers, opponents, dissidents or minorities': /journalist|human[- ]rights defender|dissident|political opponent|activist|lawyer|minorit|protected persons|discriminat/,
    },
    weakeners: [
      { test: LOCAL_LAW_ONLY, reason: 'The prohibitions apply only to the extent local law prohibits the conduct.' },
      { test: /weapons of mass destruction|chemical or biological|nuclear|missile|sanctioned (?:person|part|countr)/, reason: 'Only export-law end uses (weapons of mass destruction, sanctioned parties) are prohibited.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS],
    counters: [
      NATIONAL_SECURITY_CARVE_OUT,
    ],
  }),
});
