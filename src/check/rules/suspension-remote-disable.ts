import { defineRule, gradeByElements } from '../rule.ts';
import { NO_DISABLING_CODE, STATUS_QUO, UPTIME_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE } from '../boilerplate.ts';
import { CONSENT_NEEDED, IMMEDIATE, curePeriodOver, misuseTrigger, negates, sellerMay, sellerMayNot } from '../words.ts';

const SELLER_MAY_NOT_SUSPEND = sellerMayNot('(?:remotely )?(?:access|disabl|deactivat|suspend|degrad|interrupt|shut)');
const SELLER_SUSPENDS = sellerMay('suspend|disabl|deactivat|block|interrupt|limit|restrict|withdraw access|cut off|revoke access|switch off|shut');

export const suspensionRemoteDisable = defineRule({
  meta: { id: 'suspension-remote-disable', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'The seller may suspend or remotely disable the product immediately on a credible complaint or suspected misuse, until the investigation ends.' },
  check: (index) => gradeByElements(index, {
    topic: (c) => SELLER_SUSPENDS.test(c.text) && !negates(c.text, '(?:suspend|disabl|deactivat)'),
    elements: {
      'triggered by a credible complaint or suspected misuse (not only an established breach)': (c, i) => misuseTrigger(c, i) && /complaint|suspect|suspicion|allegation|reason to believe|reasonabl[ey] believ|indication|credible|report|pending|investigation/.test(c.block),
      'immediately': IMMEDIATE,
      'until the investigation is complete': /until[^.;]{0,80}(?:investigation|inquiry|review|resolved|complete|concluded)|pending[^.;]{0,40}(?:investigation|inquiry|review|outcome)|during (?:the|any|its) (?:investigation|inquiry|review)|(?:for as long as|so long as|while|whilst)[^.;]{0,60}(?:investigat|review|inquir|examin|assess)/,
    },
    weakeners: [
      { test: (c) => CONSENT_NEEDED.test(c.block), reason: 'Suspension needs the customer\'s consent.' },
      { test: curePeriodOver(7), reason: 'Suspension only after notice and a long period.' },
      { test: (c, i) => !misuseTrigger(c, i) && /non-?payment|overdue|unpaid|security (?:threat|risk|incident)|vulnerabilit/.test(c.text), reason: 'Suspension only for non-payment or security threats.' },
    ],
    weakenersAnywhere: [UPTIME_CREDITS],
    counters: [
      UPTIME_CREDITS_WHATEVER_CAUSE,
      { test: (c) => SELLER_MAY_NOT_SUSPEND.test(c.text) && !/customer data|personal data|collected data|content/.test(c.text), reason: 'The seller may not remotely access, disable or suspend the product.' },
      NO_DISABLING_CODE,
      { test: /uninterrupted[^.;]{0,80}(?:regardless|notwithstanding|irrespective)[^.;]{0,40}(?:dispute|allegation|breach)/, reason: 'Guaranteed uninterrupted availability regardless of any dispute.' },
      STATUS_QUO,
    ],
  }),
});
