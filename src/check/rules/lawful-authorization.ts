import { defineRule, gradeByElements } from '../rule.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { matches } from '../prefilter.ts';
import { SELLER } from '../../read/parties.ts';

// "Each tasking ... shall be approved": an act of surveillance that needs approval one by one.
const OPERATION = '(?:use|access|interception|task|retrieval|consultation|interrogation|operation|query|deployment|target|tasking|extraction|search|policy|request|collection|activation|case|acquisition|lookup|examination|analysis|intrusion|installation|infection|flight|mission|sortie|investigation|project)';
// "No communication shall be intercepted except under a Warrant": every operation needs one.
// Civil-law drafting in the present tense: "No case file is opened and no data is loaded except on the authorisation of the judge".
// (Also "No Deployment shall take place unless ...", and the Indian "No interception shall be effected ... save under an order".)
// (The operations may be listed: "No interception, monitoring or location request shall be initiated except pursuant to ...".)
const NONE_WITHOUT = /\bno (?:[\w-]+,? (?:(?:or|and) )?){1,5}(?:(?:shall|may|will) be|is|are) (?:intercepted|deployed|used|targeted|conducted|carried out|activated|provisioned|enabled|tasked|configured|monitored|searched|extracted|accessed|opened|loaded|retrieved|run|performed|queried|started|entered|added|placed|effected|made|undertaken|initiated|launched|executed|commenced|set up)[^.;]{0,120}(?:except|unless|without|other than|save)|\bno [\w-]+(?: [\w-]+)? (?:shall|may|will|can) (?:take place|occur|proceed|commence|begin)\b[^.;]{0,120}(?:except|unless|without|other than|save)|\bno (?:[\w-]+ ){1,3}(?:shall|may|will|can) (?:upload|use|deploy|run|search|query|intercept|monitor|extract|access|target|operate|track|locate)\b[^.;]{0,160}\b(?:except|unless|without|other than|save)\b/;
// "Any interception ... shall be preceded by a reasoned order of the competent court".
const PRECEDED_BY_ORDER = /\b(?:shall|must|is to|will) be preceded by[^.;]{0,60}\b(?:order|warrant|authori[sz]ation|approval)/;
// The same in the active voice: "the Licensee shall not deploy the Product ... unless a court has first issued a warrant".
// (Also "shall not make any Deployment except under ... a Valid Authorisation".)
const NOT_WITHOUT = /(?:(?:shall|may|must|will) not|(?:is|are) (?:obliged|bound|required) not to|undertakes? not to|agrees? not to) (?:(?:\w+ ){0,2}(?:use|deploy|operate|target|intercept|activate|monitor|search|extract|access|install)|(?:make|carry out|conduct|perform|undertake|initiate|run) (?:any |a |an )?(?:[\w-]+ )?(?:deployments?|interceptions?|operations?|uses?|searches|quer(?:y|ies)|extractions?|examinations?))\b[^.;]{0,120}\b(?:unless|except|without|other than)\b[^.;]{0,60}(?:warrants?\b|order|authori[sz]ation|approv)/;
const EACH_OPERATION_APPROVED = new RegExp(String.raw`\b(?:each|every|any) (?:[\w-]+ ){0,3}${OPERATION}s?\b[^.;]{0,100}(?:shall|must|is|are) (?:first |only |in each case )?(?:be )?(?:approved|authori[sz]ed)`);

