import type { Clause, DraftIndex } from '../draft-index.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { matches } from '../prefilter.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { INTERMEDIARY, RESELLER_PARTY } from '../words.ts';

// The reseller may keep the end user or its use from the seller: "shall not be obliged to disclose the identity of any End User".
// ... or may keep it "confidential from the Manufacturer".
const END_USER_HIDDEN = /\b(?:keep|treat|hold)\b[^.;]{0,20}\bconfidential (?:from|as against) (?:the )?[\w-]+\b[^.;]{0,30}\b(?:identit(?:y|ies)|end[- ]users?|end[- ]customers?|customers|intended uses?)\b/;
// (Also "need not disclose the identity of any End User", "the identity of its customers".)
const END_USER_WITHHELD = /(?:\b(?:not|never|no)\b[^.;]{0,20}\b(?:obliged|required|bound|obligation|duty) to|\bneed (?:not|never)|\bnot need to) (?:disclose|reveal|identify|name|report)\b(?: to (?:the )?[\w-]+)? (?:the |any |its |their )?(?:(?:identit(?:y|ies)|names?|details) of (?:any |the |its |their |each )?)?(?:end[- ]users?|end[- ]customers?|end uses?|intended uses?|customers)\b/;
// The due diligence itself given up: "shall have no obligation to carry out any due diligence on ... its end customers".
const NO_DUE_DILIGENCE = /(?:\b(?:not|never|no)\b[^.;]{0,20}\b(?:obliged|required|bound|obligation|duty) to|\bneed (?:not|never)|\bnot need to) (?:carry out|conduct|perform|undertake|make|do) (?:any )?(?:human[- ]rights )?(?:due diligence|screening|vetting|checks?)\b[^.;]{0,60}\b(?:end[- ]users?|end[- ]customers?|customers|buyers|purchasers)\b/;

// (An approval or disclosure counts only where it concerns buyers or sales, not marketing materials or prices.)
// ("Due diligence on the supply to the Purchaser" is about the contract's own buyer, not a reseller's.)
// (Also a reseller barred from selling to listed persons: "no Product is sold to any person listed on a restricted-party list".)
const TOPIC = new RegExp(String.raw`\bprospective (?:[\w-]+ )?(?:purchasers?|customers?|buyers?|end[- ]users?)\b[^.;]{0,80}\b(?:reseller|distributor|partner|dealer|integrator)\b|(?:reseller|distributor|partner|dealer|integrator)[^.;]{0,160}\b(?:enquir|inquir|check|review|assess)\w*\b[^.;]{0,80}\b(?:record|history)\b[^.;]{0,40}\b(?:rights|privacy|freedom of expression)\b|(?:reseller|distributor|partner|dealer|integrator)[^.;]{0,160}\b(?:not|no)\b[^.;]{0,60}\b(?:sold|sells?|supplied|supply|resold|resells?)\b[^.;]{0,20}\bto (?:any |a )?(?:persons?|part(?:y|ies)|entit(?:y|ies)|end[- ]users?|customers?|buyers?)\b[^.;]{0,40}\b(?:lists?|sanction\w*|denied|restricted|prohibited)\b|(?:reseller|distributor|partner|dealer|integrator)[^.;]{0,160}(?:due diligence|screen|vet|assess|end users?|end customers?|(?:final|ultimate) users?|(?<!\b(?:credit|financial|solvency|reference|payment|bank) )checks? (?:on|of) (?:each|every|any|its|their|the|a) (?:prospective |proposed )?(?:customers?|buyers?|purchasers?|end)|prospective (?:purchaser|customer|buyer)|(?:approval|disclos\w*)[^.;]{0,80}\b(?:customers?|purchasers?|buyers?|sales?|resales?|orders?|deals?|end uses?)\b)|due diligence[^.;]{0,120}(?:(?:each|any|every|prospective|proposed|that|the) end users?|(?:each|any|every|prospective|proposed) purchasers?|the purchasers)`
  // The channel named by the act: "if you resell our products, you must check each buyer ...".
  // ("Before you resell the software to anyone, you must check their human-rights record".)
  + String.raw`|\b(?:resells?|resold|resale)\b[^.;]{0,160}\b(?:due diligence|screen\w*|vet\w*|check\w*|assess\w*)\b[^.;]{0,40}\b(?:buyers?|purchasers?|customers?|end users?|end customers?|human[- ]rights)\b`
  // (Or the partner's sale: "Before you sell or renew our service for any police force ..., you must check for yourself whether
  // that body is likely to use the service to harm people's rights".)
  + String.raw`|\bbefore (?:you|the (?:reseller|distributor|partner|dealer|integrator)) (?:re-?)?(?:sells?|supplies|supply|offers?)\b[^.;]{0,200}\b(?:due diligence|screen\w*|vet\w*|check\w*|assess\w*|review\w*)\b[^.;]{0,160}\b(?:rights|misuse|abuse)\b`);
