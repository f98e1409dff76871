// A later clause that names the safeguard's clause by its number may qualify or undo it without a
// word of the safeguard's own vocabulary: "Clause 9.1 shall apply only with the Customer's prior
// consent", "the Supplier waives its rights under clause 11.1", "the obligations in clause 9.5 are
// deemed satisfied by delivery of the operator manual". The citation stands for the safeguard, so
// these qualifiers are asked of the sentences that cite the safeguard's clause, for every rule alike;
// each must govern the citation, not merely share a sentence with it.
import { CUSTOMER, SELLER } from '../read/parties.ts';
import { BACK_REFERENCE, CITED, IN_SOME_CASES, PART_NAME, SAFEGUARD_ACTIONS } from './draft-index.ts';
import type { Qualifier } from './rule.ts';
import { CONSENT_NEEDED, COURT_ONLY, JOINT_BODY_APPROVAL, LOCAL_LAW_ONLY, NATIONAL_SECURITY_CARVE, SUBJECT_TO } from './words.ts';

// A clause by its number, or a whole schedule or annex by its name.
const NAMED = String.raw`(?:${CITED}|${PART_NAME})`;
// The cited clause as the subject: "Clause 9.1 shall ...", "the obligations in clause 9.5 are ...", after an opening
// such as "The parties agree that" or "Notwithstanding anything else,"; or, in the same paragraph, a reference back to
// it: "This right may be exercised only with the Minister's approval".
const OPENING = String.raw`(?:^|[,:;] (?:and |but )?|\bthat )(?:\(?[\w·]{1,6}[.)] )?(?:(?:the|an?|any|each|every|all) )?`;
const CLAUSE_ITSELF = String.raw`${OPENING}(?:(?:[\w-]+'s )?(?:provisions?|terms?|obligations?|rights?|duties|undertakings?|requirements?|restrictions?|limitations?|prohibitions?|commitments?|safeguards?) (?:of (?:the )?[\w-]+ )?(?:of|in|under|pursuant to|set out in|contained in) )?${NAMED}`;
// "This Article 9 ...", the clause named with its number: asked only of the qualifiers that say so much of a whole clause (its
// time limits, its disapplication to the customer); as the subject of any other it read too much.
const THIS_CLAUSE = String.raw`${OPENING}this ${NAMED}`;
// (Only in the safeguard's own paragraph: elsewhere "this clause" is the citing sentence's own.)
const REFERRED_BACK = String.raw`${OPENING}${BACK_REFERENCE}(?: [\w-]+)?`;
// ... or a measure taken under it: "any suspension under clause 11.1 shall require ...", "any suspension or withholding under Article 7.1".
const MEASURE_UNDER = String.raw`${OPENING}[\w-]+(?: (?:or|and) [\w-]+)? (?:of (?:the )?[\w-]+ )?(?:under|pursuant to|in accordance with) ${NAMED}`;
// ... or the object of exercising it: "may exercise its rights under clause 11.1 only after ...".
// ... or of performing it: "shall comply with clause 9.3 only to the extent practicable".
const CLAUSE_EXERCISED = String.raw`\b(?:exercis|invok|enforc|rel(?:y|ies|ied) (?:up)?on|act(?:s|ing)? under|appl(?:y|ies|ied)|compl(?:y|ies|ied) with|perform|observ|give effect to|implement)\w*\b[^.;]{0,30}?${NAMED}`;
// (Not across a clause that sets it above others: "Clauses 9.1 and 9.2 prevail over any provision subject to the Customer's policies".)
// (Nor across a denial: "the obligations in clause 9.1 are not subject to the Customer's consent", "shall not lapse"; but a
// "notice" or "notification" between is no denial.)
// A qualifier of time governs the clause itself: a suspension under it that "shall end when the Supplier is satisfied" is not the clause ending.
const governing = (qualifier: RegExp, subjects = [CLAUSE_ITSELF, MEASURE_UNDER, CLAUSE_EXERCISED]) =>
  new RegExp(String.raw`(?:${subjects.join('|')})(?:(?!\b(?:(?:prevail|overrid)\w*|notwithstanding|over any|including|not|never|no|none|nothing|nor|neither|without)\b|n't)[^.;]){0,100}?(?:${qualifier.source})`);

