import { defineRule, gradeByElements } from '../rule.ts';
import { customerMust, misuseTrigger } from '../words.ts';

export const misuseNotification = defineRule({
  meta: { id: 'misuse-notification', sources: ['NSO-23'], description: 'The customer must promptly notify the seller of actual or suspected misuse or human-rights violations, within a set time.' },
  check: (index) => gradeByElements(index, {
    topic: (c) => /notif|inform|report|tell|advise/.test(c.text) && customerMust('notif|inform|report|advise').test(c.text),
    elements: {
      'notice of actual or suspected misuse or human-rights violations': (c, i) => misuseTrigger(c, i) || /human rights/.test(c.text),
      'within a set time': /within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?)/,
    },
    weakeners: [
      { test: (c, i) => !misuseTrigger(c, i) && /security (?:incident|breach)|unauthori[sz]ed access to (?:the )?account|data breach/.test(c.text), reason: 'Notice only of security incidents.' },
    ],
    counters: [
      { test: /waives?[^.;]{0,40}(?:right to )?(?:notice|notification)[^.;]{0,40}misuse|(?:shall|will) not be (?:obliged|required) to (?:notify|inform|report)/, reason: 'The duty to notify is waived.' },
      { test: /(?:shall|will|is) not (?:be )?(?:obliged|required|bound) to (?:disclose|provide|reveal|share)[^.;]{0,80}(?:operational|classified)/, reason: 'The customer need never disclose operational information.' },
    ],
  }),
});
