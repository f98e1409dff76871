import { defineRule, gradeByElements } from '../rule.ts';

export const resellerDueDiligence = defineRule({
  meta: { id: 'reseller-due-diligence', sources: ['SD'], description: 'The reseller conducts human-rights due diligence on each end user, discloses end user and end use, obtains the seller\'s approval, keeps records, and avoids prohibited end users.' },
  check: (index) => gradeByElements(index, {
    topic: /(?:reseller|distributor|partner|dealer|integrator)[^.;]{0,160}(?:due diligence|screen|vet|end users?|approval|disclos)|due diligence[^.;]{0,120}(?:each|any|every|prospective|proposed|that|the) (?:end users?|purchasers?)/,
    elements: {
      "the reseller's own human-rights due diligence on each end user": /human rights[^.;]{0,40}due diligence|due diligence[^.;]{0,80}(?:human rights|misuse|end users?)/,
      'disclosure of the end user and end use to the seller before the sale': /disclos|identif|name[sd]?|notify|inform|submit/,
      "the seller's approval": /approv|consent|authori[sz]/,
      'records kept': /records?|retain|document/,
    },
    weakeners: [
      { test: /(?:only|solely|limited to)[^.;]{0,40}(?:sanctions|denied[- ]part|restricted[- ]part|screening)/, reason: 'Due diligence is limited to sanctions or denied-party screening.' },
    ],
  }),
});
