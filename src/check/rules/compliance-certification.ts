import { HEDGED_DUTY } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';

// The clauses a certificate cites are the human-rights terms when they speak of them.
const HUMAN_RIGHTS_TERMS = /human[- ]rights|prohibited|misuse|journalist|authori[sz]ed purpose|responsible[- ]use|ethical[- ]use/;

export const complianceCertification = defineRule({
  meta: { id: 'compliance-certification', sources: ['NSO-20'], description: 'The customer certifies compliance with the human-rights terms periodically and before each renewal or maintenance period.' },
  check: (index) => gradeByElements(index, {
    topic: /(?:certif\w*|(?<!universal )declaration|attest\w*|confirms? in writing)[^.;]{0,120}(?:complian|compl(?:y|ies|ied)|in accordance with|human rights|use restrictions|end[- ]use|misuse)|end[- ]use (?:certificate|declaration)/,
    elements: {
      'certification of compliance with the human-rights terms': (c, i) => /human rights|use restrictions|misuse|authori[sz]ed purpose|end[- ]use/.test(c.text) || i.mentionsMisuse(c) || HUMAN_RIGHTS_TERMS.test(i.referencedText(c)) || HUMAN_RIGHTS_TERMS.test(c.heading),
      'periodically and before each renewal or maintenance period': /annual|each year|every (?:\d+|year|twelve)|periodic|quarterly|semi-annual|(?:before|prior to) (?:each|any|every) (?:renewal|maintenance|extension|support)|at (?:each|every) renewal|upon (?:each|every) renewal/,
    },
    counters: [
      { test: /not (?:be )?(?:required|obliged) to (?:provide|deliver|give|submit|sign) any (?:certificate|certification|declaration|attestation)/, reason: 'The customer need not give any certificate or declaration about its use.' },
    ],
    weakeners: [
      ...HEDGED_DUTY,
      { test: /(?:at|upon|on) (?:signature|signing|execution|the effective date|the date of (?:this|the) (?:contract|agreement))(?![^.;]{0,80}(?:and|thereafter|annual|each|every|periodic))/, reason: 'A one-time certificate at signing only.' },
    ],
  }),
});
