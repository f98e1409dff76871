import { defineRule, gradeByElements } from '../rule.ts';
import { negates, sellerMay } from '../words.ts';
import { SELLER } from '../../read/parties.ts';
import { ESCROW_RELEASE, NO_DISABLING_CODE, PERPETUAL_LICENCE } from '../boilerplate.ts';
import { matches } from '../prefilter.ts';

// The spec's test: a hosted service the seller runs and can suspend or limit (access, not the contract).
const SELLER_CUTS_OFF = sellerMay('suspend|limit|restrict|disabl|deactivat|revoke|discontinue|decline to re-?validat');
const ACCESS = /service|access|account|platform|product|system|software|keys?\b|tokens?\b/;
// Whatever the draft calls the thing that switches the software on.
// (Also a licence that must "re-validate against the licensing server every 90 days".)
const NAMED_KEY = String.raw`(?:licen[cs]e|licensing|activation|product|runtime|software|subscription) (?:keys?|codes?|files?|tokens?|certificates?|servers?)|dongles?|activated (?:online )?(?:once )?every|re-?validat\w*`;
const KEY = String.raw`(?:${NAMED_KEY}|keys?\b|tokens?\b)`;
const EXPIRING_KEY = new RegExp(String.raw`${KEY}[^.;]{0,80}(?:expire|lapse|valid (?:for|until|during)|renew|for (?:a )?periods? of|for \d+ (?:days|months)|every \d+ (?:days|months))|(?:expire|lapse|renew)\w*[^.;]{0,60}${KEY}|time-limited (?:key|licen[cs]e|activation)|re-?validat\w*[^.;]{0,80}(?:every|each|at least once|periodically)`);

// A service the seller runs and the customer reaches remotely, whatever the draft calls it.
const HOSTED = String.raw`hosted|cloud|software[- ]as[- ]a[- ]service|\bsaas\b|(?:we|supplier|provider|licensor|vendor) (?:hosts?|operates?|runs?)\b|over the internet|online services?|web[- ]based|(?:via|through) (?:the |our )?(?:internet|website|web portal|api)\b|through (?:our|the (?:supplier|provider|vendor|licensor)'s) (?:websites?|web|platform|portal|apps?)\b|(?:on|in) (?:our|the (?:supplier|provider|vendor|licensor)'s) (?:own )?(?:servers|infrastructure|data cent(?:re|er)s?)`;

// Capability limits the seller sets, or a key it issues only on a renewal it may refuse.
const SELLER_CONFIGURES = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:determines?|controls?|decides?|configures?|sets?)\b[^.;]{0,60}(?:modules?|features?|functions?|capabilit\w*|bands?|zones?|limits?)|\b${SELLER}\b[^.;]{0,20}issues?[^.;]{0,40}${KEY}[^.;]{0,30}only (?:upon|on|after)`);

const DELIVERABLES = /\b(?:comprises?|consists? of|made up of)\b/;

export const sellerControl = defineRule({
  meta: { id: 'seller-control', sources: ['SD'], description: 'The seller keeps control through hosted access or licence keys that expire and need periodic renewal, and may configure capability limits.' },
  check: (index) => {
    const canCutOff = index.clauses.some((x) => (matches(SELLER_CUTS_OFF, x.text) && matches(ACCESS, x.text)) || matches(SELLER_CONFIGURES, x.text));
    return gradeByElements(index, {
      topic: new RegExp(String.raw`${NAMED_KEY}|expir\w* (?:keys?|licen[cs]e)|${HOSTED}|remote(?:ly)? (?:access|hosted)|on-?premises`),
      // A promise never to access the system remotely is not custody.
      // A list of what is delivered ("the Items comprise software, licence keys, documentation") says nothing of control.
      ignore: (c) => negates(c.text, '(?:remotely )?access') || (matches(DELIVERABLES, c.text) && !matches(EXPIRING_KEY, c.text) && !new RegExp(HOSTED).test(c.text)),
      elements: {
        'seller-held custody: hosted service or keys that expire and need renewal': (c) => new RegExp(HOSTED).test(c.block) || matches(EXPIRING_KEY, c.block),
        // The power to cut off or limit may sit anywhere in the draft (a hosted service's suspension clause).
        'the seller may suspend, limit or refuse renewal': (c) => matches(/(?:suspend|limit|restrict|disable|refuse|decline|withhold|not (?:obliged|required) to (?:renew|issue))|sole discretion|capability limits?|configur/, c.block) || canCutOff,
      },
      weakeners: [
        { test: new RegExp(String.raw`(?:shall|will|must) (?:automatically )?(?:renew|re-?issue|issue|replace|deliver)[^.;]{0,40}${KEY}[^.;]{0,80}(?:not (?:unreasonably )?(?:withheld|refuse)|automatically|(?:upon|on) (?:receipt of )?(?:payment|request|(?:the |any )?(?:\w+ )?fees?)|before (?:their |its )?expiry|for (?:as|so) long as|throughout)|(?:may|shall|will) not (?:unreasonably )?(?:refuse|withhold|decline|delay)[^.;]{0,40}(?:renew|re-?issue|issue)[^.;]{0,20}${KEY}|issues? (?:renewed|new|replacement) ${KEY}[^.;]{0,80}(?:does|do|will|shall) not (?:refuse|withhold|decline|delay)`), reason: 'Keys are renewable but renewal cannot be refused.' },
        { test: (c) => matches(/on-?premises?/, c.text) && !matches(EXPIRING_KEY, c.block), reason: 'On-premises software for a term with no expiring key.' },
      ],
      counters: [
        PERPETUAL_LICENCE,
        // "Activation Keys shall be permanent, shall not be time-limited and shall not require any periodic renewal".
        { needs: /permanent|time-limited|periodic|expiry/, test: new RegExp(String.raw`${KEY}[^.;]{0,60}\b(?:shall|will|are|is) (?:be )?permanent\b|${KEY}[^.;]{0,60}\b(?:shall|will|do|does) not (?:be time-limited|require (?:any )?periodic|depend on (?:any )?periodic)|${KEY}[^.;]{0,40}\b(?:shall )?(?:have|has) no (?:date of )?expiry`), reason: 'Permanent activation: the keys never lapse or need renewal.' },
        { test: /permanent (?:activation|licen[cs]e key)|(?:licen[cs]e|activation) (?:keys?|files?|codes?|tokens?) (?:does|do|shall|will) not expire|non-expiring (?:licen[cs]e|activation|key)|(?:may|shall) not (?:be )?(?:terminat|revok)\w*[^.;]{0,40}(?:except|other than|save) (?:for )?(?:material )?breach/, reason: 'Permanent activation: the licence cannot lapse or be revoked.' },
        ESCROW_RELEASE,
        NO_DISABLING_CODE,
      ],
    });
  },
});
