import { defineRule, gradeByElements } from '../rule.ts';
import { negates, sellerMay } from '../words.ts';
import { SELLER } from '../../read/parties.ts';
import { ESCROW_RELEASE, NO_DISABLING_CODE, PERPETUAL_LICENCE } from '../boilerplate.ts';

// The spec's test: a hosted service the seller runs and can suspend or limit (access, not the contract).
const SELLER_CUTS_OFF = sellerMay('suspend|limit|restrict|disabl|revoke|discontinue');
const ACCESS = /service|access|account|platform|product|system|software|keys?\b|tokens?\b/;
// Whatever the draft calls the thing that switches the software on.
const NAMED_KEY = String.raw`(?:licen[cs]e|activation|product|runtime|software|subscription) (?:keys?|codes?|files?|tokens?|certificates?|servers?)|dongles?|activated (?:online )?(?:once )?every`;
const KEY = String.raw`(?:${NAMED_KEY}|keys?\b|tokens?\b)`;
const EXPIRING_KEY = new RegExp(String.raw`${KEY}[^.;]{0,80}(?:expire|lapse|valid (?:for|until|during)|renew|for (?:a )?periods? of|for \d+ (?:days|months)|every \d+ (?:days|months))|(?:expire|lapse|renew)\w*[^.;]{0,60}${KEY}|time-limited (?:key|licen[cs]e|activation)`);

// A service the seller runs and the customer reaches remotely, whatever the draft calls it.
const HOSTED = String.raw`hosted|cloud|software[- ]as[- ]a[- ]service|\bsaas\b|(?:we|supplier|provider|licensor|vendor) (?:hosts?|operates?|runs?)\b|over the internet|online services?|web[- ]based|(?:via|through) (?:the |our )?(?:internet|website|web portal|api)\b|through (?:our|the (?:supplier|provider|vendor|licensor)'s) (?:websites?|web|platform|portal|apps?)\b|(?:on|in) (?:our|the (?:supplier|provider|vendor|licensor)'s) (?:own )?(?:servers|infrastructure|data cent(?:re|er)s?)`;

// Capability limits the seller sets, or a key it issues only on a renewal it may refuse.
const SELLER_CONFIGURES = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:determines?|controls?|decides?|configures?|sets?)\b[^.;]{0,60}(?:modules?|features?|functions?|capabilit\w*|bands?|zones?|limits?)|\b${SELLER}\b[^.;]{0,20}issues?[^.;]{0,40}${KEY}[^.;]{0,30}only (?:upon|on|after)`);

export const sellerControl = defineRule({
  meta: { id: 'seller-control', sources: ['SD'], description: 'The seller keeps control through hosted access or licence keys that expire and need periodic renewal, and may configure capability limits.' },
  check: (index) => {
    const canCutOff = index.clauses.some((x) => (SELLER_CUTS_OFF.test(x.text) && ACCESS.test(x.text)) || SELLER_CONFIGURES.test(x.text));
    return gradeByElements(index, {
      topic: new RegExp(String.raw`${NAMED_KEY}|expir\w* (?:keys?|licen[cs]e)|${HOSTED}|remote(?:ly)? (?:access|hosted)|on-?premises`),
      // A promise never to access the system remotely is not custody.
      ignore: (c) => negates(c.text, '(?:remotely )?access'),
      elements: {
        'seller-held custody: hosted service or keys that expire and need renewal': (c) => new RegExp(HOSTED).test(c.block) || EXPIRING_KEY.test(c.block),
        // The power to cut off or limit may sit anywhere in the draft (a hosted service's suspension clause).
        'the seller may suspend, limit or refuse renewal': (c) => /(?:suspend|limit|restrict|disable|refuse|decline|withhold|not (?:obliged|required) to (?:renew|issue))|sole discretion|capability limits?|configur/.test(c.block) || canCutOff,
      },
      weakeners: [
        { test: new RegExp(String.raw`(?:shall|will|must) (?:automatically )?(?:renew|re-?issue|issue|replace|deliver)[^.;]{0,40}${KEY}[^.;]{0,80}(?:not (?:unreasonably )?(?:withheld|refuse)|automatically|(?:upon|on) (?:receipt of )?(?:payment|request|(?:the |any )?(?:\w+ )?fees?)|before (?:their |its )?expiry|for as long as|throughout)|(?:may|shall) not (?:refuse|withhold|decline)[^.;]{0,40}(?:renew|re-?issue|issue)[^.;]{0,20}${KEY}|issues? (?:renewed|new|replacement) ${KEY}[^.;]{0,80}(?:does|do|will|shall) not (?:refuse|withhold|decline|delay)`), reason: 'Keys are renewable but renewal cannot be refused.' },
        { test: (c) => /on-?premises?/.test(c.text) && !EXPIRING_KEY.test(c.block), reason: 'On-premises software for a term with no expiring key.' },
      ],
      counters: [
        PERPETUAL_LICENCE,
        { test: /permanent (?:activation|licen[cs]e key)|(?:licen[cs]e|activation) (?:keys?|files?|codes?|tokens?) (?:does|do|shall|will) not expire|non-expiring (?:licen[cs]e|activation|key)|(?:may|shall) not (?:be )?(?:terminat|revok)\w*[^.;]{0,40}(?:except|other than|save) (?:for )?(?:material )?breach/, reason: 'Permanent activation: the licence cannot lapse or be revoked.' },
        ESCROW_RELEASE,
        NO_DISABLING_CODE,
      ],
    });
  },
});
