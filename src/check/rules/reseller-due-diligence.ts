import { defineRule, gradeByElements } from '../rule.ts';
import { matches } from '../prefilter.ts';

// The reseller may keep the end user or its use from the seller: "shall not be obliged to disclose the identity of any End User".
// ... or may keep it "confidential from the Manufacturer".
const END_USER_HIDDEN = /\b(?:keep|treat|hold)\b[^.;]{0,20}\bconfidential (?:from|as against) (?:the )?[\w-]+\b[^.;]{0,30}\b(?:identit(?:y|ies)|end[- ]users?|end[- ]customers?|customers|intended uses?)\b/;
const END_USER_WITHHELD = /\b(?:not|never|no)\b[^.;]{0,20}\b(?:obliged|required|bound|obligation) to (?:disclose|reveal|identify|name|report)\b(?: to (?:the )?[\w-]+)? (?:the |any |its |their )?(?:(?:identit(?:y|ies)|names?|details) of (?:any |the |its |each )?)?(?:end[- ]users?|end[- ]customers?|end uses?|intended uses?)\b/;

const TOPIC = /(?:reseller|distributor|partner|dealer|integrator)[^.;]{0,160}(?:due diligence|screen|vet|assess|end users?|end customers?|prospective (?:purchaser|customer|buyer)|approval|disclos)|due diligence[^.;]{0,120}(?:each|any|every|prospective|proposed|that|the) (?:end users?|purchasers?)/;
// Where the draft has a resale channel, screening buyers against restricted-party or sanctions lists
// is the intermediary's due diligence in its weak form, whoever the draft makes screen
// ("Licensee shall screen each prospective End Customer against the restricted-party lists").
const LIST_SCREENING = /\bscreen(?:s|ed|ing)?\b[^.;]{0,160}\bagainst\b[^.;]{0,80}(?:lists?\b|sanctions|denied|restricted[- ]part|entity list|\bsdn\b)/;
const SELLER_SCREENS = /^(?:the )?(?:supplier|licensor|vendor|provider|seller|manufacturer|we)\b/;
const RESALE_CHANNEL = /\b(?:reseller|distributor|dealer|resells?|resold|resale|distribut(?:e|es|ing)\b[^.;]{0,60}\b(?:end users?|end customers?))/;

export const resellerDueDiligence = defineRule({
  meta: { id: 'reseller-due-diligence', sources: ['SD'], description: 'The reseller conducts human-rights due diligence on each end user, discloses end user and end use, obtains the seller\'s approval, keeps records, and avoids prohibited end users.' },
  check: (index) => gradeByElements(index, {
    topic: (c, i) => matches(TOPIC, c.text) || (matches(LIST_SCREENING, c.text) && !matches(SELLER_SCREENS, c.text) && i.memo('resale-channel', () => i.clauses.some((x) => matches(RESALE_CHANNEL, x.text)))),
    elements: {
      "the reseller's own human-rights due diligence on each end user": /human[- ]rights[^.;]{0,40}due diligence|(?:assess|evaluat|review)\w*[^.;]{0,30}human[- ]rights (?:risks?|impacts?)|due diligence[^.;]{0,80}(?:human[- ]rights|misuse|end users?)/,
      'disclosure of the end user and end use to the seller before the sale': /disclos|identif|name[sd]?|notify|inform|submit/,
      "the seller's approval": /approv|consent|authori[sz]/,
      'records kept': /records?|retain|document/,
    },
    counters: [
      { test: END_USER_HIDDEN, reason: 'The reseller may keep the end user or the intended use from the seller.' },
      { test: END_USER_WITHHELD, reason: 'The reseller need not disclose the end user or the intended use to the seller.' },
    ],
    weakeners: [
      { test: /(?:only|solely|limited to)[^.;]{0,40}(?:sanctions|denied[- ]part|restricted[- ]part|screening)/, reason: 'Due diligence is limited to sanctions or denied-party screening.' },
    ],
  }),
});
