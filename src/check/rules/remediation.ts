import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY } from '../boilerplate.ts';
import { customerMust, misuseTrigger } from '../words.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';

const CORRECTS = customerMust('correct|remed|cease|stop|fix|end (?:the |any |such )?misuse|bring (?:the |any |such )?breach to an end|put an end to|bring (?:it|the misuse|such misuse) to an end|rectif|address|disciplin|take (?:all )?(?:appropriate|necessary) (?:\\w+ ){0,3}(?:steps|measures|action)|procure that');
const ENDS_IT = new RegExp(String.raw`\b${CUSTOMER}\b(?:-[a-z]+)? (?:ends|stops|ceases) (?:it|the misuse|such misuse)\b`);

// "SSC shall have no obligation to provide, or to cooperate in providing, any remedy to any person or to submit any remediation plan".
// Corrective action in the passive: "corrective measures shall be taken by the Customer".
// (Also a remediation plan the customer must draw up: "a remediation plan is to be prepared by the Licensee".)
const CORRECTED_BY_CUSTOMER = new RegExp(String.raw`\b(?:corrective|remedial|disciplinary) (?:action|measures?|steps)\b[^.;]{0,40}\b(?:shall|must|will|is to|are to) (?:promptly )?be (?:promptly )?(?:taken|implemented|adopted)\b[^.;]{0,20}\bby (?:the )?${CUSTOMER}\b`
  + String.raw`|\b(?:remediation|remedial|corrective action|action) plan\b[^.;]{0,40}\b(?:shall|must|will|is to|are to) (?:promptly )?be (?:promptly )?(?:prepared|drawn up|developed|submitted|implemented|adopted)\b[^.;]{0,20}\bby (?:the )?${CUSTOMER}\b`);
// The people the remedy is for, in any word order: "persons affected", "the people affected by it", "affected individuals".
// ("each Affected Person", "each person affected", "make things right for the people who were hurt".)
const AFFECTED_PERSONS = /affected (?:persons?|individuals?|people|parties|data subjects|communities)|(?:persons?|individuals?|people) concerned\b|victims?\b|(?:persons?|individuals?|people|those|anyone|everyone|data subjects) (?:\w+ ){0,3}(?:affected|harmed|injured|hurt)\b|redress|reparation|make amends|(?:put|make|set) (?:things|it|matters) right/;
// Fixing the product or the service (a fault, a non-conformity, a vulnerability) is not remedy for people.
const TECHNICAL = String.raw`\b(?:faults?|defects?|incidents?|outages?|errors?|bugs?|non-?conformit\w*|vulnerabilit\w*|deficienc\w*|restore the (?:service|system)|service levels?|acceptance tests?|audit findings?)\b`;
const CORRECTIVE = String.raw`(?:corrective (?:action|measures?)|remediat\w*|remedial (?:action|measures?))`;
// (In either order: "where the Supplier fails to meet a Service Level, it shall submit a corrective action plan".)
const TECHNICAL_FIX = new RegExp(String.raw`${CORRECTIVE}[^.;]{0,60}${TECHNICAL}|${TECHNICAL}[^.;]{0,80}${CORRECTIVE}`);
const HUMAN_RIGHTS_WORDS = /human rights/;
const technicalOnly = (c: Clause, i: DraftIndex) => matches(TECHNICAL_FIX, c.text) && !matches(AFFECTED_PERSONS, c.text) && !misuseTrigger(c, i) && !matches(HUMAN_RIGHTS_WORDS, c.text);
// The customer owes no remedy, in other words: "shall not be liable to provide any redress", "in no event shall the
// Licensee be required to remediate, compensate or make good any harm to persons affected".
// (The customer's release only: a seller's limit of liability towards third parties is another matter.)
const NOT_BOUND = String.raw`(?:\b${CUSTOMER}\b[^.;]{0,30}\b(?:(?:(?:shall|will|is|are) not be|(?:is|are) not) (?:obliged|required|liable|bound)|(?:shall|will|do|does) not (?:have|need) to|need not)|(?:in no event|under no circumstances) (?:shall|will) (?:the )?${CUSTOMER} be (?:obliged|required|liable|bound))`;
const NO_REMEDY_WIDE = new RegExp(String.raw`(?:${NOT_BOUND}|\b${CUSTOMER}\b[^.;]{0,30}\b(?:bears?|has|have|shall (?:bear|have)) no (?:obligation|duty|responsibility|liability)) (?:to )?(?:provide|cooperate|offer|submit|take|remediate|compensate|make good|make amends|pay|afford)\b[^.;]{0,60}(?:remed(?:y|ies)|redress|reparation|remediation|corrective action|amends|(?:compensat\w*|make good|harm)[^.;]{0,60}(?:affected|victims|third parties|persons|individuals|people|anyone))`);
// ("shall have no further obligation arising from any such breach, including any obligation to take corrective action".)
const NO_REMEDY = /(?:has|have|shall have|is under|shall be under|bears?) no (?:further |other )?(?:obligation|duty)[^.;]{0,80}(?:provide|cooperate|offer|submit|take)[^.;]{0,60}(?:remed(?:y|ies)|redress|reparation|remediation|corrective action)|(?:(?:shall|will) not be|(?:is|are) not) (?:obliged|required) to (?:provide|offer|submit|take|cooperate)[^.;]{0,60}(?:remed(?:y|ies)|redress|reparation|remediation|corrective action)/;

