import { LOCAL_LAW_PREVAILS, NATIONAL_SECURITY_CARVE_OUT } from '../boilerplate.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { escapeRegExp } from '../../regexp.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { LOCAL_LAW_ONLY, REASONABLE_EFFORTS } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import type { DefinedTerm } from '../../read/model.ts';
import { matches } from '../prefilter.ts';

// A sentence that forbids a use of the product.
// (Civil-law drafting states the ban in the present tense: "the End User does not use the Software".)
// (Also a licence condition: "the licence is conditional upon the Licensee not deploying ...".)
// (And an outcome: "the Licensee shall ensure that no journalist is monitored through the Service".)
const PROHIBITS = /\b(?:conditional (?:up)?on (?:the )?[\w-]+ not|(?:shall|must|may|will|is|are|does|do|can) (?:not|never)(?! be (?:required|obliged|bound|liable|responsible))|cannot|not to|in no (?:event|circumstances)|under no circumstances|is prohibited|are prohibited|prohibits?|(?:no (?:person|one)|nobody) (?:shall|may|uses|deploys|operates|targets)|no (?:user|operator|officer|person|personnel|staff|employee|agent|analyst|member|individual|body|agency|unit)s? (?:of (?:the )?[\w-]+ )?(?:shall|may|will|must|uses|deploys|operates|targets)|refrains? from|abstains? from|(?:is|are) (?:forbidden|barred)|(?:ensure|procure)s? that no|none of (?:whom|them|which) (?:shall|may|can|is to|are to))\b[^.;]{0,200}\b(?:use|target|surveil|monitor|deploy|configur|intercept|track|profil|identif|retriev|search|quer|examin|locat|employ|utili[sz]|spy|persecut|select\w* (?:for|as)|task|point)/;
// Nominalised: "Deployment of the Tool against persons ... is prohibited."
const NOMINAL_BAN = /\b(?:use|deployment|targeting|surveillance|monitoring|tracking|interception|profiling|identification|operation|collection)\b[^.;]{0,200}\b(?:is|are|shall be|will be) (?:strictly )?(?:prohibited|forbidden|not permitted|not allowed|barred)\b/;
// A ban as a bare noun phrase, in a list item or a table cell: "| No targeting of journalists ... |", "- No bulk collection".
// (Adjectives may stand between, "no bulk or untargeted collection"; not a subject and its verb, "no party shall use".)
const NO_NOUN_BAN = /(?:^|\| |: )no (?:(?!(?:shall|will|may|must|can|party|parties|one|person)\b)[\w-]+ ){0,3}?(?:use|targeting|surveillance|monitoring|tracking|interception|profiling|collection|deployment)\b/;
// A negative definition: '"Permitted Use" excludes (a) any surveillance of a person for ...'.
const EXCLUDED_FROM_USE = /\b(?:permitted|authori[sz]ed|approved|licensed|acceptable) (?:uses?|purposes?)\b"?[^.;]{0,20}\b(?:excludes?|shall exclude|does not (?:include|extend to|cover))\b/;
const TOPIC = new RegExp(`${PROHIBITS.source}|${NOMINAL_BAN.source}|${NO_NOUN_BAN.source}|${EXCLUDED_FROM_USE.source}|\\bprohibited (?:uses?|purposes?|activities|targeting)|prohibited (?:for|from)[^.;]{0,20}\\buse|acceptable use|restricted activit`);
// A section that lists what the customer may not do ("Restricted purposes", "Acceptable Use").
const RESTRICTION_HEADING = /restrict(?:ed|ions)|prohibited|acceptable use|use polic|limit(?:s|ations?) (?:of|on) use|use limit/;
// The draft's own term for forbidden use ("Misuse", "Prohibited Use"), defined once and forbidden elsewhere.
const FORBIDDEN_TERM = /misuse|prohibited|restricted|unauthori[sz]ed use|unacceptable/i;
// Uses the draft sanctions instead of forbidding: "Each of the following is a Termination Event:
// (a) the System is used against any person on account of a Protected Activity ...", on which the seller may terminate.
const SANCTIONED_TERM = /termination events?|events? of default|suspension events?|default events?/i;
function forbidden(index: DraftIndex): { uses: DefinedTerm[]; forbids?: RegExp } {
  return index.memo('forbidden-uses', () => {
    const uses = index.draft.definitions.filter((d) => (FORBIDDEN_TERM.test(d.term) || SANCTIONED_TERM.test(d.term)) && /\bused?\b/i.test(d.meaning));
    const terms = (pick: (d: DefinedTerm) => boolean) => uses.filter(pick).map((d) => escapeRegExp(d.term.toLowerCase())).join('|');
    const forbiddenTerms = terms((d) => FORBIDDEN_TERM.test(d.term));
    const sanctionedTerms = terms((d) => !FORBIDDEN_TERM.test(d.term));
    const forbids = [
      ...(forbiddenTerms ? [String.raw`\b(?:(?:shall|must|will|may) not|not to|nor|no)\b[^.;]{0,80}\b(?:${forbiddenTerms})`] : []),
      ...(sanctionedTerms ? [String.raw`\b(?:terminat|suspen)\w*[^.;]{0,120}\b(?:${sanctionedTerms})\b|\b(?:${sanctionedTerms})\b[^.;]{0,120}\b(?:terminat|suspen)`] : []),
    ];
    return { uses, forbids: forbids.length ? new RegExp(forbids.join('|')) : undefined };
  });
}
const forbiddenUses = (index: DraftIndex) => forbidden(index).uses;
const forbidsTerm = (c: Clause, index: DraftIndex) => forbidden(index).forbids?.test(c.text) ?? false;
// What a prohibition forbids: its own words and the meaning of the term it forbids, with the
// meanings of the terms those use ("on account of a Protected Activity", "against any Protected Person").
const scope = (c: Clause, index: DraftIndex) => {
  const words = [c.block, ...forbiddenUses(index).filter((d) => c.text.includes(d.term.toLowerCase())).map((d) => d.meaning.toLowerCase())].join(' ');
  // (Not the standards themselves: "in breach of Human Rights" names no person or activity.)
  const used = index.draft.definitions.filter((d) => d.term.length > 3 && !/rights|law|standards?|polic/i.test(d.term) && words.includes(d.term.toLowerCase()));
  return [words, ...used.map((d) => d.meaning.toLowerCase())].join(' ');
};
const inScope = (re: RegExp) => (c: Clause, index: DraftIndex) => re.test(scope(c, index));
// What the seller may not do (publicity, disclosure) is not a restriction on the customer's use.
// (After an opening condition too, and with the seller's other duties first: "Where maintenance is ordered, Seller shall
// provide all updates ... and shall not withhold ... any of them for any allegation concerning Buyer's use".)
const SELLER_BOUND = new RegExp(String.raw`^(?:[^.;,]{0,80}, )?(?:the )?${SELLER}\b(?:(?!\b${CUSTOMER}\b)[^.;]){0,160}?\b(?:shall|must|will|may) not\b`);
// Generic confidentiality ("shall keep confidential the other party's Confidential Information and
// shall not use it except for this Agreement") restricts the use of information, not of the product.
// Nor is a bar on using names, logos or marks (publicity), which restricts no use of the product.
const NOT_THE_PRODUCT = /\b(?:shall|must|may|will) not use (?:the |any )?(?:[\w-]+'s |other party's |its |our |their )?(?:names?|logos?|trade ?marks?|brands?|insignia)\b/;
const CONFIDENTIALITY = /\bconfidential information\b|\bkeep (?:\w+ ){0,8}(?:confidential|secret)\b|\bin (?:strict )?confidence\b/;
// People the spec protects, in the words drafts use, and selection on discriminatory grounds.
const PROTECTED_GROUPS = /journalis[tm]|reporters|media workers|human[- ]rights defender|campaigners|civil society|dissident|political opponent|opposition|activist|lawyer|trade[- ]union|minorit|protected persons|members of the (?:press|media)|the press\b(?! releases?)|critics|protesters|demonstrators|whistle-?blowers|bloggers|religious (?:leaders|groups|communities)|discriminat|on the (?:basis|grounds?) of[^.;]{0,40}(?:race|ethnic|religio|nationality|political|sex|gender|protected characteristic)/;
// A bar on bulk surveillance in its many wordings: untargeted, generalised, every device in an area, communities "generally",
// "an undetermined group of persons", "all the communications transiting a network".
const BULK = new RegExp(String.raw`\bbulk\b(?! (?:e-?mails?|mail|messages?|messaging|sms|texts?|uploads?|downloads?|purchases?|orders?|pricing|licen|activit|content|posting|distribution|advertis))|untargeted|indiscriminate|mass (?:surveillance|monitoring|collection|interception|tracking)|blanket (?:or [\w-]+ )?(?:extractions?|examinations?|surveillance|monitoring|collection|interception|searche?s?|tracking)|without (?:an? )?individual(?:i[sz]ed)? suspicion|dragnet|generali[sz]ed (?:monitoring|surveillance|tracking)|population[- ]wide|across a population|\ball (?:the )?(?:users|persons|people|faces|devices|handsets|vehicles|passers-by|traffic|communications)\b|\b(?:persons|people|individuals) who (?:are|is) not (?:on|in|named in|listed in|the subject of)\b|(?:undetermined|indeterminate|unspecified) (?:group|number|set|category) of (?:persons|people|individuals|devices)|(?:topics|places|areas?|communities|populations?)[^.;]{0,30}\bgenerally\b|open-ended (?:searches|monitoring|tracking|sweeps)|\bsweep(?:s|ing)?\b|public spaces|\b(?:area|region|city|district|nation|country)-wide\b|\bmass\b[^.;]{0,20}\b(?:control|collection|interception|surveillance|monitoring)\b|\bevery (?:phone|device|handset|person|one|vehicle|face)\b[^.;]{0,20}\bin (?:range|the area|the vicinity)`
  // Faces in a crowd or a live feed, or anyone not a specified person: "on an image of a group or crowd that is not confined to a specified person".
  + String.raw`|\bcrowds?\b|\blive (?:video |camera |cctv )?(?:feeds?|streams?|footage)\b|not (?:confined|limited|restricted) to (?:a |an |the )?(?:specified|named|identified|particular|individual) (?:person|individual|target|suspect)`
  // ... or what is not singled out: "the whole or an undifferentiated part of the traffic of an operator"; "area queries ... that are
  // not tied to a specific criminal case number". (Not "individually designated", which drafters also use of what they allow.)
  + String.raw`|\bundifferentiated\b|\b(?:whole|entirety)\b[^.;]{0,40}\bof the (?:traffic|communications|subscribers)\b|\bnot (?:tied|linked|related|connected|confined) to (?:a |an )?(?:specific|particular|named|identified|individual) (?:[\w-]+ )?(?:case|investigation|person|target|suspect|warrant)`
  // "records for a whole area, event or population", "area-wide"; or each query confined to one target: "Every query must name one handset".
  + String.raw`|\b(?:whole|entire) (?:area|region|district|city|town|neighbou?rhood|event|population|network|country|province)s?\b|\b(?:area|region|city|network|population)-wide\b`
  + String.raw`|\b(?:each|every) (?:query|search|request|tasking|lookup|look-up) (?:shall|must|may only) (?:name|identify|specify|be (?:limited|confined|restricted) to) (?:a |one |an |the )?(?:(?:single|specific|named|identified|individual|known) )*(?:handset|device|phone|person|individual|target|suspect|number|subscriber|account)\b`
  // "massive, generalised interception", "blanket collection", "everyone in an area".
  + String.raw`|\b(?:mass|massive|generali[sz]ed|wholesale|blanket|large-scale|indiscriminate)\W+(?:[\w-]+\W+){0,2}?(?:surveillance|monitoring|collection|interception|tracking|retention|scanning|screening)\b|\b(?:everyone|everybody|every person) (?:in|within|present in|passing through|at)\b`
  // "... monitoring of the general population"; "traffic other than traffic matching Selectors";
  // "persons who are not suspects"; profiling groups or communities rather than persons.
  + String.raw`|general population|population[- ](?:scale|level)|(?:traffic|communications|devices|persons|data) other than (?:the )?(?:traffic|communications|devices|persons|data)? ?(?:matching|of|relating to) (?:approved |authori[sz]ed )?(?:selectors|targets|suspects)|(?:persons|people|individuals|anyone)[^.;]{0,20}\bwho (?:are|is) not (?:a |the )?(?:suspects?|targets?|under investigation)|non-suspects|profil\w*[^.;]{0,60}\b(?:groups?|populations?|communit\w*|professions?)\b`
  // Civil-law drafting: "Each infection shall concern an individually designated terminal ... not in series, by geographic zone
  // or by category of users, nor any other operation not aimed at a determined person".
  + String.raw`|\bin series\b|\bby (?:geographic(?:al)? )?(?:zone|area|region)s?\b|\bby categor(?:y|ies) of (?:users|persons|people|subscribers)\b|\bnot (?:aimed at|directed (?:at|against)|targeted at) (?:a |an )?(?:determined|specific|specified|particular|identified|individual|named) (?:person|individual|target|terminal|device)\b|\bindividually (?:designated|identified|specified) (?:terminal|device|person|target)s?\b`);
