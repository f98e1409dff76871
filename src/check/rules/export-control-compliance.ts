import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY } from '../boilerplate.ts';

export const exportControlCompliance = defineRule({
  meta: { id: 'export-control-compliance', sources: ['SD', 'REG'], description: "The customer complies with the seller's export-control and sanctions laws and does not export or transfer without authorization." },
  check: (index) => gradeByElements(index, {
    topic: /export(?:-| )?control|export (?:administration|laws?|regulations?)|sanctions? (?:laws?|regulations?|programs?)|\bear\b|\bitar\b|\bofac\b|re-?export/,
    elements: {
      "the seller's jurisdiction's export-control and sanctions laws (e.g. EAR, ITAR, OFAC)": /united states|\bu\u00b7s\b|\bear\b|\bitar\b|\bofac\b|export control laws|export administration regulations|european union|\beu\b|united kingdom|seller's (?:jurisdiction|state|country)|(?:supplier|licensor|vendor|provider)'s (?:jurisdiction|state|country)|domestic and international export|all (?:applicable )?export (?:control )?(?:and sanctions )?laws|(?:export|strategic goods|dual[- ]use|trade control)[\w ()&,-]{0,30}?\b(?:act|order|ordinance|decree)\b|(?:united nations|\bun\b|\w+ian|\w+ese) (?:and [\w ]{0,20})?sanctions/,
      'no export, re-export or transfer without the required authorization': /(?:not|no)\b[^.;]{0,60}(?:export|re-?export|transfer)|(?:export|re-?export|transfer)[^.;]{0,80}(?:without|unless|except)[^.;]{0,40}(?:authori[sz]ation|licen[cs]e|approval|consent)|in violation of (?:any )?(?:export|sanctions)|restrictions on destinations, end users and end use/,
    },
    weakeners: [
      ...HEDGED_DUTY,
      { test: /(?:import|export) (?:laws?|regulations?) of (?:the )?(?:customer's|licensee's|its own|the republic|the kingdom)|its own (?:country's|national) (?:import|export)/, reason: "Only the customer's own country's export law." },
    ],
    counters: [
      { test: /(?:re-?export|transfer)[^.;]{0,80}(?:governed|determined) (?:exclusively|solely|only) by[^.;]{0,40}(?:laws of the (?:customer|republic|kingdom|state)|customer's (?:domestic |national )?laws?|domestic law)/, reason: "The customer's laws exclusively govern re-export." },
    ],
  }),
});