// A condition or exception in the same sentence: the clause is cut down, not given up.
// ("for any order of no more than fifty licences" confines it to small orders.)
// (Not "whether occurring before or after the date of this Deed": every case, not some.)
export const CONDITIONAL = /(?<!\bwhether\b[^.;,]{0,30})\b(?:if|where|whenever|unless|except|save|to the extent|provided that|other than|until|during|while|before)\b|\bfor (?:any|each|such) [\w-]+ (?:of )?(?:no more than|not more than|not exceeding|less than|up to|below|under)\b/;

// Being let off what the clause asks: "shall not be required to maintain the channel described in clause 9.6", "is
// released from its obligations under clause 9.3". (Not let off giving notice, paying compensation or restoring
// service: those releases serve the safeguard.)
const DUTY_VERB = String.raw`(?:comply with|perform|observe|maintain|keep|operate|implement|give effect to|fulfil+|discharge|honou?r|provide|deliver|submit|carry out|follow|apply|obtain|seek|conduct|undertake|enforce)`;
const RELEASED = new RegExp(String.raw`\b(?:(?:(?:shall|is|are|will) not (?:be )?(?:required|obliged|obligated|bound)|(?:is|are|shall be) (?:under|subject to) no (?:obligation|duty)|(?:has|have|shall have) no (?:obligation|duty)) to|need not) ${DUTY_VERB}\b(?:(?!\b(?:notice|warning|compensation|credits?|refunds?|damages|restor\w*)\b)[^.;]){0,60}?${NAMED}`
  + String.raw`|\b(?:is|are|shall be) (?:hereby )?(?:released|relieved|excused|exempt(?:ed)?) from (?:(?:its|their|the|any|all|each|of) )*(?:obligations?|duties|dut(?:y|ies)|compliance)\b[^.;]{0,30}?${NAMED}`
  // (The seller doing the releasing: "the Supplier ... releases the Purchaser from, the undertakings given in clause 12", "hereby dispenses the Ministry from the obligation in clause 8.5".)
  + String.raw`|\b${SELLER}\b[^.;]{0,80}\b(?:releases?|dispenses?|excuses?|relieves?|exempts?) (?:the )?${CUSTOMER}\b,? from\b(?:(?!\b(?:notice|warning|compensation|credits?|refunds?|damages|payment|fees?)\b)[^.;]){0,80}?${NAMED}`);