// Where the draft has a resale channel, screening buyers against restricted-party or sanctions lists
// is the intermediary's due diligence in its weak form, whoever the draft makes screen
// ("Licensee shall screen each prospective End Customer against the restricted-party lists").
const RECORDS = /records?|retain|document|\bfiles?\b|archive|register|\bkeep (?:a )?cop(?:y|ies)\b/;
const CHECKS_KEPT = /\b(?:keep|kept|retain|conserve|preserve|maintain|hold|store|archive)\w*\b[^.;]{0,60}\b(?:checks?|checklists?|verifications?|due diligence|assessments?|approvals?|authori[sz]ations?|screenings?|reviews?|questionnaires?)\b[^.;]{0,80}\b(?:for (?:at least |a period of |not less than |no less than )?[\w-]+ (?:years?|months?)|on file)\b/;
const LIST_SCREENING = /\b(?:screen|check|vet|verif(?:y|ie)|compar|run)\w*\b[^.;]{0,160}\bagainst\b[^.;]{0,80}(?:lists?\b|sanctions|denied|restricted[- ]part|entity list|\bsdn\b)/;
const SELLER_SCREENS = /^(?:the )?(?:supplier|licensor|vendor|provider|seller|manufacturer|we)\b/;
// In a draft about resale, whoever checks its buyers for human rights is the reseller ("you must run your own human-rights check" on "every public-sector buyer").
// (Each of them: not the seller's own diligence "before approving the supply to the Purchaser".)
// (Public buyers by name too: "each procuring agency", "any public agency".)
const EACH_BUYER = String.raw`\b(?:each|every|any|all|its|their|prospective|proposed)\b[^.;]{0,20}\b(?:buyers?|purchasers?|end[- ]users?|end[- ]customers?|agenc(?:y|ies))\b`;
// ("a human-rights due-diligence assessment", hyphenated as an adjective.)
const RIGHTS_CHECK = String.raw`\bhuman[- ]rights (?:checks?|reviews?|assessments?|due[- ]diligence|screening)\b`;
const CHECKS_ITS_BUYERS = new RegExp(String.raw`${RIGHTS_CHECK}[^.;]{0,80}${EACH_BUYER}|${EACH_BUYER}[^.;]{0,80}${RIGHTS_CHECK}`);
// ... or its disclosure of the buyer before the sale: "The Integrator shall disclose to the Vendor in writing, before the delivery,
// the name of the receiving body, the sites and the intended use".
const DISCLOSES_BUYER_FIRST = /\b(?:disclose|notify|inform|identify|report|communicate|submit)\w*\b[^.;]{0,80}\b(?:end[- ]users?|end[- ]customers?|receiving (?:body|bodies|entity|entities)|(?:prospective|proposed) (?:customers?|buyers?|purchasers?)|(?:name|identity) of (?:the |each |any )?(?:customer|buyer|purchaser|end user|receiving))\b|\bbefore (?:the |any |each )?(?:delivery|sale|supply)\b[^.;]{0,40}\b(?:the )?(?:name|identity) of (?:the |each |any )?(?:customer|buyer|purchaser|end user|receiving)/;
// ... or its records of that diligence: "Distributor shall keep the documents relating to its investigation and each supply for seven years".
const KEEPS_DILIGENCE_RECORDS = /\b(?:keep|retain|maintain|preserve)\b[^.;]{0,40}\b(?:records?|documents?|files?)\b[^.;]{0,40}\b(?:investigations?|reviews?|assessments?|screening|due[- ]diligence|vetting|studies|study)\b/;
const RESALE_CHANNEL = /\b(?:reseller|distributor|dealer|resells?|resold|resale|distribut(?:e|es|ing)\b[^.;]{0,60}\b(?:end users?|end customers?))/;

