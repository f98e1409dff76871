import { STATUS_QUO } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { BODY_FINDS_FIRST, LOCAL_LAW_ONLY, curePeriodOver, END_USE_BREACH, STAYED_WHILE_DISPUTED, sellerMayNot, scopeOfRight, misuseTrigger, TRIGGER_NEEDS_FINDING, SELLER_REMEDY_ONLY_DAMAGES, rightsMisuseTerm, sellerHolds, sellerMay, MISUSE_EXCLUDES_CUSTOMER, MEASURE_TIME_CAPPED } from '../words.ts';
import { matches } from '../prefilter.ts';
import { SELLER } from '../../read/parties.ts';

const WITHHOLD_VERBS = 'withhold|suspend|stop|cease|refuse|discontinue|deny|decline|terminate|defer|delay|interrupt';
const WITHHOLDS_WORDS = sellerMay(WITHHOLD_VERBS);
// "shall be entitled to the suspension of all maintenance", "shall have the right, on notice, to withhold".
const WITHHOLDS_HELD = sellerHolds(WITHHOLD_VERBS, 'suspension|withholding|cessation|discontinuance|discontinuation|interruption');
// The verbs that name this right when a sentence grants several.
const WITHHOLDING = /\b(?:withh[oe]ld|suspen|stop|ceas|refus|discontinu|den(?:y|ial)|declin|defer|delay|interrupt)/;
const WITHHOLDS = { test: (t: string) => matches(WITHHOLDS_WORDS, t) || WITHHOLDS_HELD.test(t) };
// Released from the duty to supply: "shall no longer be obliged to provide Upgrades" (the look-alike "has no obligation to provide updates" is the weak form).
// (US drafting: "the Contractor is not obligated to furnish".)
// ("is not under obligation to give new versions or new functions".)
// ("Neither the Manufacturer nor the Distributor will be obliged to provide any further updates".)
const NOT_BOUND_TO_SUPPLY = /(?:no (?:further |longer )?obligation|no longer (?:be )?(?:obliged|required|bound)|(?:is|are|shall|will) not (?:be )?(?:obligated|obliged|required|bound)|\bneither\b[^.;]{0,80}\b(?:is|are|shall|will) (?:be )?(?:obligated|obliged|required|bound)|(?:is|are) not under (?:any |an )?obligation|(?:is|are|shall be|will be) released from (?:any|its|the|all) (?:\w+ )?obligations?) to (?:provide|deliver|supply|make available|furnish|give|render|perform)[^.;]{0,40}(?:updat|upgrad|support|maintenance|new (?:[\w-]+ )?versions?|new releases?|new functions?)/;
// Supplies that go on whatever the dispute: "shall continue uninterrupted irrespective of any claim of misuse",
// "Notwithstanding any alleged breach, Vendor shall continue to furnish all Updates".
const DISPUTE_WORDS = '(?:dispute|breach|allegation|alleged|claim|misuse|complaint)';
const SUPPLY_WORDS = '(?:maintenance|updates?|upgrades?|support)';
// ("including while any dispute is pending", "even during a dispute", "including in case of a dispute".)
const WHATEVER = String.raw`(?:notwithstanding|regardless|irrespective|even if|even where|even (?:while|whilst|during)|including (?:while|whilst|during|where|when|in (?:the )?(?:case|event) of))`;
const SUPPLIES_CONTINUE = new RegExp(String.raw`${SUPPLY_WORDS}[^.;]{0,80}\b(?:shall|will|must) (?:in any event )?continue\b[^.;]{0,80}${WHATEVER}[^.;]{0,40}${DISPUTE_WORDS}`
  + String.raw`|(?:notwithstanding|regardless of|irrespective of|even if|even where)[^.;]{0,80}${DISPUTE_WORDS}[^.;]{0,80}\b(?:shall|will|must) continue to (?:provide|supply|furnish|deliver|make available|perform)[^.;]{0,60}${SUPPLY_WORDS}`);
// (Hotfixes, service packs and firmware are updates; a helpline is support.)
const SERVICES = /updat|upgrad|maintenance|support|training|patch|hot-?fix|service packs?|firmware|help-?line|releases?\b|services|features?\b|functionality|new (?:[\w-]+ )?versions?|technical assistance|help[ -]?desk/;

const PASSIVE_WITHHOLDING = /(?:updates?|upgrades?|releases?|features?|support|maintenance|services)[^.;]{0,80}(?:may|shall|will) be (?:withheld|suspended|discontinued)/;

