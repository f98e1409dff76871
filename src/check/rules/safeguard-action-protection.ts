import { UPTIME_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';

const INDEMNITY_FOR_MISUSE = /indemnif\w*[^.;]{0,400}(?:misuse|human rights|prohibited|breach of (?:the )?(?:use restrictions|human rights|this agreement)|use of the (?:product|system|service|software|platform)|violation)/;

export const safeguardActionProtection = defineRule({
  meta: { id: 'safeguard-action-protection', sources: ['SD', 'ABA-MCC2'], description: 'Suspension, withholding or termination under the human-rights terms is not a breach, creates no liability, refund or credit; the customer indemnifies the seller for misuse.' },
  check: (index) => gradeByElements(index, {
    // Any indemnity or service-credit clause addresses it, if only weakly (an IP-only indemnity), and so does
    // the customer giving up its claims for a safeguard action ("waives any claim arising from a suspension").
    topic: /\bindemn|\bdefend\b[^.;]{0,80}\bclaims?\b|hold[^.;]{0,20}harmless|service credits?|(?:shall|will) pay[^.;]{0,160}(?:withh|suspen)|(?:withh|suspen)\w*[^.;]{0,160}(?:shall|will) pay|(?:refund|credit|reduction|abatement|rebate)\w*[^.;]{0,120}suspen|suspen\w*[^.;]{0,120}(?:refund|credit|reduction|abatement|rebate)|(?:suspen|terminat|withh|safeguard action|disabl)\w*[^.;]{0,160}(?:not (?:be |constitute )?(?:a )?breach|no liability|not (?:be )?liable|without liability|no (?:refund|credit|compensation)|not entitle)|indemnif\w*[^.;]{0,400}(?:misuse|human rights|use of the (?:product|system|service)|breach of (?:this|the) (?:agreement|use))|(?:waives?|releases?|discharges?)\b[^.;]{0,60}\bclaims?\b[^.;]{0,80}(?:suspen|terminat|withh|disabl)/,
    elements: {
      'the action is not a breach and creates no liability': /(?:waives?|releases?|discharges?)\b[^.;]{0,60}\bclaims?\b|not (?:be |constitute )?(?:a )?breach|\bno\b[^.;]{0,100}\b(?:is|shall be|constitutes?|amounts? to) a breach|\bno\b[^.;]{0,40}liability|not (?:be )?liable|without (?:any )?liability/,
      'no refund or service credit': /\bno\b[^.;]{0,80}(?:refund|service credit|compensation)|^no\b[^.;]{0,200}\b(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation)|(?:shall|will|does) not (?:\w+ ){0,2}(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation)|fees? (?:remain|shall remain|continue to be) payable|no right to (?:any )?(?:refund|credit|reduction|compensation)|no (?:refund|credit|service credit|compensation|reduction)|not (?:be )?entitled? to (?:any )?(?:refund|credit|compensation)|non-?refundable|without (?:any )?(?:refund|credit)/,
      // The indemnity's trigger may be a defined term ("any Prohibited Use").
      'the customer indemnifies the seller against claims arising from misuse': (c, i) => /indemnif|\bdefend\b|hold[^.;]{0,20}harmless/.test(c.text) && (i.misuse.test(c.text) || INDEMNITY_FOR_MISUSE.test(c.text)),
    },
    weakeners: [
      { test: /service credits?[^.;]{0,80}(?:suspen|unavailab|downtime)|(?:refund|credit|reduction|abatement|rebate)[^.;]{0,60}(?:suspen|terminat)|suspen\w*[^.;]{0,80}entitle[^.;]{0,60}(?:refund|credit|reduction|abatement|rebate|compensation)|(?:shall|will) pay[^.;]{0,160}(?:withh|suspen)|(?:withh|suspen)\w*[^.;]{0,160}(?:shall|will) pay/, reason: 'Service credits, refunds or other payments are due for suspension or withholding.' },
    ],
    weakenersAnywhere: [UPTIME_CREDITS],
    counters: [
      UPTIME_CREDITS_WHATEVER_CAUSE,
      { test: /(?:any )?(?:suspension|withholding|degradation|disabling)[^.;]{0,120}(?:is|shall be|constitutes?|shall constitute|will constitute|be deemed|amounts? to) a (?:material |fundamental )?breach/, reason: 'Any suspension by the seller is a material breach.' },
    ],
  }),
});
