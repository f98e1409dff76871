import type { Clause, DraftIndex } from '../draft-index.ts';
import { defineRule, gradeByElements, type Qualifier } from '../rule.ts';
import { MODAL_RIGHT } from '../draft-index.ts';
import { SELLER } from '../../read/parties.ts';
import { NO_DISABLING_CODE, MEASURES_STAYED, UPTIME_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE } from '../boilerplate.ts';
import { CONSENT_NEEDED, IMMEDIATE, curePeriodOver, misuseTrigger, negates, sellerMay, sellerMayNot } from '../words.ts';
import { matches } from '../prefilter.ts';

// Barred from disabling the product, or from accessing it; a bar on accessing data held in it
// ("shall not access biometric data", "the audit logs") protects the data, not the product.
const SELLER_MAY_NOT_SUSPEND = sellerMayNot('(?:remotely )?(?:disabl|deactivat|suspend|degrad|interrupt|shut)|(?:remotely )?access(?! (?:or \\w+ )?(?:the |any |its )?(?:[\\w-]+ ){0,2}(?:data|content|information|records|logs|communications|intercepts?|files)\\b)');
const SELLER_MAY_NOT_SUSPEND_ASIDE = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,50}\b(?:shall|will|may|must) not,[^,.;]{0,40},\s*(?:remotely\s+)?(?:suspend|disable|deactivate|interrupt|degrade|shut)`);
// Withholding the code that activates the product stops it as surely as suspending it.
// (Not the nouns: "compliance with the Named User limits", "the restrictions".)
const SUSPEND = 'suspend|disabl|deactivat|block|interrupt|limit(?!s\\b)|restrict(?!ions?\\b)|withdraw access|cut off|revoke access|switch off|shut|withhold (?:the |any )?(?:activation|licen[cs]e key|key)';
const SELLER_MAY_SUSPEND_WORDS = sellerMay(SUSPEND);
// Distribution and agency drafting calls the seller "the Principal": "the Principal may suspend deliveries".
const PRINCIPAL_MAY_SUSPEND = new RegExp(String.raw`\bprincipal\b(?! (?:agreement|contract|terms|debtor|amount|sum))[^.;]{0,80}?\b${MODAL_RIGHT}\b[^.;]{0,120}?\b(?:${SUSPEND})`);
const SELLER_MAY_SUSPEND = { test: (t: string) => matches(SELLER_MAY_SUSPEND_WORDS, t) || (t.includes('principal') && matches(PRINCIPAL_MAY_SUSPEND, t)) };
// Suspending maintenance, support or updates is withholding them (update-support-withholding), not
// suspending the product: "may suspend Maintenance while any fee is overdue".
const SUPPLIES_ONLY = /^(?![^.;]*\b(?:access|system|software|platform|service\b|product|licen[cs]e|account|credentials|deliver))[^.;]*\bsuspend\w* (?:the )?(?:provision of )?(?:maintenance|support|updates?|upgrades?|training)\b/;
// A cure period in a termination clause that cites this one ("if not remedied within 45 days, the
// Supplier may terminate") does not delay the suspension.
const TERMINATION_ONLY = sellerMay('terminat');
const aboutTermination = (c: Clause) => matches(TERMINATION_ONLY, c.text) && !SELLER_MAY_SUSPEND.test(c.text);
// Credits that do not run during a suspension, or penalties owed only for the seller's own defects,
// do not make the seller pay for suspending.
const CREDITS_SPARE_SUSPENSION = /(?:credits?|penalt\w*|damages)[^.;]{0,80}\b(?:do|does|shall|will) not apply\b[^.;]{0,60}\bsuspen|(?:penalt\w*|credits?|damages)[^.;]{0,160}\b(?:only )?(?:when|where|if) (?:caused by|attributable to|resulting from) (?:a |an )?(?:defect|fault|failure|error)/;
const UNCARVED_CREDITS: Qualifier = {
  ...UPTIME_CREDITS,
  test: (c, i) => (UPTIME_CREDITS.test as (c: Clause, i: DraftIndex) => boolean)(c, i) && !i.memo('credits-spare-suspension', () => i.clauses.some((x) => matches(CREDITS_SPARE_SUSPENSION, x.text))),
};
// "only after giving thirty (30) days' written notice": a long wait before the measure.
const NOTICE_FIRST = /\b(?:only )?(?:after|following|upon|on) (?:giving |serving )?(?:at least |not less than )?(\d+) (?:calendar |business |working )?(day|week|month)s?'? (?:prior )?(?:written )?notice/;
const noticeOver = (days: number) => (c: Clause) => {
  const m = NOTICE_FIRST.exec(c.block);
  return !!m && Number(m[1]) * (m[2] === 'month' ? 30 : m[2] === 'week' ? 7 : 1) > days;
};

// A suspension right for non-payment weakens nothing when another clause gives one for misuse.
const suspendsForMisuse = (index: DraftIndex): boolean =>
  index.memo('suspends-for-misuse', () => index.clauses.some((c) => !c.struck && SELLER_MAY_SUSPEND.test(c.text) && misuseTrigger(c, index)));

export const suspensionRemoteDisable = defineRule({
  meta: { id: 'suspension-remote-disable', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'The seller may suspend or remotely disable the product immediately on a credible complaint or suspected misuse, until the investigation ends.' },
  check: (index) => gradeByElements(index, {
    topic: (c, i) => SELLER_MAY_SUSPEND.test(c.text) && !negates(c.text, '(?:suspend|disabl|deactivat)') && !matches(SUPPLIES_ONLY, c.text),
    elements: {
      'triggered by a credible complaint or suspected misuse (not only an established breach)': (c, i) => misuseTrigger(c, i) && matches(/complaint|suspect|suspicion|allegation|reason to believe|reasonabl[ey] believ|indication|credible|report|pending|investigation/, c.block),
      'immediately': IMMEDIATE,
      'until the investigation is complete': /until[^.;]{0,80}(?:investigat|inquiry|review|resolved|complete|concluded)|pending[^.;]{0,40}(?:investigation|inquiry|review|outcome)|during (?:the|any|its) (?:investigation|inquiry|review)|(?:for as long as|so long as|while|whilst)[^.;]{0,60}(?:investigat|review|inquir|examin|assess)/,
    },
    weakeners: [
      { test: (c) => matches(CONSENT_NEEDED, c.block), reason: 'Suspension needs the customer\'s consent.' },
      { test: (c) => curePeriodOver(7)(c) && !aboutTermination(c), reason: 'Suspension only after notice and a long period.' },
      { test: (c) => noticeOver(7)(c) && !aboutTermination(c), reason: 'Suspension only after a notice period of more than a week.' },
      { test: (c, i) => !misuseTrigger(c, i) && matches(/non-?payment|overdue|unpaid|security (?:threat|risk|incident)|vulnerabilit/, c.text) && !suspendsForMisuse(i), reason: 'Suspension only for non-payment or security threats.' },
    ],
    weakenersAnywhere: [UNCARVED_CREDITS],
    counters: [
      UPTIME_CREDITS_WHATEVER_CAUSE,
      { test: (c) => matches(SELLER_MAY_NOT_SUSPEND, c.text), reason: 'The seller may not remotely access, disable or suspend the product.' },
      NO_DISABLING_CODE,
      { test: /(?:uninterrupted|without (?:any )?interruption|continuous(?:ly)?|at all times)[^.;]{0,80}(?:regardless|notwithstanding|irrespective)[^.;]{0,40}(?:dispute|allegation|breach|misuse|complaint)/, reason: 'Guaranteed uninterrupted availability regardless of any dispute.' },
      // "shall not, under any circumstances, suspend": the bar with a parenthetical between.
      { test: SELLER_MAY_NOT_SUSPEND_ASIDE, needs: /not,/, reason: 'The seller may not remotely access, disable or suspend the product.' },
      MEASURES_STAYED,
    ],
  }),
});