// Services that stop only when the contract ends, and the look-alike "refuse service for any reason".
const ENDS_WITH_CONTRACT = /(?:upon|on|after|following|from) (?:the )?(?:date of )?(?:expiry|termination|cancellation)[^.;]{0,80}(?:(?:cease|stop|discontinue)[^.;]{0,40}(?:updat|support|maintenance)|(?:updat|support|maintenance)[^.;]{0,80}\b(?:shall|will) (?:cease|stop|end|terminate|lapse)\b)|(?:updat|support|maintenance)[^.;]{0,80}\b(?:(?:shall|will) (?:cease|stop|end|terminate|lapse)|(?:cease|stop|end|terminate|lapse)s?)\b[^.;]{0,20}\b(?:on|upon|with|at) (?:the )?(?:effective )?(?:date of )?(?:any )?(?:expiry|termination|cancellation)/;
// The services named in the sentence before: "Updates, support and training are provided each licence year. The Vendor may withhold
// or stop any of them where it believes Misuse has occurred."
const ANY_OF_THEM = /\b(?:any|all|each|either|some) of them\b|\bsuch (?:services|updates|deliverables|items)\b/;
const ANY_REASON = /refuse service\b|(?:may|right to) (?:modify or )?discontinue[^.;]{0,40}(?:any part of )?the services?\b/;

