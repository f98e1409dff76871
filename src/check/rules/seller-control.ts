import { defineRule, gradeByElements } from '../rule.ts';
import { matches } from '../prefilter.ts';
import { JOINT_BODY_APPROVAL, negates, sellerMay, sellerMayNot } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import type { Qualifier } from '../rule.ts';
import { ESCROW_RELEASE, LICENCE_WITHOUT_END, NO_DISABLING_CODE, PERPETUAL_LICENCE } from '../boilerplate.ts';

// The spec's test: a hosted service the seller runs and can suspend or limit (access, not the contract).
// ("switch off", "cut off", "withdraw", "throttle": other words for the same power.)
const CUT_OFF = String.raw`suspend|interrupt|limit|restrict|disabl|deactivat|revoke|discontinue|decline to re-?validat|switch(?:es)? off|turn(?:s)? off|cut(?:s)? off|shut(?:s)? off|withdraw|block|throttle|stop (?:providing |supplying |its |the |all |any )*(?:services?|access|supply|provision|operation)\b`;
const SELLER_CUTS_OFF = sellerMay(CUT_OFF);
const ACCESS = /service|access|account|platform|product|system|software|keys?\b|tokens?\b/;
// Whatever the draft calls the thing that switches the software on.
// (Also a licence that must "re-validate against the licensing server every 90 days".)
// ("Product codes" and "software files" are catalogue entries and deliverables, not keys.)
// ("a current Annual Key", "units are activated by signed tokens".)
const NAMED_KEY = String.raw`(?:licen[cs]e|licensing|activation|runtime|subscription|unlock|enablement|renewal|annual|yearly|monthly|periodic) (?:keys?|codes?|files?|tokens?|certificates?|servers?)|activated (?:by|with|through|using) (?:a |an |the )?(?:[\w-]+ )?(?:keys?|tokens?|codes?|certificates?)\b|(?:product|software) (?:keys?|tokens?)|dongles?|activated (?:online )?(?:once )?every|re-?validat\w*`;
const KEY = String.raw`(?:${NAMED_KEY}|keys?\b|tokens?\b)`;
// (Plain English: "licence keys that last 30 days", "before a key runs out".)
const EXPIRING_KEY = new RegExp(String.raw`${KEY}[^.;]{0,80}(?:expire|lapse|valid (?:for|until|during)|renew|(?:last|lasts) \d+ (?:days|months)|runs? out|for (?:a )?periods? (?:of|not exceeding|of up to|of no more than|no longer than)|for \d+ (?:days|months)|every \d+ (?:days|months))|(?:expir|lapse|renew)\w*[^.;]{0,60}${KEY}|time-limited (?:key|licen[cs]e|activation)|re-?validat\w*[^.;]{0,80}(?:every|each|at least once|periodically)`);

// (Not the keys and passes a contractor returns "on expiry": the key itself must run for a period.)
const KEY_FOR_A_PERIOD = String.raw`\b(?:keys?|tokens?)\b[^.;]{0,60}\b(?:valid (?:for|until|during)|for (?:a )?periods? (?:of|not exceeding|of up to|of no more than|no longer than)|for \d+ (?:days|months)|expires? (?:after|every|at the end|on the last))`;

