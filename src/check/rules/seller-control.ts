import { defineRule, gradeByElements } from '../rule.ts';
import { sellerMay } from '../words.ts';
import { ESCROW_RELEASE, NO_DISABLING_CODE } from '../boilerplate.ts';

// The spec's test: a hosted service the seller runs and can suspend or limit (access, not the contract).
const SELLER_CUTS_OFF = sellerMay('suspend|limit|restrict|disabl|revoke|discontinue');
const ACCESS = /service|access|account|platform|product|system|software|keys?\b/;

export const sellerControl = defineRule({
  meta: { id: 'seller-control', sources: ['SD'], description: 'The seller keeps control through hosted access or licence keys that expire and need periodic renewal, and may configure capability limits.' },
  check: (index) => {
    const canCutOff = index.clauses.some((x) => SELLER_CUTS_OFF.test(x.text) && ACCESS.test(x.text));
    return gradeByElements(index, {
      topic: /licen[cs]e keys?|activation (?:keys?|codes?|dongles?)|dongle|licen[cs]e (?:file|server)|expir\w* (?:keys?|licen[cs]e)|hosted|cloud|software[- ]as[- ]a[- ]service|\bsaas\b|(?:we|supplier|provider|licensor|vendor) (?:host|operate)s?|remote(?:ly)? (?:access|hosted)|on-?premises/,
      elements: {
        'seller-held custody: hosted service or keys that expire and need renewal': /hosted|cloud|software[- ]as[- ]a[- ]service|\bsaas\b|(?:we|supplier|provider|licensor|vendor) (?:hosts?|operates?|runs?)|keys?[^.;]{0,80}(?:expire|lapse|valid for|renew)|(?:expire|lapse|renew)\w*[^.;]{0,60}keys?|time-limited (?:key|licen[cs]e|activation)/,
        // The power to cut off or limit may sit anywhere in the draft (a hosted service's suspension clause).
        'the seller may suspend, limit or refuse renewal': (c) => /(?:suspend|limit|restrict|disable|refuse|decline|withhold|not (?:obliged|required) to (?:renew|issue))|sole discretion|capability limits?|configur/.test(c.block) || canCutOff,
      },
      weakeners: [
        { test: /(?:shall|will|must) (?:automatically )?(?:renew|re-?issue|issue)[^.;]{0,40}keys?[^.;]{0,80}(?:not (?:unreasonably )?(?:withheld|refuse)|automatically|upon (?:payment|request))|(?:may|shall) not (?:refuse|withhold|decline)[^.;]{0,40}(?:renew|re-?issue|issue)[^.;]{0,20}keys?/, reason: 'Keys are renewable but renewal cannot be refused.' },
        { test: (c) => /on-?premises?/.test(c.text) && !/keys?[^.;]{0,80}(?:expire|lapse|renew)/.test(c.block), reason: 'On-premises software for a term with no expiring key.' },
      ],
      counters: [
        { test: /perpetual[^.;]{0,40}(?:irrevocable|fully[- ]paid)|irrevocable[^.;]{0,40}perpetual|permanent (?:activation|licen[cs]e key)|(?:may|shall) not (?:be )?(?:terminat|revok)\w*[^.;]{0,40}(?:except|other than|save) (?:for )?(?:material )?breach/, reason: 'A perpetual, irrevocable licence with permanent activation.' },
        ESCROW_RELEASE,
        NO_DISABLING_CODE,
      ],
    });
  },
});
