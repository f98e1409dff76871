import { LOCAL_LAW_PREVAILS } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { HUMAN_RIGHTS, customerMust } from '../words.ts';

export const humanRightsCompliance = defineRule({
  meta: { id: 'human-rights-compliance', sources: ['SD', 'NSO-23'], description: 'The customer represents and undertakes to use the product consistently with internationally recognized human rights.' },
  check: (index) => gradeByElements(index, {
    topic: HUMAN_RIGHTS,
    elements: {
      'customer undertakes or represents to respect human rights in using the product': customerMust(String.raw`human rights|fundamental rights`),
      'human rights defined by international standards (UDHR, ICCPR)': (c, i) => /international(?:ly)? (?:recogni[sz]ed|human rights|standards|law)|iccpr|universal declaration|udhr|covenant on civil/.test(c.block) || i.draft.definitions.some((d) => /^human rights$/i.test(d.term) && /international|covenant|universal declaration/i.test(d.meaning)),
    },
    weakeners: [
      { test: /(?:as|to the extent) (?:required|recogni[sz]ed|defined|protected|provided) (?:by|under|in) (?:the )?(?:applicable|national|domestic|local)? ?laws?(?: of)?|human rights (?:as )?(?:recogni[sz]ed|defined) (?:by|under|in) the laws of/, reason: 'Human rights reduce to compliance with (national) law.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS],
    counters: [
      { test: /compliance with (?:its|the customer's|the authority's|domestic|national|local) (?:domestic |national |local )?laws?[^.;]{0,60}(?:constitutes?|shall be deemed|is deemed|amounts? to) (?:full )?compliance with[^.;]{0,30}human rights/, reason: 'Compliance with domestic law is deemed full compliance with human-rights obligations.' },
    ],
  }),
});