// A service the seller runs and the customer reaches remotely, whatever the draft calls it.
// (Not software "hosted on the Ministry's own premises": that is the customer's custody.)
const HOSTED = String.raw`(?<!(?:self|customer|client)[- ])hosted(?! (?:on|in|at|by|within) (?:the )?(?:${CUSTOMER})(?:'s)?\b)|cloud|managed service|`
  // "from the Contractor's data centre", "connected to our servers", "a service operated by Licensor".
  + String.raw`(?:on|in|from|to|at|via|through) (?:our|the ${SELLER}'s) (?:own )?(?:servers?|infrastructure|data cent(?:re|er)s?|cloud)|`
  // "runs only on infrastructure that we operate or control".
  + String.raw`\b(?:runs?|hosted|resides?|is (?:run|operated|kept|held))\b[^.;]{0,20}\b(?:on|in)\b (?:the )?(?:servers?|infrastructure|data cent(?:re|er)s?|cloud|systems?|environment)s? (?:that|which) (?:we|the ${SELLER}) (?:\w+ )?(?:operates?|controls?|owns?|manages?|runs?)\b|`
  // Civil-law word order: "operated from the infrastructure of the Contractor".
  + String.raw`(?:on|in|from|at|via|through) (?:the )?(?:servers?|infrastructure|data cent(?:re|er)s?|cloud) of (?:the )?${SELLER}\b|(?:service|platform|system|solution|portal|servers?|infrastructure|environment|application)\b[^.;]{0,40}\b(?:hosted|operated|run|managed|maintained) by (?:the )?${SELLER}\b|`
  // ("The Platform is provided as a service from the data centre of ...": a service, not a copy.)
  + String.raw`software[- ]as[- ]a[- ]service|\bsaas\b|\b(?:provided|delivered|supplied|offered|made available) as a (?:hosted |cloud |managed )?service\b|(?:we|supplier|provider|licensor|vendor) (?:hosts?|operates?|runs?) (?:and \w+ )?(?:the |this |our |your |all )?(?:services?|platform|software|system|solution|application|servers?|infrastructure|data|accounts?|product)\b|over the internet|online services?|web[- ]based|(?:via|through) (?:the |our )?(?:internet|website|web portal|api)\b|through (?:our|the (?:supplier|provider|vendor|licensor)'s) (?:websites?|web|platform|portal|apps?)\b|(?:on|in) (?:our|the (?:supplier|provider|vendor|licensor)'s) (?:own )?(?:servers|infrastructure|data cent(?:re|er)s?)`;

// Access to a service the seller gates at its discretion: "Access to the Face API is subject to the Provider's sole discretion".
const GATED_ACCESS = String.raw`\baccess to (?:the )?(?:[\w-]+ ){0,3}(?:services?|api|features?|platform|capabilit(?:y|ies)|modules?) (?:is|shall be|remains) (?:subject to|at) (?!(?:the )?(?:${CUSTOMER})'s)(?:(?:the )?[\w-]+'s |our |its )?(?:sole|absolute) discretion`;
const HOSTED_RE = new RegExp(`${HOSTED}|${GATED_ACCESS}`);

// Capability limits the seller sets, or a key it issues only on a renewal it may refuse.
const SELLER_CONFIGURES = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:determines?|controls?|decides?|configures?|sets?)\b[^.;]{0,60}(?:modules?|features?|functions?|capabilit\w*|bands?|zones?|limits?)|\b${SELLER}\b[^.;]{0,20}issues?[^.;]{0,40}${KEY}[^.;]{0,30}only (?:upon|on|after)`);

// The customer's own custody: "installed on the Customer's own servers", "hosted on the Ministry's premises".
// (Also a licence "to use the Software on the Authority's premises".)
const ON_PREMISES = new RegExp(String.raw`on-?premises?|\buse (?:the |this )?(?:[\w-]+ ){0,2}(?:on|at|in|within) (?:the )?(?:${CUSTOMER})'s (?:own )?(?:servers?|premises|sites?|facilities|hardware)|(?:installed|installation|deployed|deployment|hosted|run|operated|located|kept) (?:on|in|at|within) (?:the )?(?:${CUSTOMER})'s (?:own )?(?:servers?|premises|infrastructure|data cent\w+|hardware|systems?|sites?|facilities|network)`
  // (The thing installed named between: "supplied and installed the LYRA monitoring centre (the System) at the Directorate's premises".)
  + String.raw`|\b(?:installed|deployed)\b(?! (?:on|in|at|within) )[^.;]{0,100}\b(?:on|at|in|within) (?:the )?(?:${CUSTOMER})'s (?:own )?(?:servers|premises|data cent\w+|sites?|facilities)\b`
  // (Or the sites named in an order: "the sites at which the Platform will be installed".)
  + String.raw`|\b(?:sites?|premises|locations?) (?:at|in) which (?:the )?(?:[\w-]+ ){0,2}(?:will|shall|is to|are to) be (?:installed|deployed)\b`);