// "Activation of the Platform shall be subject to a judicial warrant": the operation is conditional on it.
const SUBJECT_TO_ORDER = new RegExp(String.raw`\b${OPERATION}s?\b(?:(?!\bnot\b|\bno\b)[^.;]){0,80}\b(?:requires?|(?:subject|conditional|conditioned|dependent) (?:to|on|upon))\b[^.;]{0,30}\b(?:warrant|order|authori[sz]ation|approval|requisition|sanction)`);
// Proportionate in the human-rights sense, not a proportionate share of the fees.
const PROPORTIONATE = /proportionate(?! (?:share|part|portion|amount|reduction|refund|adjustment|basis|fees?|credits?|extension|increase|decrease|payments?|sums?|rebate|price))/;
// The customer may act without a warrant, or is under no duty to seek one: "may deploy the Product without
// any warrant"; "shall not be conditional on any warrant"; "is under no obligation to seek the authorisation of any judge".
const JUDICIAL = String.raw`(?:warrant|court|judicial|judge|magistrate)`;
const WITHOUT_WARRANT = new RegExp(String.raw`\b(?:may|is free to|shall be free to|is entitled to|can)\b (?:\w+ ){0,2}(?:use|deploy|operate|target|intercept|activate|monitor|install|run|employ)\b[^.;]{0,60}\bwithout (?!prejudice)[^.;]{0,30}\b${JUDICIAL}`
  + String.raw`|\b(?:shall|will|is|are) not (?:be )?(?:conditional|conditioned|dependent|subject) (?:on|upon|to) (?:any |a |the )?(?:prior )?(?:[\w-]+ ){0,2}${JUDICIAL}`
  // The passive: "the System may be used without any authorisation whatsoever".
  + String.raw`|\b(?:may|can)\b(?! not\b) (?:\w+ )?be (?:used|deployed|operated|activated|employed|run|targeted)\b[^.;]{0,60}\bwithout any (?:prior |judicial |external )?(?:authori[sz]ation|approval|warrant)`
  + String.raw`|(?:(?:under no (?:obligation|duty)|(?:not|never) (?:be )?(?:required|obliged|bound)|has no (?:obligation|duty)|(?:does|shall) not need) to|need not) (?:obtain|seek|secure|apply for|request)\b[^.;]{0,40}\b(?:${JUDICIAL}|authori[sz]ation)`);

// "Prior to each tasking, the Agency must obtain a warrant".
const BEFORE_EACH = new RegExp(String.raw`\b(?:before|prior to|in advance of) (?:any|each|every|the|an?|that|such|this) (?:[\w-]+ )?${OPERATION}\b`);

// An operation conditional on a warrant or judge, in the sentence or in the defined term it names ("requires an Authorisation").
// (Not "each change request requires the approval of both parties".)
const JUDICIAL_WORDS = new RegExp(JUDICIAL);
// (The bar lifted by a court's act, not by a course on judicial control.)
const JUDICIAL_LIFT = new RegExp(String.raw`\b(?:except|unless|without|other than|save)\b[^.;]{0,80}\b${JUDICIAL}s?\b(?![^.;]*\b(?:course|training)\b)`);
// (The terms defined by a judge or warrant, worked out once per draft.)
const judicialTerms = (i: DraftIndex) => i.memo('judicial-terms', () => [...new Set(i.draft.definitions.filter((d) => JUDICIAL_WORDS.test(d.meaning.toLowerCase())).map((d) => d.term.toLowerCase()))]);
// (Or barred without it: "shall not make any Deployment except under a Valid Authorisation", that term defined as a judge's warrant.)
const judiciallyConditioned = (c: Clause, i: DraftIndex) => (matches(SUBJECT_TO_ORDER, c.text) && (matches(JUDICIAL_WORDS, c.text) || judicialTerms(i).some((term) => c.text.includes(term))))
  || ((matches(NOT_WITHOUT, c.text) || matches(NONE_WITHOUT, c.text)) && (matches(JUDICIAL_LIFT, c.text) || judicialTerms(i).some((term) => c.text.includes(term))));

// "the monitoring of specific persons only on the basis of a decision of the head of the operational
// unit": an authorization, if not (yet) an independent one.
const SURVEILLANCE_ON_DECISION = /(?:\bus(?:e|es|ed|ing)\b|deploy|monitor|intercept|surveil|track|search|extract|locat|identif|compar|match|collect)\w*[^.;]{0,80}\b(?:only|exclusively|solely) (?:on the basis of|pursuant to|upon|under|with|after) (?:a |an |the )?(?:(?:written|prior|reasoned|express|specific) ){0,2}(?:decision|authori[sz]ation|approval|order|resolution|sanction|permission|instructions?) (?:of|by|from|(?:issued|given|granted|made) (?:[^.;]{0,40}? )?by)\b/;

