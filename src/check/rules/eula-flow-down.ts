import { defineRule, gradeByElements } from '../rule.ts';

export const eulaFlowDown = defineRule({
  meta: { id: 'eula-flow-down', sources: ['SD'], description: 'Each end user is bound by a licence carrying the safeguards, which the seller can enforce and the reseller must enforce.' },
  check: (index) => gradeByElements(index, {
    topic: /(?:licen[cs]e|sub-?licen[cs]e|supply|resell)\w*[^.;]{0,60}end users?[^.;]{0,60}terms|end[- ]user licen[cs]e|\beula\b|flow[- ]down|(?:bind|impose)[^.;]{0,60}end users?|end users?[^.;]{0,60}(?:accept|agree to|bound by)/,
    elements: {
      'the end-user licence carries the human-rights safeguards': /human rights|use restrictions|misuse|safeguards?|no less (?:protective|stringent)|terms set out in/,
      'the seller can enforce it (party or third-party beneficiary)': /third[- ]party beneficiar|enforce[^.;]{0,40}directly|(?:supplier|licensor|vendor|provider|manufacturer) (?:is|shall be|will be) a party|directly (?:with|against)/,
      'the reseller must enforce it': /(?:reseller|distributor|partner)[^.;]{0,80}(?:enforce|take (?:all )?(?:necessary )?action|terminate[^.;]{0,40}end user)|enforce/,
    },
    weakeners: [
      { test: /(?:its|their) own (?:terms|licen[cs]e|eula)[^.;]{0,80}no less (?:protective|stringent|favourable)/, reason: 'The reseller may use its own terms "no less protective", with no review.' },
    ],
    ignore: /standard terms of service|seller's standard (?:terms|eula)(?![^.;]{0,80}human rights)/,
  }),
});