// Keys or code handed over from escrow in other words: "the escrow agent shall hand them over to the Ministry".
const ESCROW_HANDED_OVER: Qualifier = {
  needs: /escrow/,
  // (Also a longer list handed over: "the Escrow Agent shall release the source code and the master licence keys to the Customer".)
  test: new RegExp(String.raw`escrow[^.;]{0,160}\b(?:hand\w* (?:\w+ )?over|transfer\w*|surrender\w*|releas\w*|deliver\w*|mak\w* (?:\w+ )?available|turn\w* (?:\w+ )?over)[^.;]{0,80} to (?:the )?(?:${CUSTOMER})\b`),
  reason: 'Source code or licence keys are handed over from escrow to the customer.',
};
// "contains no mechanism by which it can be deactivated or restricted remotely".
const NO_REMOTE_MEANS: Qualifier = {
  needs: /remote/,
  test: /(?:\bno|not (?:\w+ ){0,2}(?:contain|include|incorporate|have|has)(?: any)?) (?:[\w-]+ )?(?:mechanism|means|function(?:ality)?|feature|code|capability|device)s?\b[^.;]{0,60}\b(?:deactivat|disabl|shut\w* ?down|lock|restrict|degrad)\w*[^.;]{0,30}\bremote/,
  reason: 'A warranty of no means of remote deactivation or restriction.',
};

// The customer's custody denied: "nothing is installed on the Customer's servers", "the Software is not deployed on the Agency's network".
// ("No copy of the server software, and no licence key capable of operating it, shall be delivered to or installed on the Customer's premises".)
const NOT_ON_PREMISES = new RegExp(String.raw`\b(?:does|do|shall|will) not (?:deliver|supply|provide|install|ship)\b[^.;]{0,20}\bon-?premises?\b|\b(?:no|not|nothing|never|neither|nor)\b(?:\s+[\w'-]+){0,4}\s+(?:installed|installation|deployed|deployment|hosted|run|operated|located|kept) (?:on|in|at|within) (?:the )?(?:${CUSTOMER})'s`
  + String.raw`|\bno\b[^.;]{0,100}?\b(?:shall|will|may) be\b[^.;]{0,30}\b(?:installed|deployed|hosted|run|operated|located|kept) (?:on|in|at|within) (?:the )?(?:${CUSTOMER})'s`);
// The seller barred from using its control at all: "we will not suspend, throttle, limit or interrupt your access ... for any
// reason"; "shall not suspend ... the Services for any reason, save only where the Buyer has failed to pay"; "shall not be
// entitled to ... decline to issue licence keys ... during the Renewal Term". Custody with no power to act on it is weak.
const SELLER_BARRED = sellerMayNot(`${CUT_OFF}|throttl|degrad|decline to (?:issue|renew)|refuse to (?:issue|renew)`);
const BARRED_OBJECT = /\b(?:access|services?|platform|system|software|keys?|accounts?|data deliver)/;
const WHOLLY = /\bfor any reason\b|\bin any circumstances\b|\bfor whatever reason\b|(?:during|throughout|for) the (?:whole |entire )?(?:renewal )?term\b|\b(?:save|except) only\b|\b(?:save|except|other than)\b[^.;]{0,40}\b(?:failed to pay|non-?payment|unpaid)/;
const CONTROL_BARRED: Qualifier = {
  needs: /not/,
  test: (c) => matches(SELLER_BARRED, c.text) && matches(BARRED_OBJECT, c.text) && matches(WHOLLY, c.text),
  reason: 'The seller may not suspend, limit or refuse keys for the term (save non-payment): it holds custody without control.',
};

// A line of a schedule of items with its quantity ("| Licence keys for Items 1 and 2 | 5") is a deliverable too.
const LINE_ITEM = /\|\s*\d+(?:\s*\|)?\s*$/;
const DELIVERABLES = /\b(?:comprises?|consists? of|made up of)\b/;

