import { HEDGED_DUTY } from '../boilerplate.ts';
import { defineRule, gradeByElements, type Qualifier } from '../rule.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';
import { escapeRegExp } from '../../regexp.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { INTERMEDIARY } from '../words.ts';

// Handing the product, or access to it, to someone else (passing on data or results is data protection).
// (Also "grant access", "novate" and the civil-law "place at the disposal of".)
const PASS_ON = String.raw`(?:lend|loan|transfer|assign|deliver|suppl(?:y|ying)|novat(?:e|ion)|sub-?licen[cs]e|shar(?:e|ing)|(?:giv|grant)(?:e|ing)? access|plac(?:e|ing)\b[^.;]{0,40}\bat the disposal|hand(?:ing)? (?:over|on)|pass(?:ing)? on|part(?:ing)? with|mak(?:e|ing)\b[^.;]{0,40}\bavailable)(?! (?:any |the |such |its )?(?:[\w-]+ )?(?:data|information|results?|reports?|outputs?|intelligence|content|analys))`;
// A bar in any form: "shall not", "can't", "is prohibited from", "shall refrain from".
// (And a licence that "excludes any right to sublicense, assign, lend ...".)
const NEG = String.raw`(?:\b(?:not|no|never|neither|nor|cannot)|n't|\b(?:prohibited|barred|forbidden|precluded) from|\bforbidden to|\brefrains? from|\bexclud(?:es|ing) (?:any|all) rights? to)\b`;
// The customer, whatever the draft calls it (not the seller), is allowed to pass it on:
// "the Purchaser may lend Units to the Border Police", "a Participating Body may make the Platform available".
// "Neither party may assign ..." forbids it.
// (A parenthesis may stand between: "may, without reference to the Supplier, place ...".)
// (After the customer's own uses in a list: "may install, use and make available all goods and software ... to any ministry".)
const PASS_ON_RIGHT = new RegExp(String.raw`\b(?:may|(?:shall be|is|are) entitled to|(?:shall be|is|are) free to|can)(?:,[^,.;]{0,60},)? (?:freely |also |at any time |from time to time )*(?:(?:install|use|operate|deploy|copy|access),? (?:and |or )?){0,3}${PASS_ON}`, 'g');
const SELLER_OR_DENIED = new RegExp(String.raw`\b(?:${SELLER}|no|neither|nor|not)\b`);
// (The words before the right, back to the start of its sentence part, are looked at once per
// match: a look-behind over them would be read again at every position of every sentence.)
// (The prefilter first: most sentences grant no right to pass anything on.)
const PASS_ON_RIGHT_ONCE = new RegExp(PASS_ON_RIGHT.source);
// (Not a supply to the customer itself: "Partner may supply additional workstations to Customer under its own terms".)
const TO_THE_CUSTOMER = /^[^.;]{0,80}?\bto (?:the )?(?:customer|licensee|purchaser|buyer|client)\b(?!'s| (?:and|or)\b)/;
const TO_END_USERS = /^[^.;]{0,80}?\bto (?:the |its |approved |authori[sz]ed )*end[- ](?:users?|customers?)\b/;
const mayPassOn = (text: string) => matches(PASS_ON_RIGHT_ONCE, text) && [...text.matchAll(PASS_ON_RIGHT)].some((m) => {
  const before = text.slice(0, m.index);
  // (A proviso starts afresh: "shall not ... share the Service with any third party, provided that the Customer may make it available to its Affiliates".)
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('provided that'), before.lastIndexOf(', except that'), before.lastIndexOf(', but '));
  const subject = before.slice(from + 1);
  const after = text.slice(m.index! + m[0].length);
  // (Nor the intermediary supplying the end users it exists to serve: "The Integrator may supply Units ... to End Users under its own terms".)
  return !SELLER_OR_DENIED.test(subject) && !TO_THE_CUSTOMER.test(after) && !(INTERMEDIARY.test(subject) && TO_END_USERS.test(after));
});
// ... to anyone in a class, not a named body: "any agency of the Government", "any other public body", "any successor".
// (Also a list of kinds, "to any law enforcement, customs or security agency", and "to other bodies of the State".)
// ("at the disposal of any other State body".)
// (Also after a comma: "make the Products available to, or share their use with, any ministry".)
const TO_ANY_BODY = /\b(?:to|with|of),? (?:any (?:other )?|(?:all )?other )(?:[\w-]+,? (?:or |and )?){0,6}?(?:agency|agencies|department|body|bodies|ministry|ministries|authority|authorities|entity|entities|successor|government|organi[sz]ation)/;
const TO_ANYONE_IT_CHOOSES = /\bto any (?:person|one|third part(?:y|ies)|entity|party)\b[^.;]{0,20}\b(?:of (?:its|their|your) (?:own )?choos\w*|(?:it|they|you) (?:chooses?|selects?|wish(?:es)?|sees? fit|designates?)|whatsoever|at all)\b/;
// The class confined to the customer's own organisation: "to any directorate or sector of the Ministry" (the Ministry being the
// customer) lets other units in, which weakens the bar; it does not hand the product to any body of the State.
const OWN_UNITS = /\bany (?:other )?(?:[\w-]+,? (?:or |and )?){0,4}?(?:directorates?|sectors?|units?|divisions?|departments?|branch(?:es)?|offices?|services?)\b (?:of|within) (?:the )?(?:customer|licensee|purchaser|buyer|client|ministry|directorate|department|agency|authority)\b(?!'s)/;
const ENGAGES_CONTRACTORS = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,20}\b(?:may|is free to|is entitled to|shall be entitled to|can)\b (?:engage|appoint|use|retain|employ|permit)\b[^.;]{0,20}\b(?:any )?(?:contractors?|third[- ]part(?:y|ies)|private (?:companies|contractors|entities|persons))\b[^.;]{0,120}\b(?:operate|use|host|run|maintain|access)\b`);
const AT_ITS_CHOICE = /\bof its (?:own )?choosing\b|\bas it sees fit\b|\bwithout (?:the )?(?:[\w-]+'s )?(?:prior )?(?:written )?(?:consent|approval)\b/;
const NO_CONSENT_NEEDED = /\bnot (?:be )?(?:required|obliged) to\b[^.;]{0,80}\b(?:consent|approval)\b/;
const contractorsFreely = (c: Clause) => matches(ENGAGES_CONTRACTORS, c.text) && (matches(AT_ITS_CHOICE, c.text) || matches(NO_CONSENT_NEEDED, c.block));
const SELLER_CONSENT_NEEDED = /\b(?:with|subject to|upon|after obtaining|having obtained) (?:the )?(?:[\w-]+ ){0,3}?(?:[\w-]+'s )?(?:prior )?(?:express )?(?:written )?(?:consent|approval|authori[sz]ation)/;
// "... irrespective of consent of or notice to the Contractor"; "without any need for approval".
const WITHOUT_CONSENT = /\bwithout (?:reference|recourse) to\b|\bwithout (?:any )?(?:restriction|limitation|condition)s?\b|\bwithout (?:the |its |their |any )?(?:need for (?:any |the )?)?(?:[\w-]+'s )?(?:prior )?(?:written )?(?:consent|approval|notice)|\b(?:irrespective|regardless) of (?:the |any )?(?:[\w-]+'s )?(?:consent|approval|notice)|\bfreely\b|\bwhenever (?:it|you|they) (?:likes?|wish(?:es)?|chooses?|sees? fit)|\bas (?:it|you|they) sees? fit|\bat (?:its|your|their) (?:sole |absolute |own )?discretion/;
// "Notwithstanding clauses 7.1 to 7.4, the Licensee may make the Platform available to ...": the right overrides the ban.
const OVERRIDES_THE_BAN = /^(?:[\w·"().-]+ )?notwithstanding (?:clauses?|sections?|articles?|paragraphs?|the (?:restrictions|prohibitions))\b/;
// "Any use or possession of the Software by a person other than the Licensee is a material breach."
// "Any use by, or for the benefit of, a person other than the Centre constitutes a serious breach."
const THIRD_PARTY_USE_IS_BREACH = /(?:use|possession|operation)\b[^.;]{0,60}\b(?:by|for)\b[^.;]{0,40}?\b(?:person|entity|party|body|third part|agency|unit)[^.;]{0,60}(?:is|shall be|constitutes|amounts to|will be|(?:shall|will) (?:constitute|amount to)) (?:a |an )?(?:material|fundamental|serious|substantial|essential) breach/;
// A binding bar on passing the product to any other end user or body is a bar on diversion itself
// (to supply it, not "the Supplier"):
// "will not sell, lend or make available any Product to any other unit, agency or person".
// (Also "shall not permit PRISM to be accessed or used by any other unit", "to any other ministry".)
// The product reaching anyone not authorised is itself a breach: "Any making available of a System to any person other than the
// Authorised End User shall be a material breach", "The coming of the System into the hands of a person not authorised under
// this Contract constitutes a breach".
const DIVERSION_IS_BREACH = /\b(?:use|possession|operation|making available|transfer|supply|coming|access|custody)\b[^.;]{0,100}\b(?:(?:person|entity|party|body|agency|unit|user|anyone|one)\b[^.;]{0,20}\b(?:not (?:authori[sz]ed|approved|permitted)|other than)|unauthori[sz]ed (?:person|party|user|entit|bod)|third part(?:y|ies))[^.;]{0,80}\b(?:is|shall be|constitutes|amounts to|will be|(?:shall|will) (?:constitute|amount to)) (?:a |an )?(?:[\w-]+ )?breach/;
const NO_DIVERSION = new RegExp(String.raw`${NEG}[^.;]{0,80}\b(?:sell|resell|resold|sold|lend|lent|transfer\w*|suppl(?:y|ies|ied|ying)\b|(?:make|made)\b[^.;]{0,40}\bavailable|(?:accessed|used|operated) by)\b[^.;]{0,80}\b(?:to )?(?:(?:any|an) (?:other (?:[\w-]+ )?(?:end[- ]users?|units?|agenc\w*|ministr\w*|departments?|authorit\w*|police|forces?|persons?|entit\w*|bod\w*|government)|(?:person|entity|end user) other than)|(?:any )?third part(?:y|ies)|any(?:one|body) else)`
  // The recipient's side: "no other agency, department, contractor or third party obtains the System or access to it".
  + String.raw`|\bno (?:other|third)\b[^.;]{0,80}\b(?:obtains?|receives?|acquires?|gets?|gains?|has (?:access|possession|use))\b`
  // The nominal ban naming the other bodies: "Transfer ... of the Platform ... with any other agency ... is prohibited".
  + String.raw`|\b(?:transfer|resale|sale|sub-?licen[cs]ing|loan|lending|sharing)\b[^.;]{0,80}\b(?:to|with) (?:any|an) other (?:[\w-]+ )?(?:agenc|entit|bod|person|ministr|department|authorit|end[- ]user)\w*[^.;]{0,200}\b(?:is|are|shall be|will be) (?:each |all |both )?(?:strictly |expressly )?(?:prohibited|forbidden|not (?:permitted|allowed))`
  // A licence personal to the end user: use by anyone else is outside it.
  + String.raw`|\b(?:licen[cs]e|right of use|access)\b[^.;]{0,20}\b(?:is|shall be|are) personal to\b`);

// Modifying the product, not an amendment that "modifies Section 11.1" or "this Agreement".
// ("Except as expressly modified by this letter" is the amendment's own boilerplate.)
const MODIFY = String.raw`modif(?!\w* (?:the )?(?:sections?|clauses?|articles?|paragraphs?|schedules?|this|these|that|the agreement|the terms|its terms)\b|\w* (?:hereby |herein )?by (?:this|the|any) (?:letter|deed|amendment|agreement|variation|addendum|side letter|parties)\b|\w* (?:only )?(?:by|in) (?:a |an |the )?(?:mutual |written |signed )*(?:agreement|amendment|variation|instrument|writing)\b)`;

// "... nor permit any other public body to operate it".
// ("... shall not permit anyone other than Authorised Users to access the Software".)
const NO_OTHERS_USE = String.raw`${NEG}[^.;]{0,20}\b(?:permit|allow|let|authori[sz]e|suffer)\w* (?:(?:any )?(?:other|third|another)\b|any(?:one|body| person| entity) (?:other than|except|save|but)\b)[^.;]{0,60}\bto (?:use|operate|access|have access)`;
const TOPIC = new RegExp(String.raw`${NO_OTHERS_USE}|${NEG}[^.;]{0,80}(?:sell|resell|sub-?licen[cs]e|lend|lease|rent|transfer|assign|share|make (?:the product |it )?available|distribute|disclose)|divert|diversion|(?:ends? up|finds? (?:its|their) way) (?:with|in the hands of|to)\b|reverse[- ]engineer|decompil|${MODIFY}`);

// (Also in a longer list: "the employees, agents, contractors and consultants of the Customer".)
// (Or one by one, in a definition: '"Authorized User" means an employee or contractor of Customer'.)
const EMPLOYEES_AND_CONTRACTORS = String.raw`employees?\b(?:,? (?:and |or )?(?:its |your |their )?[\w-]+){0,3}?,? (?:and |or )?(?:an? )?(?:its |your |their )?(?:sub-?)?(?:contractors?|consultants?)\b`;
const CONTRACTORS_ON_NOTICE = new RegExp(String.raw`\b(?:may|is entitled to|can)\b[^.;]{0,40}\b(?:permit|allow|authori[sz]e|let)\b[^.;]{0,120}\b(?:its |their |your )?(?:sub-?)?contractors\b[^.;]{0,160}\bon (?:prior )?(?:written )?notice (?:to|being given to) (?:the )?${SELLER}\b`);
// The spec's look-alike: users are the customer's "employees and contractors", wherever the draft says so.
const CONTRACTORS_AS_USERS: Qualifier = {
  needs: /contract/,
  // (Or "Authorised Personnel", "Operators": '"Authorised Personnel" means the Licensee's employees and contractors who have been trained'.)
  // (Or the contractor described: "an employee of the Service, or an individual engaged by the Board under a contract for services".)
  test: new RegExp(String.raw`\b(?:users?|personnel|operators?)\b[^.;]{0,80}\b(?:${EMPLOYEES_AND_CONTRACTORS}|employees?\b[^.;]{0,60}\b(?:engaged|retained|hired)\b[^.;]{0,60}\b(?:under|by way of|on) (?:a |an )?(?:contracts? for services|consultancy|service contracts?|secondment))(?![^.;]{0,80}consent)`),
  reason: "Users include the customer's contractors with no seller consent.",
};

// "Nothing in this Agreement prevents the Licensee from making the Software available to other ministries": a free right.
const NOTHING_PREVENTS = new RegExp(String.raw`\bnothing\b[^.;]{0,60}\b(?:prevents?|restricts?|prohibits?|limits?|precludes?|stops?|shall (?:prevent|restrict|prohibit|limit|preclude))\b[^.;]{0,40}\bfrom ${PASS_ON}`);

// (Plain English too: "other police units or ministries", "outside firms may run it only if we have agreed".)
const OTHERS_EXCLUDED = /(?:other|another|any) (?:agenc|government|authorit|ministr|department|bod|entit|units?\b|services?\b)|\b(?:other|another) (?:police|security|intelligence|law[- ]enforcement|state|public|government) (?:agenc|authorit|ministr|department|bod|units?\b|services?\b|forces?\b)|contractors?|third part|\boutside (?:firms?|companies|compan(?:y|ies)|providers?|organi[sz]ations?)\b/;

// The terms whose definition excludes other agencies and contractors, worked out once per draft.
const exclusiveTerms = (i: DraftIndex) => i.memo('exclusive-terms', () => [...new Set(i.draft.definitions.filter((d) => OTHERS_EXCLUDED.test(d.meaning.toLowerCase())).map((d) => d.term.toLowerCase()))]);
// "Transfer, resale, sub-licensing or loan of the Equipment ... is prohibited": the ban as a noun phrase.
// (A list of banned acts may run long: "Transfer ... with any other agency, operation by contractors ..., and modification ... are each prohibited".)
const NOMINAL_BAN = String.raw`\b(?:transfer|resale|sale|sub-?licen[cs]ing|loan|lending|rental|leasing|sharing)\b[^.;]{0,240}\b(?:is|are|shall be|will be) (?:each |all |both )?(?:strictly |likewise |expressly )?(?:prohibited|forbidden|not (?:permitted|allowed))`;
// Defined terms that name passing the product on: '"Unauthorised Transfer" means any sale, loan ... of the System'.
// (One pattern per draft for all those terms, built once.)
const transferTermBan = (i: DraftIndex) => i.memo('transfer-term-ban', () => {
  const terms = [...new Set(i.draft.definitions.filter((d) => /\b(?:sale|loan|lending|sub-?licen|transfer|shar)/.test(d.meaning.toLowerCase())).map((d) => escapeRegExp(d.term.toLowerCase())))];
  return terms.length ? new RegExp(String.raw`${NEG}[^.;]{0,60}(?:${terms.join('|')})`) : null;
});
// (Passive too: "the Items will not be resold, lent or transferred"; nominalised: "transfer ... of the Equipment is prohibited".)
// (The recipient's side too: "no other agency ... obtains the System or access to it, by sale, loan, sublicence or otherwise".)
const RECIPIENT_BAN = String.raw`\bno (?:other|third)\b[^.;]{0,80}\b(?:obtains?|receives?|acquires?|gets?|gains?)\b[^.;]{0,20}\b(?:product|system|software|solution|platform|equipment|access|licen[cs]e|credentials)`;
const PASS_BAN = new RegExp(String.raw`${RECIPIENT_BAN}|${NEG}[^.;]{0,80}(?:sell|resell|sub-?licen[cs]e|lend|lease|rent|\b(?:re)?sold\b|\blent\b|part with (?:possession|control|custody))|${NEG}[^.;]{0,60}(?:transfer|share|mak(?:e|ing) available)[^.;]{0,80}(?:product|system|software|solution|platform|equipment|access|licen[cs]e|credentials)|${NO_OTHERS_USE}|${NOMINAL_BAN}|${NEG}[^.;]{0,60}\bpass (?:on |over )?(?:the |this |its |your )?(?:product|system|software|solution|platform|equipment|app|service|access|licen|log-?in|credentials)`);
const EXCEPT_TO_AFFILIATES = /\b(?:except|other than|save|excluding)\b[^.;]{0,20}?\b(?:(?:to|with|for|by) )?(?:its |their |your |the [\w-]+'s )?(?:affiliates?|(?:any |an |another )?(?:other )?(?:government(?:al)?|public|state) (?:bod|entit|agenc|authorit|department|ministr)\w*)(?![^.;]{0,80}(?:prior|written) (?:consent|approval))/;
// "Kestrel must not unreasonably withhold that consent, and it is deemed unreasonable for Kestrel to withhold consent in respect of any contractor".
const OTHERS_USE = /\b(?:contractors?|operat\w*|sub-?licen\w*|lend\w*|shar(?:e|ing)|access)\b/;
const CONSENT_DEEMED = /\bdeemed unreasonable\b[^.;]{0,40}\b(?:withhold|refuse|decline|delay)\w*\b[^.;]{0,20}\bconsent|(?<!\bno )\bconsent\b(?:(?!\b(?:no|not)\b)[^.;]){0,40}\b(?:shall|will) be deemed (?:to have been )?given\b/;
const USERS_FROM_BODIES_CUSTOMER_PICKS = new RegExp(String.raw`\b(?:users?|personnel|officers|operators)\b[^.;]{0,80}\bany other (?:[\w-]+ ){0,2}(?:agenc(?:y|ies)|bod(?:y|ies)|authorit(?:y|ies)|departments?|units?|forces?|ministr(?:y|ies))\b[^.;]{0,60}\b(?:nominated|designated|chosen|selected|notified|identified) (?:from time to time )?by (?:the )?${CUSTOMER}\b`);
const SELLERS_OWN_BAR = new RegExp(String.raw`(?:^|\bthat |\b(?:and|but) )(?:[\w·().-]+ )?(?:the )?${SELLER}\b(?!'s)[^.;]{0,30}(?:shall|will) not\b(?:,[^.;]{0,80}?,)? (?:disclose|sell|share|transfer)`);
const CUSTOMERS_DATA = /\b(?:customer|client|your|personal|collected|user) data\b/;
const PRODUCT_NAMED = /\b(?:system|software|products?|platform|equipment|licen[cs]es?|kits?|devices?|tools?|goods|deliverables|solution|service)\b(?! (?:by|for) )/;
export const noTransfer = defineRule({
  meta: { id: 'no-transfer', sources: ['SD', 'NSO-23'], description: 'No sale, sublicence, lending, transfer or sharing of the product; no contractors without consent; no modification; diversion is a breach.' },
  check: (index) => gradeByElements(index, {
    // (The seller too, giving up its right to object: "The Licensor waives all rights to object to ... any transfer, sublicensing
    // or sharing of the Software". Not the seller's own assignment of the agreement: "The Supplier has no right to transfer this Agreement".)
    denied: { of: ['customer', 'seller'], unless: /\bassign\w*|\bnovat\w*|\btransfer (?:of )?(?:this|the) (?:agreement|contract)\b|\btitle\b/, subject: String.raw`transfer|resale|resell(?!er)|sub-?licen|\blend|at the disposal|make (?:\w+ ){0,4}available|shar(?:e|ing) (?:of )?(?:the )?(?:system|product|software|platform|access|equipment)` },
    topic: (c) => matches(TOPIC, c.text) || matches(PASS_BAN, c.text)
      || mayPassOn(c.text) || contractorsFreely(c) || matches(NOTHING_PREVENTS, c.text) || matches(THIRD_PARTY_USE_IS_BREACH, c.text) || matches(DIVERSION_IS_BREACH, c.text),
    topicWords: [TOPIC, PASS_BAN, PASS_ON_RIGHT_ONCE, ENGAGES_CONTRACTORS, NOTHING_PREVENTS, THIRD_PARTY_USE_IS_BREACH, DIVERSION_IS_BREACH],
    elements: {
      // (Passive too: "the Items will not be resold, lent or transferred".)
      // (Also "must not part with possession", "nor permit any other body to operate it".)
      'no sale, sublicence, lending, transfer or sharing of the product or access': (c, i) => matches(PASS_BAN, c.text) || matches(PASS_BAN, c.block)
        // ("shall not make any Unauthorised Transfer", where the definition lists sale, loan, sharing of the product.)
        || (transferTermBan(i)?.test(c.text) ?? false),
      // (Also through a defined term the bar uses: '"Restricted Transfer" means ... to any person other than the End User, including contractors'.)
      'other agencies and contractors excluded without the seller\'s consent': (c, i) => matches(OTHERS_EXCLUDED, c.block) || exclusiveTerms(i).some((term) => c.text.includes(term)),
      'no modification or reverse engineering': /modif|reverse[- ]engineer|decompil|disassembl|derivative works?|adapt/,
      // (Plain English too: "if it ends up with someone we have not approved, you will be in breach".)
      // ("... and any such transfer shall be a breach of the Agreement".)
      'diversion to an unauthorized end user is a breach': new RegExp(String.raw`divert|diversion|\bsuch (?:transfer|diversion|use|sharing)\b[^.;]{0,40}\b(?:is|shall be|constitutes|will be|shall constitute) (?:a )?(?:\w+ )?breach|(?:ends? up|finds? its way) (?:with|in the hands of|in (?:any(?:one|body)|some(?:one|body)) else's hands)[^.;]{0,80}\bbreach|unauthori[sz]ed (?:end )?users?|(?:material|fundamental) breach[^.;]{0,80}(?:transfer|shar|available)|(?:transfer|shar|available)[^.;]{0,120}(?:material|fundamental) breach|\b(?:every|any) (?:such )?(?:transfer|sharing)\b[^.;]{0,120}\b(?:is|shall be) (?:considered|deemed|treated|regarded) (?:as )?(?:a )?(?:misuse|breach|violation)|prohibited end user|${THIRD_PARTY_USE_IS_BREACH.source}|${DIVERSION_IS_BREACH.source}|${NO_DIVERSION.source}`),
    },
    weakeners: [
      ...HEDGED_DUTY,
      // The consent that cannot be refused: "it is deemed unreasonable for Kestrel to withhold consent in respect of any contractor that holds a clearance".
      { test: /(?:may|is entitled to|shall be free to) (?:transfer|assign|sub-?licen[cs]e|make (?:it|the product|the system) available)[^.;]{0,80}(?:affiliates?|any (?:other )?(?:government(?:al)?|public) (?:body|entity|agency|authority))(?![^.;]{0,80}(?:prior|written) consent)/, reason: 'Transfer is allowed to affiliates or any government entity without the seller\'s consent.' },
      // The ban with the same hole: "shall not sell, lend or transfer the System, except to its affiliates and to other governmental entities".
      // (A function: the ban's own "not" must not read as denying the exception.)
      { test: (c) => matches(EXCEPT_TO_AFFILIATES, c.text), reason: 'Transfer is allowed to affiliates or any government entity without the seller\'s consent.' },
      { test: new RegExp(String.raw`${EMPLOYEES_AND_CONTRACTORS.replace('consultants', 'consultants|agents')}(?![^.;]{0,80}consent)`), reason: 'Users include the customer\'s contractors with no seller consent.' },
      { test: (c) => mayPassOn(c.text) && !matches(SELLER_CONSENT_NEEDED, c.text), reason: 'The customer may pass the product or access to another body without the seller\'s consent.' },
    ],
    // The seller's own duties ("the Supplier shall not, and shall procure that its Affiliates do not, disclose ...").
    // (The seller as subject, not its consent named before the customer's bar: "without the Licensor's consent, but otherwise shall not sell".)
    // (Nor a bar on moving the customer's data rather than the product: "Cinderwick shall not transfer ... Customer Data to any person outside
    // Malvora"; "No transfer of Customer Data".)
    ignore: (c) => matches(SELLERS_OWN_BAR, c.text) || (matches(CUSTOMERS_DATA, c.text) && !matches(PRODUCT_NAMED, c.text)),
    weakenersAnywhere: [
      // Contractors let in on notice, not consent, wherever the draft says so: "may permit ... its contractors, consultants and outsourced
      // service providers ... to use the Deliverables ..., on written notice to the Contractor".
      { test: CONTRACTORS_ON_NOTICE, needs: /notice/, reason: 'Contractors may use the product on notice to the seller, without its consent.' },
      // Users drawn from bodies the customer picks: "Authorised Users | personnel of the Directorate and of any other
      // law-enforcement agency of the Republic nominated by the Customer".
      { needs: /nominat|designat|chosen|select|notifi|identifi/, test: USERS_FROM_BODIES_CUSTOMER_PICKS, reason: 'Users may come from any other agency the customer nominates.' },
      // (Of a consent to let others use the product, wherever the draft gives it; not a consent to assign the agreement.)
      { needs: /deemed/, test: (c) => matches(CONSENT_DEEMED, c.block) && matches(OTHERS_USE, c.block) && !/\bassign/.test(c.block), reason: 'The seller\'s consent is deemed given, or cannot reasonably be refused, in some cases.' },
      // Contractors of the customer's choosing run the product, with no say for the seller (the spec's weak form, however freely said): "may engage
      // any contractors of its choosing, including private companies, to host, operate ... the Service ... and shall not be required to ... obtain
      // the Provider's consent".
      { needs: /contractor|private|third/, test: contractorsFreely, reason: 'The customer may have contractors operate the product without the seller\'s consent.' },
      // (Anywhere: the consent clause may stand apart.) "Consent ... shall be deemed to have been given if the Supplier has not objected within five (5) Business Days".
      { test: /\bconsent\b[^.;]{0,100}\bdeemed (?:to (?:have been|be) )?(?:given|granted)\b[^.;]{0,60}\b(?:not objected|no objection|fails? to (?:respond|object|reply)|silence|within)\b/, reason: "The seller's consent is deemed given if it does not object in time." },
      CONTRACTORS_AS_USERS,
      // "The System may be operated by contractors engaged by the Ministry": contractors run it with no seller consent.
      // (Anywhere: the permission stands in a sentence of its own.)
      { needs: /contractors/, test: /\b(?:may|can) be (?:operated|used|accessed) by (?:any )?(?:[\w-]+ ){0,2}(?:sub-?)?contractors\b(?![^.;]{0,80}(?:consent|approv))|\b(?:may|can) (?:permit|allow|authori[sz]e) (?:any of )?(?:its |their |your )?(?:[\w-]+ )?(?:(?:employees|staff|personnel|officers),? (?:and|or) (?:its |their |your )?)?(?:sub-?)?contractors(?: \([^)]{0,40}\))? to (?:use|operate|access)\b(?![^.;]{0,80}(?:consent|approv))/, reason: 'Contractors may operate the product without the seller\'s consent.' },
    ],
    counters: [
      // The seller's consent given in advance to any transfer: "Arcturus irrevocably consents to the Secretariat making the Analytics Suite available ... to any body of the Republic".
      { needs: /consent|agree|authori/, test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:hereby )?(?:irrevocably )?(?:consents?|agrees?|authori[sz]es?) (?:to )?(?:the )?${CUSTOMER}(?:'s)? (?:making|transferring|sharing|sub-?licensing|lending|giving|assigning)\b[^.;]{0,100}\b(?:to|with) any\b`), reason: 'The seller consents in advance to transfer to anyone of a wide class.' },
      // Users defined as anyone the customer designates, anywhere: '"Authorised User" means any person, body or company, public or
      // private and in any country, including any foreign government, whom the Licensee designates'.
      { needs: /designat|nominat|chooses|selects|appoints/, test: new RegExp(String.raw`\bmeans any (?:person|body|entity|organi[sz]ation|company)\b[^.;]{0,160}\b(?:public or private|in any country|foreign (?:government|state|agenc)|third part(?:y|ies))\b[^.;]{0,120}\b(?:whom|that|which) (?:the )?${CUSTOMER}\b[^.;]{0,30}\b(?:designates?|nominates?|chooses?|selects?|appoints?)\b`), reason: 'Users are defined as anyone, anywhere, whom the customer designates.' },
      // The bar disapplied between government bodies: "Clause 9 does not apply to transfers of the Products between agencies of the Government".
      { needs: /not apply/, test: /\b(?:does|do|shall|will) not apply to (?:any )?(?:transfers?|sharing|lending|loans?|making available)\b[^.;]{0,80}\b(?:between|among|amongst|to|with) (?:any )?(?:other )?(?:agencies|departments|ministries|bodies|entities|authorities|government bodies)\b/, reason: 'The transfer bar does not apply between government bodies.' },
      // Freely, or expressly without consent, to a whole class of bodies: "may lend, transfer or make
      // the Goods available to any agency ... without the Seller's consent". Without those words it is weak.
      { test: (c) => (mayPassOn(c.text) && matches(TO_ANY_BODY, c.text) && !matches(OWN_UNITS, c.text) && (matches(WITHOUT_CONSENT, c.text) || matches(OVERRIDES_THE_BAN, c.text) || (/\b(?:free to|freely)\b/.test(c.text) && !matches(SELLER_CONSENT_NEEDED, c.text))))
        || (matches(NOTHING_PREVENTS, c.text) && matches(TO_ANY_BODY, c.text) && !matches(SELLER_CONSENT_NEEDED, c.text))
        // "may sublicense, lend, resell or transfer the licences to any person of its choosing": anyone at all, by its own choice.
        || (mayPassOn(c.text) && matches(TO_ANYONE_IT_CHOOSES, c.text) && !matches(SELLER_CONSENT_NEEDED, c.text)), needs: /any|other/, reason: 'The customer may freely pass the product to any government body, without the seller\'s consent.' },
    ],
  }),
});
