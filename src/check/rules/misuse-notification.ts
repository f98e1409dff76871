import { defineRule, gradeByElements } from '../rule.ts';
import { NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { customerMust, misuseTrigger } from '../words.ts';

const NOTICE_OF_MISUSE = /(?:notif|inform|report|advise)\w*[^.;]{0,160}(?:misuse|human rights|prohibited|abuse|violation|unauthori[sz]ed use)|(?:aware|learns?|knowledge|suspects?)[^.;]{0,80}(?:misuse|human rights|prohibited|abuse|violation)[^.;]{0,120}(?:notif|inform|report|advise)/;

const CUSTOMER_NOTIFIES = customerMust(String.raw`notif|inform(?:s|ed)?\b|report|advise|tell`);
// A duty to report security incidents is the weak form of this safeguard, not a different one.
const SECURITY_EVENT = /security (?:incident|breach)|unauthori[sz]ed access|without (?:permission|authori[sz]ation)|data breach|compromis/;
const TO_US = /\b(?:tell|notify|inform|contact|alert) us\b/;

export const misuseNotification = defineRule({
  meta: { id: 'misuse-notification', sources: ['NSO-23'], description: 'The customer must promptly notify the seller of actual or suspected misuse or human-rights violations, within a set time.' },
  check: (index) => gradeByElements(index, {
    // The customer's duty to tell the seller about misuse, not any duty that happens to mention reporting.
    topic: (c, i) => (CUSTOMER_NOTIFIES.test(c.text) && (NOTICE_OF_MISUSE.test(c.text) || SECURITY_EVENT.test(c.text) || (/notif|inform|advise/.test(c.text) && !misuseTrigger(c, i))))
      || (TO_US.test(c.text) && SECURITY_EVENT.test(c.text)),
    elements: {
      'notice of actual or suspected misuse or human-rights violations': (c, i) => misuseTrigger(c, i) || /human rights/.test(c.text),
      'within a set time': /within \d+|\d+ (?:calendar |business |working )?(?:days?|hours?)/,
    },
    weakeners: [
      // Security-incident notice weakens only when no clause asks for notice of misuse itself.
      { test: (c, i) => !misuseTrigger(c, i) && SECURITY_EVENT.test(c.text) && !i.clauses.some((x) => CUSTOMER_NOTIFIES.test(x.text) && misuseTrigger(x, i)), reason: 'Notice only of security incidents.' },
    ],
    counters: [
      { test: /waives?[^.;]{0,40}(?:right to )?(?:notice|notification)[^.;]{0,40}misuse|(?:shall|will) not be (?:obliged|required) to (?:notify|inform|report)/, reason: 'The duty to notify is waived.' },
      NO_OPERATIONAL_DISCLOSURE,
    ],
  }),
});
