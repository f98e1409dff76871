import { defineRule, gradeByElements } from '../rule.ts';

export const complianceCertification = defineRule({
  meta: { id: 'compliance-certification', sources: ['NSO-20'], description: 'The customer certifies compliance with the human-rights terms periodically and before each renewal or maintenance period.' },
  check: (index) => gradeByElements(index, {
    topic: /certif\w*[^.;]{0,120}(?:complian|human rights|use restrictions|end[- ]use|misuse)|(?:declaration|attestation)[^.;]{0,80}complian|end[- ]use (?:certificate|declaration)/,
    elements: {
      'certification of compliance with the human-rights terms': /human rights|use restrictions|misuse|authori[sz]ed purpose|end[- ]use/,
      'periodically and before each renewal or maintenance period': /annual|each year|every \d+|periodic|quarterly|semi-annual|(?:before|prior to) (?:each|any|every) (?:renewal|maintenance|extension|support)|at (?:each|every) renewal|upon (?:each|every) renewal/,
    },
    weakeners: [
      { test: /(?:at|upon|on) (?:signature|signing|execution|the effective date)(?![^.;]{0,80}(?:and|thereafter|annual|each|every|periodic))/, reason: 'A one-time certificate at signing only.' },
    ],
  }),
});
