import { HEDGED_DUTY, SECURITY_ASSURANCE } from '../boilerplate.ts';
import { matches } from '../prefilter.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { HUMAN_RIGHTS, citesOwnUseTermsPart } from '../words.ts';
import { SELLER } from '../../read/parties.ts';

// The clauses a certificate cites are the human-rights terms when they speak of them.
const HUMAN_RIGHTS_TERMS = /human[- ]rights|prohibited|misuse|improper use|journalist|authori[sz]ed purpose|responsible[- ]use|ethical[- ]use/;

// An end-user certificate or statement, delivered or renewed: "delivers the end-user certificate",
// "signs the end-user statement", "shall renew this Certificate ... every twelve months".
const END_USE_INSTRUMENT = /end[- ]use (?:certificate|declaration)|\b(?:deliver|sign|execut|provid|submit|issu|giv)\w*[^.;]{0,40}\bend[- ]user (?:certificate|declaration|statement)/;
// End-user statements a reseller passes on for the seller's export-licence applications are export paperwork.
const FOR_EXPORT_LICENCE = /(?:for|in support of|required for) (?:the |its |an )?(?:[\w']+ )?export licen[cs]e/;
// (The certificate the draft is, or an end-user one: not "renew the certificate of insurance".)
const RENEWS_CERTIFICATE = /\b(?:renew|re-?issue|update|re-?execute|re-?deliver)\w* (?:this (?:end[- ]user )?|(?:the|its|an updated) end[- ]user )(?:certificate|certification|declaration|attestation)/;
// A certificate of compliance with the instrument itself, where that instrument is a human-rights
// one: "certifies compliance with this Memorandum" in a memorandum on the handling of data under
// international human-rights standards. (Not "this Agreement": a whole contract is more than its
// human-rights terms.)
const THIS_INSTRUMENT = /\b(?:this|the present) (?:memorandum|certificate|undertaking|declaration|protocol)\b/;
const selfCertified = (c: Clause, index: DraftIndex) => (matches(THIS_INSTRUMENT, c.text) || matches(RENEWS_CERTIFICATE, c.text))
  && index.memo('speaks-of-human-rights', () => index.clauses.some((x) => matches(HUMAN_RIGHTS, x.text)));

// (Also "declares in writing that ...", and use "only for the Authorised Purpose".)
// (Plain words too: "a statement signed by the Director confirming that you have followed section 6".)
// (Also "an Undertaking of Compliance"; and rights named "fundamental rights". Not a product's "certificate of conformity".)
const CERTIFIES = /\bcompliance (?:certificate|certification|declaration|attestation)s?\b|\b(?:undertaking|declaration|statement|confirmation)s? of compliance\b|(?:certif\w*|(?<!universal )declaration|declar(?:e|es|ed)(?: in writing)? that|attest\w*|confirms? in writing|written confirmation|confirmation in writing|(?:statement|letter)\b[^.;]{0,80}\bconfirm(?:s|ing)?(?: that)?)[^.;]{0,160}(?:complian|compl(?:y|ies|ied)|in accordance with|(?:followed|observed|respected|kept to)\b|(?:shall|to|will) (?:follow|observe|respect|keep to|abide by|adhere to)\b|human rights|fundamental rights|use restrictions|end[- ]use|misuse|authori[sz]ed (?:purpose|end[- ]use))/;
// ("... confirming you have read and will follow sections 2 to 10": a promise to follow is a statement of compliance too.)
// Other words for a statement of compliance: "an annual compliance statement confirming its adherence
// to clause 9 (Human Rights)"; "a certificate attesting that no Prohibited Use has occurred". They
// count only where they speak of the human-rights terms.
// ("a statement that the Goods have been used in accordance with this Annex".)
const STATES_COMPLIANCE = /(?:certif\w*|(?<!universal )declar\w*|attest\w*|confirm\w*|statement|representation)[^.;]{0,120}(?:complian|compl(?:y|ies|ied)|adher|observ|conformity|(?:used|operated) (?:only )?in accordance with)/;
const CERTIFY_WORDS = /certif|attest/;
// (Or through the clause they cite: "confirming that the Customer has complied with this clause 8A", where 8A is the human-rights clause.)
// (Or "used in accordance with this Annex", said in an annex headed "End-Use Obligations".)
const statesHumanRightsCompliance = (c: Clause, index: DraftIndex) => matches(STATES_COMPLIANCE, c.text) && (matches(HUMAN_RIGHTS_TERMS, c.text) || index.mentionsMisuse(c) || matches(HUMAN_RIGHTS_TERMS, index.referencedText(c)) || citesOwnUseTermsPart(c, index))
  || matches(CERTIFY_WORDS, c.text) && index.mentionsMisuse(c);
// The customer re-verifying or re-certifying periodically ("may require customers to reverify this
// information periodically"): a certification, weak where it does not speak of the human-rights terms.
const REVERIFIES = /\bre-?(?:verif|certif|attest|confirm)\w*\b[^.;]{0,60}\b(?:periodic|annual|each year|every (?:year|\d+|[a-z]+ (?:months|years)))/;
// The seller certifying its own conduct is not the customer's certificate.
// (After a short lead: "Each year the Vendor shall declare that ...".)
const SELLER_CERTIFIES = new RegExp(String.raw`^(?:[^.;]{0,40}?(?:, |\b(?:year|month|quarter|annually|periodically)\w* ))?(?:the )?${SELLER}\b(?: shall| will| must| may| hereby| undertakes to| agrees to)?(?: \w+ly)? (?:re-?)?(?:certif(?:y|ies)|attests?|declares?|confirms?)\b`
  // ("The Contractor shall furnish ... a valid ISO 9001 certificate": the seller's own certificates.)
  + String.raw`|^(?:the )?${SELLER}\b(?: shall| will| must)? (?:furnish|provide|deliver|submit)\b[^.;]{0,160}\bcertificat`);
// Each period the customer's use runs for: "each Contract Year", "every six months", "before the start of each maintenance year".
// (Or each key that renews the use: "the issue of each new Key is conditional upon ... a compliance certificate".)
const PERIODIC = /annual|each year|every (?:\d+|year|twelve|(?:two|three|four|six|nine|eighteen|twenty-four)\b)|periodic|quarterly|semi-annual|(?:before|prior to) (?:each|any|every) (?:renewal|maintenance|extension|support)|(?:before|prior to) (?:the )?(?:expiry|end|lapse) of (?:each|every) (?:licen[cs]e|key|activation|subscription|support|maintenance|term|period|year)|at (?:each|every) renewal|upon (?:each|every) renewal|\b(?:each|every) (?:renewal|extension)\b|monthly|half-yearly|bi-?annual|(?:regular|fixed|set) intervals|\b(?:each|every) (?:new |renewed |further )?(?:licen[cs]e |activation )?(?:keys?|key periods?)\b/;
const EACH_PERIOD = /\b(?:each|every) (?:[\w-]+ )?(?:years?|anniversary|quarters?|half-years?|semesters?)\b|\bevery (?:[a-z]+ )?(?:months|years)\b|(?:before|prior to|ahead of|in advance of)[^.;]{0,40}\b(?:each|every|any)\b (?:[\w-]+ ){0,2}(?:renewal|maintenance|extension|support|subscription|licen[cs]e|term|period|year)/;
// The duty to certify given up: "under no obligation to certify"; "no ... attestation shall be required";
// "we will not ask you to certify".
const NO_CERTIFICATE = /\b(?:shall|may) not (?:ask|require|request) (?:\w+ ){0,2}to (?:certify|attest)\b|\b(?:not|no|never)\b[^.;]{0,20}\b(?:required|obliged|obligation|duty|bound) to (?:certify|attest|declare|(?:provide|deliver|give|submit|sign) (?:any |an? )?(?:[\w-]+ )?(?:certificates?|certifications?|declarations?|attestations?))\b|\bno (?!(?:further|additional|subsequent|new|other|more)\b)(?:[\w-]+ ){0,2}(?:certificates?|certifications?|declarations?|attestations?)\b[^.;]{0,80}\b(?:shall|will|may) be (?:required|requested|demanded)/;
// "No further certificate shall be required for later orders or renewals": the first one is the only one.
const NO_FURTHER_CERTIFICATE = /\bno (?:further|additional|subsequent|new|other|more) (?:[\w-]+ ){0,2}(?:certificates?|certifications?|declarations?|attestations?)\b[^.;]{0,80}\b(?:shall|will|may) be (?:required|requested|demanded)/;

// A certificate "in the form of Schedule 4", where the schedule's form certifies compliance with the human-rights terms.
const SELLER_EXCUSED = new RegExp(String.raw`^(?:[\w·().-]+ )?(?:the )?${SELLER}\b[^.;]{0,30}\b(?:not|never) (?:be )?(?:required|obliged|bound)\b`);
const CERTIFICATE_WORDS = /\b(?:certificate|certification|attestation|declaration)s?\b/;
const formCertifiesHumanRights = (c: Clause, i: DraftIndex) => {
  if (!matches(CERTIFICATE_WORDS, c.text)) return false;
  const form = i.citedPartsText(c);
  return form !== '' && matches(CERTIFY_WORDS, form) && matches(HUMAN_RIGHTS_TERMS, form);
};

// (Plain words too: "you gave us, when you signed, a certificate".)
// A reseller's pre-sale declaration that discloses who the end user is and what it will do ("disclose to Vendor, in an End
// User Declaration signed by the End User, the identity of the End User, the intended end use ...") is due diligence on the
// sale, not a certificate of compliance with the human-rights terms.
const DISCLOSES_END_USER = /\b(?:disclos|identif|stat|set(?:s|ting)? out|specif)\w*\b[^.;]{0,80}\b(?:identity|name|address)\b[^.;]{0,80}\b(?:intended|proposed) (?:end[- ])?use\b/;
// The period may sit in another sentence of the clause ("... on each anniversary"), but one about the certificate: not the
// annual training of a sub-clause run inline in the same paragraph ("12.1 ... a certificate on signature. 12.2 ... annual training").
const CERTIFICATE_SENTENCE = /certif|declar|attest|confirm|statement|the same form|further|renew|\bdo so\b|\bthereafter\b|\bagain\b|\brepeat/;
const SENTENCE_BREAK = /(?<=\.)\s+/;
const periodicCertificate = (c: Clause) => [c.text, c.block].some((t) => (matches(PERIODIC, t) || matches(EACH_PERIOD, t))
  && t.split(SENTENCE_BREAK).some((s) => CERTIFICATE_SENTENCE.test(s) && (PERIODIC.test(s) || EACH_PERIOD.test(s))));
const AT_SIGNING_ONLY = /(?:(?:at|upon|on) (?:the )?(?:signature|signing|execution|the effective date|the date of (?:this|the) (?:contract|agreement))|when (?:you|it|they|the [\w-]+) (?:signed|sign|signs|executed)\b)(?![^.;]{0,80}(?:and|thereafter|annual|each|every|periodic))/;
const HUMAN_RIGHTS_OR_MISUSE = /human rights|fundamental rights|use restrictions|misuse|improper use|authori[sz]ed purpose|end[- ]use/;
// A certificate of compliance with the law, and nothing of human rights, is the boilerplate the spec
// grades missing: "each party shall comply with all applicable laws and shall certify such compliance".
const LAWS_ONLY = /\bcompl(?:y|ies|iance) with (?:all |any )?(?:applicable |relevant |governing )?(?:laws|legislation|statutes|regulations)\b/;
const certifiesLawsOnly = (c: Clause, i: DraftIndex) => matches(LAWS_ONLY, c.text) && !matches(HUMAN_RIGHTS_OR_MISUSE, c.text) && !i.mentionsMisuse(c);
export const complianceCertification = defineRule({
  meta: { id: 'compliance-certification', sources: ['NSO-20'], description: 'The customer certifies compliance with the human-rights terms periodically and before each renewal or maintenance period.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer', 'customer-barred'], subject: String.raw`certif|declaration|attestation|self-assessment` },
    ignore: (c, i) => matches(SELLER_CERTIFIES, c.text) || (matches(SECURITY_ASSURANCE, c.text) && !matches(HUMAN_RIGHTS_OR_MISUSE, c.text)) || certifiesLawsOnly(c, i) || (matches(DISCLOSES_END_USER, c.text) && !matches(STATES_COMPLIANCE, c.text)),
    topic: (c, i) => matches(CERTIFIES, c.text) || formCertifiesHumanRights(c, i) || statesHumanRightsCompliance(c, i) || matches(REVERIFIES, c.text) || ((matches(END_USE_INSTRUMENT, c.text) || matches(RENEWS_CERTIFICATE, c.text)) && !matches(FOR_EXPORT_LICENCE, c.text)),
    topicWords: [CERTIFIES, CERTIFICATE_WORDS, STATES_COMPLIANCE, CERTIFY_WORDS, REVERIFIES, END_USE_INSTRUMENT, RENEWS_CERTIFICATE],
    elements: {
      'certification of compliance with the human-rights terms': (c, i) => matches(HUMAN_RIGHTS_OR_MISUSE, c.text) || i.mentionsMisuse(c) || selfCertified(c, i) || matches(HUMAN_RIGHTS_TERMS, i.referencedText(c)) || matches(HUMAN_RIGHTS_TERMS, c.heading) || formCertifiesHumanRights(c, i)
        // ("operated in accordance with Schedule H", where Schedule H is the human-rights schedule.)
        || matches(HUMAN_RIGHTS_TERMS, i.citedPartsText(c)) || citesOwnUseTermsPart(c, i),
      'periodically and before each renewal or maintenance period': (c) => periodicCertificate(c),
    },
    // (The customer excused, not the seller: "The Supplier shall not be obliged to provide any certificate of origin".)
    counters: [
      // ("shall not be obliged to provide any statement, declaration, confirmation or certification of any kind".)
      { test: /not (?:be )?(?:required|obliged|bound) to (?:provide|deliver|give|submit|sign|make) any (?:[\w-]+,? (?:or |and )?){0,4}(?:certificates?|certifications?|declarations?|attestations?)\b/, reason: 'The customer need not give any certificate or declaration about its use.' },
      { test: NO_CERTIFICATE, reason: 'The customer need not certify its compliance.' },
    ].map((q) => ({ ...q, unless: SELLER_EXCUSED })),
    weakenersAnywhere: [
      { test: NO_FURTHER_CERTIFICATE, needs: /further|additional|subsequent|new|other|more/, reason: 'One certificate only: no further one is required later.' },
      // The certificate kept from mattering or from covering what matters: "Any late or missing certification shall not affect the renewal";
      // "the Licensee may omit from any certificate ... any matter that it considers relates to national security".
      { needs: /certific/, test: /\b(?:late|missing|absent|undelivered)\b[^.;]{0,40}\bcertific\w*\b[^.;]{0,40}\b(?:shall|will|does) not (?:affect|prevent|delay)\b[^.;]{0,40}\b(?:renewal|extension)|\bmay omit\b[^.;]{0,60}\b(?:certificates?|certifications?)\b[^.;]{0,160}\b(?:national security|intelligence|operational|classified)\b/, reason: 'The certificate can be left out or cut down without consequence.' },
    ],
    weakeners: [
      ...HEDGED_DUTY,
      // (Not one item of a list whose next items say "on each anniversary".)
      { test: (c) => matches(AT_SIGNING_ONLY, c.text) && !periodicCertificate(c), reason: 'A one-time certificate at signing only.' },
      // A certificate deemed given, with nothing in writing: "shall be deemed to have certified ... No written certificate is required".
      { test: /\bdeemed to have (?:certified|declared|confirmed)\b|\bno (?:written )?(?:certificate|certification|declaration) (?:is|shall be) required\b/, reason: 'The certificate is deemed given: nothing is certified in writing.' },
    ],
  }),
});
