import { defineRule, gradeByElements } from '../rule.ts';
import { PERPETUAL_LICENCE } from '../boilerplate.ts';

// Whatever the draft calls carrying the contract on: renewal, extension, prolongation.
const RENEW = String.raw`renew\w*|extend|extension|prolong\w*`;

export const renewalReassessment = defineRule({
  meta: { id: 'renewal-reassessment', sources: ['SD', 'NSO-20'], description: 'Renewal, new activities and major changes are conditional on a fresh human-rights review, and the seller may refuse renewal on its outcome.' },
  check: (index) => gradeByElements(index, {
    topic: /renew|re-?appl(?:y|ication)|re-?approv|continued (?:access|use) (?:is |shall be |will be )?(?:subject|conditional)|extension of the term|extend the term|prolong|(?:term|agreement|contract)\b[^.;]{0,30}\b(?:is |may be |shall be |will be )?(?:extended|prolonged)\b|(?:any|each|an) extension\b(?! of time)|subsequent (?:licen[cs]e|agreement|order)|(?:subject|conditional) (?:up)?on (?:a )?(?:fresh|new|further) (?:human[- ]rights )?(?:due[- ]diligence|review|assessment)|(?:each|any) (?:new|further|subsequent) (?:phase|key|period|term)\b|(?:each|any) (?:phase|period) after the first|(?:issu|grant)\w* (?:a |any |each )?(?:new|renewed|further) (?:licen[cs]e|activation) (?:keys?|files?|codes?|tokens?)/,
    elements: {
      'renewal conditional on a fresh human-rights due-diligence review': /(?:human[- ]rights|due[- ]diligence|risk)(?: impact)? (?:review|assessment|re-?assessment|due[- ]diligence)|re-?assess|fresh[^.;]{0,40}(?:review|assessment|due[- ]diligence)|(?:new|further|updated) (?:[\w-]+ ){0,3}(?:review|assessment|due[- ]diligence)/,
      'the seller may refuse renewal on its outcome': new RegExp(String.raw`(?:may|is entitled to|reserves the right to|(?:is|shall be) free to)[^.;]{0,40}(?:refuse|decline|reject|not renew)|(?:not|no) (?:be )?(?:obliged|obligation|required) to (?:agree to |accept )?(?:any )?(?:${RENEW})|sole discretion|never automatic|not (?:renew )?automatically`),
    },
    weakeners: [
      { test: /automatically renew|renew(?:s|ed)? automatically|auto-?renew|unless (?:either party|the customer|a party) (?:gives|serves) notice/, reason: 'Automatic renewal unless the customer objects.' },
    ],
    counters: [
      PERPETUAL_LICENCE,
      { test: /(?:supplier|licensor|vendor|provider|seller)[^.;]{0,40}(?:may|shall) not (?:refuse|decline|withhold)[^.;]{0,30}renew|renew\w*[^.;]{0,60}(?:automatically|perpetually)[^.;]{0,60}(?:may not|cannot|shall not) (?:be )?(?:refuse|decline|terminat)/, reason: 'Automatic renewal the seller cannot refuse.' },
    ],
  }),
});
