import { UPTIME_CREDITS, UPTIME_CREDITS_WHATEVER_CAUSE, SAFEGUARD_CARVE_OUT } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { matches } from '../prefilter.ts';

// Credits owed "whatever the cause" make the seller pay for a suspension (weak); they negate the
// safeguard when they name the seller's own acts ("including any act of the Seller").
const SELLER_ACT_INCLUDED = /including (?:any )?(?:act|suspension|omission|measure|interruption)s?(?: or (?:act|omission|suspension|measure)s?)? (?:of|by|taken by) the (?:seller|supplier|vendor|provider|licensor|contractor)|for any reason/;
// "Any voluntary interruption of the System by the Economic Operator is a serious fault";
// "any suspension ... attributable to the Contractor, whatever its justification, constitutes a serious breach".
const ACTION_IS_BREACH = /(?:any )?(?:suspension|withholding|degradation|disabling|interruption|blocking|deactivation)[^.;]{0,160}(?<!\bnot )(?<!\bnever )(?:is|shall be|constitutes?|shall constitute|will constitute|be deemed|amounts? to) a (?:material |fundamental |serious |grave |substantial )?(?:breach|fault|default)/;

const INDEMNITY_FOR_MISUSE = /indemnif\w*[^.;]{0,400}(?:misuse|human rights|prohibited|breach of (?:the )?(?:use restrictions|human rights|this agreement)|use of the (?:product|system|service|software|platform)|violation)/;

export const safeguardActionProtection = defineRule({
  meta: { id: 'safeguard-action-protection', sources: ['SD', 'ABA-MCC2'], description: 'Suspension, withholding or termination under the human-rights terms is not a breach, creates no liability, refund or credit; the customer indemnifies the seller for misuse.' },
  check: (index) => gradeByElements(index, {
    // Any indemnity or service-credit clause addresses it, if only weakly (an IP-only indemnity), and so does
    // the customer giving up its claims for a safeguard action ("waives any claim arising from a suspension").
    // Damages or penalties for unavailability make the seller pay for a suspension: the weak form at least.
    topic: /(?:liquidated damages|penalt(?:y|ies)|service credits?)[^.;]{0,160}(?:unavailab|downtime)|(?:unavailab|downtime)[^.;]{0,160}(?:liquidated damages|penalt(?:y|ies)|service credits?)|\bindemn|\bdefend\b[^.;]{0,80}\bclaims?\b|hold[^.;]{0,20}harmless|service credits?|(?:shall|will) pay[^.;]{0,160}(?:withh|suspen)|(?:withh|suspen)\w*[^.;]{0,160}(?:shall|will) pay|(?:refund|credit|reduction|abatement|rebate)\w*[^.;]{0,120}(?:suspen|deactivat|disabl)|(?:suspen|deactivat|disabl)\w*[^.;]{0,120}(?:refund|credit|reduction|abatement|rebate)|(?:suspen|terminat|withh|safeguard action|disabl)\w*[^.;]{0,160}(?:not (?:be |constitute )?(?:a )?breach|no liability|not (?:be )?liable|without liability|no (?:refund|credit|compensation)|not entitle)|indemnif\w*[^.;]{0,400}(?:misuse|human rights|use of the (?:product|system|service)|breach of (?:this|the) (?:agreement|use))|(?:waives?|releases?|discharges?)\b[^.;]{0,60}\bclaims?\b[^.;]{0,80}(?:suspen|terminat|withh|disabl)/,
    elements: {
      'the action is not a breach and creates no liability': /(?:waives?|releases?|discharges?)\b[^.;]{0,60}\bclaims?\b|not (?:be |constitute )?(?:a )?breach|\bno\b[^.;]{0,100}\b(?:is|shall be|constitutes?|amounts? to) a breach|\bno\b[^.;]{0,40}liability|not (?:be )?liable|without (?:any )?liability/,
      'no refund or service credit': /\bno\b[^.;]{0,80}(?:refund|service credit|compensation)|^no\b[^.;]{0,200}\b(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation)|(?:shall|will|does) not (?:\w+ ){0,2}(?:give rise to|entitle)[^.;]{0,80}(?:refund|credit|compensation)|fees? (?:remain|shall remain|continue to be) payable|no right to (?:any )?(?:refund|credit|reduction|compensation)|no (?:refund|credit|service credit|compensation|reduction)|not (?:be )?entitled? to (?:any )?(?:refund|credit|compensation)|non-?refundable|without (?:any )?(?:refund|credit)/,
      // The indemnity's trigger may be a defined term ("any Prohibited Use").
      'the customer indemnifies the seller against claims arising from misuse': (c, i) => matches(/indemnif|\bdefend\b|hold[^.;]{0,20}harmless/, c.text) && (matches(i.misuse, c.text) || matches(INDEMNITY_FOR_MISUSE, c.text)),
    },
    weakeners: [
      { unless: SAFEGUARD_CARVE_OUT, test: /service credits?[^.;]{0,80}(?:suspen|unavailab|downtime)|(?:refund|credit|reduction|abatement|rebate)[^.;]{0,60}(?:suspen|terminat|deactivat|disabl)|suspen\w*[^.;]{0,80}entitle[^.;]{0,60}(?:refund|credit|reduction|abatement|rebate|compensation)|(?:shall|will) pay[^.;]{0,160}(?:withh|suspen)|(?:withh|suspen)\w*[^.;]{0,160}(?:shall|will) pay/, reason: 'Service credits, refunds or other payments are due for suspension or withholding.' },
    ],
    weakenersAnywhere: [UPTIME_CREDITS, { ...UPTIME_CREDITS_WHATEVER_CAUSE, reason: 'Damages or credits are owed for any unavailability whatever its cause, a suspension included.' }],
    counters: [
      { ...UPTIME_CREDITS_WHATEVER_CAUSE, test: (c, i) => (UPTIME_CREDITS_WHATEVER_CAUSE.test as (c: Clause, i: DraftIndex) => boolean)(c, i) && matches(SELLER_ACT_INCLUDED, c.block) },
      { test: ACTION_IS_BREACH, reason: 'Any suspension by the seller is a material breach.' },
    ],
  }),
});