// (A bar on it in the clause's next paragraph: "10.2 ... and never for bulk extraction".)
const BULK_BARRED = new RegExp(String.raw`\b(?:not|never|nor|no)\b[^.;]{0,60}(?:${BULK.source})`);
// Use against people for exercising rights, in the words drafts use: what they say, believe or
// protest, their views, worship or peaceful demonstrations.
// (Plain English too: "because they protest, speak out or pray".)
const RIGHTS_EXERCISED = /\b(?:exercis\w+|because of|because (?:they|he|she)\b|by reason of|on account of|based (?:up)?on|on the (?:basis|grounds?) of|in retaliation for|for\b)[^.;]{0,80}(?:rights?|freedoms?|liberties|expression|opinion|assembly|association|religio|belief|believe|conscience|worship|privacy|(?:political|religious) views|what (?:they|he|she) (?:say|said|write|wrote|think|believe)|speech|demonstrat|protest)|peaceful (?:protest|assembly|exercise|demonstrat)|political (?:opinion|activit|views|beliefs|affiliation)/;

// The prohibitions themselves give way to security use: "the restrictions in clause 6 shall not
// limit deployment for State security", "nothing in this Clause 6 shall limit ... national security".
// (Also a side letter's "Section 6.2(c), which prohibits bulk collection, shall not apply to any operation under the law on state security".)
const YIELDS_TO_SECURITY = /\b(?:prohibits?|restricts?|forbids?|bars?)\b[^.;]{0,120}\b(?:shall|will|does|do) not apply\b[^.;]{0,120}\b(?:national security|state security|public order|intelligence)\b|\bnothing in (?:this )?(?:agreement|contract|licen[cs]e|clauses?|sections?|articles?|paragraphs?|schedules?)\b[^.;]{0,80}?\b(?:shall |will |may )?(?:limit|restrict|condition|apply to|affect|prevent|prejudice)s?\b[^.;]{0,120}\b(?:national security|state security|public order|intelligence)\b|\b(?:restrictions?|limitations?|prohibitions?|prohibited uses?)\b[^.;]{0,80}?\b(?:shall|will|do|does|may) not (?:limit|restrict|condition|apply to|affect|prevent|prejudice)\b[^.;]{0,120}\b(?:national security|state security|public order|intelligence)\b/;
// ... unless the clause it names is not about use at all.
// The prohibitions switched off for security work, whichever comes first: "where the Authority acts
// for national defence or public order, the prohibited uses in Schedule 3 are disapplied".
const DISAPPLIED = /\b(?:restrictions?|limitations?|prohibitions?|prohibited uses?)\b[^.;]{0,80}?\b(?:(?:are|is|shall be|will be) (?:disapplied|suspended|inapplicable|lifted|waived)|(?:cease|ceases) to apply|(?:(?:shall|will|do|does) not|don't|doesn't|won't) apply)\b/;
const SECURITY_PURPOSE = /\b(?:national security|state security|security of the (?:state|nation|republic|kingdom|realm|country)|public order|intelligence|national defen[cs]e|defen[cs]e of the (?:state|nation|realm)|state of emergency|emergency powers)\b/;
// "In matters of national security, the Customer shall not be bound by the Prohibited Uses clause."
const NOT_BOUND = /\bnot (?:be )?bound by\b[^.;]{0,40}\b(?:restrictions?|limitations?|prohibitions?|prohibited uses?|use polic\w*|clauses?|sections?|schedules?|articles?)\b/;
// The prohibiting clause disapplied by its number: "Clause 9 shall not apply to any use ... for national security";
// "none of the restrictions in Article 11 applies to operations for national security purposes".
const CITED_DISAPPLIED = /\b(?:clauses?|sections?|articles?|paragraphs?|schedules?|annex(?:es)?) [\w·()-]+[^.;]{0,40}\b(?:(?:shall|will|does|do) not apply|(?:is|are|shall be) (?:disapplied|suspended|inapplicable))\b|\bnone of (?:the )?(?:restrictions?|limitations?|prohibitions?|prohibited uses?)\b[^.;]{0,60}\bappl(?:y|ies)\b/;
const restrictionsYield = (c: Clause, index: DraftIndex) => {
  const yields = matches(YIELDS_TO_SECURITY, c.text) || ((matches(DISAPPLIED, c.text) || matches(NOT_BOUND, c.text)) && matches(SECURITY_PURPOSE, c.text));
  // (A clause disapplied by its number must be a prohibition.)
  const cites = !yields && matches(CITED_DISAPPLIED, c.text) && matches(SECURITY_PURPOSE, c.text);
  if (!yields && !cites) return false;
  const cited = index.referencedText(c);
  return (yields && cited === '') || TOPIC.test(cited);
};

// The customer allowed, over the restrictions, what they protect: "Notwithstanding the Acceptable Use Policy, the Customer
// may run monitoring across all public content ..., including in connection with strikes and demonstrations".
const OVERRIDING_PERMISSION = new RegExp(String.raw`\b(?:notwithstanding|despite|regardless of|in derogation (?:from|of))\b[^,;]{0,80}?\b(?:(?:acceptable|responsible|ethical) use|use polic|prohibited uses?|use restrictions?|restrictions?|prohibitions?|clauses?|sections?|articles?|paragraphs?|schedules?|annex\w*)\b[^;]{0,80}?,\s*(?:the )?${CUSTOMER}\b[^.;]{0,40}?\b(?:may|is entitled to|shall be entitled to|is free to|can|is permitted to)\b[^.;]{0,40}?\b(?:use|monitor|run|operate|deploy|configure|collect|intercept|track|target|search|identify)`);
const AGAINST_ANYONE_INCLUDING = new RegExp(String.raw`^(?!(?:[\w·().-]+ )?(?:the )?${SELLER}\b)[^.;]{0,80}\b(?:may|is free to|is entitled to|can)\b (?:\w+ ){0,2}(?:use|deploy|operate|direct)\b[^.;]{0,40}\bagainst any (?:target|person|individual|group|one)\b[^.;]{0,40}\bincluding\b`);
const FOR_ANY_USE_INCLUDING = new RegExp(String.raw`^(?!(?:[\w·().-]+ )?(?:the )?${SELLER}\b)[^.;]{0,80}\b(?:may|is free to|is entitled to|can)\b (?:\w+ ){0,2}(?:use|deploy|operate)\b[^.;]{0,40}\bfor any (?:[\w-]+ ){0,2}(?:monitoring|surveillance|collection|interception|activit(?:y|ies)|operations?|purposes?)\b[^.;]{0,80}\bincluding\b`);
const BULK_OR_ANYONE = /\bincluding\b[^.;]{0,80}\b(?:population|bulk|mass|untargeted|indiscriminate|any (?:individual|person|group|one))/;
const DEEMED_UNPROTECTED = new RegExp(String.raw`\b(?:shall|will|is to|are to)\b(?: for all purposes(?: of this [\w-]+)?)? be (?:treated|deemed|regarded|considered) (?:as )?not (?:being|to be)\b[^.;]{0,20}(?:${PROTECTED_GROUPS.source})|\bdeemed not to relate to\b[^.;]{0,60}\b(?:expression|assembly|association|religion|privacy|political)`);
const PROTECTED_ACTIVITY = /gatherings?|strikes?|demonstrations?|protests?|assembl(?:y|ies)|rallies|marches|vigils?/;
const overridingPermission = (c: Clause, index: DraftIndex) => matches(OVERRIDING_PERMISSION, c.text)
  && (matches(PROTECTED_GROUPS, c.text) || matches(PROTECTED_ACTIVITY, c.text) || matches(BULK, c.text) || matches(RIGHTS_EXERCISED, c.text))
  // (A clause it names by number must be a prohibition.)
  && (!/\b(?:clauses?|sections?|articles?|paragraphs?|schedules?|annex\w*) [\w·()-]+/.test(c.text) || index.referencedText(c) === '' || TOPIC.test(index.referencedText(c)) || /\b(?:use|restrict|prohibit)/.test(c.text.split(',')[0]));

// "... to the extent that such retrieval is prohibited by the Constitution".
const READ_DOWN_BY_DOMESTIC_LAW = /to the extent (?:that )?[^.;]{0,40}(?:prohibited|permitted|unlawful|forbidden) (?:by|under) (?:the )?(?:constitution|(?:[\w-]+ ){0,4}(?:code|act|statute|legislation))\b/;

// A ban the customer can lift: "unless authorised by the Minister", "except where approved by the head of the Agency".
// (Not "except as permitted by this Agreement", which only points back to the contract.)
const UNLESS_AUTHORISED = /\b(?:unless|except|save)\b(?: (?:where|as|if|when|with))?[^.;]{0,30}\b(?:authori[sz]ed|approved|permitted|sanctioned|consent\w*)\b(?! (?:by|under|in) (?:this|the) (?:agreement|licen[cs]e|contract|terms|rider|schedule))/;

export const useRestrictions = defineRule({
  meta: { id: 'use-restrictions', sources: ['SD', 'NSO-20'], description: 'Prohibits use against people for exercising rights, targeting of protected groups, and bulk surveillance.' },
  // The spec asks for a bulk-surveillance ban "where the product allows it": every product in
  // scope (intrusion, interception, tracking, analytics, biometrics) allows it.
  check: (index) => gradeByElements(index, {
    // (Or the people it may be turned on: "no limitation upon the persons, groups ... that the Bureau may intercept".)
    // (Not an alleged prohibited use, the matter of an investigation: "in no case shall the Principal be required to communicate ..., including
    // for the verification of alleged Prohibited Use, ...".)
    denied: { of: ['customer'], subject: String.raw`(?:restrictions?|limitations?|prohibitions?)\b[^.;]{0,30}\b(?:use|targets?|targeting|operation|deployment)\b|(?<!\b(?:alleged|suspected|possible|reported|any alleged) )(?:prohibited|restricted) uses?|\b(?:persons|people|individuals|groups|communities|targets)\b[^.;]{0,100}\b(?:may|can) (?:\w+ ){0,2}(?:intercept|monitor|target|surveil|track|analy[sz]e|identify|locate)` },
    topic: (c, i) => matches(TOPIC, c.text) || matches(RESTRICTION_HEADING, c.heading) || forbidsTerm(c, i),
    // (And the draft's own forbidden terms: "shall not engage in any Restricted Activity".)
    topicWords: [TOPIC, ...(forbidden(index).forbids ? [forbidden(index).forbids!] : [])],
    topicHeadings: [RESTRICTION_HEADING],
    elements: {
      'bars use against people for exercising rights (expression, assembly, association, religion, privacy)': inScope(RIGHTS_EXERCISED),
      'bars targeting of journalists, human-rights defenders, lawyers, opponents, dissidents or minorities': inScope(PROTECTED_GROUPS),
      // (Or barred in the clause's next paragraph: "10.2 The Toolkit shall be used only on devices individually identified ... and never for bulk extraction".)
      'bars bulk or untargeted surveillance': (c, i) => inScope(BULK)(c, i) || i.following(c).some((t) => matches(BULK_BARRED, t)),
    },
    weakeners: [
      // Only where the prohibition itself is read down, not where a cooperation clause mentions "Prohibited Use".
      // (Not the licence's usual yield to a law that forbids the restriction itself: "... or reverse engineer it, except to the extent that
      // such restriction is prohibited by law".)
      { test: (c) => matches(PROHIBITS, c.text) && matches(LOCAL_LAW_ONLY, c.text), unless: /\bto the extent (?:that )?(?:such|this|the|any) (?:restrictions?|prohibitions?|limitations?) (?:is|are) (?:prohibited|not permitted|unenforceable)\b/, reason: 'The prohibitions apply only to the extent local law prohibits the conduct.' },
      // (Only an exception to the rights-based bans themselves, not to a transfer or disclosure bar nearby.)
      { test: (c) => (matches(PROHIBITS, c.text) || matches(NOMINAL_BAN, c.text)) && matches(UNLESS_AUTHORISED, c.text) && (matches(PROTECTED_GROUPS, c.text) || matches(RIGHTS_EXERCISED, c.text) || matches(BULK, c.text)), reason: 'The prohibitions yield to an authorization the customer can give.' },
      { test: (c) => matches(PROHIBITS, c.text) && matches(READ_DOWN_BY_DOMESTIC_LAW, c.text), reason: 'The prohibitions apply only as far as the constitution or a domestic statute prohibits the conduct.' },
      // (A ban the customer need only try to keep: "shall use reasonable endeavours to ensure that the Software is not used against ...".)
      { test: (c) => matches(PROHIBITS, c.text) && matches(REASONABLE_EFFORTS, c.text), reason: 'The customer owes only reasonable efforts to keep to the prohibitions.' },
      { test: /weapons of mass destruction|chemical or biological|nuclear|missile|sanctioned (?:person|part|countr)/, reason: 'Only export-law end uses (weapons of mass destruction, sanctioned parties) are prohibited.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS],
    ignore: (c) => matches(SELLER_BOUND, c.text) || matches(NOT_THE_PRODUCT, c.text) || (matches(CONFIDENTIALITY, c.text) && !matches(PROTECTED_GROUPS, c.text) && !matches(RIGHTS_EXERCISED, c.text) && !matches(BULK, c.text)),
    counters: [
      NATIONAL_SECURITY_CARVE_OUT,
      // "The Customer may use the System against any target it selects ... without restriction": no use is barred.
      { needs: /against any/, test: new RegExp(String.raw`^(?!(?:[\w·().-]+ )?(?:the )?${SELLER}\b)[^.;]{0,60}\b(?:may|is free to|is entitled to|can)\b (?:\w+ ){0,2}(?:use|deploy|operate)\b[^.;]{0,40}\bagainst any (?:target|person|individual|group|one)\b[^.;]{0,80}\b(?:without (?:any )?(?:restriction|limitation|limit)|at its (?:sole |absolute )?discretion|as it (?:sees fit|chooses|determines))`), reason: 'The customer may use the product against any target without restriction.' },
      // "free to select targets at its sole discretion"; "the Supplier has no right to restrict the persons against whom the System is used".
      { needs: /target|discretion|no right/, test: new RegExp(String.raw`^(?!(?:[\w·().-]+ )?(?:the )?${SELLER}\b)[^.;]{0,60}\b(?:may|is free to|shall be free to|is entitled to|can)\b (?:\w+ ){0,2}(?:select|choose|determine|designate|pick)\b[^.;]{0,20}\btargets?\b[^.;]{0,40}\b(?:(?:sole|absolute|unfettered|own) discretion|without (?:any )?(?:restriction|limitation))|\b${SELLER}\b[^.;]{0,30}\b(?:has|shall have|will have) no right to (?:restrict|limit|control)\b[^.;]{0,60}\b(?:targets?|persons|individuals|(?:customer's|licensee's|your) use)\b`), reason: 'The customer chooses its targets freely, and the seller may not restrict them.' },
      // "The Authority shall not be subject to any restriction imposed by a contractor on the persons against whom equipment is deployed."
      { needs: /restrict|limit/, test: new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,20}\b(?:shall|will|is|are) not (?:be )?(?:subject to|bound by|under) any (?:[\w-]+ )?(?:restrictions?|limitations?|limits?)\b[^.;]{0,80}\b(?:persons|targets?|individuals|people|categories of persons|places|against whom)\b`), reason: 'The customer is bound by no restriction on whom the product is used against.' },
      // "may deploy the System against any person it designates, including members of the media ... and religious groups".
      { needs: /against any/, test: (c) => matches(AGAINST_ANYONE_INCLUDING, c.text) && matches(PROTECTED_GROUPS, c.text), reason: 'The customer may use the product against anyone, the protected groups named among them.' },
      // "the Supplier shall not seek to restrict the choice of targets".
      { needs: /target/, test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,20}\b(?:shall|will|may|must) not (?:seek to |attempt to |purport to )?(?:restrict|limit|control|question|review|interfere with)\b[^.;]{0,20}\b(?:choice|selection|designation) of (?:the )?targets\b`), reason: 'The seller may not restrict the choice of targets.' },
      // "Customer may use the Platform for any monitoring activity that it considers necessary, including population-scale collection
      // and the monitoring of any individual or group": what the restrictions bar is named as allowed.
      { needs: /including/, test: (c) => matches(FOR_ANY_USE_INCLUDING, c.text) && (matches(PROTECTED_GROUPS, c.text) || matches(BULK_OR_ANYONE, c.text)), reason: 'The customer may use the product for anything, mass or untargeted monitoring included.' },
      // The targets deemed out of the protected groups: "A Lawful Target shall for all purposes of this Agreement be treated as not being
      // a journalist, human-rights defender ..., and the examination of a Lawful Target's device shall be deemed not to relate to ... expression".
      { needs: /\bnot (?:being|to be|to relate)\b/, test: DEEMED_UNPROTECTED, reason: 'Targets are deemed outside the protected groups and rights, whoever they are.' },
      { needs: /notwithstanding|despite|regardless|derogation/, test: overridingPermission, reason: 'The customer may, notwithstanding the restrictions, do what they forbid.' },
      { test: restrictionsYield, needs: /national security|state security|security of the|public order|intelligence|defen[cs]e|emergency/, reason: 'The use restrictions give way to national-security or public-order use.' },
    ],
  }),
});