// Suspending an account or access to a hosted service says nothing of updates or support (the
// spec's look-alike table grades it missing here), even when the sentence mentions "features".
const ACCESS_ONLY = /(?:suspend|terminat|throttl|restrict|disabl|block)\w* (?:[\w']+ ){0,2}(?:accounts?|access|hosting|log-?ins?)\b/;
// (Not maintenance as the reason for downtime: "to carry out scheduled maintenance".)
const SUPPLIES = /updat|upgrad|(?<!(?:scheduled|planned|routine|emergency|preventive|periodic) )maintenance|support|patch|hot-?fix|service packs?|firmware|help-?line|training|releases?\b|new (?:[\w-]+ )?versions?/;
// Where the draft defines "the Services" as a hosted platform, suspending the Services is suspending
// access to a hosted service (the same look-alike), unless the sentence names updates or support.
const SUSPENDS_SERVICES = /(?:suspend|terminat|restrict|disabl|block|limit)\w* (?:[\w']+ ){0,2}services?\b/;
const HOSTED = /hosted|platform|cloud|online|software[- ]as[- ]a[- ]service|\bsaas\b|website|web[- ]based/i;
const hostedServices = (i: DraftIndex) => i.memo('hosted-services', () => i.draft.definitions.some((d) => /^(?:the )?services?$/i.test(d.term) && HOSTED.test(d.meaning)));

const UPDATES = /updat|upgrad|patch|hot-?fix|service packs?|firmware|releases?\b|new (?:[\w-]+ )?versions?|(?:corrective|evolutionary|evolutive|major|minor) (?:and (?:corrective|evolutionary|evolutive|major|minor) )?versions?|signature (?:databases?|files?)/;
const DESCRIBED_IN = /\b(?:services|support|maintenance)\b[^.;]{0,30}\b(?:described|set out|listed|specified|defined) in (?:clause|section|article|paragraph|schedule|annex)/;
// A defined term for the supplies that covers updates ("Support Services" means maintenance, Updates, Upgrades, ...) names them.
const namesUpdates = (c: Clause, i: DraftIndex) => i.memo('update-terms', () => i.draft.definitions.filter((d) => UPDATES.test(d.meaning.toLowerCase())).map((d) => d.term.toLowerCase()))
  .some((t) => c.text.includes(t));
// Supplies that go on without a break whatever is alleged: "shall provide the Maintenance Services without interruption ..., irrespective of any allegation of breach".
// (Or with the dispute said not to excuse a break: "... performed without interruption, and no allegation of breach shall justify any delay".)
const UNINTERRUPTED_SUPPLY = new RegExp(String.raw`${SUPPLY_WORDS}[^.;]{0,80}(?:without (?:any )?(?:interruption|suspension|break)|uninterrupted|continuous(?:ly)?)[^.;]{0,80}(?:${WHATEVER}|whatever)[^.;]{0,40}${DISPUTE_WORDS}`
  + String.raw`|${SUPPLY_WORDS}[^.;]{0,120}\bno (?:alleged |suspected )?${DISPUTE_WORDS}s?\b[^.;]{0,40}\b(?:shall|will|may|can) (?:justify|entitle|permit|allow|excuse|warrant)\b[^.;]{0,40}\b(?:delay|interruption|suspension|withholding|stoppage|cessation)`);
// Continuity as a noun, in all circumstances: "is bound to ensure the continuity of maintenance and updates in all circumstances, including in case of a dispute".
const CONTINUITY_OF_SUPPLY = new RegExp(String.raw`\b(?:continuity|continuation|uninterrupted (?:provision|supply)) of (?:the |all )?(?:[\w-]+ ){0,2}${SUPPLY_WORDS}[^.;]{0,120}(?:in all circumstances|under all circumstances|${WHATEVER})[^.;]{0,60}${DISPUTE_WORDS}`);
// Plain words: "We'll keep your software updated and supported for the whole term, whatever happens between us."
const KEPT_UP_WHATEVER = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:keep|continue)\w*\b[^.;]{0,60}\b(?:updated|supported|maintained|updating|supporting|maintaining|maintenance|updates|support)\b[^.;]{0,80}\b(?:whatever happens|come what may|in all circumstances|under all circumstances|whatever the circumstances)`);
// The seller's duty to supply, with a bar on stopping it coordinated: "must deliver all updates and support services throughout the term and may not suspend them on any ground".
const SUPPLY_AND_NO_STOP = new RegExp(String.raw`\b${SELLER}\b (?:shall|will|must) (?:continue to )?(?:provide|deliver|supply|furnish|make available)\b[^.;]{0,100}${SUPPLY_WORDS}[^.;]{0,100}\b(?:and|but) (?:shall|will|may|must) not (?:\w+,? (?:or |and )?){0,3}?(?:suspend|withhold|interrupt|stop|discontinu|cease)\w*\b[^.;]{0,30}\b(?:for any reason|on any grounds?|in any circumstances|under any circumstances)`);
// Withholding barred save for non-payment, in the active voice: "the Supplier shall not withhold or delay any Update ... for any reason other than non-payment".
const ONLY_FOR_NON_PAYMENT = /\b(?:for any reason other than|except (?:for )?|save for|other than (?:for )?)[^.;]{0,20}(?:non-?payment|fail\w* to pay|unpaid|overdue|late payment)/;
// Money the customer holds back ("may withhold ten per cent of the support fee") is no withholding of services.
const NEW_THINGS_ONLY = /\b(?:feature releases?|new (?:functional )?modules?|new features?|new functionality|new (?:major )?versions?)\b/;
const FIXES_OR_SERVICES = /patch|fix|correct|maintenance|support|training|services|\bupdates?\b|upgrades?|assistance/;
const WITHHOLDS_MONEY = /\bwithh[oe]ld\w* (?:(?:any|all|the|such|its|part of|up to|a|an) )*(?:(?:\d+|[a-z]+)(?: per ?cent| percent|%)|(?:payments?|fees?|sums?|amounts?|charges|monies)\b)/;
// A flat bar, overriding the rest of the draft: "Notwithstanding anything else in this Agreement, the Supplier shall not suspend or withhold any maintenance, update or support service".
const SELLER_MAY_NOT_WITHHOLD = sellerMayNot('suspend|withhold|interrupt|cease|stop|discontinu');
const FOR_A_BREACH = /\b(?:by reason of|because of|on (?:the )?grounds? of|on account of|in (?:case|the event) of|as a consequence of)\b[^.;]{0,20}\b(?:any |an |a |the )?(?:alleged |suspected )?(?:breach|misuse|violation|non-compliance)/;
const OVERRIDES_ALL = /notwithstanding anything|for any reason|on any grounds?\b|in any circumstances|under any circumstances|whatever (?:happens|the circumstances)/;
// (Not a bar with its own exception, nor one that keeps only security fixes or essential services going: a responsible exit.)
const BAR_EXCEPTED = /\b(?:unless|except|save|other than|until|before|without)\b|security|essential|critical|safety|pay|fees?\b|invoice/;

export const updateSupportWithholding = defineRule({
  meta: { id: 'update-support-withholding', sources: ['SD'], description: 'The seller may withhold updates, upgrades, maintenance, support, training and services on misuse or breach of the human-rights terms.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['seller'], subject: String.raw`(?:withh[oe]ld|withdraw|stop|ceas|discontinu|suspend|paus|refus|deny|denial of)\w*\b[^.;]{0,60}\b(?:updates?|upgrades?|support|maintenance|training|patches)|\b(?:updates?|upgrades?|support|maintenance|patches)\b[^.;]{0,80}\b(?:withheld|withdrawn|stopped|ceased|discontinued|suspended|paused)\b` },
    measure: { noun: 'withh', immediate: true },
    topic: (c) => (WITHHOLDS.test(c.text) && (matches(SERVICES, c.text) || (matches(ANY_OF_THEM, c.text) && matches(SERVICES, c.block)))) || matches(PASSIVE_WITHHOLDING, c.text) || matches(ENDS_WITH_CONTRACT, c.text) || matches(ANY_REASON, c.text) || matches(NOT_BOUND_TO_SUPPLY, c.text),
    topicWords: [SERVICES, ANY_OF_THEM, PASSIVE_WITHHOLDING, ENDS_WITH_CONTRACT, ANY_REASON, NOT_BOUND_TO_SUPPLY],
    ignore: (c, i) => ((matches(ACCESS_ONLY, c.text) || (matches(SUSPENDS_SERVICES, c.text) && hostedServices(i))) && !matches(SUPPLIES, c.text)) || (matches(WITHHOLDS_MONEY, c.text) && !matches(PASSIVE_WITHHOLDING, c.text)),
    elements: {
      // (Or in the clause that describes the services it withholds: "may interrupt the Support Services described in Clause Seventh".)
      'updates and upgrades': (c, i) => matches(UPDATES, c.text) || matches(UPDATES, c.block) || namesUpdates(c, i) || (matches(DESCRIBED_IN, c.text) && matches(UPDATES, i.referencedText(c))),
      'support, maintenance, training or other services': /support|maintenance|training|services|technical assistance|help[ -]?desk|help-?line/,
      'tied to misuse or breach of the human-rights terms': (whole, i) => { const c = scopeOfRight(whole, WITHHOLDING); return misuseTrigger(c, i) || rightsMisuseTerm(c, i) || matches(END_USE_BREACH, c.text); },
    },
    weakeners: [
      // (A cap on how long it may last, where the safeguard keeps it until the investigation ends: "shall not last more than 72 hours".)
      MEASURE_TIME_CAPPED,
      // (Security patches kept for essential functions are a responsible exit, not a weakness.)
      // ("withhold the supply of new Software releases providing new features": not the fixes.)
      // (Or the fixes kept after a semicolon: "may decline to supply new versions and feature upgrades; maintenance releases and security patches shall continue".)
      { test: /(?:only|solely|limited to) (?:new )?features?|new functionality only|new feature releases|features?\b[^.;]{0,160}; (?:[\w-]+ ){0,4}(?:maintenance|support|patches|fixes|corrections)\b[^.;]{0,60}(?:shall|will|must) (?:in any event |nevertheless |still )?continue|\b(?:releases?|versions?|updates?|upgrades?) (?:providing|offering|adding|that (?:provide|add|offer)) (?:new |additional )(?:features?|functionality|functions)\b|features?\b[^.;]{0,160}\b(?:but|while|whereas|provided that)\b[^.;]{0,80}(?:maintenance|support|updates)[^.;]{0,60}(?:shall|will|must) (?:in any event )?continue|features?\b[^.;]{0,160}\b(?:but|while|whereas|provided that)\b[^.;]{0,40}(?:shall|will|must) (?:in any event )?continue to (?:provide|supply|deliver|make available)[^.;]{0,40}(?:maintenance|support|updates|patches)/, reason: 'Only new features may be withheld.' },
      // (A function, not a pattern: the bar it lifts, "shall not withhold ... unless a court has found", is no denial of it.)
      // (Or the right names only what is new, "new functional modules and feature releases", "new major versions", and no fix or service.)
      { test: (c) => { const t = scopeOfRight(c, WITHHOLDING).text; return matches(WITHHOLDING, t) && matches(NEW_THINGS_ONLY, t) && !matches(FIXES_OR_SERVICES, t); }, reason: 'Only new features can be withheld.' },
      { test: (c) => matches(BODY_FINDS_FIRST, c.text), reason: 'Withholding only after a court or another body has found misuse.' },
      { test: LOCAL_LAW_ONLY, reason: "Withholding only as far as the customer's local law allows." },
      // "If the Ministry has not remedied the misuse within ninety (90) days after that notice, the Supplier may withhold ...".
      { test: (c, i) => curePeriodOver(7)({ ...c, block: c.text }, i) && matches(WITHHOLDING, c.text), reason: 'Withholding only after a remedy period of more than a week.' },
      // ("Following termination ..., the Supplier shall have no obligation to provide any further updates".)
      { test: /(?:(?:after|upon|following|from) (?:the )?(?:date of )?(?:termination|expiry)|\bonce (?:this |the )?(?:[\w-]+ ){0,3}(?:has|have) (?:been )?(?:terminated|expired))[^.;]{0,80}(?:withhold|cease|stop|no (?:further |longer )?obligation to (?:provide|deliver|supply)|not (?:be )?(?:obliged|required|bound) to (?:provide|deliver|supply)|(?:shall|will|is|are) (?:be )?(?:obliged|required|bound) to (?:provide|deliver|supply))|(?:withhold|cease|stop)[^.;]{0,60}(?:only )?(?:after|upon|following) (?:the )?(?:termination|expiry)/, reason: 'Services stop only after termination.' },
    ],
    weakenersAnywhere: [TRIGGER_NEEDS_FINDING],
    counters: [
      MISUSE_EXCLUDES_CUSTOMER,
      SELLER_REMEDY_ONLY_DAMAGES,
      // ("... shall continue to provide all updates and support during any dispute, including any allegation of breach")
      // (Or any performance: "shall not suspend, withhold ... the performance of any obligation ... on account of any alleged breach".)
      // ("... throughout the Term, including while any dispute is resolved"; plain English "we will keep providing updates ... even if".)
      { test: /(?:continue|keep (?:on )?providing|shall not cease|not withhold|not suspend)[^.;]{0,60}(?:maintenance|updates?|support)[^.;]{0,80}(?:(?:notwithstanding|regardless|irrespective|even if|whatever)[^.;]{0,40}|(?:during|throughout|pending|including (?:while|whilst|during)) (?:any|a|the) )(?:dispute|breach|allegation|broken|break)/, reason: 'The seller must continue maintenance, updates and support notwithstanding any dispute or alleged breach.' },
      { test: /(?:(?:does|do|shall|will|may) (?:not|never|under no circumstances|in no event)|(?:under no circumstances|in no event) (?:shall|will|may) (?:the )?[\w-]+) (?:\w+,? (?:or |and )?){0,6}(?:suspend|withhold|interrupt|cease|stop)\w*[^.;]{0,120}(?:maintenance|updates?|support|performance of (?:any|its|all) (?:of its )?obligations?)[^.;]{0,120}(?:for any reason|notwithstanding|regardless|irrespective|even if|on account of|by reason of|because of|on (?:the )?grounds? (?:of|relating to|connected with|arising from|concerning)|in response to)[^.;]{0,80}(?:dispute|breach|allegation|alleged|claim|complaint|misuse|'s use of (?:the )?(?:software|system|product|platform|services?))/, reason: 'The seller may never stop maintenance, updates or support, whatever the dispute or alleged breach.' },
      // The bar carried on by "nor": "The Contractor shall not, for any reason whatsoever, ... suspend ... the System, nor withhold any
      // maintenance, software update or technical support".
      { needs: /\bnor\b/, test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:shall|will|may|must) not\b[^.;]{0,300}\bnor (?:\w+ ){0,2}(?:withh[oe]ld|suspend|stop|cease|interrupt|delay)\w*\b[^.;]{0,40}\b(?:maintenance|updates?|upgrades?|patch(?:es)?|support|training)\b`), reason: 'Maintenance, updates and support continue whatever the dispute or allegation.' },
      // "the Bidder shall not, during the Warranty period, withhold, delay or suspend the supply of any patch, update ... on any ground whatsoever".
      { needs: /whatsoever|any circumstances|any reason|any ground/, test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:shall|will|may|must) not,?(?: [^.;,]{0,60},)? (?:[\w-]+,? (?:or |and )?){0,4}?(?:withh[oe]ld|suspend|stop|cease|interrupt|delay)\w*\b[^.;]{0,80}\b(?:patch(?:es)?|updates?|upgrades?|maintenance|support)\b[^.;]{0,80}\b(?:on any (?:other )?grounds? whatsoever|for any (?:other )?reason whatsoever|under any circumstances|in any circumstances|on any grounds?|for any reason)\b(?! (?:other than|except|save))`), reason: 'The seller may never stop maintenance, updates or support, on any ground.' },
      // "Seller shall provide all updates, patches and support ... and shall not withhold, delay or condition any of them for any reason, including any dispute".
      { needs: /dispute|breach|allegation|alleged|complaint|misuse/, test: /(?:maintenance|updates?|upgrades?|patches|support)[^.;]{0,200}\b(?:shall|will|must|may) not (?:[\w-]+,? (?:or |and )?){0,4}?(?:withhold|suspend|interrupt|cease|stop|delay|condition)\w*\b[^.;]{0,40}(?:for any reason|notwithstanding|regardless|irrespective|even if)[^.;]{0,80}(?:dispute|breach|allegation|alleged|complaint|misuse)/, reason: 'The seller may never stop maintenance, updates or support, whatever the dispute or alleged breach.' },
      // "The provision of support and updates shall be continuous and shall not be interrupted, suspended or conditioned ... for any reason, including a dispute".
      { needs: /dispute|breach|allegation|alleged/, test: /(?:maintenance|updates?|support)[^.;]{0,80}\b(?:shall|will|must|may) not be (?:[\w-]+,? (?:or |and )?){0,4}?(?:interrupted|suspended|withheld|conditioned|stopped|discontinued|ceased)\b[^.;]{0,120}(?:for any reason|notwithstanding|regardless|irrespective|even if|including)[^.;]{0,80}(?:dispute|breach|allegation|alleged)/, reason: 'Support and updates may never be interrupted or withheld, whatever the dispute or alleged breach.' },
      // Withholding barred save for non-payment: "Support Services shall not be suspended or withdrawn for any reason other than non-payment".
      { needs: /pay|unpaid|overdue/, test: /(?:maintenance|updates?|upgrades?|support)[^.;]{0,80}\b(?:shall|will|must|may) not be (?:[\w-]+,? (?:or |and )?){0,4}?(?:suspended|withheld|withdrawn|interrupted|discontinued|stopped|ceased)\b[^.;]{0,60}\b(?:for any reason other than|except (?:for)?|save for|other than (?:for )?)[^.;]{0,20}(?:non-?payment|fail\w* to pay|unpaid|overdue|late payment)/, reason: 'The seller may withhold maintenance, updates and support only for non-payment.' },
      STATUS_QUO,
      STAYED_WHILE_DISPUTED,
      { needs: /interrupt|continuous|uninterrupted|break/, test: UNINTERRUPTED_SUPPLY, reason: 'The seller must continue maintenance, updates and support notwithstanding any dispute or alleged breach.' },
      { needs: /notwithstanding anything|any reason|circumstances|whatever/, test: (c) => matches(SELLER_MAY_NOT_WITHHOLD, c.text) && matches(SUPPLIES, c.text) && matches(OVERRIDES_ALL, c.text) && !matches(BAR_EXCEPTED, c.text.slice(c.text.search(WITHHOLDING))), reason: 'The seller may never stop maintenance, updates or support.' },
      // No right to withhold them by reason of a breach of the safeguards: "shall have no right, by reason of any breach of Annex 2, ... to withhold technical support or software updates".
      { needs: /breach|misuse|violation|non-compliance/, test: (c) => matches(SELLER_MAY_NOT_WITHHOLD, c.text) && matches(SUPPLIES, c.text) && matches(FOR_A_BREACH, c.text) && !matches(BAR_EXCEPTED, c.text.slice(c.text.search(WITHHOLDING))), reason: 'The seller may not withhold maintenance, updates or support for a breach of the safeguards.' },
      { needs: /continue/, test: SUPPLIES_CONTINUE, reason: 'The seller must continue maintenance, updates and support notwithstanding any dispute or alleged breach.' },
      { needs: /continu/, test: CONTINUITY_OF_SUPPLY, reason: 'The seller must continue maintenance, updates and support notwithstanding any dispute or alleged breach.' },
      { needs: /whatever|come what may|circumstances/, test: KEPT_UP_WHATEVER, reason: 'The seller must continue maintenance, updates and support whatever happens.' },
      { needs: /any reason|any ground|circumstances/, test: SUPPLY_AND_NO_STOP, reason: 'The seller may never stop maintenance, updates or support.' },
      { needs: /pay|unpaid|overdue/, test: (c) => matches(SELLER_MAY_NOT_WITHHOLD, c.text) && matches(SUPPLIES, c.text) && matches(ONLY_FOR_NON_PAYMENT, c.text), reason: 'The seller may withhold maintenance, updates and support only for non-payment.' },
    ],
  }),
});
