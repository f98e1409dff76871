import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY } from '../boilerplate.ts';
import { customerMust } from '../words.ts';
import { CUSTOMER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';

const CORRECTS = customerMust('correct|remed|cease|stop|rectif|address|disciplin|take (?:all )?(?:appropriate|necessary) (?:\\w+ ){0,3}(?:steps|measures|action)|procure that');
const ENDS_IT = new RegExp(String.raw`\b${CUSTOMER}\b(?:-[a-z]+)? (?:ends|stops|ceases) (?:it|the misuse|such misuse)\b`);

// "SSC shall have no obligation to provide, or to cooperate in providing, any remedy to any person or to submit any remediation plan".
const NO_REMEDY = /(?:has|have|shall have|is under|shall be under|bears?) no (?:obligation|duty)[^.;]{0,40}(?:provide|cooperate|offer|submit|take)[^.;]{0,60}(?:remed(?:y|ies)|redress|reparation|remediation|corrective action)|(?:shall|will) not be (?:obliged|required) to (?:provide|offer|submit|take|cooperate)[^.;]{0,60}(?:remed(?:y|ies)|redress|reparation|remediation|corrective action)/;

export const remediation = defineRule({
  meta: { id: 'remediation', sources: ['SD', 'NSO-23'], description: 'Where misuse is found, the customer takes corrective action and provides or cooperates in remedy for affected persons, under a plan the seller can review.' },
  check: (index) => gradeByElements(index, {
    // "Remedy" alone is mostly the parties' legal remedies; remedy for people, or remediation, is the safeguard.
    topic: /remediat|(?:effective|adequate|appropriate) remed|remed(?:y|ies) (?:to|for) (?:the )?(?:affected|victims|persons|individuals|people|those|anyone)|remedy (?:the|any|such) (?:misuse|harm|abuse|violation)|corrective\b|disciplinary (?:action|measures?)|\bredress|\breparations?\b|compensat\w* (?:of|to|for) (?:affected|victims)|ceases? (?:the |any |such )?(?:misuse|prohibited)/,
    elements: {
      // "the Beneficiary ends it": present-tense drafting of the same duty.
      'the customer takes corrective action': (c) => matches(CORRECTS, c.text) || matches(ENDS_IT, c.text),
      'remedy for affected persons': /affected (?:persons|individuals|people|parties)|victims|persons affected|those affected|redress|reparation/,
      'under a plan the seller can review': /plan|review|approv|report (?:to|back)/,
    },
    // Remedies between the parties and cure periods are not remedy for the people affected.
    // (Nor is corrective maintenance of the software.)
    ignore: /corrective(?:,? (?:and |or )?(?:adaptive|evolutive|preventive|perfective|adaptative))*,? (?:and |or )?(?:\w+ )?maintenance|corrective (?:patches|releases|updates|versions)|remedies[^.;]{0,40}cumulative|sole (?:and exclusive )?remed|exclusive remed|remedies available at law|equitable remed|injunctive|(?:fail|failure|fails)\w* to remedy|remed(?:y|ied) (?:it |the breach |such breach )?within|capable of remedy|remedy (?:the|such|any|that) (?:breach|default|failure)/,
    weakeners: HEDGED_DUTY,
    counters: [
      { test: NO_REMEDY, reason: 'The customer has no obligation to provide or cooperate in any remedy or remediation plan.' },
    ],
  }),
});