// ("Corvane issues each key at its discretion": a key it need not issue.)
// (Or the key itself kept at the seller's say, wherever it is said: "Tokens are issued at Ostmark's discretion and may be withheld".)
const KEY_AT_SELLERS_SAY = /\b(?:keys?|tokens?|codes?|certificates?)\b[^.;]{0,60}\b(?:issued|renewed|granted)\b[^.;]{0,20}\bat (?:the )?(?:[\w-]+'s|its) (?:sole |absolute )?discretion|\b(?:keys?|tokens?)\b[^.;]{0,60}\bmay be (?:withheld|refused|declined|narrowed|restricted)/;
const MAY_CUT_OFF_WORDS = /\bissues?\b[^.;]{0,30}\bkeys?\b[^.;]{0,30}\bat its (?:sole |absolute )?discretion|\bkeys?\b[^.;]{0,80}\b(?:issued|renewed|re-?issued|granted) by (?:the )?(?:supplier|vendor|licensor|seller|provider|manufacturer)\b[^.;]{0,20}\bat its (?:sole |absolute )?discretion|(?:suspend|limit|restrict|disable|deactivat|refuse|decline|withhold|switch(?:es)? off|turn(?:s)? off|cut(?:s)? off|not (?:obliged|required) to (?:renew|issue|provide|supply|grant|deliver))|sole discretion|capability limits?|configur/;
const SELLERS_CONTROL_ACTS = new RegExp(String.raw`\b(?:exercise by (?:the )?${SELLER}|${SELLER}'s (?:rights|powers)|(?:deactivat|suspen|revo|disabl)\w*|(?:licen[cs]e |activation )?keys?\b|capability limits?)`);
// A duty to renew that keeps the seller's refusal: "shall issue renewal keys before expiry unless it has refused renewal under
// Annex H", "... but may decline to do so in its discretion", "... unless it is entitled to withhold it under paragraph 8".
const KEEPS_REFUSAL = /\b(?:unless|except|save|other than|but may|but is not obliged)\b[^.;]{0,80}\b(?:refus|withh[oe]ld|declin|suspend|terminat|misuse|human rights)/;
// A long grace after the key lapses: "the System shall continue to operate with full functionality in Grace Mode for eighteen (18)
// months from the expiry of the last licence file".
// (A function: the "not" of "if a renewal file is not installed" denies nothing the sentence grants.)
const KEEPS_WORKING = /\b(?:continue|keep) (?:to )?(?:operat|function|work|run)\w*\b[^.;]{0,80}\b(?:for|during) (?:a period of )?(?:(?:[3-9]|\d{2,}) months|(?:\d+|one|two|three) years?)\b[^.;]{0,60}\b(?:expir|lapse|end)\w*|\bgrace (?:mode|period)\b[^.;]{0,40}\b(?:[3-9]|\d{2,}) months\b/;
const KEEPS_WORKING_AFTER_LAPSE: Qualifier = { test: (c) => matches(KEEPS_WORKING, c.text), needs: /grace|continue|keep/, reason: 'The product keeps working for months after its key lapses.' };
export const sellerControl = defineRule({
  meta: { id: 'seller-control', sources: ['SD'], description: 'The seller keeps control through hosted access or licence keys that expire and need periodic renewal, and may configure capability limits.' },
  check: (index) => {
    const canCutOff = index.clauses.some((x) => (matches(SELLER_CUTS_OFF, x.text) && matches(ACCESS, x.text)) || matches(SELLER_CONFIGURES, x.text) || matches(KEY_AT_SELLERS_SAY, x.text));
    return gradeByElements(index, {
      denied: { of: ['seller'], subject: String.raw`expir|re-?validat|renewal of (?:the )?(?:keys?|licen[cs]es?)|(?:time-?limited|expiring) (?:keys?|licen[cs]es?)` },
      // (A key by its bare name counts where it is issued for a period: "operates only with a Key, which Licensor issues for periods not exceeding twelve months".)
      topic: new RegExp(String.raw`${NAMED_KEY}|expir\w* (?:keys?|licen[cs]e)|${KEY_FOR_A_PERIOD}|${HOSTED}|${GATED_ACCESS}|remote(?:ly)? (?:access|hosted)(?! to (?:and [\w-]+ (?:of|from) )?(?:the )?(?:data|information|mobile|devices?|targets?|phones?|handsets?|computers?|endpoints?|smartphones?)\b)|${ON_PREMISES.source}`),
      // A promise never to access the system remotely is not custody. (Nor is the product's own "remote access to mobile devices", the capability sold.)
      // A list of what is delivered ("the Items comprise software, licence keys, documentation") says nothing of control.
      ignore: (c) => negates(c.text, '(?:remotely )?access') || ((matches(DELIVERABLES, c.text) || matches(LINE_ITEM, c.text)) && !matches(EXPIRING_KEY, c.text) && !matches(HOSTED_RE, c.text)),
      elements: {
        'seller-held custody: hosted service or keys that expire and need renewal': (c) => matches(HOSTED_RE, c.block) || matches(EXPIRING_KEY, c.block),
        // The power to cut off or limit may sit anywhere in the draft (a hosted service's suspension clause).
        'the seller may suspend, limit or refuse renewal': (c) => matches(MAY_CUT_OFF_WORDS, c.block) || canCutOff,
      },
      weakeners: [
        // A key that lasts for years, or the product's life, is no periodic re-authorization: "valid for fifteen (15) years from issue".
        { test: new RegExp(String.raw`${KEY}[^.;]{0,60}\bvalid (?:for|during) (?:a (?:term|period) of )?(?:(?:[5-9]|[1-9]\d)|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|thirty)(?: \(\d+\))? years\b|${KEY}[^.;]{0,60}\bvalid (?:for|during) the (?:design |useful |operational |whole )?life\b`), reason: 'The keys last for years: nothing needs periodic re-authorization.' },
        // (Or a key that need not be renewed in some cases: "No further certificate shall be required for new releases".)
        { test: /\bno further (?:licen[cs]e )?(?:keys?|certificates?|activations?|tokens?|renewals?) (?:shall be|is|will be) required\b/, reason: 'In some cases no further key or certificate is needed.' },
        // The passive and the bare noun: "keys ... shall be renewed automatically; the Vendor may not withhold a renewal".
        { test: new RegExp(String.raw`${KEY}[^.;]{0,60}\b(?:shall|will|are to|is to) be (?:automatically )?(?:renewed|re-?issued|replaced|extended) (?:automatically|(?:up)?on (?:receipt of )?(?:payment|request))|\b(?:may|shall|will) not (?:unreasonably )?(?:[\w-]+,? (?:or |and )?){0,3}?(?:refuse|withhold|decline|condition|interrupt|delay)\b (?:a |any |the |its |their )?(?:renewal|re-?issue)\b|${KEY}[^.;]{0,40}\brenews? automatically\b|${KEY}[^.;]{0,120}\bas a matter of course\b|\bas a matter of course\b[^.;]{0,60}${KEY}|${KEY}[^.;]{0,160}\b(?:may|shall|will) not (?:[\w-]+,? (?:or |and )?){0,3}?(?:refuse|withhold|decline|delay)\b (?:a |any |the |its |their )?(?:renewal|re-?issue|issue)\b`), unless: KEEPS_REFUSAL, reason: 'Keys are renewable but renewal cannot be refused.' },
        { test: new RegExp(String.raw`(?:shall|will|must) (?:automatically )?(?:renew|re-?issue|issue|replace|deliver)[^.;]{0,40}${KEY}[^.;]{0,80}(?:not (?:unreasonably )?(?:withheld|refuse)|automatically|(?:upon|on|after) (?:receipt of )?(?:payment|request|(?:the |any )?(?:\w+ )?fees?)|before (?:their |its )?expiry|for (?:as|so) long as|throughout)|(?:may|shall|will) not (?:unreasonably )?(?:refuse|withhold|decline|delay)[^.;]{0,40}(?:renew|re-?issue|issue)[^.;]{0,20}${KEY}|(?:may|shall|will) not (?:unreasonably )?(?:refuse|withhold|decline|delay) (?:the |a |any )?(?:renewal|replacement|new|renewed) ${KEY}|issues? (?:renewed|new|replacement) ${KEY}[^.;]{0,80}(?:does|do|will|shall) not (?:refuse|withhold|decline|delay)`), unless: KEEPS_REFUSAL, reason: 'Keys are renewable but renewal cannot be refused.' },
        // (The key that lapses may sit in another clause: "installed in the Beneficiary's data centre" and "activation keys expire yearly".)
        // (Not "to replace its on-premises file servers with a hosted service".)
        // (Nor a denial: "no software is installed on the Bureau's systems other than a browser".)
        { test: (c, i) => matches(ON_PREMISES, c.text) && !matches(NOT_ON_PREMISES, c.text) && !matches(HOSTED_RE, c.text) && !matches(EXPIRING_KEY, c.block) && !i.memo('seller-control:expiring-key', () => i.clauses.some((x) => matches(EXPIRING_KEY, x.text))), reason: 'On-premises software for a term with no expiring key.' },
      ],
      // (Anywhere: "Any exercise by the Vendor of its rights under Clauses 11.2 or 11.3 shall require the prior approval of the Joint Steering Committee".)
      weakenersAnywhere: [CONTROL_BARRED, KEEPS_WORKING_AFTER_LAPSE, { needs: SELLERS_CONTROL_ACTS, test: JOINT_BODY_APPROVAL, reason: 'The seller acts only with the approval of a joint body on which the customer sits.' }],
      counters: [
        PERPETUAL_LICENCE,
        // A lapse that changes nothing: "all functions enabled on the expiry date remain available permanently and no further certificate is required".
        { needs: /permanent|indefinite|perpetuity|limit/, test: /\b(?:remains?|continues? to be|stays?) (?:fully )?(?:available|operational|functional|usable|enabled) (?:permanently|indefinitely|in perpetuity|without (?:any )?(?:time )?limit)\b/, reason: 'The product stays usable for good when its key or certificate lapses.' },
        // "Activation Keys shall be permanent, shall not be time-limited and shall not require any periodic renewal".
        { needs: /permanent|time-limited|periodic|expiry/, test: new RegExp(String.raw`${KEY}[^.;]{0,60}\b(?:shall|will|are|is) (?:be )?permanent\b|${KEY}[^.;]{0,60}\b(?:shall|will|do|does) not (?:be time-limited|require (?:any )?periodic|depend on (?:any )?periodic)|${KEY}[^.;]{0,40}\b(?:shall )?(?:have|has) no (?:date of )?expiry`), reason: 'Permanent activation: the keys never lapse or need renewal.' },
        // (Also "Each licence is activated once ..., and the activation is permanent".)
        { test: /permanent (?:activation|licen[cs]e key)|\bactivation (?:of [^.;]{1,40}? )?(?:is|shall be|will be|remains?) permanent\b|\bpermanently activated\b|(?:licen[cs]e|activation) (?:keys?|files?|codes?|tokens?) (?:does|do|shall|will) not expire|non-expiring (?:licen[cs]e|activation|key)|(?:may|shall) not (?:be )?(?:terminat|revok)\w*[^.;]{0,40}(?:except|other than|save) (?:for )?(?:material breach|breach|non-?payment|insolvency)/,
          // (Not permanence ruled out: "A permanent activation is excluded.")
          unless: /permanent (?:activation|licen[cs]e key)s? (?:is|are|shall be) (?:excluded|not (?:granted|permitted|available|possible))/, reason: 'Permanent activation: the licence cannot lapse or be revoked.' },
        // Plain English: "once activated, your copy works forever".
        { needs: /ever|indefinitely|perpetuity|permanently/, test: /\b(?:copy|software|product|system|licen[cs]e|keys?|activation)\b[^.;]{0,20}\b(?:works?|operates?|runs?|functions?|lasts?|remains? (?:valid|active)) (?:for ?ever|indefinitely|in perpetuity|permanently)\b/, reason: 'Permanent activation: the software works for ever without renewal.' },
        ESCROW_RELEASE,
        ESCROW_HANDED_OVER,
        NO_DISABLING_CODE,
        NO_REMOTE_MEANS,
        LICENCE_WITHOUT_END,
      ],
    });
  },
});