// The seller giving up what the clause lets it do: "hereby waives its rights under clause 11.1", "shall not exercise
// its rights under clause 12". (Not the customer waiving a claim against a safeguard action.)
const GIVES_UP = String.raw`(?:waives?|renounces?|surrenders?)`;
const WILL_NOT_INVOKE = String.raw`(?:(?:shall|will) not|(?:undertakes|agrees) not to) (?:exercise|invoke|enforce|rely (?:up)?on|seek to enforce)`;
const RIGHTS_GIVEN_UP = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:${GIVES_UP}|${WILL_NOT_INVOKE})(?: and (?:releases?|surrenders?|renounces?|abandons?|waives?))?(?:, [^,.;]{1,80},)? (?:(?:any|all|each|its|the|their|of) )*(?:rights?|remed(?:y|ies)|powers?|entitlements?|claims?)\b[^.;]{0,30}\b(?:under|in|conferred by|pursuant to|set out in|granted by|in respect of|arising (?:under|from|out of)|relating to)\b[^.;]{0,80}?${NAMED}`
  // (A second predicate of the seller's: "the Licensor hereby confirms that it will renew ..., and irrevocably waives its right under
  // Article 12 to refuse or condition any renewal".)
  + String.raw`|\b${SELLER}\b[^.;]{0,160}?,? and (?:(?:hereby|irrevocably|expressly|unconditionally) )*${GIVES_UP} (?:(?:any|all|each|its|the|their|of) )*(?:rights?|remed(?:y|ies)|powers?|entitlements?)\b[^.;]{0,30}\b(?:under|in|conferred by|pursuant to|set out in|granted by)\b[^.;]{0,80}?${NAMED}`
  // ("waives any right to enforce clause 8", "confirms that it will not invoke or seek to enforce clause 6.3".)
  + String.raw`|\b${SELLER}\b[^.;]{0,40}\b${GIVES_UP}\b[^.;]{0,20}\b(?:rights?|powers?) to (?:enforce|rely (?:up)?on|invoke) ${NAMED}`
  + String.raw`|\b${SELLER}\b[^.;]{0,60}\b${WILL_NOT_INVOKE}(?: or (?:invoke|enforce|rely (?:up)?on|seek to enforce))? ${NAMED}`);

// The customer holding a switch to turn the clause off: "The Customer may suspend the operation of clause 9.1 by notice",
// "Clause 9.1 may be amended by the Customer from time to time".
// (Not the right denied: "The reseller may not change or waive Section 7".)
const CUSTOMER_SWITCHES_OFF = new RegExp(String.raw`\b${CUSTOMER}\b(?: (?:alone|also|itself|at any time|in its discretion))? (?:may|shall be entitled to|is entitled to|has the right to)\b(?! (?:not|never)\b)[^.;]{0,30}\b(?:suspend|waive|disapply|vary|amend|modify|revoke|cancel|withdraw|terminate)\b(?: (?:the )?(?:operation|application|effect) of)?[^.;]{0,30}?${NAMED}`
  + String.raw`|${NAMED}[^.;]{0,30}\bmay be (?:suspended|waived|disapplied|varied|amended|modified|revoked|cancelled|withdrawn)\b[^.;]{0,30}\bby (?:the )?${CUSTOMER}\b`);

// "deemed satisfied by the delivery of an operator manual", "shall be met by an authorisation from any senior officer".
const DEEMED_SATISFIED = /\b(?:is|are|shall be) (?:deemed (?:to be |to have been )?|treated as |taken to be )?(?:satisfied|met|fulfilled|discharged|complied with) (?:by|if|where|through|upon|on|once)\b/;
// Something less deemed to be what the clause asks: "An Operator who has completed the constables' induction shall be deemed to
// have completed Human Rights Training for the purposes of paragraph 2.1".
const DEEMED_DONE = new RegExp(String.raw`\b(?:shall|will) be (?:deemed|treated as having|taken to have) (?:to have )?(?:completed|satisfied|met|fulfilled|undergone|received|attended|given|provided|obtained)\b[^.;]{0,80}\bfor (?:the )?purposes? of ${NAMED}`);
// "Any such suspension shall require a prior order of a competent court".
const COURT_NEEDED = /\b(?:requires?|shall require|conditional (?:up)?on|subject to|only (?:with|upon|after|following))\b[^.;]{0,30}\b(?:order|judgment|judgement|decision|ruling|warrant|authori[sz]ation|approval|leave) (?:of|from|by) (?:a |an |the )?(?:competent |national |local |domestic )?(?:court|judge|tribunal|magistrate)/;
// "A termination under clause 3.2 shall take effect only upon the expiry of a notice period of six months".
const DELAYED = /\b(?:take effect|be effective|become effective) only (?:upon|after|on|at) (?:the )?(?:expiry|expiration|end|lapse) of\b|\b(?:shall|will) not (?:take effect|be effective|become effective) (?:until|before) (?:the )?(?:expiry|expiration|end|lapse) of\b/;
// "shall use reasonable endeavours to comply with clause 9.3"; "to the extent operationally practicable".
const EFFORTS = String.raw`\b(?:(?:commercially )?reasonable|best|all reasonable) (?:efforts|endeavou?rs)\b`;
const HEDGED = new RegExp(String.raw`${EFFORTS}|\bto the extent (?:reasonably |operationally )?(?:practicable|possible|feasible)\b|\bas far as (?:reasonably |operationally )?(?:practicable|possible)\b|\bwhere (?:reasonably |operationally )?(?:practicable|feasible)\b`);
const HEDGED_PERFORMANCE = new RegExp(String.raw`${EFFORTS}[^.;]{0,20}\bto (?:comply with|perform|observe|give effect to|implement|meet)\b[^.;]{0,40}?${NAMED}`);
// "Clause 9.3 applies only during the Warranty Period": it stops before the agreement does.
// ("applies during the Initial Deployment Phase only" too.)
const ONLY_FOR_A_PHASE = /\bonly (?:during|for|until|within|in) (?:the )?(?:warranty|initial|first|implementation|pilot|acceptance|trial|transition|installation)\b[\w ]{0,20}\b(?:period|term|phase|year|months?)\b|\b(?:during|for|until|within|in) (?:the )?(?:warranty|initial|first|implementation|pilot|acceptance|trial|transition|installation)\b[\w ]{0,20}\b(?:period|term|phase|year|months?) only\b/;
// "Clause 9.3 shall expire twelve months after the Effective Date": it stops before the agreement does.
const EXPIRES = /\b(?:(?:expire|lapse|cease to apply|cease to bind|fall away)s?|(?:shall|will) (?:end|cease|terminate|come to an end))\b(?! (?:with|together with|on (?:the )?(?:expiry|termination) of) (?:this|the) (?:agreement|contract))/;
// "subject to the laws of the Republic", "subject to the Customer's policies": the clause yields to the customer's rules.
const YIELDS_TO_CUSTOMER_RULES = new RegExp(String.raw`\b${SUBJECT_TO} (?:the )?(?:(?:domestic|national|local) (?:law|legislation)|(?:laws|legislation) of the (?:republic|kingdom|state|federation|emirate|country)|(?:${CUSTOMER}'s|its) (?:[\w-]+ ){0,3}(?:policies|procedures|rules|regulations|directions|instructions|requirements)|official secrets?)`);

// "Clause 3.1 shall not apply to any use authorised under the laws of the Republic": disapplied in part. (Not a clause
// kept out of the safeguard's way, "clause 3.1 shall not apply to any suspension or other Safeguard Action", nor the usual
// exception for what is already public.)
const DISAPPLIED_IN_PART = new RegExp(String.raw`\b(?:(?:shall|will|does|do) not (?:apply|extend)|(?:shall|will) have no application)${IN_SOME_CASES}(?![^.;]{0,80}\b(?:${SAFEGUARD_ACTIONS}|public domain|publicly (?:available|known)|already (?:public|known)|made public))`);

// "Clause 9 shall not apply to any use of the System by the Licensee, its officers or agents": disapplied to the customer's
// use at large, which is all the clause governs. (Not to some uses: "to any use by the Customer for training".)
const DISAPPLIED_TO_CUSTOMER = new RegExp(String.raw`\b(?:(?:shall|will|does|do) not apply|(?:shall|will) have no application) to (?:(?:any|all) (?:use|operation|deployment)s? (?:of (?:the )?[\w-]+ )?by )?(?:the )?(?:${CUSTOMER}|end users?)\b(?:,? (?:or |and )?(?:to )?(?:its|their|any|by) [^.;]{0,120})?(?:,? whether or not [^.;]*)?[.;]?$`);

// "Clause 6.1 shall not apply to any sale to a government agency", "Clause 11 shall not apply to sales in the Territory": the
// products in scope are sold to governments, in the territory the seller appoints for, so that is every sale.
const DISAPPLIED_TO_THE_MARKET = new RegExp(String.raw`\b(?:(?:shall|will|does|do) not apply|(?:shall|will) have no application) to (?:any |all )?(?:(?:re)?sales?|supplies|supply|deliveries|orders?|transactions?)\b[^.;]{0,20}?\b(?:to|with|for|in) (?:(?:a|an|any|the) )?(?:government(?:al)?|public|state|police|security|law[- ]enforcement|territory|public[- ]sector|(?:[\w-]+ )?(?:ministr(?:y|ies)|agenc(?:y|ies)))\b`);

// "Notwithstanding clause 9, the Distributor may sell to any customer": the clause overridden by a licence for the
// customer; with the seller's consent expressly dispensed with ("without the Supplier's approval"), given up.
const OVERRIDDEN_FOR_CUSTOMER = String.raw`\b(?:notwithstanding|despite|in derogation (?:from|of)) ${NAMED}[^.;]{0,60}?,\s*(?:the )?${CUSTOMER}\b[^.;]{0,40}?\b(?:may|is (?:free|entitled|permitted) to|shall be (?:free|entitled|permitted) to|(?:shall|will) not be (?:required|obliged|bound) to|need not)\b`;
const WITHOUT_SELLER = String.raw`\bwithout (?:the )?(?:(?:prior )?(?:written )?(?:consent|approval|authori[sz]ation|permission) of (?:the )?${SELLER}\b|${SELLER}'s (?:prior )?(?:written )?(?:consent|approval|authori[sz]ation|permission))`;
// "Clause 11.1 does not prevent the Ministry from allowing seconded officers to use the System": a carve-out.
// (Not where the sentence names the clause it keeps out of the way: "Clause 12 shall not limit clause 9".)
// (Or "Nothing in clause 19.3 prevents the Authority from taking disciplinary action against ... any person who discloses ...".)
const NOT_PREVENTED = new RegExp(String.raw`(?:^|[,;:] )(?:\(?[\w·]{1,6}[.)] )?${NAMED}(?: \([^)]{1,60}\))? (?:does|do|shall|will) not (?:prevent|prohibit|restrict|preclude|limit)\b(?![^.;]*${NAMED})`
  + String.raw`|\bnothing in ${NAMED}(?: \([^)]{1,60}\))? (?:shall |will )?(?:prevents?|prohibits?|restricts?|precludes?|limits?) (?:the )?${CUSTOMER}\b`);

// "Clause 12 of the Contract imposes no obligation on the Directorate that is enforceable", "Sections 11 and 12 record the
// Supplier's expectations only; they impose no obligation on Customer".
const IMPOSES_NO_DUTY = new RegExp(String.raw`${NAMED}[^.]{0,160}?\b(?:imposes?|creates?|places?) no (?:[\w-]+ )?(?:obligations?|dut(?:y|ies))\b(?! (?:on|upon|for) (?:the )?${SELLER}\b)`
  // ("Article 22 shall be construed accordingly and confers on the Contractor no right in respect of such measures".)
  + String.raw`|${NAMED}[^.;]{0,80}?\bconfers? (?:on|upon) (?:the )?${SELLER} no (?:rights?|powers?|entitlements?)\b`);

// "Every Tasking entered by an Operator shall be deemed to have been duly authorised for the purposes of Clause 9": a
// fiction that every case complies. (Asked of sentences that cite the clause.)
const DEEMED_COMPLIANT = /\b(?:every|any|all|each)\b[^.;]{0,160}?\b(?:shall|will) be deemed (?:to (?:have been|be) )?(?:duly |an? )?(?:authori[sz]ed|compliant|approved|permitted|lawful|in compliance|satisfied|complied with)\b/;
// "any disclosure made under Section 9.4 shall constitute a material breach", "a report through the channel under Clause 8
// shall be deemed an unauthorised disclosure": acting under the clause is itself made a wrong.
// (Not a failure to act under it: "any failure to give notice under clause 9.2 shall constitute a material breach".)
const ACTING_UNDER_IS_WRONG = new RegExp(String.raw`(?<!\b(?:fail\w*|non-?complian\w*|refus\w*|omission|violation|contravention|breach(?:es)?)\b[^.;]{0,80})\b(?:under|pursuant to|in accordance with) ${NAMED}[^.;]{0,80}?\b(?:shall|will|is to|are to) (?:constitute|be deemed(?: to be)?|be treated as|amount to|be) (?:an? )?(?:material )?(?:breach|default|unauthori[sz]ed disclosure|wrongful|unlawful)\b`);

// "agrees that no use of the Platform by the Licensee shall constitute a breach of clause 8".
const NO_USE_A_BREACH = new RegExp(String.raw`\bno (?:use|act|operation|conduct)\b[^.;]{0,80}\b(?:shall|will|does|is to) (?:constitute|be|amount to|give rise to) (?:a |any )?breach of ${NAMED}`);

// "The training in Section 7 is recommended but is never a condition of access": the clause is made optional. (Not "not binding": a
// part declared not binding is read by the draft index, and grades weak.)
const MADE_OPTIONAL = new RegExp(String.raw`${NAMED}[^.;]{0,80}?\b(?:is|are|shall be|will be) (?:merely |only |purely )?(?:recommended|optional|advisory|voluntary|discretionary|for guidance only|not (?:mandatory|compulsory|obligatory))\b`);
// "Helvion may not ... withhold any approval under Clause 6.1 ..., and any approval so withheld is deemed given": the seller's approval emptied.
const APPROVAL_CANNOT_BE_WITHHELD = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,20}\b(?:may|shall|will) not\b[^.;]{0,60}?\b(?:refuse|withhold|deny|delay|condition)\b[^.;]{0,20}\b(?:any )?(?:approvals?|consents?|authori[sz]ations?)\b[^.;]{0,20}\b(?:under|pursuant to|required by|in) ${NAMED}`);

export const CITED_CLAUSE_COUNTERS: Qualifier[] = [
  { test: MADE_OPTIONAL, reason: 'A later clause that cites it makes it optional.' },
  { test: APPROVAL_CANNOT_BE_WITHHELD, unless: /\bunreasonabl|\barbitrar|\bwithout (?:good )?(?:cause|reason)\b/, reason: 'A later clause that cites it bars the seller from withholding its approval.' },
  { test: NO_USE_A_BREACH, reason: 'A later clause says no use can breach it.' },
  // (Not a use the clause itself allows: "Any use for a purpose set out in clause 6.1 shall be deemed an Authorised Use".)
  { test: DEEMED_COMPLIANT, unless: /\b(?:set out|described|specified|listed|referred to|provided for) in\b|\bin accordance with\b/, reason: 'A later clause that cites it deems every case to comply with it.' },
  { test: IMPOSES_NO_DUTY, reason: 'A later clause that cites it says it imposes no obligation.' },
  { test: new RegExp(`${OVERRIDDEN_FOR_CUSTOMER}[^.;]{0,160}${WITHOUT_SELLER}`), unless: CONDITIONAL, reason: 'A later clause overrides it to let the customer act without the seller\'s consent.' },
  // (Also "This Article 9 shall not apply to any use of the System by the End User".)
  { test: governing(DISAPPLIED_TO_CUSTOMER, [CLAUSE_ITSELF, MEASURE_UNDER, CLAUSE_EXERCISED, THIS_CLAUSE]), reason: 'A later clause that cites it disapplies it to the customer\'s use at large.' },
  { test: governing(DISAPPLIED_TO_THE_MARKET), reason: 'A later clause that cites it disapplies it to sales to governments or in the territory: every sale of such a product.' },
  { test: CUSTOMER_SWITCHES_OFF, unless: CONDITIONAL, reason: 'A later clause that cites it lets the customer suspend, waive or amend it.' },
  { test: RELEASED, unless: CONDITIONAL, reason: 'A later clause that cites it releases the party from it.' },
  { test: RIGHTS_GIVEN_UP, unless: CONDITIONAL, reason: 'A later clause that cites it gives up the seller\'s rights under it.' },
];

const weakeners = (subjects: string[], time: string[]): Qualifier[] => [
  { test: governing(DISAPPLIED_IN_PART, subjects), reason: 'disapplies it in some cases.' },
  { test: governing(CONSENT_NEEDED, subjects), reason: 'makes it need the customer\'s consent.' },
  { test: governing(COURT_ONLY, subjects), reason: 'lets it operate only after a court or other body decides.' },
  { test: governing(COURT_NEEDED, subjects), reason: 'makes it need a court\'s order.' },
  { test: governing(JOINT_BODY_APPROVAL, subjects), reason: 'makes it need a joint body\'s approval.' },
  { test: governing(DELAYED, subjects), reason: 'delays it until a period runs out.' },
  { test: governing(DEEMED_SATISFIED, subjects), reason: 'deems it satisfied by something less.' },
  { test: governing(EXPIRES, time), reason: 'makes it end early.' },
  { test: governing(ONLY_FOR_A_PHASE, time), reason: 'confines it to an early phase of the agreement.' },
  { test: governing(HEDGED, subjects), reason: 'asks it to be performed only as far as practicable.' },
  { test: governing(LOCAL_LAW_ONLY, subjects), reason: 'confines it to what local law allows.' },
  { test: governing(YIELDS_TO_CUSTOMER_RULES, subjects), reason: 'makes it yield to the customer\'s own law or rules.' },
  { test: governing(NATIONAL_SECURITY_CARVE, subjects), reason: 'carves out national security.' },
];
const saying = (who: string, qualifiers: Qualifier[]) => qualifiers.map((q) => ({ ...q, reason: `${who} ${q.reason}` }));

/** Asked of the sentences that cite the safeguard's clause (or name its schedule). */
// "The Vendor shall obtain the Purchaser's prior written consent before publishing any aggregated information under GCC 33.2".
const CONSENT_BEFORE_ACTING = new RegExp(String.raw`\b${CUSTOMER}'s (?:[\w-]+ ){0,3}(?:consent|approval|authori[sz]ation)\b[^.;]{0,30}\b(?:before|prior to)\b[^.;]{0,80}?\b(?:under|pursuant to|in accordance with) ${NAMED}`);

// A condition precedent the clause waits on: "the Authority's obligations under clause 12.1 shall not commence until that payment has been
// received in full".
const WAITS_ON_CONDITION = new RegExp(String.raw`${CLAUSE_ITSELF}[^.;]{0,40}?\b(?:shall|will|do|does) not (?:commence|begin|arise|apply|take effect|become (?:due|effective|binding))\b[^.;]{0,20}\b(?:until|unless|before)\b`);

export const CITED_CLAUSE_WEAKENERS: Qualifier[] = [
  { test: WAITS_ON_CONDITION, reason: 'A later clause that cites it makes it wait on a condition.' },
  { test: DEEMED_DONE, reason: 'A later clause that cites it deems something less to meet it.' },
  // (Not acting outside it: "any suspension other than one made with the Authority's consent under clause 7.1 shall constitute a breach".)
  { test: ACTING_UNDER_IS_WRONG, unless: /\b(?:other than|except|save|unless)\b/, reason: 'A later clause makes acting under it a breach or a wrong.' },
  { test: new RegExp(OVERRIDDEN_FOR_CUSTOMER), reason: 'A later clause overrides it with a licence for the customer.' },
  { test: NOT_PREVENTED, reason: 'A later clause that cites it carves cases out of it.' },
  { test: CONSENT_BEFORE_ACTING, reason: 'A later clause that cites it makes acting under it need the customer\'s consent.' },
  { test: RELEASED, reason: 'A later clause that cites it releases the party from it in some cases.' },
  { test: RIGHTS_GIVEN_UP, reason: 'A later clause that cites it holds back the seller\'s rights under it in some cases.' },
  { test: HEDGED_PERFORMANCE, reason: 'A later clause that cites it asks only for efforts to perform it.' },
  { test: CUSTOMER_SWITCHES_OFF, reason: 'A later clause that cites it lets the customer suspend, waive or amend it in some cases.' },
  // (Its time limits said of "this clause 13" too: "This clause 13 applies during the Initial Deployment Phase only".)
  ...saying('A later clause that cites it', weakeners([CLAUSE_ITSELF, MEASURE_UNDER, CLAUSE_EXERCISED], [CLAUSE_ITSELF, THIS_CLAUSE])),
];

/** Asked of the later sentences of the safeguard's own paragraph that refer back to it (and a next one that opens "The foregoing"). */
export const REFERRING_BACK_COUNTERS: Qualifier[] = [
  { test: governing(DISAPPLIED_TO_CUSTOMER, [REFERRED_BACK]), reason: 'A later sentence that refers back to it disapplies it to the customer\'s use at large.' },
];
export const REFERRING_BACK_WEAKENERS: Qualifier[] = saying('A later sentence that refers back to it', weakeners([REFERRED_BACK], [REFERRED_BACK]));

// The same qualifiers said of the measure itself, wherever the draft says it: "Any suspension shall require a prior
// order of a court", "the Supplier shall exercise its right of termination only with the approval of the Joint
// Steering Committee", "No suspension shall take place without the Customer's consent", "Any termination by the
// Supplier shall require ninety days' notice". A rule names its measure as the stem of a noun ("suspen", "terminat").
const NOTICE_PERIOD = /\b(?:requires?|shall require|subject to|after|upon|on|following|giving|give)\b[^.;]{0,30}\b(?:(?:[2-9]|\d{2,3})|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (?:(?:calendar|business|working) )?(?:days|months|weeks)'? (?:prior |advance |previous )?(?:written )?notice\b/;
// "Before terminating for Misuse, the Supplier shall give the Customer sixty days to remedy it"; "allow sixty days for it to be remedied".
const CURE_FIRST = /\b(?:give|allow|grant|afford)\b[^.;]{0,30}\b(?:(?:[2-9]|\d{2,3})|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (?:(?:calendar|business|working) )?(?:days|months|weeks) (?:in which |within which )?(?:to (?:remedy|cure|rectify|correct|remediate)|for (?:it|them|the (?:default|breach|failure|misuse)) to be (?:remedied|cured|rectified|corrected))\b/;
// (Someone else's: not "without a written decision of the Supplier's compliance officer".)
const NOT_WITHOUT = new RegExp(String.raw`\b(?:without|except (?:with|upon|after|under)|unless|other than (?:with|upon|after|under))\b(?:(?!\b${SELLER}\b)[^.;]){0,60}\b(?:consent|approval|agreement|order|judgment|judgement|decision|authori[sz]ation|warrant|resolution)\b(?! (?:of|by|from) (?:the )?${SELLER}\b)`);
const MEASURES = new Map<string, Qualifier[]>();
/** With `immediate`, the safeguard wants the measure at once (suspension, termination): a notice or cure period cuts it down, as it does not an audit. */
export function measureQualifiers(noun: string, immediate: boolean): Qualifier[] {
  let qualifiers = MEASURES.get(noun);
  if (qualifiers) return qualifiers;
  const opening = String.raw`(?:^|[,;:] )(?:\(?[\w·]{1,6}[.)] )?`;
  const measure = String.raw`(?:${noun})\w*`;
  const subjects = [
    String.raw`${opening}(?:(?:any|each|every|the|a|such) )?(?:[\w-]+'s )?(?:right (?:of|to) )?${measure}\b`,
    String.raw`\b(?:exercis\w*|invok\w*) (?:any|its|the|such|a|each)? ?(?:[\w-]+ )?(?:right|power)s? (?:of|to) ${measure}\b`,
    String.raw`${opening}(?:before|prior to) ${measure}\b`,
  ];
  const said = (q: RegExp, reason: string): Qualifier => ({ test: governing(q, subjects), reason });
  qualifiers = [
    said(CONSENT_NEEDED, 'A clause on the measure itself makes it need the customer\'s consent.'),
    said(COURT_ONLY, 'A clause on the measure itself lets it be taken only after a court or other body decides.'),
    said(COURT_NEEDED, 'A clause on the measure itself makes it need a court\'s order.'),
    said(JOINT_BODY_APPROVAL, 'A clause on the measure itself makes it need a joint body\'s approval.'),
    ...(immediate ? [said(NOTICE_PERIOD, 'A clause on the measure itself makes it wait for a notice period.'), said(CURE_FIRST, 'A clause on the measure itself makes it wait for a cure period.')] : []),
    { test: new RegExp(String.raw`${opening}(?:no|neither) ${measure}\b[^.;]{0,60}?${NOT_WITHOUT.source}|\b(?:shall|will|may) not (?:exercis|invok|take|effect|implement)\w*\b[^.;]{0,40}${measure}\b[^.;]{0,60}?${NOT_WITHOUT.source}`),
      reason: 'A clause on the measure itself bars it without someone else\'s consent or order.' },
  ];
  MEASURES.set(noun, qualifiers);
  return qualifiers;
}