// "The identities of its customers ... shall not be disclosed to the Vendor"; "may decline to identify its end users".
const END_USER_NOT_REVEALED = /\b(?:not|never|no)\b[^.;]{0,20}\b(?:obliged|required|bound|obligation) to (?:provide|give|share|supply)\b[^.;]{0,40}\b(?:information|details|identit(?:y|ies)|names?)\b[^.;]{0,40}\b(?:end[- ]users?|end[- ]customers?|end uses?|intended uses?|(?:its|their) customers)\b|\b(?:identit(?:y|ies)|names?|details) of (?:the |its |any )?(?:[\w']+ ){0,2}(?:end[- ]users?|end[- ]customers?|customers|purchasers|buyers)\b[^.;]{0,80}\b(?:shall|will|need|may) not be (?:disclosed|revealed|communicated|provided|identified|named)|\b(?:may|is entitled to|shall be entitled to|is free to) (?:decline|refuse) to (?:disclose|reveal|identify|name)\b[^.;]{0,40}\b(?:end[- ]users?|end[- ]customers?|customers|purchasers|buyers|end uses?|intended uses?)\b/;

// Resale freed from the seller's say: "the Distributor may resell the Products to any government agency ... without notice to or approval of the Company".
const FREE_RESALE = /\b(?:reseller|distributor|partner|dealer|integrator)\b[^.;]{0,40}\b(?:may|is free to|shall be free to|is entitled to|shall be entitled to)\b[^.;]{0,20}\b(?:re-?sell|sell|supply|distribute|on-?sell|deliver|accept orders)\b[^.;]{0,120}\bwithout (?:any |giving (?:any )?|first )?(?:prior )?(?:notice to|notif\w*|approval|consent|disclos\w*|reference to)/;

// Human-rights due diligence in other words: "a human rights risk assessment of the proposed end
// user", "vet every customer ... for human rights risk".
// (Also "assessed the risk that the end user will use the Product to commit human rights abuses", "its own study of the receiving
// body, including the risks that the Platform may be used in violation of human rights".)
const HUMAN_RIGHTS_DD = /(?:assess|evaluat|review|vet|screen|check|stud(?:y|ies|ied)\b|analy[sz]|investigat|inquir|enquir)\w*\b[^.;]{0,60}\b(?:risks?|impacts?)\b[^.;]{0,120}\b(?:human[- ]rights|harms? (?:[\w-]+ ){0,2}rights)|(?:assess|evaluat|review|vet|screen|check)\w*\b[^.;]{0,120}\b(?:harm|abuse|violat|infring)\w* (?:[\w']+ ){0,2}rights\b|\b(?:enquir|inquir|review|assess|check|examin|investigat)\w*\b[^.;]{0,80}\b(?:record|history)\b[^.;]{0,40}\b(?:rights|privacy|freedom of expression|journalists|opposition|dissidents|abused?)\b|human[- ]rights[^.;]{0,40}due[- ]diligence|human[- ]rights (?:risk |impact )?(?:assessments?|reviews?|screening|evaluations?|checks?|verifications?|vetting|examinations?)|(?:assess|evaluat|review|vet|screen|check)\w*[^.;]{0,60}human[- ]rights (?:risks?|impacts?)|due[- ]diligence[^.;]{0,80}(?:human[- ]rights|misuse|end users?)|(?:verif\w*|check\w*)\b[^.;]{0,60}\b(?:human[- ]rights|fundamental rights)\b/;
// ... or through a defined term whose meaning is that due diligence ("End-User Vetting" means an
// assessment of the human rights risks posed by a proposed end user).
const usesDueDiligenceTerm = (c: Clause, index: DraftIndex) => index.memo('reseller-dd-terms', () => index.draft.definitions
  .filter((d) => HUMAN_RIGHTS_DD.test(d.meaning.toLowerCase())).map((d) => d.term.toLowerCase()))
  .some((term) => c.text.includes(term));

// A release confined to small orders ("for any order of no more than fifty licences", "for such orders") cuts the
// safeguard down for those orders; it does not negate it.
const SMALL_ORDERS = /\b(?:for|in respect of|in the case of) (?:such|small|any|each|low-value) orders?\b|\b(?:orders?|sales?|quantities|values?) (?:of |worth )?(?:no more than|not more than|not exceeding|less than|up to|below|under)\b/;

// A customer that passes the product on is an intermediary whatever the draft calls it: "Before making the Software available
// to any proposed end user, the Licensee shall carry out human rights due diligence on that body".
const CUSTOMER_SUPPLIES_ONWARD = new RegExp(String.raw`\b(?:before|prior to)\b[^.;]{0,40}\b(?:making|supplying|selling|reselling|providing|giving|granting|delivering)\b[^.;]{0,60}\b(?:end[- ]users?|end customers?|bod(?:y|ies)|purchasers?|buyers?)\b[^.;]{0,120}\b${CUSTOMER}\b[^.;]{0,20}\b(?:shall|must|will|undertakes to)\b|\b${CUSTOMER}\b[^.;]{0,20}\b(?:shall|must|will|undertakes to)\b[^.;]{0,120}\b(?:before|prior to)\b[^.;]{0,40}\b(?:making|supplying|selling|reselling|providing|giving|granting|delivering)\b[^.;]{0,60}\b(?:end[- ]users?|end customers?|bod(?:y|ies)|purchasers?|buyers?)\b`);
const resaleChannel = (i: DraftIndex) => i.memo('resale-channel', () => RESELLER_PARTY.test(i.draft.parties.customer ?? '') || i.clauses.some((x) => matches(RESALE_CHANNEL, x.text)));
// A partner programme's steps in plain words, where the draft is a resale channel: "Tell us first. Before you sign any deal,
// register it in the Partner Portal with the agency's name"; "You may sign a deal only once we have approved it"; "Keep your
// files on every check and every deal for six years".
// (Of a deal with a buyer, not of the service itself: "the suspension will continue until we have completed our review".)
const A_DEAL = /\b(?:deals?|sales?|sell|resell|offers?|quotes?|buyers?)\b/;
const PARTNER_STEPS = /\b(?:tell|send|register|notify|submit|upload|give) (?:us|it|the deal|each deal)\b[^.;]{0,120}\b(?:agenc(?:y|ies)|buyers?|customers?|end users?|deals?)\b|\b(?:until|once|unless) we(?:'ve| have)? (?:approved|said yes|say yes|agreed)\b|\bkeep (?:your |a |all )?(?:files?|cop(?:y|ies)|records?|checklists?)\b[^.;]{0,60}\b(?:checks?|deals?|requests?|approvals?)\b/;
const SECRET_CUSTOMERS = /\b(?:identit(?:y|ies)|names?)\b[^.;]{0,20}\bof (?:each|the|any|its) (?:[\w'-]+ )?(?:customers?|end[- ]users?|purchasers?|buyers?)\b[^.]{0,160}\b(?:confidential|trade secrets?|secrets?)\b/;
const NEED_NOT_DISCLOSE = /\b(?:nothing\b[^.;]{0,60}\b(?:obliges?|requires?|compels?)|(?:shall|will|is|are) not (?:be )?(?:obliged|required|bound)|need not)\b[^.;]{0,60}\bto disclose\b/;
export const resellerDueDiligence = defineRule({
  meta: { id: 'reseller-due-diligence', sources: ['SD'], description: 'The reseller conducts human-rights due diligence on each end user, discloses end user and end use, obtains the seller\'s approval, keeps records, and avoids prohibited end users.' },
  check: (index) => gradeByElements(index, {
    // (Also "no duty of enquiry ... as regards the identity ... of any Purchaser", "requiring the Distributor to examine any Purchaser".)
    denied: { of: ['customer'], subject: String.raw`due diligence|\bidentify (?:any|each|the|its) (?:[\w-]+ )?(?:customers?|purchasers?|buyers?|end[- ]users?)\b|\bscreen|\bvet\b|vetting|disclos\w*\b[^.;]{0,40}\bend[- ]users?|\b(?:enquir|inquir)\w*\b[^.;]{0,80}\b(?:purchasers?|buyers?|end[- ]users?|end[- ]customers?)\b|\bexamine (?:any|each|the|its) (?:purchasers?|buyers?|end[- ]users?|end[- ]customers?)\b|\b(?:identity|identities|human[- ]rights record|intended use)\b[^.;]{0,60}\bof (?:any|each|the|its) (?:purchasers?|buyers?|end[- ]users?|end[- ]customers?)\b` },
    // (A resale draft by the buyer's own name too, which the reader reads as "the customer": "Sub-Distributor", "VAR".)
    // (Or the intermediary's own human-rights review in any words: "Reseller shall carry out its own human rights risk review of that customer".)
    topic: (c, i) => matches(TOPIC, c.text) || ((matches(HUMAN_RIGHTS_DD, c.text) || matches(DISCLOSES_BUYER_FIRST, c.text) || matches(KEEPS_DILIGENCE_RECORDS, c.text)) && (matches(INTERMEDIARY, c.text) || matches(CUSTOMER_SUPPLIES_ONWARD, c.text)))
      || (matches(PARTNER_STEPS, c.text) && matches(A_DEAL, c.text) && resaleChannel(i)) || ((matches(LIST_SCREENING, c.text) || matches(CHECKS_ITS_BUYERS, c.text)) && !matches(SELLER_SCREENS, c.text) && resaleChannel(i)),
    topicWords: [TOPIC, LIST_SCREENING, CHECKS_ITS_BUYERS, HUMAN_RIGHTS_DD, DISCLOSES_BUYER_FIRST, KEEPS_DILIGENCE_RECORDS, PARTNER_STEPS],
    elements: {
      "the reseller's own human-rights due diligence on each end user": (c, i) => matches(HUMAN_RIGHTS_DD, c.block) || usesDueDiligenceTerm(c, i),
      // (Also "communicate to the Manufacturer the identity of the end customer".)
      // (Also "have been notified to the Vendor", "furnish full particulars of the end user".)
      'disclosure of the end user and end use to the seller before the sale': /disclos|identif|name[sd]?|naming|notif(?:y|ied|ies)|inform|submit|\btell\b|\breport\b|communicat|reveal|\bidentit(?:y|ies)\b|particulars|furnish/,
      // (Plain English: "get our written OK".)
      "the seller's approval": /approv|consent|authori[sz]|sign-?off|clearance|go-ahead|no-objection|\b(?:written|prior) (?:ok|okay)\b|green light|\bclears?\b|\bcleared\b|\bsays? yes\b|\b(?:written|express|our) yes\b/,
      // (Or in a later paragraph of the clause that keeps the checks themselves: "8.4 The Distributor shall conserve all verification
      // documentation for seven years", "Keep your checklists and our approvals for five years".)
      'records kept': (c, i) => matches(RECORDS, c.text) || matches(RECORDS, c.block) || i.following(c).some((t) => matches(CHECKS_KEPT, t)),
    },
    weakenersAnywhere: [
      { test: (c) => matches(SMALL_ORDERS, c.text) && (matches(END_USER_WITHHELD, c.text) || matches(END_USER_NOT_REVEALED, c.text)), needs: SMALL_ORDERS, reason: 'For small orders the reseller need not disclose the end user or the intended use to the seller.' },
    ],
    counters: [
      // The end users' names made the reseller's secret, and their disclosure not owed: "The identity of each Customer ... are the
      // Distributor's Confidential Information and trade secrets. Nothing in this Agreement obliges the Distributor to disclose them".
      { needs: /disclose/, test: (c) => matches(NEED_NOT_DISCLOSE, c.text) && matches(SECRET_CUSTOMERS, c.block), reason: 'The end users\' identity is the reseller\'s secret, which it need not disclose to the seller.' },
      // "the Supplier shall not make the supply of licences to the Reseller conditional on its approval of any customer".
      { needs: /conditional|subject to/, test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:shall|will|may) not (?:make|render)\b[^.;]{0,80}\b(?:conditional (?:up)?on|subject to) (?:its |the |any )?(?:prior )?(?:approval|consent)\b[^.;]{0,30}\b(?:customers?|end[- ]users?|buyers?|sales?|orders?)\b`), reason: "The seller may not make supply conditional on approving the reseller's customers." },
      { test: FREE_RESALE, needs: /without/, reason: "The reseller may resell without notice to or approval of the seller." },
      { test: END_USER_HIDDEN, reason: 'The reseller may keep the end user or the intended use from the seller.' },
      { test: END_USER_WITHHELD, unless: SMALL_ORDERS, reason: 'The reseller need not disclose the end user or the intended use to the seller.' },
      { test: END_USER_NOT_REVEALED, unless: SMALL_ORDERS, reason: 'The reseller need not disclose the end user or the intended use to the seller.' },
      // "the Supplier's approval under clause 6.2 shall be deemed given for every order".
      { test: /\b(?:approval|consent|authori[sz]ation)\b[^.;]{0,60}\b(?:shall|will) be deemed (?:to (?:have been|be) )?(?:given|granted|obtained)\b[^.;]{0,40}\b(?:every|each|all|any)\b|\b(?:approval|consent|authori[sz]ation)\b[^.;]{0,30}\bis deemed (?:to (?:have been|be) )?(?:given|granted|obtained)\b[^.;]{0,40}\b(?:every|each|all|any)\b/, reason: "The seller's approval is deemed given for every sale." },
      { test: NO_DUE_DILIGENCE, reason: 'The reseller need not carry out any due diligence on its end users.' },
    ],
    weakeners: [
      { test: /(?:only|solely|limited to)[^.;]{0,40}(?:sanctions|denied[- ]part|restricted[- ]part|screening)/, reason: 'Due diligence is limited to sanctions or denied-party screening.' },
      // "shall disclose the identity of the Customer to the Vendor only where the Customer has consented in writing": the buyer decides.
      { test: /\b(?:disclos|reveal|identif|nam)\w*\b[^.;]{0,80}\b(?:only (?:where|if|when|with)|subject to|unless|provided that)\b[^.;]{0,40}\b(?:customer|end[- ]user|buyer|purchaser|client)s?(?:'s)?\b[^.;]{0,30}\b(?:consent|agree|permission|authori[sz])\w*/, needs: /consent|agree|permission|authori/, reason: 'The end user is named to the seller only if it consents.' },
    ],
  }),
});
