import { defineRule, gradeByElements } from '../rule.ts';
import { customerMust } from '../words.ts';

export const remediation = defineRule({
  meta: { id: 'remediation', sources: ['SD', 'NSO-23'], description: 'Where misuse is found, the customer takes corrective action and provides or cooperates in remedy for affected persons, under a plan the seller can review.' },
  check: (index) => gradeByElements(index, {
    topic: /remed(?:y|ies|iat)|corrective (?:action|measures?)|redress|reparation|compensat\w* (?:of|to|for) (?:affected|victims)/,
    elements: {
      'the customer takes corrective action': customerMust('correct|remed|cease|stop|rectif|address|take (?:all )?(?:appropriate|necessary) (?:steps|measures|action)'),
      'remedy for affected persons': /affected (?:persons|individuals|people|parties)|victims|persons affected|those affected|redress|reparation/,
      'under a plan the seller can review': /plan|review|approv|report (?:to|back)/,
    },
    ignore: /remedies[^.;]{0,40}cumulative|sole (?:and exclusive )?remed|exclusive remed|remedies available at law|equitable remed|injunctive/,
  }),
});