// "only once a judge, or another authority as independent of you as a judge, has signed off on that particular extraction".
const JUDGE_FIRST = /\bonly (?:once|after|when|if|where)\b[^.;]{0,40}\b(?:judge|court|magistrate|judicial authority)\b[^.;]{0,80}\b(?:has|have) (?:signed off|approved|authori[sz]ed|issued|granted|ordered|consented)/;
const WARRANT = /(?:\ba|\ban|\bthe|\bany|\beach|\bvalid|\bjudicial|\bcourt|\bsearch|\binterception|\bno) warrants?\b|\bwarrants? (?:issued|granted|signed|from|of a|under)|court order|order of (?:a|an|the) (?:competent |independent )?(?:judge|court|magistrate)|\border\b[^.;]{0,40}\bof (?:the |a |an )?(?:competent |independent )?(?:investigating |examining )(?:judge|magistrate)|order (?:of|from|issued by) (?:a |the )?(?:competent )?judicial authority|judicial (?:authori[sz]ation|approval|order)|lawful authori[sz]ation|legal (?:process|authori[sz]ation)|necess\w+ and proportion|(?:authori[sz]|approv)\w*[^.;]{0,40}(?:by|from|of) (?:a |an |the )?(?:investigating |examining |competent )?(?:judge|court|magistrate|independent)/;
const NECESSARY_AND_PROPORTIONATE = /necess\w+ and proportion|proportion\w+ and necess/;
const NECESSITY_AND_PROPORTIONALITY = /\bnecess\w+\b[^.;]{0,60}\bproportionality\b|\bproportionality\b[^.;]{0,60}\bnecess/;
// The civil-law test in its own words: "admissible only if it is suitable, indispensable and appropriate ... cannot be achieved by
// a milder means ... not out of proportion to the gravity of the offence".
// (Plain words too: "the trace is needed for the case and ... no more intrusive than the case justifies".)
// (Or need with the test of no milder means: "needed for the investigation ... and no less intrusive means would suffice"; "in due measure to the gravity".)
const NECESSITY_IN_OTHER_WORDS = /\b(?:needed|necessary|required|essential)\b[^.;]{0,80}\bno more (?:intrusive|invasive|extensive) than\b|\b(?:needed|necessary|essential|indispensab\w*)\b[^.;]{0,120}\b(?:milder|less intrusive|less invasive|less restrictive) (?:means|measures?|methods?)\b|\b(?:indispensab\w*|(?:milder|less intrusive|less invasive|less restrictive|less burdensome) (?:means|measures?|methods?))\b[^.;]*?\b(?:proportion\w*|appropriate|commensurate|measured to|in due measure)\b|\bproportion\w*[^.;]*?\b(?:indispensab\w*|(?:milder|less intrusive|less invasive|less restrictive) (?:means|measures?|methods?))\b/;
// An urgent use a judge must confirm afterwards keeps the judge's say: "provided that a judge confirms the use within 24 hours".
const CONFIRMED_BY_JUDGE = /(?:confirm|ratif|validat)\w*[^.;]{0,60}\b(?:judge|court|judicial|magistrate)|\b(?:judge|court|magistrate)\b[^.;]{0,40}\b(?:confirm|ratif|validat)/;
// "No examination may be carried out unless it has first been authorised in writing by an officer ...": the bar
// names what lifts it (whoever gives it).
const NONE_UNLESS_AUTHORISED = new RegExp(String.raw`(?:${NONE_WITHOUT.source})[^.;]{0,80}?\b(?:authori[sz]\w*|approv\w*|permission|sanction\w*|instructions?)\b(?: in writing)? (?:by|of|from)\b`);
// (Plain English: "before you use the Tool on anyone, you need a judge's warrant".)
// ("You may only upload or examine a device if a Warrant covers it.")
const EACH_USE = /\b(?:may|can|shall) only (?:\w+ ){1,5}(?:if|where|when|once)\b[^.;]{0,30}\b(?:order|warrant|authori[sz]ation|approval)s?\b|before (?:you|we|it|they|the [\w-]+) (?:uses?|deploys?|operates?|targets?|activates?|runs?|starts?|conducts?|carr(?:y|ies) out|performs?)\b|each (?:individual |single |specific )?(?:use|operation|deployment|target|query|search|interception|activation|extraction|tasking|session|examination|case|request|collection|acquisition|lookup|analysis)|only (?:on|upon|with|after|where)[^.;]{0,40}(?:production of |issue of )?(?:an? )?(?:order|warrant|authori[sz]ation|sanction|permission)|only (?:be )?(?:[\w-]+ ){0,3}(?:on the basis of|pursuant to|under|upon|on|with|after) (?:an? |the )?(?:[\w-]+ ){0,2}(?:order|warrant|authori[sz]ation|decision|ruling|sanction|permission)|every (?:individual |single )?(?:use|operation|target|request|case|query|search|interception|activation|extraction|deployment|tasking|session|examination|measure)|before (?:any|each|the) (?:use|operation|target)|in advance|\bbeforehand\b|prior (?:written )?(?:judicial )?authori[sz]ation|lawful authori[sz]ation/;
// "Before any operation, the Licensee shall obtain the approval of ...": approval operation by operation, by whoever gives it.
// (The customer's, not the seller's approvals of its own work.)
const APPROVAL = /approv|authori[sz]|warrant|order/;
const SELLER_OBTAINS = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,20}\b(?:shall|will|must|undertakes to) (?:first )?(?:obtain|seek|secure)`);
// Operations in the plural approved by someone ("Searches of a Probe Image shall be approved by an officer of the rank of
// Superintendent"), and a use barred save on someone's say ("shall not deploy any Product except on the written authorisation
// of the head of the operating unit"): who authorizes is for the elements to weigh.
const OPERATIONS_APPROVED = new RegExp(String.raw`\b${OPERATION}e?s\b[^.;]{0,100}\b(?:shall|must) (?:first |only |in each case )?be (?:approved|authori[sz]ed) by\b`);
const BARRED_SAVE_ON_AUTHORITY = /\b(?:shall|may|must) not (?:use|deploy|operate|activate|run|intercept|search|query|extract|access|install|task)\b[^.;]{0,80}\b(?:except|unless|save|other than)\b[^.;]{0,30}\b(?:on|with|under|upon|in accordance with)\b[^.;]{0,30}\b(?:authori[sz]ation|approval|warrant|order)\b/;
const approvedBeforeEach = (c: Clause) => matches(BEFORE_EACH, c.text) && matches(APPROVAL, c.text) && !matches(SELLER_OBTAINS, c.text);
// "The Customer shall obtain any authorization required under applicable law before using the System against a target":
// authorization of the surveillance, but only what the customer's law asks.
const AUTHORISED_AS_LAW_REQUIRES = new RegExp(String.raw`\bauthori[sz]ations?\b[^.;]{0,30}\b(?:required|needed|necessary) (?:by|under) (?:the |all |any )?(?:applicable |relevant |local |domestic )?laws?\b[^.;]{0,40}\b(?:before|prior to)\b[^.;]{0,60}\b(?:against (?:a|any|the) (?:target|person|individual|suspect)|to (?:target|intercept|monitor|surveil))`
  // "Examine a device only where the extraction is authorised as required by the criminal procedure law of the End User's country".
  + String.raw`|\b(?:extraction|interception|search|examination|surveillance|monitoring|operation|use)s? (?:is |are )?authori[sz]ed (?:as|where|when) (?:required|provided) (?:by|under|in) (?:the )?(?:[\w'-]+ ){0,6}laws?\b`);
// Authorization by an officer of rank, not a judge: "the written authorisation of the Commander of the C-MR".
const RANK_AUTHORISES = /\b(?:authori[sz]ation|approval|sanction)s? (?:in writing )?(?:of|by|from) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:commander|head|director|chief|superintendent|commanding officer)\b/;
// "Where required by local law, the Customer shall obtain a judicial warrant": only as the customer's law demands.
const WHERE_LOCAL_LAW_REQUIRES = new RegExp(String.raw`\b(?:where|if|when|to the extent(?: that)?|insofar as|in so far as) (?:(?:so|it is|that is) )?(?:required|mandated) (?:by|under) (?:the )?(?:local|domestic|national|applicable) laws?`
  // ... or with the law as subject: "if, and only to the extent that, the local law that applies to you requires one".
  + String.raw`|\b(?:where|if|when|to the extent(?: that)?|insofar as|in so far as)\b,?[^.;]{0,30}?\b(?:the )?(?:local|domestic|national|applicable|municipal) laws?\b(?: [\w-]+){0,5}? (?:requires?|mandates?|demands?|calls? for|so provides?)\b`);
export const lawfulAuthorization = defineRule({
  meta: { id: 'lawful-authorization', sources: ['NSO-23', 'PMP'], description: 'Each use needs independent (judicial) authorization under published law, necessary and proportionate, with records kept.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer'], subject: String.raw`warrants?\b|judicial (?:orders?|authori[sz]ations?|approvals?)|court orders?|(?:legal|lawful|prior|independent) authori[sz]ations?` },
    // Authorization of the surveillance itself, not a court order that compels disclosure.
    topic: (c, i) => matches(EACH_OPERATION_APPROVED, c.text) || matches(OPERATIONS_APPROVED, c.text) || matches(BARRED_SAVE_ON_AUTHORITY, c.text) || matches(JUDGE_FIRST, c.text) || matches(NONE_UNLESS_AUTHORISED, c.text) || approvedBeforeEach(c) || matches(AUTHORISED_AS_LAW_REQUIRES, c.text) || matches(SURVEILLANCE_ON_DECISION, c.text) || judiciallyConditioned(c, i) || matches(WARRANT, c.text) || matches(PROPORTIONATE, c.text) || matches(NECESSITY_IN_OTHER_WORDS, c.text),
    // Court orders that compel disclosure or settle a claim, not ones that authorise surveillance.
    // (A training module "on the warrant procedure" teaches it; it does not require it. A software "module" is no course.)
    topicWords: [JUDGE_FIRST, NONE_WITHOUT, EACH_OPERATION_APPROVED, OPERATIONS_APPROVED, BARRED_SAVE_ON_AUTHORITY, NONE_UNLESS_AUTHORISED, BEFORE_EACH, AUTHORISED_AS_LAW_REQUIRES, SURVEILLANCE_ON_DECISION, SUBJECT_TO_ORDER, NOT_WITHOUT, WARRANT, PROPORTIONATE, NECESSITY_IN_OTHER_WORDS],
    // (Nor the seller's processing of the customer's staff contact data under data-protection law: "only to the extent necessary and
    // proportionate to resolve their support tickets".)
    ignore: /\b(?:general data protection regulation|gdpr|data protection officer)\b(?![^.;]*\b(?:targets?|intercept\w*|surveillance|warrants?|monitor\w*)\b)|\b(?:training|course|(?:learning|teaching) module|curriculum)\b[^.;]{0,120}\b(?:warrant|authori[sz]ation|legal process)|(?:disclos\w*|confidential\w*)[^.;]{0,100}(?:required by law|court order|legal process|(?:by|under) (?:an? |the )?order of (?:a|any|the) (?:court|tribunal|regulator))|(?:required by law|court order|legal process)[^.;]{0,60}disclos|settlement or court order|court order or settlement|infring|indemn|subpoena|(?:laws?|rules|regulations?|statutes?|ordinances?),? (?:and |or )?(?:[\w-]+ ){0,3}court orders?/,
    elements: {
      'authorization by an independent (judicial or equivalent) authority': /judge|judicial|court|magistrate|independent (?:authority|body|oversight|tribunal)|lawful authori[sz]ation/,
      // (Also as nouns: "the judge has examined the necessity, the suitability and the proportionality of the measure".)
      // (Or in the meaning of the term the clause uses: '"Warrant" means an order ... that finds the search is really needed ...'.)
      'necessary and proportionate': (c, i) => [c.block, ...i.termMeanings(c)].some((t) => matches(NECESSARY_AND_PROPORTIONATE, t) || matches(PROPORTIONATE, t) || matches(NECESSITY_AND_PROPORTIONALITY, t) || matches(NECESSITY_IN_OTHER_WORDS, t)),
      'each use / before use': (c) => matches(EACH_OPERATION_APPROVED, c.block) || matches(JUDGE_FIRST, c.block) || matches(NONE_WITHOUT, c.block) || matches(PRECEDED_BY_ORDER, c.block) || matches(NOT_WITHOUT, c.block) || matches(SUBJECT_TO_ORDER, c.block) || matches(BEFORE_EACH, c.block) || matches(EACH_USE, c.block),
    },
    weakeners: [
      { test: WHERE_LOCAL_LAW_REQUIRES, reason: 'Authorization is needed only where the customer\'s law requires it.' },
      // "save in cases of urgency, when the head of the Agency may authorise it", "in a case certified as urgent ... without a
      // warrant" (unless a judge must confirm it).
      { test: /\b(?:save|except|other than|unless)\b[^.;]{0,30}\b(?:urgen\w*|emergenc\w*|exigen\w*)|\b(?:urgen\w*|emergenc\w*|exigen\w*)\b[^.;]{0,120}\bwithout (?:a |any |the )?(?:prior )?(?:warrant|court order|judicial|order)|\bwithout (?:a |any |the )?(?:prior )?(?:warrant|court order|judicial \w+)\b[^.;]{0,80}\b(?:urgen\w*|emergenc\w*|exigen\w*)/, unless: CONFIRMED_BY_JUDGE, reason: 'In urgent cases the agency authorizes use itself.' },
      { test: /(?:authori[sz]\w+|approv\w+|instructions?)(?: in writing)? (?:by|from|of) (?:a |an |the )?(?:senior |competent |designated )?(?:officer|official|head|director|commander|minister|supervisor|manager)s?\b[^.;]{0,40}(?:of|within|by) (?:the |that |such |its |each )?(?:customer|authority|agency|ministry|directorate|licensee|end user)|(?:approv\w+|authori[sz]\w+)(?: in writing)? by (?:the )?(?:customer|authority|agency|ministry|directorate|licensee)'s (?:own )?(?:[\w-]+ ){0,2}(?:officer|official|head|director|commander|minister|supervisor|manager)s?\b|internal (?:authori[sz]ation|procedures)/, reason: 'Authorization comes from the operating agency itself.' },
      // ... named by rank alone: "No image shall be entered except with the written authorisation of the Commander of the C-MR".
      // (Read as it stands: the "No" that opens the sentence bars use without it, it does not deny the authorization.)
      { test: (c) => matches(RANK_AUTHORISES, c.text), unless: /judge|judicial|court|magistrate|independent/, reason: 'Authorization comes from the operating agency itself.' },
    ],
    // "No warrant need be obtained where its officers consider the matter urgent", wherever the draft says it.
    weakenersAnywhere: [{ test: /\bno (?:[\w-]+ )?(?:warrant|court order|judicial \w+|authori[sz]ation)\b[^.;]{0,60}\b(?:need|needs|shall|is|will)\b[^.;]{0,100}\b(?:urgen\w*|emergenc\w*|exigen\w*)/, needs: /urgen|emergenc|exigen/, unless: CONFIRMED_BY_JUDGE, reason: 'In urgent cases the agency authorizes use itself.' }],
    counters: [
      // (Not a condition on the warrant: "No warrant shall be relied on unless the issuing authority has recorded that the measure is necessary".)
      { test: WITHOUT_WARRANT, needs: /without|not|no|need/, reason: 'The customer may act without a warrant or judicial authorization.' },
      { test: /(?:shall|will) not be (?:required|obliged) to obtain (?:any |a |an )?(?:warrant|court order|judicial|authori[sz]ation)|\bno (?:(?:court|judicial|prior|external|independent|other)(?: or | and |,? ))*(?:warrant|court order|judicial (?:order|authori[sz]ation)|(?:prior |external )?authori[sz]ation)(?:(?!\b(?:unless|except|save|other than)\b)[^.;]){0,100}(?:(?:shall be|is|will be) (?:required|needed|necessary|a (?:pre-?)?condition|a prerequisite)|need (?:be )?(?:obtained|sought|secured)\b(?![^.;]{0,100}\b(?:urgen|emergenc|exigen))|(?:shall|will) be (?:sought|obtained|applied for)\b)/, reason: 'The customer need not obtain any warrant or authorization.' },
      // "No further authorisation, whether judicial, ministerial or otherwise, shall be a condition of any such operation" (not "once a warrant
      // is issued, no further authorisation is required": that keeps the warrant).
      { needs: /further|other|additional/, test: /\bno (?:further|other|additional|separate) (?:authori[sz]ation|approval|warrant)s?\b,? (?:whether )?(?:judicial|of (?:a|any) (?:court|judge))\b[^.;]{0,60}\b(?:shall be|is|will be) (?:a )?(?:condition|prerequisite|required|needed|necessary)\b/, reason: 'The customer need not obtain any warrant or authorization.' },
      // "No such decision is subject to review or approval by any court or other body."
      { needs: /subject/, test: /\bno (?:such )?(?:decisions?|deployments?|operations?|uses?|requests?) (?:is|are|shall be) subject to (?:any )?(?:prior )?(?:review|approval|authori[sz]ation|control|scrutiny)\b[^.;]{0,30}\b(?:by|of) (?:any )?(?:court|judge|judicial|magistrate)/, reason: 'The customer need not obtain any warrant or authorization.' },
      // Plain English: "you won't need a warrant or any court's permission".
      { test: /\b(?:you|we) (?:will not|won't|do not|don't|shall not) need (?:a|any) (?:warrant|court order|judicial|judge)/, reason: 'The customer need not obtain any warrant or authorization.' },
      // "provided, however, that nothing in this Agreement shall require Customer to obtain any warrant, court order or other authorization".
      // (Or "any End User": "Nothing in this Agreement or any EULA requires an End User to obtain any warrant".)
      { needs: /nothing/, test: /\bnothing in (?:this|the|these|those|that|any) [^.;]{0,40}\b(?:shall |will )?(?:require|oblige|compel)s? (?:(?:the|an?|any|each) )?(?:[\w-]+ ){0,2}to (?:obtain|seek|secure|apply for)\b[^.;]{0,30}\b(?:warrant|court order|judicial|authori[sz]ation)/, reason: 'The customer need not obtain any warrant or authorization.' },
    ],
  }),
});