// Remedy owed only once a court has spoken: "but only where the misuse has been established by a final, non-appealable
// judgment"; "only following a final court ruling". (Not a remedy paid "pursuant to any judgment", which adds to it.)
const ONLY_AFTER_JUDGMENT = /\b(?:only|solely|exclusively|unless|until)\b[^.;]{0,80}\b(?:final|non-appealable|binding|unappealable)\b[^.;]{0,30}\b(?:judgments?|judgements?|court orders?|rulings?|decisions? of (?:a|the) (?:competent )?court|arbitral awards?)/;

// Remedies between the parties and cure periods are not remedy for the people affected.
// (Nor is corrective maintenance of the software, or its "corrective and evolutive updates".)
const IGNORED = /corrective(?:,? (?:and |or )?(?:adaptive|evolutive|preventive|perfective|adaptative))*,? (?:and |or )?(?:\w+ )?(?:maintenance|patches|releases|updates|versions)|remedies[^.;]{0,40}cumulative|sole (?:and exclusive )?remed|exclusive remed|remedies available at law|equitable remed|injunctive|(?:fail|failure|fails)\w* to remedy|remed(?:y|ied) (?:it |the breach |such breach )?within|capable of (?:remedy|cure|being (?:cured|remedied))|deemed (?:to have been )?(?:cured|remedied)|remedy (?:the|such|any|that) (?:breach|default|failure)|(?:fix|fixe[sd]|cure[sd]?|correct(?:s|ed)?|rectif(?:y|ies|ied)|put right)\b (?:the breach |such breach |that breach |the default )within \d+|(?:n't|not|fails? to|failure to) (?:fix|cure|correct|rectify|put right) (?:it|the breach|such breach|that breach|the default)\b/;
// (A cure period in plain words is no remediation either: "if the other commits a material breach and doesn't fix it within 30 days".)

// (Also "make good the consequences for the persons concerned", "the elimination of the consequences of misuse".)
// (Plain English: "put right what can be put right for the people affected".)
const REMEDIATION_TOPIC = /remediat|\bput right\b[^.;]{0,60}\b(?:people|persons|individuals|those|anyone) (?:\w+ )?(?:affected|harmed)\b|\btake (?:\w+ ){0,2}measures (?:for|to) (?:the )?(?:stop|end|cessation|eliminat|remed)|remedial (?:action|measures?|steps|plan)|(?:effective|adequate|appropriate) remed|remed(?:y|ies) (?:to|for) (?:the )?(?:affected|victims|persons|individuals|people|those|anyone)|remedy (?:the|any|such) (?:misuse|harm|abuse|violation)|corrective\b|disciplinary (?:action|measures?)|\bredress|\breparations?\b|compensat\w* (?:of|to|for) (?:affected|victims)|ceases? (?:the |any |such )?(?:misuse|prohibited)|remed(?:y|ies)\b[^.;]{0,80}\b(?:to|for) (?:the )?(?:people|persons|individuals|those|anyone|victims) (?:\w+ )?(?:affected|harmed)|misuse[^.;]{0,120}\b(?:correct|rectif|fix|(?:put|make|set) (?:it|things|this|matters) right|make amends)|remed(?:y|iate) (?:the |any )?(?:effects?|consequences?|impacts?|harms?)\b|make amends|(?:correct|rectif)\w*[^.;]{0,60}\bmisuse|\b(?:make good|eliminat\w*(?: of)?) (?:the )?(?:consequences?|effects?|harms?)\b|\bends? (?:the |any |such )?misuse\b/;
// Under a heading that names remediation, the steps need not repeat the word: "3. Tell us your plan ... We will review it."
const REMEDIATION_HEADING = /remediat|consequences of (?:misuse|abuse)|redress|if misuse (?:happens|occurs|is found)|(?:put(?:ting)?|mak(?:e|ing)|set(?:ting)?) (?:matters|things|it) right|when things go wrong/;
const ABOUT_REMEDY = /\bplan\b|misuse|prohibited use|unlawful|disciplin|amends|affected|corrective|put (?:it|things) right/;

const INTERNAL_PLAN = new RegExp(String.raw`\binternal (?:remedial |remediation |corrective )?plan\b|\bplan\b[^.;]{0,80}\b(?:reviewed|approved|assessed|validated)\b[^.;]{0,30}\bby (?:the )?${CUSTOMER}(?:'s|\b)|\bplan\b[^.;]{0,20}\b(?:is|shall be|remains?) an internal (?:document|matter)\b|\b(?:plan|measures)\b[^.;]{0,120}\b(?:shall|will|may|need) not (?:be )?(?:communicated|disclosed|provided|shown|given|delivered|made available|sent)\b[^.;]{0,20}\bto (?:the )?${SELLER}\b`);
export const remediation = defineRule({
  meta: { id: 'remediation', sources: ['SD', 'NSO-23'], description: 'Where misuse is found, the customer takes corrective action and provides or cooperates in remedy for affected persons, under a plan the seller can review.' },
  check: (index) => gradeByElements(index, {
    // (Or the seller's right to ask for it given up: "The Supplier waives any right to request information on, review, or require any corrective or remedial measure".)
    denied: { of: ['customer', 'seller'], subject: String.raw`remed(?:y|ies|iat)(?! period)|redress|corrective (?:action|measures?)|corrective or remedial` },
    // "Remedy" alone is mostly the parties' legal remedies; remedy for people, or remediation, is the safeguard.
    topic: (c) => matches(REMEDIATION_TOPIC, c.text) || (matches(REMEDIATION_HEADING, c.heading) && matches(ABOUT_REMEDY, c.text)),
    topicWords: [REMEDIATION_TOPIC, ABOUT_REMEDY],
    topicHeadings: [REMEDIATION_HEADING],
    elements: {
      // "the Beneficiary ends it": present-tense drafting of the same duty.
      'the customer takes corrective action': (c) => matches(CORRECTS, c.text) || matches(ENDS_IT, c.text) || matches(CORRECTED_BY_CUSTOMER, c.text),
      'remedy for affected persons': AFFECTED_PERSONS,
      'under a plan the seller can review': /plan|programme|\bprogram\b|review|approv|report (?:to|back)|comment on|(?:set|put) (?:down|out) in writing[^.;]{0,40}\bshow us\b/,
    },
    ignore: (c, i) => matches(IGNORED, c.text) || technicalOnly(c, i),
    weakeners: [
      ...HEDGED_DUTY,
      { test: ONLY_AFTER_JUDGMENT, reason: 'Remedy is owed only once a court has finally established the misuse.' },
      // "determined by the Ministry's Inspector-General in an internal remedial plan": the seller only hears when it is done.
      // The plan the customer's own: "an internal remedial plan"; "a remediation plan, which shall be reviewed and approved by the Ministry's
      // General Inspectorate"; "The remediation plan is an internal document of the Ministry ... and shall not be communicated to the Contractor".
      { test: INTERNAL_PLAN, reason: 'The plan is the customer\'s internal one, with no review by the seller.' },
    ],
    counters: [
      // "no provision of this Contract shall be construed as requiring the Agency to provide redress of any kind to third parties".
      { needs: /construed/, test: /\bno (?:provision|clause|term)\b[^.;]{0,40}\b(?:shall|will) be construed as requiring (?:the )?[\w-]+ to (?:provide|offer|make|pay|take)\b[^.;]{0,20}\b(?:redress|remed(?:y|ies)|reparation|compensation|corrective action)/, reason: 'The customer has no obligation to provide or cooperate in any remedy or remediation plan.' },
      { test: NO_REMEDY, reason: 'The customer has no obligation to provide or cooperate in any remedy or remediation plan.' },
      { test: NO_REMEDY_WIDE, needs: /remed|redress|reparation|compensat|make good|amends|corrective/, reason: 'The customer has no obligation to provide or cooperate in any remedy or remediation plan.' },
    ],
  }),
});
