import { HEDGED_DUTY, LOCAL_LAW_PREVAILS } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { HUMAN_RIGHTS, REASONABLE_EFFORTS, SELLER_FOLLOWS_CUSTOMER_POLICY, customerMust } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { matches } from '../prefilter.ts';

// Rights language beyond the words "human rights": a policy to protect "the rights and safety of individuals".
// (And the civil-law formula "the rights and freedoms of man and citizen".)
const RIGHTS_OF_PEOPLE = /\b(?:rights|freedoms)(?: and (?:safety|freedoms|liberties))? of (?:individuals|persons|people|man|the citizen|citizens|(?:the )?data subjects)\b|civil liberties|fundamental liberties/;
// Whoever the customer is called ("each Participating Body represents and undertakes"), as long as it is not the seller.
// (Gulf drafting: "Article (12): The Second Party acknowledges and undertakes that ...".)
const PARTY_UNDERTAKES = new RegExp(String.raw`^(?!(?:each |every |the |any )?${SELLER}\b)(?:(?:article|clause|section) \(?\d+\)?:? )?(?:[\w'-]+ ){1,5}(?:represents|undertakes|warrants|covenants|promises|declares|affirms)\b`);
const CUSTOMER_UNDERTAKES = customerMust(String.raw`human rights(?! defenders?)|fundamental rights`);
// The use itself promised, whoever gives the promise: "The CID will use the Products consistently
// with internationally recognised human rights"; an end-user certificate's "The Items will be used
// only in a manner consistent with ... human rights".
// (The rights may be named by their instrument alone: "to operate the System consistently with the
// International Covenant on Civil and Political Rights"; "in line with the ICCPR".)
const RIGHTS_INSTRUMENT = String.raw`(?:human rights|(?:international )?covenant on civil and political rights|iccpr|universal declaration of human rights|udhr|european convention (?:on|for the protection of) human rights|echr)`;
const USE_CONSISTENT_WITH_RIGHTS = new RegExp(String.raw`^(?!(?:each |every |the |any )?${SELLER}\b)[^.;]{0,60}\b(?:(?:shall|will|must) (?:only )?(?:be )?used?|uses|undertakes? to (?:use|operate)|agrees? to (?:use|operate)|(?:shall|will|must) (?:only )?operate)\b[^.;]{0,40}\b(?:consistent(?:ly)? with|in (?:a manner )?(?:consistent|accordance|compliance|conformity|line|keeping) with|respecting)\b[^.;]{0,80}\b${RIGHTS_INSTRUMENT}`);
// The customer's use itself bound to the standard: "the Purchaser's use of the Equipment shall at all times conform to ...".
const CUSTOMER_USE_CONFORMS = new RegExp(String.raw`\b${CUSTOMER}'s use of\b[^.;]{0,60}\b(?:shall|will|must|is to)\b(?: (?:at all times|always))? (?:conform|comply|accord|respect|be (?:consistent|compatible|in (?:accordance|compliance|conformity|line)))`);
// A definition of another term (misuse, a policy) that mentions human rights, or a training clause
// on them, is not the customer's human-rights undertaking.
// Nor is a duty to report a use that breaches human rights ("The End User shall notify Kestrel within 72 hours
// of any use of the System in breach of human rights"): it presupposes the standard, it does not undertake it.
const NOT_AN_UNDERTAKING = /^"(?!human rights")[^"]{1,60}" (?:means|shall mean|has the meaning|includes)\b|\b(?:training|course|module|curriculum)\b[^.;]{0,60}(?:human rights|fundamental liberties)|human[- ]rights (?:training|course|module|curriculum|induction)\b|^(?:the )?[\w' -]{1,40}\b(?:shall|will|must) (?:\w+ )?(?:notify|inform|report to|tell|alert)\b(?![^.;]*\b(?:and|shall|will|must) (?:\w+ ){0,2}(?:use|operate|respect|comply)\b)/;
// The seller's conduct in its own business ("The Provider is committed to respecting human rights in
// its own operations and supply chain"; "in carrying out the Services the Contractor shall act
// compatibly with the Convention rights") says nothing of the customer's use. (A bare policy
// statement about the product or its customers is weak, not missing.) ("a public authority" is no party.)
// (The customer named only as the owner of a policy or the one served, "the Council's Equality Policy",
// "on the Trust's behalf", "on the Authority's premises", is not the customer promising anything.)
const ONLY_AS_OWNER = String.raw`(?!'s? (?:[\w-]+ ){0,6}(?:polic(?:y|ies)|behalf|codes?|standards?|premises|sites?|instructions)\b)`;
const SELLER_ONLY = new RegExp(String.raw`^(?![^.;]*(?:\b(?:the|its|each|any|such) (?!services?\b)${CUSTOMER}s?\b${ONLY_AS_OWNER}|\b(?:customers?|you)\b${ONLY_AS_OWNER}))(?:\(\w{1,4}\) )?(?:[^.;,]{0,60} )?(?:the )?${SELLER} (?:is|are|shall|will|must|commits|undertakes|respects|has)\b`);
const OWN_BUSINESS = /\b(?:own operations|supply chains?|workforce|modern slavery|forced labour|child labour|in (?:carrying out|performing|providing) the services)\b/;
// "Compliance with the laws of the Republic shall be deemed to constitute full compliance with ...":
// with human rights (below), or with the clause that holds them ("... with GCC 16.1").
// (Translated: "the observance by the Licensee of the legislation of the Republic is constituting full observance of all obligations".)
const LAW_DEEMED_FULL_COMPLIANCE = String.raw`(?:compliance|adherence|conformity|observance) (?:with|to|by|of)[^.;]{0,80}\b(?:laws?|legislation)\b(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,60}(?:constitutes?|shall constitute|is constituting|(?:shall be|is|are) (?:deemed|regarded|treated|considered)(?: as| to)?(?: constitute)?|amounts? to|shall amount to|(?:shall be|is|are) (?:conclusive|sufficient|full|complete) (?:evidence|proof) (?:that (?:it|they|the [\w-]+) (?:has|have)|of)) (?:(?:full|complete|conclusive|sufficient)(?: and (?:full|complete|conclusive|sufficient))? )?(?:compliance with|observance of|complied with|satisf\w+|discharg\w+|fulfil\w+)`;
const LAW_IS_ENOUGH_FOR_CLAUSE = new RegExp(String.raw`${LAW_DEEMED_FULL_COMPLIANCE} (?:the (?:requirements|obligations) of )?(?:gcc?|clauses?|sections?|articles?|paragraphs?) \d`
  // ... or with the customer as subject: "the Customer shall be deemed to have satisfied clause 12 if it acts in accordance with those laws".
  + String.raw`|\b(?:deemed|considered|regarded|treated) (?:as|to) (?:have )?(?:respected|complied with|satisfied|discharged|fulfilled) (?:the (?:requirements|obligations) of )?(?:gcc?|clauses?|sections?|articles?|paragraphs?) \d[^.;]{0,60}\b(?:in accordance with|in compliance with|compl(?:y|ies) with|conforms? (?:to|with)|consistently with)\b[^.;]{0,40}\b(?:laws?|legislation)\b`);
const INTERNATIONAL_INSTRUMENTS = /international(?:ly)? (?:recogni[sz]ed|human rights|standards|law)|covenant|universal declaration|iccpr|udhr/i;
// The definitions that name international instruments, found once per draft (not once per sentence).
const instrumentDefinitions = (index: DraftIndex) => index.memo('instrument-definitions', () => index.draft.definitions.filter((d) => INTERNATIONAL_INSTRUMENTS.test(d.meaning)));
// The terms for those standards whose definition reads them through national law, each once.
// (Or "Human Rights" itself defined by the customer's own sources alone: "the rights guaranteed to citizens by the Constitution of the Republic".)
const NATIONAL_SOURCE = /\b(?:constitution|laws?|legislation|courts?|statutes?|charter)\b[^.;]{0,20}\b(?:of|in) (?:the )?(?:republic|kingdom|state|federation|emirate|sultanate|principality|country)\b|\b(?:national|domestic|local) (?:laws?|legislation|constitution|courts?)\b|\bits (?:own )?(?:constitution|courts|laws)\b/;
const nationalLawStandards = (index: DraftIndex) => index.memo('national-law-standards', () =>
  [...new Set([...instrumentDefinitions(index).filter((d) => READ_THROUGH_NATIONAL_LAW.test(d.meaning.toLowerCase())),
    ...index.draft.definitions.filter((d) => !d.inline && /^(?:human|fundamental) rights$/i.test(d.term) && !INTERNATIONAL_INSTRUMENTS.test(d.meaning) && NATIONAL_SOURCE.test(d.meaning.toLowerCase()))]
    .map((d) => d.term.toLowerCase()))]);
// The clause cites a term the draft defines by those instruments ("the Rights Standards").
// (Each term once: a bundle of agreements defines the same terms many times, and every sentence is asked.)
const instrumentTerms = (index: DraftIndex) => index.memo('instrument-terms', () => [...new Set(index.draft.definitions.filter((d) => INTERNATIONAL_INSTRUMENTS.test(d.meaning)).map((d) => d.term.toLowerCase()))]);
const citesInstruments = (c: Clause, index: DraftIndex) => instrumentTerms(index).some((term) => c.block.includes(term));
// The customer's use promised to conform to an annex that lists the instruments: "The Purchaser declares that the use it will
// make of the Platform is compatible with the international obligations listed in Annex D". (The instruments by name: an
// annex of "international standards" may be ISO's; and the promise itself, not a list of contract documents.)
const PART_NAMED = /\b(?:annex|schedule|appendix|exhibit|attachment)\b/;
const RIGHTS_INSTRUMENTS_NAMED = /covenant|universal declaration|iccpr|udhr|international(?:ly)? (?:recogni[sz]ed )?human rights/;
const CONFORMS = /\b(?:compatible|consistent|conform\w*|in (?:accordance|compliance|line) with)\b/;
const undertakesByPart = (c: Clause, index: DraftIndex) => matches(PART_NAMED, c.text) && matches(PARTY_UNDERTAKES, c.text) && matches(CONFORMS, c.text)
  && RIGHTS_INSTRUMENTS_NAMED.test(index.citedPartsText(c));
// Compliance with some law deemed full compliance with human rights, whichever law it is.
// ... or the other way round: "human-rights obligations are fully satisfied by adherence to the laws of the Kingdom".
// ... or in other words: "adherence to its national legislation shall be regarded as satisfying in full any obligation
// relating to human rights"; "the Customer shall be deemed to respect human rights whenever it acts in accordance with its national law".
// (Not "compliance ... with the laws of the State does not, by itself, amount to compliance with the Human Rights Terms".)
const PAST_USE_ONLY = /\b(?:has|have) not (?:[\w-]+ ){0,2}(?:employed|used|deployed|operated|applied)\b|\b(?:as at|as of) the date (?:of|hereof)\b[^.;]{0,40}\b(?:has|have)\b/;
const FROM_NOW_ON = /\b(?:shall|will|undertakes?|agrees?|commits? to|covenants? (?:to|that))\b/;
const LAW_IS_ENOUGH = new RegExp(String.raw`${LAW_DEEMED_FULL_COMPLIANCE}[^.;]{0,60}human[- ]rights|\b(?:treat(?:y|ies)|declarations?|covenants?|conventions?|international (?:standards?|instruments?|law|norms?))\b[^.;]{0,120}${LAW_DEEMED_FULL_COMPLIANCE}|(?:deemed|considered|regarded|treated) (?:as|to) (?:respect\w*|compl\w+ with|observ\w+|satisf\w+|have (?:respected|complied with|satisfied|discharged))[^.;]{0,40}human[- ]rights[^.;]{0,60}\b(?:in accordance with|in compliance with|complies with|conform\w* (?:to|with))[^.;]{0,40}\b(?:laws?|legislation)\b|human[- ]rights[^.;]{0,80}\b(?:are|is|shall be|will be) (?:deemed (?:to be |to have been )?)?(?:fully |wholly )?(?:satisfied|discharged|met|fulfilled) by[^.;]{0,60}(?:compliance|adherence|conformity)[^.;]{0,60}\b(?:laws?|legislation)\b`
  // (Or of every treaty or standard the contract names: "Wherever the Contract refers to any treaty, declaration or international
  // standard, the Purchaser's conformity with the laws in force in the Kingdom shall constitute full and conclusive compliance".)
  // In plain words, as a condition: "if you follow the laws of your own country, you have met every human rights commitment".
  + String.raw`|\b(?:if|where|when|whenever|so long as|provided(?: that)?|on condition that) (?:the )?${CUSTOMER}\b[^.;]{0,20}\b(?:follows?|obeys?|compl(?:y|ies) with|acts? in accordance with|observes?)\b[^.;]{0,40}\b(?:laws?|legislation)\b[^.;]{0,20}, (?:the )?${CUSTOMER}\b[^.;]{0,20}\b(?:has|have|shall have|is|are|shall be) (?:deemed to have )?(?:met|satisfied|fulfilled|discharged|complied with)\b[^.;]{0,40}human rights`);

// Rights read through the customer's own law or courts: "as required by applicable law", "to the extent given
// effect in its national legislation", "as those rights are interpreted by the Licensee's national courts".
// (Also with an aside: "to the extent such rights are given effect by, and as required under, the law applicable to Purchaser".)
const READ_THROUGH_NATIONAL_LAW = new RegExp(String.raw`(?:as|to the extent)(?: (?:those|such|these|the) (?:rights|terms|standards|obligations|instruments|liberties|freedoms) (?:are|is))? (?:required|recogni[sz]ed|defined|protected|provided|given effect|implemented|incorporated|enshrined|guaranteed|interpreted|understood|construed|applied) (?:by|under|in|into)(?:, and as [\w ]{1,30},)? (?:the |its |their )?(?:(?:part|chapter|title|article) [\w.]+ of (?:the |its |their )?)?(?:[\w-]+'s )?(?:own )?(?:(?:(?:applicable|national|domestic|local) )?(?:laws?|legislation|constitution)(?: of)?|(?:national|domestic|local) (?:courts?|authorities|tribunals)|courts of the (?:republic|state|kingdom|emirate|federation|country))`
  + String.raw`|human rights (?:as )?(?:recogni[sz]ed|defined) (?:by|under|in) the laws of`);

// "Nothing in this Agreement shall require the Customer to observe any human rights standard beyond those imposed by its national law."
const NOTHING_BEYOND_NATIONAL_LAW = /(?:\bnothing\b[^.;]{0,60}\b(?:requires?|obliges?|shall (?:require|oblige))|\bnot (?:be )?(?:required|obliged|bound))\b[^.;]{0,60}\b(?:observe|respect|comply with|apply|meet|adhere to|uphold)\b[^.;]{0,30}\bhuman[- ]rights?\b[^.;]{0,60}\b(?:beyond|other than|more than|except|save)\b[^.;]{0,40}\b(?:national|domestic|local|its own) (?:laws?|legislation)\b/;

// The customer released from human rights altogether: "No provision of this Agreement shall be construed as imposing any
// human rights obligation on the Customer"; "the Customer has no human rights obligations under this Agreement".
const NO_HUMAN_RIGHTS_DUTY = new RegExp(String.raw`\b(?:nothing|no (?:provision|term|clause))\b[^.;]{0,60}\b(?:impos\w*|creat\w*|plac\w*)\b (?:any |an )?human rights (?:obligations?|duties|duty|commitments?|undertakings?)\b[^.;]{0,20}\bon (?:the )?${CUSTOMER}\b|\b${CUSTOMER}\b[^.;]{0,30}\b(?:has|have|shall have|bears?|shall bear) no (?:human rights (?:obligations?|duties|duty)|(?:obligations?|duties|duty) (?:in respect of|regarding|relating to|concerning|as to) human rights)`
  // "The Contractor shall not require the Authority to give any representation or undertaking as to human rights"; "the Authority gives no ...".
  + String.raw`|\b(?:shall|will|may) not (?:require|oblige|ask) (?:the )?${CUSTOMER}\b[^.;]{0,10} to (?:give|make|provide|assume)\b[^.;]{0,10}\bany (?:[\w-]+,? (?:or |and )?){0,4}(?:representations?|warrant(?:y|ies)|undertakings?|commitments?|obligations?) (?:as to|in respect of|regarding|relating to|concerning|on) human rights`
  + String.raw`|\b${CUSTOMER}\b[^.;]{0,20}\b(?:gives?|makes?|provides?|assumes?) no (?:[\w-]+,? (?:or |and )?){0,4}(?:representations?|warrant(?:y|ies)|undertakings?|commitments?) (?:as to|in respect of|regarding|relating to|concerning|on) human rights`);

// The question put to national law alone: "Any question whether the Customer has respected human rights shall be decided
// exclusively under the constitution and laws of Veloria."
const DECIDED_BY_NATIONAL_LAW = /\b(?:questions?|issues?|matters?|disputes?)\b[^.;]{0,40}\bhuman rights\b[^.;]{0,60}\b(?:shall|will|is to|are to) be (?:decided|determined|judged|assessed|resolved|governed|answered) (?:exclusively |solely |only )?(?:by|under|in accordance with|by reference to) (?:the )?(?:[\w-]+ )?(?:constitution|laws?|legislation)\b/;
const RIGHTS_SPOKEN_OF = /\b(?:human rights|rights|freedoms|standards|instruments|covenant|iccpr|udhr|convention)\b/;
const RIGHTS_WORDS = new RegExp(String.raw`human rights(?! defenders?)|fundamental rights|${RIGHTS_INSTRUMENT}`);
// (Nor is the seller's "human rights due-diligence review" before a renewal: that is renewal-reassessment.)
const ONLY_DEFENDERS = /^(?:(?!human rights(?! (?:defenders?|due diligence|due-diligence|(?:impact |risk )?assessments?|reviews?)\b)|fundamental (?:rights|freedoms)|iccpr|covenant|universal declaration|udhr|guiding principles).)*$/;
const TRAINING_DUTY = /^[^.;]*\b(?:complet\w*|attend\w*|undergo\w*|receiv\w*)\b[^.;]{0,60}\b(?:course|training|module)\b/;

export const humanRightsCompliance = defineRule({
  meta: { id: 'human-rights-compliance', sources: ['SD', 'NSO-23'], description: 'The customer represents and undertakes to use the product consistently with internationally recognized human rights.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer'], subject: String.raw`human rights` },
    // (The adjective too, "its human-rights obligations": the index reads it without its hyphen.)
    // ("Human rights defenders" are people a use restriction protects, not an undertaking.)
    topic: (c, i) => (matches(HUMAN_RIGHTS, c.text) && !matches(ONLY_DEFENDERS, c.text)) || matches(RIGHTS_OF_PEOPLE, c.text) || citesInstruments(c, i) || undertakesByPart(c, i),
    // (A draft whose definitions name the instruments may cite them in any sentence.)
    topicWords: instrumentTerms(index).length ? undefined : [HUMAN_RIGHTS, RIGHTS_OF_PEOPLE, PART_NAMED],
    // (Nor a training duty that names the standards taught: "No officer shall be given access ... before completing training on ... international human-rights standards".)
    ignore: (c) => matches(NOT_AN_UNDERTAKING, c.text) || matches(TRAINING_DUTY, c.text) || (matches(SELLER_ONLY, c.text) && matches(OWN_BUSINESS, c.text)) || matches(SELLER_FOLLOWS_CUSTOMER_POLICY, c.text),
    elements: {
      'customer undertakes or represents to respect human rights in using the product': (c, i) => matches(CUSTOMER_UNDERTAKES, c.text) || matches(USE_CONSISTENT_WITH_RIGHTS, c.text)
        || ((matches(PARTY_UNDERTAKES, c.text) || matches(CUSTOMER_USE_CONFORMS, c.text)) && (matches(RIGHTS_WORDS, c.text) || citesInstruments(c, i))) || undertakesByPart(c, i),
      // Human rights defined, in the clause or in a defined term it cites ("Rights Instruments"), by international standards.
      'human rights defined by international standards (UDHR, ICCPR)': (c, i) => matches(INTERNATIONAL_INSTRUMENTS, c.block) || citesInstruments(c, i)
        || i.memo('human-rights-defined', () => i.draft.definitions.some((d) => /^human rights$/i.test(d.term) && INTERNATIONAL_INSTRUMENTS.test(d.meaning))),
    },
    weakeners: [
      // (Said of the rights: a later sentence citing the clause may say "as required by law" of something else, a disclosure.)
      { test: (c, i) => matches(READ_THROUGH_NATIONAL_LAW, c.text) && (matches(RIGHTS_SPOKEN_OF, c.text) || citesInstruments(c, i)), reason: 'Human rights reduce to compliance with (national) law.' },
      // The same hidden in the definition of the standard the clause cites ('"Rights Standards" means the ICCPR as implemented by the domestic legislation').
      { test: (c, i) => nationalLawStandards(i).some((term) => c.block.includes(term)), reason: 'The rights standard the clause cites is defined through national law.' },
      { test: REASONABLE_EFFORTS, reason: 'The customer owes only reasonable efforts to respect human rights.' },
      // A declaration about the past alone: "declares that, as at the date of signature, it has not employed any technology ... in a manner
      // incompatible with the Universal Declaration".
      // (Not beside an undertaking for the future: "14.1 ... it has not used any surveillance product ...; 14.2 The Customer undertakes that it shall use ...".)
      { test: (c, i) => matches(PAST_USE_ONLY, c.text) && !matches(FROM_NOW_ON, c.text) && !i.memo('human-rights:undertaken', () => i.clauses.some((x) => !x.struck && matches(FROM_NOW_ON, x.text) && (matches(CUSTOMER_UNDERTAKES, x.text) || matches(USE_CONSISTENT_WITH_RIGHTS, x.text)))), needs: /has not|have not|as at|as of|to date|hitherto/, reason: 'The customer speaks only of its past use, with no undertaking for its use of the product.' },
      // "Subject to local law, the Customer shall use the System consistently with the ICCPR": the law decides.
      HEDGED_DUTY[1],
      // A duty to consider, not to comply: "shall have regard to human rights", "shall be guided by".
      { test: /\b(?:have regard to|take (?:into )?account (?:of )?|bear in mind|be guided by|be mindful of|aspire to|strive to|aim to)\b[^.;]{0,40}\b(?:human[- ]rights|fundamental rights)/, reason: 'The customer need only have regard to human rights, not comply with them.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS, { test: DECIDED_BY_NATIONAL_LAW, needs: /human rights/, reason: 'Whether human rights were respected is decided by national law alone.' }],
    counters: [
      { test: LAW_IS_ENOUGH, reason: 'Compliance with domestic law is deemed full compliance with human-rights obligations.' },
      // "... shall be deemed to constitute full compliance with GCC 16.1", where GCC 16.1 is the human-rights undertaking.
      { test: (c, i) => matches(LAW_IS_ENOUGH_FOR_CLAUSE, c.text) && matches(HUMAN_RIGHTS, i.referencedText(c)), needs: /deemed|constitut|amount|regarded|treated|considered|evidence|proof/, reason: 'Compliance with domestic law is deemed full compliance with the human-rights clause.' },
      { test: NOTHING_BEYOND_NATIONAL_LAW, needs: /beyond|other than|more than|except|save/, reason: 'The customer owes no human-rights standard beyond its national law.' },
      { test: NO_HUMAN_RIGHTS_DUTY, needs: /human rights/, reason: 'The customer is released from any human-rights obligation.' },
    ],
  }),
});
