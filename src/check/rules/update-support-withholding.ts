import { STATUS_QUO } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { misuseTrigger, sellerMay } from '../words.ts';
import { matches } from '../prefilter.ts';

const WITHHOLDS = sellerMay('withhold|suspend|stop|cease|refuse|discontinue|deny|decline|terminate|defer|delay');
const SERVICES = /updat|upgrad|maintenance|support|training|patch|releases?\b|services|features?\b|functionality|new versions?|technical assistance|help ?desk/;

const PASSIVE_WITHHOLDING = /(?:updates?|upgrades?|releases?|features?|support|maintenance|services)[^.;]{0,80}(?:may|shall|will) be (?:withheld|suspended|discontinued)/;

// Services that stop only when the contract ends, and the look-alike "refuse service for any reason".
const ENDS_WITH_CONTRACT = /(?:upon|on|after|following) (?:the )?(?:expiry|termination)[^.;]{0,80}(?:cease|stop|discontinue)[^.;]{0,40}(?:updat|support|maintenance)/;
const ANY_REASON = /refuse service\b|(?:may|right to) (?:modify or )?discontinue[^.;]{0,40}(?:any part of )?the services?\b/;

// Suspending an account or access to a hosted service says nothing of updates or support (the
// spec's look-alike table grades it missing here), even when the sentence mentions "features".
const ACCESS_ONLY = /(?:suspend|terminat|throttl|restrict|disabl|block)\w* (?:[\w']+ ){0,2}(?:accounts?|access|hosting|log-?ins?)\b/;
const SUPPLIES = /updat|upgrad|maintenance|support|patch|training|releases?\b|new versions?/;

export const updateSupportWithholding = defineRule({
  meta: { id: 'update-support-withholding', sources: ['SD'], description: 'The seller may withhold updates, upgrades, maintenance, support, training and services on misuse or breach of the human-rights terms.' },
  check: (index) => gradeByElements(index, {
    topic: (c) => (matches(WITHHOLDS, c.text) && matches(SERVICES, c.text)) || matches(PASSIVE_WITHHOLDING, c.text) || matches(ENDS_WITH_CONTRACT, c.text) || matches(ANY_REASON, c.text) || matches(/no obligation to (?:provide|deliver|make available)[^.;]{0,40}(?:updat|upgrad|support|maintenance)/, c.text),
    ignore: (c) => matches(ACCESS_ONLY, c.text) && !matches(SUPPLIES, c.text),
    elements: {
      'updates and upgrades': /updat|upgrad|patch|releases?\b|new versions?/,
      'support, maintenance, training or other services': /support|maintenance|training|services|technical assistance|help ?desk/,
      'tied to misuse or breach of the human-rights terms': misuseTrigger,
    },
    weakeners: [
      // (Security patches kept for essential functions are a responsible exit, not a weakness.)
      { test: /(?:only|solely|limited to) (?:new )?features?|new functionality only|new feature releases|features?\b[^.;]{0,160}\b(?:but|while|whereas|provided that)\b[^.;]{0,80}(?:maintenance|support|updates)[^.;]{0,60}(?:shall|will|must) (?:in any event )?continue|features?\b[^.;]{0,160}\b(?:but|while|whereas|provided that)\b[^.;]{0,40}(?:shall|will|must) (?:in any event )?continue to (?:provide|supply|deliver|make available)[^.;]{0,40}(?:maintenance|support|updates|patches)/, reason: 'Only new features may be withheld.' },
      { test: /(?:after|upon|following) (?:the )?(?:termination|expiry)[^.;]{0,80}(?:withhold|cease|stop)|(?:withhold|cease|stop)[^.;]{0,60}(?:only )?(?:after|upon|following) (?:the )?(?:termination|expiry)/, reason: 'Services stop only after termination.' },
    ],
    counters: [
      { test: /(?:continue|shall not cease|not withhold|not suspend)[^.;]{0,60}(?:maintenance|updates?|support)[^.;]{0,80}(?:notwithstanding|regardless|irrespective|even if)[^.;]{0,40}(?:dispute|breach|allegation)/, reason: 'The seller must continue maintenance, updates and support notwithstanding any dispute or alleged breach.' },
      { test: /(?:(?:does|do|shall|will|may) (?:not|never|under no circumstances|in no event)|(?:under no circumstances|in no event) (?:shall|will|may) (?:the )?[\w-]+) (?:\w+,? (?:or |and )?){0,6}(?:suspend|withhold|interrupt|cease|stop)\w*[^.;]{0,120}(?:maintenance|updates?|support)[^.;]{0,120}(?:for any reason|notwithstanding|regardless|irrespective|even if)[^.;]{0,80}(?:dispute|breach|allegation|alleged)/, reason: 'The seller may never stop maintenance, updates or support, whatever the dispute or alleged breach.' },
      // "The provision of support and updates shall be continuous and shall not be interrupted, suspended or conditioned ... for any reason, including a dispute".
      { needs: /dispute|breach|allegation|alleged/, test: /(?:maintenance|updates?|support)[^.;]{0,80}\b(?:shall|will|must|may) not be (?:[\w-]+,? (?:or |and )?){0,4}?(?:interrupted|suspended|withheld|conditioned|stopped|discontinued|ceased)\b[^.;]{0,120}(?:for any reason|notwithstanding|regardless|irrespective|even if|including)[^.;]{0,80}(?:dispute|breach|allegation|alleged)/, reason: 'Support and updates may never be interrupted or withheld, whatever the dispute or alleged breach.' },
      STATUS_QUO,
    ],
  }),
});
