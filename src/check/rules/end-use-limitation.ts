import { escapeRegExp } from '../../regexp.ts';
import { LOCAL_LAW_PREVAILS, NATIONAL_SECURITY_CARVE_OUT } from '../boilerplate.ts';
import { defineRule, gradeByElements, type Qualifier } from '../rule.ts';
import { LOCAL_LAW_ONLY } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { draftsOwn, matches, matchesAll } from '../prefilter.ts';

// A definition of the purpose that hands its meaning to the customer's own law.
const DOMESTIC_DEFINITION = /"(?:serious crime|terrorism|terrorist|national security|authori[sz]ed purpose|[a-z]+ (?:crimes?|offen[cs]es?))[a-z ]*"[^.]{0,30}(?:means|has the meaning|shall mean)[^.]{0,160}(?:under|in|by|of) (?:the )?(?:laws? of the (?:republic|kingdom|state|country|federation|customer)|(?:national|domestic|local) law|penal code|criminal code|[a-z-]+ (?:counter-terrorism|anti-terrorism|security) act)/;

// "... terrorism and serious crime, as those offences are defined in the Penal Code of the Republic";
// "as those terms are defined in the laws of the country of the End User".
const DEFINED_BY_DOMESTIC_LAW = /\b(?:crimes?|offen[cs]es?|terroris\w*)\b[^.;]{0,20}\bas (?:(?:those|such|these|the) (?:terms|offen[cs]es|crimes|expressions) (?:are|is) )?defined (?:in|by|under) (?:the )?(?:penal code|criminal code|(?:[\w-]+ ){0,6}(?:code|act|law|laws|legislation|statutes?) of the (?:republic|kingdom|state|federation|country|emirate|customer|end user)|(?:national|domestic|local) (?:law|laws|legislation))/;

// A carve-out that disapplies only the list of prohibited uses ("the prohibitions in Annex V do not
// apply to national-security measures") undoes the use restrictions, not the end user and purpose.
const DISAPPLIES_PROHIBITIONS_ONLY = /^(?:[^.;]{0,40}\b)?(?:the )?(?:prohibitions?|prohibited uses?)\b[^.;]{0,80}\b(?:do|does|shall|will) not apply/;
// It still opens the purpose to undefined "national security" work, so it weakens.
const END_USE_YIELDS_TO_SECURITY: Qualifier = { ...NATIONAL_SECURITY_CARVE_OUT, unless: DISAPPLIES_PROHIBITIONS_ONLY };
const PROHIBITIONS_YIELD_TO_SECURITY: Qualifier = {
  needs: NATIONAL_SECURITY_CARVE_OUT.needs,
  test: (c) => matches(DISAPPLIES_PROHIBITIONS_ONLY, c.text) && (NATIONAL_SECURITY_CARVE_OUT.test as RegExp).test(c.text),
  reason: 'The prohibited uses give way to national-security measures, which opens the purpose.',
};
// Translated civil-law drafting: "the definition of the investigations and operations in which the
// SOLUTION is employed falls within the exclusive discretion of the CONTRACTING PARTY".
/** "is", "constitutes", "shall be deemed to be", "shall be treated as": one thing counting as another. */
const COUNTS_AS = String.raw`(?:is|are|shall be|will be|(?:shall |will )?(?:constitutes?|counts? as|qualif(?:y|ies) as)|(?:shall |will )?be (?:deemed|treated|regarded|considered)(?: to be| as)?)`;
const CUSTOMER_SIDE = String.raw`(?:${CUSTOMER}|contracting (?:party|entity))`;
const CUSTOMER_CHOOSES_OPERATIONS = new RegExp(String.raw`\b(?:investigations?|operations?|purposes?|activities|missions?|targets?|uses?)\b[^.;]{0,120}\b(?:falls?|lies?|rests?|is|are|shall be|remains?) (?:within|in|at|with) the (?:sole|exclusive|absolute|unfettered) discretion of (?:the )?${CUSTOMER_SIDE}\b|\b(?:investigations?|operations?|purposes?|activities|targets?)\b[^.;]{0,120}\b(?:within|in|at) (?:the )?${CUSTOMER_SIDE}'s (?:sole|exclusive|absolute|unfettered) discretion`);

// The end user named: one agency, alone, or an end user the draft defines.
// "The only organisation entitled to use the Kit is the Serious Crimes Unit": the end user named, and the use confined to it.
// (And the same from the other side: "No other directorate, ministry or body may use the System".)
// (Or in the passive: "It may not be used by any other body".)
const NO_OTHER_USER = /\bno other (?:[\w-]+,? (?:or |and )?){0,4}(?:body|bodies|agency|agencies|department|directorate|ministry|service|unit|authority|entity|person|organi[sz]ation)s? (?:may|shall|is (?:permitted|entitled) to|are (?:permitted|entitled) to) (?:use|operate|access)\b|\b(?:may|shall|can) not be (?:used|operated|accessed|deployed) by any (?:other|third) (?:[\w-]+ )?(?:body|agency|department|directorate|ministry|service|unit|authority|entity|person|party|organi[sz]ation)\b/;
// ("Only you, the Transnational Crime Unit, may log in": the body named beside the pronoun.)
const ONLY_ENTITLED_USER = /\b(?:only|sole) (?:organi[sz]ation|body|entity|agency|authority|unit|user)s? (?:entitled|permitted|authori[sz]ed|allowed) to use\b|\b(you|the (?:customer|licensee|authority|agency|ministry|directorate)),? and only \1,? (?:may|can|shall|is (?:permitted|entitled|allowed) to|are (?:permitted|entitled|allowed) to) (?:use|access|operate)\b|\bonly (?:you|the (?:customer|licensee|authority|agency|ministry|directorate))(?:, (?:the )?[^,.;]{3,80},)? (?:may|can|shall|is (?:permitted|entitled|allowed) to|are (?:permitted|entitled|allowed) to) (?:use|access|operate|log ?in|sign in)\b/;
// (Translated: "the Platform is destined exclusively to the Directorate of Criminal Intelligence".)
const NAMED_END_USER = /authori[sz]ed operators?\b[^.;]{0,40}(?:means|is)|(?:customer|licensee|authority|agency|ministry|you) (?:alone|only|exclusively)\b|only (?:by )?the (?:customer|licensee|authority|agency|ministry|directorate|department|bureau|unit|force|command)\b|(?:authori[sz]ed|approved|designated|named|specified) end[- ]users?|(?:licen[cs]es?|grants?) (?:to )?(?:the )?(?:directorate|department|ministry|agency|authority|police|service|bureau|unit|force|command)\b|(?:used|operated) (?:solely |only |exclusively )?by (?:the )?(?:[\w-]+ ){0,3}(?:agency|directorate|ministry|police|service|unit|authority)|end[- ]user\W{0,2} (?:is|means|namely|being)\b|\b(?:shall be|is|are) the (?:sole|only|exclusive) (?:beneficiary|user|end[- ]user|operator) of\b|\bdestined (?:solely |only |exclusively )?(?:to|for) (?:the )?(?:[\w-]+ ){0,3}(?:directorate|department|ministry|agency|authority|police|service|bureau|unit|force|command)\b/;

// A body named as the sole user: "operated solely by the Counter-Terrorism Department", "used only by
// examiners of the Digital Evidence Unit", "the authorised user of the Platform is the Crime Bureau".
// (Words such as "any" or "other" open the class again: "by any other agency" names nobody.)
// (Also the names translated drafts keep in the original: "the Centro de Monitoreo de Interceptaciones".)
const ORG_NOUN = String.raw`(?:agency|directorate|department|ministry|police|service|unit|bureau|authority|office|division|command|centre|center|force|commission|prosecutor|gendarmerie|constabulary|guard|corps|inspectorate|centro|departamento|ministerio|unidad|brigada|fiscalia|servicio|direction)`;
// (The customer's own unit, named: "within its own Criminal Investigation Division", "by its Investigations Directorate";
// not "its own departments", "its service".)
const NAMED_BODY = String.raw`(?:(?:its|their|your) (?:own )?(?:(?!any\b|other\b|all\b|own\b)[\w'-]+ ){1,6}${ORG_NOUN}\b|(?:(?!any\b|other\b|all\b|its\b|their\b)[\w'-]+ ){0,7}${ORG_NOUN}\b)`;
// The customer itself, by its role, where the draft names it one body: "use of the Service is restricted to the Customer".
// (Not "the Customer and its affiliates": the end user open again, which a weakener reads.)
const NAMED_OR_PARTY = String.raw`(?:${NAMED_BODY}|(?:customer|licensee|authority|agency|ministry|purchaser|client|buyer)\b(?!'s|,? (?:and|or|together|including)\b))`;
const OWN_PEOPLE = '(?:staff|personnel|officers|officials|employees|members|analysts|operators)';
const ONLY = String.raw`(?:(?:solely|only|exclusively)(?: and (?:solely|only|exclusively))? )?`;
const USED_BY_NAMED_BODY = new RegExp(String.raw`\b(?:used|operated|accessed|held|installed|deployed|utili[sz]ed|employed|(?:for )?use)\b(?: (?:and|or) (?:used|operated|accessed|held|installed|deployed))? ${ONLY}by (?:the )?${NAMED_BODY}|\buse of (?:the )?(?:[\w-]+ ){1,2}(?:solely |only |exclusively )?by (?:the )?${NAMED_BODY}|\b(?:authori[sz]ed|sole|only|exclusive) (?:end )?users? (?:of (?:the )?[\w-]+ )?(?:is|are|shall be) (?:the )?(?:[\w-]+ ){0,6}${ORG_NOUN}\b|\bby no other (?:person|body|agency|department|directorate|ministry|entity)`
  // "to employ the System exclusively within the National Police Directorate".
  + String.raw`|\b(?:use|employ|operate|deploy)\w*\b (?:the |its )?(?:[\w-]+ ){0,2}(?:solely|only|exclusively) (?:by|within|in) (?:the )?${NAMED_BODY}`
  // The customer's own people alone: "operated by the Beneficiary's own staff only".
  + String.raw`|\b(?:used|operated|accessed|deployed|employed) (?:(?:solely|only|exclusively) by (?:the )?${CUSTOMER}'s own ${OWN_PEOPLE}\b|by (?:the )?${CUSTOMER}'s own ${OWN_PEOPLE} (?:only|alone|exclusively)\b)`
  // ("The Licensee shall use the Platform only for ... and only in its own operations, by its own officials": the customer alone, through its own people.)
  + String.raw`|\b${CUSTOMER}\b[^.;]{0,20}\b(?:shall|may|will) (?:only )?(?:use|operate)\b[^.;]{0,120}\bby (?:its|their) own ${OWN_PEOPLE}\b`
  // ("operated only by examiners employed by the Beneficiary".)
  + String.raw`|\b(?:used|operated|accessed|deployed) (?:solely|only|exclusively) by (?:[\w-]+ )?(?:${OWN_PEOPLE}|examiners|investigators) (?:employed|engaged|appointed|sworn) by (?:the )?${CUSTOMER}\b`
  // "used by no one other than the Criminal Investigation Department"; a table row "Authorized End User | The National Police".
  + String.raw`|\bno (?:one|body|person|entity|other (?:person|body|entity)) (?:other than|except|save|but) (?:the )?(?:(?!any\b|other\b|all\b|its\b|their\b)[\w-]+ ){0,7}${ORG_NOUN}\b|\b(?:end[- ]|authori[sz]ed |permitted |approved |designated )users? \| (?:the )?(?:(?!any\b|other\b|all\b|its\b|their\b)[\w-]+ ){0,7}${ORG_NOUN}\b`
  // The customer named as one body where it is introduced: "You (the State Police Service of Norland) may use the service only ...".
  + String.raw`|\b${CUSTOMER} \((?:the )?(?:(?!any\b|other\b|all\b|its\b|their\b)[\w-]+ ){0,7}${ORG_NOUN}\b[^()]{0,40}\)[^.;]{0,30}\b(?:use|operate)\b[^.;]{0,40}\b(?:only|solely|exclusively)\b`
  // Nominalised: "use of the Platform is restricted to the Drug Enforcement Bureau"; a body defined as the End User;
  // supply earmarked for one body: "the Equipment is destined exclusively for the Directorate of Judicial Police".
  + String.raw`|\b(?:use|operation|access)\b[^.;]{0,40}\b(?:restricted|limited|confined|reserved) (?:solely |exclusively )?to (?:the )?${NAMED_OR_PARTY}|\b${ORG_NOUN}\b[^.;()]{0,40}\((?:the )?"(?:authori[sz]ed )?end[- ]users?"\)`
  + String.raw`|\b(?:destined|intended|reserved|supplied|licensed|delivered) (?:solely |only |exclusively )for (?:the )?${NAMED_OR_PARTY}`
  // The body as subject: "Only your Counter Terrorism Command may use the service"; the prohibition's form: "use by any body other than the Border Police".
  + String.raw`|\bonly (?:the |your |its )?${NAMED_BODY}[^.;]{0,30}\b(?:may|shall|is (?:permitted|entitled|authori[sz]ed) to) (?:use|operate|access)\b|\bby any (?:other )?(?:body|person|entity|agency|organi[sz]ation|one) other than (?:the )?${NAMED_BODY}`);
// "used only by the End User", where the draft defines the End User as one body, not a class.
const DEFINED_END_USER = /^(?:authori[sz]ed )?end[- ]users?$/i;
const definesEndUser = (index: DraftIndex) => index.memo('defines-end-user', () => index.draft.definitions.some((d) => DEFINED_END_USER.test(d.term) && !/^(?:any|each|every|all)\b/i.test(d.meaning.trim())));
// (Or the End User as the one who uses it, only: "shall cause the End User to use the Products solely ... within the End User's own organisation".)
const USED_BY_END_USER = /\b(?:used|operated|held|installed|deployed) (?:solely |only |exclusively )?by the end[- ]user\b|\bgrants? (?:to )?the end[- ]user\b (?:a |an |the )?(?:[\w-]+ ){0,3}licen[cs]e\b|\bthe end[- ]user\b (?:(?:shall|may|is to|to) )?(?:only )?(?:use|operate)s?\b[^.;]{0,60}\b(?:solely|only|exclusively)\b[^.;]{0,80}\bthe end[- ]user's own\b/;
// A term the draft defines as one body ('"Designated Unit" means the Criminal Investigation Department of the Police'),
// named as the only user: "for use by the Designated Unit alone", "shall use the Service solely through CID".
const ONE_BODY = new RegExp(String.raw`^(?:the )?${NAMED_BODY}`, 'i');
// (A term whose meaning excludes every other body is the sole user wherever it is named: '"Authorised User" means the Criminal
// Investigations Division ..., and no other department, body or person'.)
const EXCLUDES_OTHERS = /\b(?:and|but) no other\b|\balone\b|\bto the exclusion of\b|\b(?:does|shall) not include any other\b|\bexcludes? (?:any|all|every) other\b/i;
// Users defined as the customer's own people ('"Authorised User" means a sworn officer ... employed directly by the Licensee'),
// named as the only users: "used only by Authorised Users". (Not where contractors are let in: that is no-transfer's weakness.)
const OWN_PERSONNEL = new RegExp(String.raw`\b(?:officers?|employees?|personnel|staff|members|examiners?|analysts?|investigators?)\b[^.;]{0,80}\b(?:of|employed (?:directly )?by|engaged (?:directly )?by|appointed by|serving (?:in|with)) (?:the )?${CUSTOMER}\b`);
// Terms named as the only users: "only by the Designated Unit", "through CID alone".
const namedAlone = (terms: string[], plural: string) => String.raw`\b(?:only|solely|exclusively) (?:by |to |through |via |for )?(?:the )?(?:${terms.join('|')})${plural}\b|\b(?:${terms.join('|')})${plural} (?:alone|only|exclusively)\b`;
const ownPersonnelOnly = (index: DraftIndex) => index.memo('own-personnel-only', () => {
  const terms = index.draft.definitions.filter((d) => /(?:users?|operators?|personnel|officers?|examiners?)$/i.test(d.term) && OWN_PERSONNEL.test(index.read(d.meaning)) && !/contract/i.test(d.meaning)).map((d) => escapeRegExp(d.term.toLowerCase()));
  return draftsOwn(terms.length ? new RegExp(namedAlone(terms, 's?')) : undefined);
});
const soleBodyTerm = (index: DraftIndex) => index.memo('sole-body-term', () => {
  const bodies = index.draft.definitions.filter((d) => ONE_BODY.test(d.meaning.trim()));
  const terms = bodies.map((d) => escapeRegExp(d.term.toLowerCase()));
  const sole = bodies.filter((d) => EXCLUDES_OTHERS.test(d.meaning)).map((d) => escapeRegExp(d.term.toLowerCase()));
  return draftsOwn(terms.length ? new RegExp(`${namedAlone(terms, '')}${sole.length ? String.raw`|\b(?:${sole.join('|')})\b` : ''}`) : undefined);
});
// The customer, itself a named public body, kept as the only user: "the Purchaser declares that it is the sole final user",
// "no use shall be made for or on behalf of any other government entity", "Use by or on behalf of any other state body ... is not
// an authorised use", "not to place them at the disposal of any other administration".
const CUSTOMER_ALONE = /\bsole (?:final |end |ultimate )?user\b|\b(?:not|no|nor)\b[^.;]{0,60}\b(?:(?:by|for) or )?(?:(?:by|for) )?(?:or )?on behalf of any other (?:[\w-]+ ){0,2}(?:entity|body|administration|agency|authority|department|organi[sz]ation)|\bat the disposal of any other (?:[\w-]+ ){0,2}(?:entity|body|administration|agency|authority|department)|\buse by or on behalf of any other\b[^.;]{0,120}\bis not (?:an? )?(?:authori[sz]ed|permitted)/;
const PUBLIC_BODY_PARTY = /\b(?:Ministry|Directorate|Agency|Police|Bureau|Prosecutor'?s? Office|Office of the|Department|Command|Gendarmerie|Authority|Service) (?:of|for)\b/;
const customerIsNamedBody = (i: DraftIndex) => i.memo('end-use:customer-named-body', () => i.draft.blocks.slice(0, 6).some((b) => PUBLIC_BODY_PARTY.test(b.text)));
const namesEndUser = (c: Clause, i: DraftIndex) => (matches(CUSTOMER_ALONE, c.block) && customerIsNamedBody(i)) || matches(NAMED_END_USER, c.block) || matches(ONLY_ENTITLED_USER, c.block) || matches(NO_OTHER_USER, c.block) || matches(USED_BY_NAMED_BODY, c.block) || (matches(USED_BY_END_USER, c.block) && definesEndUser(i))
  || (soleBodyTerm(i)?.test(c.block) ?? false) || (ownPersonnelOnly(i)?.test(c.block) ?? false);


// A purpose the draft gives a meaning of its own: a defined crime term ("Economic Crime", "Serious
// Offences") or offences listed in a schedule ("the Covered Offences listed in Annex 1").
const CRIME_TERM = /(?:crimes?|offen[cs]es?)$/i;
const crimeTerms = (index: DraftIndex) => index.memo('crime-terms', () => index.draft.definitions.filter((d) => CRIME_TERM.test(d.term)).map((d) => d.term.toLowerCase()));
const LISTED_OFFENCES = /\b(?:offen[cs]es|crimes)\b[^.;]{0,20}\b(?:listed|defined|enumerated|specified|set out) in (?:annex|schedule|appendix)/;
const definedCrime = (c: Clause, i: DraftIndex) => matches(LISTED_OFFENCES, c.block) || crimeTerms(i).some((t) => c.block.includes(t));

// Use within the end user's own operations, in the clause or in the purpose it cites.
// (Also the negative form: "in no operation conducted for or on behalf of another agency".)
const OWN_OPERATIONS = /own (?:[\w-]+ ){0,5}?(?:operations?|use|investigations?|purposes|activities|cases?|duties|functions|mandate)|\b(?:investigations|operations|cases|casework|enquiries|inquiries|proceedings) (?:conducted|run|carried out|led|handled) by (?:the [\w-]+|it|you|them) (?:itself|yourself|themselves)\b|\b(?:investigations|operations|cases|proceedings) (?:that |which )?(?:you|it|they|the [\w-]+) (?:are|is) (?:running|conducting|carrying out|leading) (?:yourself|itself|themselves)\b|internal (?:[\w-]+ )?(?:use|operations|purposes|investigations|needs|requirements|work)|solely (?:by|for)|exclusively (?:by|for)|no other (?:person|body|agency|entity)|\bin-house\b|\b(?:investigations|operations|cases|casework|enquiries|inquiries|proceedings) (?:that |which )?(?:you|it|they|the [\w-]+) (?:runs?|conducts?|handles?|carr(?:y|ies) out|leads?) (?:yourself|yourselves|itself|themselves)\b|\b(?:you|it|they|the [\w-]+) (?:are|is) (?:investigating|pursuing|prosecuting|handling|conducting|running) (?:yourself|yourselves|itself|themselves)\b|\b(?:not|no|nor)\b[^.;]{0,60}\b(?:on behalf|for the benefit|at the disposal|at the request) of\b(?:,? (?:or|and) (?:[\w-]+ ){0,3}(?:on behalf|for the benefit|at the disposal|at the request) of,?)? (?:any |an )?(?:other|another|third)\b|\b(?:not|no|nor)\b[^.;]{0,60}\bfor (?:any |an )?(?:other|another) (?:agency|body|service|authority|department|administration|ministry|unit|force)\b|\bon behalf of (?:any |an )?(?:other|another|third)\b[^.;]{0,160}\b(?:(?:is|are) (?:prohibited|forbidden|not permitted)|shall not)\b/;

const USE_VERB = /\b(?:use|used|operate|operated|access|deploy|deployed|employ|employed|utili[sz]ed?)\b/;
// Use confined to someone or something, or put to a stated purpose ("for lawful investigative purposes").
// (Access to personnel, premises or records is a cooperation duty, and access to data is data handling: neither is use of the product.)
// (Also purposes listed after the permission: "Customer may use the Service for (i) verification of ..., (ii) ... and (iii) national security purposes".)
const USE_LIMITED = /\b(?:may|is (?:permitted|entitled) to|shall) (?:only )?use (?:the |its )?(?:[\w-]+ ){1,2}(?:only |solely )?for (?:the following purposes|\((?:i|a|1)\) )|\b(?:uses?|used|operate|operated|employ|employed|utili[sz]ed?|serves?|served|(?:run|perform|conduct|make)s? (?:[\w-]+ )?(?:searches|queries|look-?ups)|accessed|access(?! (?:to )?(?:(?:its|their|the|your|our|customer|personal|such) )*(?:personnel|premises|records|logs|staff|documents|data|information)\b)|deploy|deployed)\b[^.;]{0,120}(?:\b(?:solely|only|exclusively|restricted to|limited to|alone)\b|\bfor no other (?:purposes?|uses?|ends?)\b|\bfor (?:the )?(?:purposes? of )?(?:any )?(?:lawful|legitimate|authori[sz]ed|permitted|approved|official|investigative|law[- ]enforcement)\b|\bfor (?:the )?purposes? (?:authori[sz]ed|permitted|approved|specified|set out|stated|described|defined)\b|\bfor (?:its|their|your) own (?:[\w-]+ ){0,3}(?:investigations?|operations?|casework|cases|functions|duties)\b|\bfor (?:the )?(?:purposes? of (?:the )?)?(?:(?:investigation|prevention|detection|prosecution|suppression|repression),? (?:and |or )?(?:the )?)+of\b|\bfor (?:the )?(?:purposes? of )?(?:public safety|public security|public order|national security|state security|(?:the )?fight(?:ing)? (?:against )?crime|crime prevention|law enforcement|policing|criminal investigations?)\b)|authori[sz]ed (?:end user|purpose)[^.;]{0,60}\b(?:use|operate|means)|lawful purposes?|\bfor any purposes? (?:permitted|allowed|not prohibited) (?:by|under) (?:the |applicable |any )?laws?\b|not in violation of any (?:applicable )?law|in accordance with (?:all )?applicable laws?[^.;]{0,20}$/;
// The limit stated as its exceptions: "use by any body other than the Border Police, or for any purpose other than ..., is prohibited".
const USE_OTHER_THAN = /\b(?:use|used|operation|operated|access)\b[^.;]{0,40}\b(?:by|for) any (?:other )?(?:body|person|entity|agency|organi[sz]ation|one|purpose)s? other than\b/;
// Who uses it: "the Goods will be used by the Purchaser and by any other agency".
// Civil-law drafting states it in the present tense: "the Platform is used only by the Directorate".
const USED_BY = /\b(?:(?:will|shall|may|is to|are to) (?:only )?be|is|are) (?:used|operated|deployed|accessed) (?:only |solely |exclusively )?by\b/;
// Supply or resale tied to a purpose: "resell only to police agencies for use in the investigation of serious crime".
const FOR_USE_IN = /\bfor use (?:only |solely |exclusively )?(?:in|for) (?:the )?(?:investigation|prevention|detection|prosecution|suppression)\b/;
// Access offered only to vetted customers or for approved use cases.
const AVAILABLE_ONLY = /\b(?:available|licensed|provided|offered)\b[^.;]{0,20}\b(?:only|solely|exclusively)\b[^.;]{0,10}\b(?:to|for)\b[^.;]{0,40}\b(?:customers|users|agenc|authorit|use cases?|purposes?)/;
// "use the Services in a manner inconsistent with any applicable laws", "... that contravenes applicable law": lawful use only.
const AGAINST_LAW = String.raw`(?:inconsistent with|in violation of|in breach of|(?:that |which )?(?:violates?|contravenes?|breach(?:es)?|infringes?)|contrary to) (?:any |all )?(?:applicable )?laws?\b`;
const USE_WITHIN_LAW = new RegExp(String.raw`\b(?:use|used|operate|access)\b[^.;]{0,80}\b${AGAINST_LAW}`);
// "The End User shall operate the Platform in accordance with applicable law": use only as the law allows.
const USE_PER_LAW = /\b(?:use|used|operate|operated|deploy|deployed|employ|employed)\b[^.;]{0,60}\bin (?:accordance|compliance) with (?:all )?(?:applicable|relevant) laws?\b/;
// A table of end-use terms ("Authorized End User | The National Police, and no other body", "Authorized Purpose | Prevention
// and investigation of Serious Crime"): the row's label says what its value limits.
const USE_TABLE_ROW = /^(?:[\w-]+ ){0,2}(?:(?:end[- ])?users?|purposes?|uses?|operations?)(?: [\w-]+){0,2} \| [^|]*\b(?:only|solely|exclusively|no other|own|serious crime|terroris)/;
// A purpose the spec calls open-ended unless the draft defines it.
// (Not the name of a body: "the Department of Public Safety", "the Ministry of State Security".)
const VAGUE_PURPOSE = /(?<!\b(?:department|ministry|directorate|office|secretariat|bureau|division|agency|minister|council|committee|service) (?:of|for) (?:the )?)\b(?:national security|state security|public order|public safety)\b(?! (?:act|law|code|ordinance|decree|clearances?|vetting|classification|council|adviser|strategy)\b)/;
const VAGUE_TERM = /^(?:national security|state security|public order|public safety)$/i;
// "Wherever the purpose refers to national security, it extends only to ... Serious Crime": the draft gives it a meaning.
const VAGUE_PURPOSE_CONFINED = /\b(?:national security|state security|public order|public safety)\b[^.;]{0,120}\b(?:extends? only to|(?:is |are )?limited to|confined to|restricted to|means|shall mean)\b/;
// (Not wording a note records as deleted: "Former 'use for national security purposes' wording deleted".)
const vagueLeftUndefined = (c: Clause, i: DraftIndex) => VAGUE_PURPOSE.test(purposeText(c, i)) && !/\b(?:deleted|removed|struck out|omitted)\b/.test(c.text)
  && !i.memo('vague-purpose-defined', () => i.draft.definitions.some((d) => VAGUE_TERM.test(d.term)) || !!i.any(VAGUE_PURPOSE_CONFINED));
// The draft's own names for the purpose ("Pilot Purpose", "Permitted Use") and what they mean,
// whether defined in the definitions clause or in a schedule ('The "Pilot Purpose" is ...').
const PURPOSE_TERM = /purposes?$|^(?:permitted|authori[sz]ed|approved|licensed) uses?$/i;
const PURPOSE_DEFINED_IN_TEXT = /"([a-z -]{0,30}(?:purposes?|permitted uses?))" (?:is|are|means|shall mean)\b/g;
// ... or in a row of a schedule table: "Item 4: Permitted Purpose | the investigation of Serious Crime".
const PURPOSE_TABLE_ROW = /^(?:item \d+[a-z]?:? )?([a-z -]{0,30}(?:purposes?|permitted uses?)) \| (.+)$/;
function purposeDefs(index: DraftIndex) {
  return index.memo('purpose-definitions', () => {
    const defs = index.draft.definitions.filter((d) => PURPOSE_TERM.test(d.term)).map((d) => ({ term: d.term.toLowerCase(), meaning: d.meaning.toLowerCase() }));
    for (const c of index.clauses) {
      for (const m of matchesAll(PURPOSE_DEFINED_IN_TEXT, c.text)) {
        // Its meaning runs on through the rest of the paragraph ("... 'Serious Crime' means ...").
        if (!defs.some((d) => d.term === m[1])) defs.push({ term: m[1], meaning: c.block.slice(Math.max(0, c.block.indexOf(m[0]))) });
      }
    }
    for (const c of index.clauses) {
      const row = c.text.includes('|') ? PURPOSE_TABLE_ROW.exec(c.text) : null;
      if (row && !defs.some((d) => d.term === row[1].trim())) defs.push({ term: row[1].trim(), meaning: row[2] });
    }
    return defs;
  });
}
// What a use clause lets the product be used for: its own words and the meaning of any purpose term it cites.
const purposeText = (c: Clause, index: DraftIndex) => [c.block, ...purposeDefs(index).filter((d) => c.text.includes(d.term)).map((d) => d.meaning)].join(' ');
// The spec's hidden weakener: a crime or terrorism term the clause relies on, defined anywhere in the draft by the
// customer's own law ("'Serious Crime' means any offence under the Penal Code of the Republic ...", "'Terrorism' has
// the meaning given in the Counter-Terrorism Act", offences listed in a ministry's resolution).
const OFFENCE_TERM = /(?:crimes?|offen[cs]es?|terroris\w*|felon(?:y|ies))$/i;
// (Handed over by a preposition, "under the Penal Code"; not "does not become Serious Crime merely because domestic law labels it so".)
const DOMESTIC_SOURCE = /\b(?:under|in|by|pursuant to|within the meaning of)\b (?:the )?(?:[\w-]+ ){0,3}?(?:penal code|criminal code|(?:national|domestic|local) (?:law|laws|legislation)|laws? of the (?:republic|kingdom|state|country|federation|customer|emirate)|[\w-]+ (?:counter-terrorism|anti-terrorism|security|criminal|penal) (?:act|law|code)|(?:resolution|decree|order|regulation)s? (?:issued )?(?:of|by) the (?:ministry|minister|government|council of ministers))\b/i;
// A definition that sets domestic law aside is the draft's own: "... irrespective of their treatment under the laws of the Kingdom", "whatever its label under domestic law".
const AUTONOMOUS = /\b(?:not|never|irrespective of|regardless of|whatever|whether or not|merely because)\b[^.;]{0,60}\b(?:(?:domestic|national|local) laws?|laws? of the|penal code|criminal code)\b/i;
// (Or where another definition does so for it: '"Terrorism" means ... Dissent does not constitute Terrorism or Serious Crime, whatever
// their treatment under domestic law'.)
const setAsideElsewhere = (term: string, index: DraftIndex) => index.draft.definitions.some((d) => d.term !== term && d.meaning.includes(term) && AUTONOMOUS.test(d.meaning));
const domesticOffenceTerms = (index: DraftIndex) => index.memo('domestic-offence-terms', () => index.draft.definitions
  .filter((d) => OFFENCE_TERM.test(d.term) && DOMESTIC_SOURCE.test(d.meaning) && !AUTONOMOUS.test(d.meaning) && !setAsideElsewhere(d.term, index)).map((d) => d.term.toLowerCase()));
const reliesOnDomesticOffence = (c: Clause, i: DraftIndex) => { const terms = domesticOffenceTerms(i); if (!terms.length) return false; const t = purposeText(c, i); return terms.some((term) => t.includes(term)); };
// Users the draft names one by one: "Pilot Users" means the individuals listed in Schedule 2.
const NAMED_USERS_MEANING = /(?:individuals|officers|persons|staff|members)[^.]{0,40}(?:listed|named|identified) in|named (?:individuals|officers)/i;
const namedUserTerms = (index: DraftIndex) => index.memo('named-user-terms', () => index.draft.definitions.filter((d) => /(?:users?|operators?|officers?|personnel)$/i.test(d.term) && NAMED_USERS_MEANING.test(d.meaning)).map((d) => d.term.toLowerCase()));
const citesNamedUsers = (c: Clause, index: DraftIndex) => namedUserTerms(index).some((term) => c.text.includes(term));

// Use limits on other things (confidential information, marks, personal data), or on the seller's own use, are not end-use limits.
// (Nor a confidentiality clause: "Each party shall hold in confidence the other party's ... information ... and use it only to perform this Agreement".)
const NOT_THE_PRODUCT = /^[^.;]{0,40}\b(?:confidential information|trade ?marks?|logos?|feedback|personal data)\b[^.;]{0,40}\bused?\b|^[^.;]{0,60}\b(?:hold|keep|treat)s?\b[^.;]{0,20}\b(?:in confidence|confidential)\b/;
const SELLER_USES = new RegExp(String.raw`^(?:[\w·().-]+ )?(?:the )?${SELLER} (?:(?:shall|will|may|must) (?:only )?(?:use|process|operate|host)|uses|processes|operates|hosts)\b`);

// A purpose left open: "may use the Software for any purpose, including ..." (not "for any purpose other than ...").
// (A permission only: "you may not use the Services for any purpose outlined in our policy" forbids.)
const ANY_PURPOSE = /\b(?:may|can|is free to|is entitled to|shall be entitled to)\b(?! not) (?:\w+ ){0,2}(?:use|operate|deploy|employ)\b[^.;]{0,40}\bfor any purpose\b(?!s? (?:other than|except|save|not|permitted|authori[sz]ed|set out|specified|described|listed|defined|stated|outlined|prohibited))/;
// End users or offences the customer adds at will: "any other agency designated by the Ministry", "any other offence designated by the Customer".
const OPEN_CLASS = new RegExp(String.raw`\bany other (?:[\w-]+ )?(?:agenc(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|authorit(?:y|ies)|departments?|units?|organi[sz]ations?)\b|\b(?:offen[cs]es?|crimes?|purposes?|activities)\b[^.;]{0,30}\b(?:designated|determined|specified|notified|identified|added) (?:from time to time )?by (?:the )?${CUSTOMER_SIDE}\b`);

// (Also "a terrorist act" in a list of qualifying offences.)
const LEGITIMATE_PURPOSE = /serious (?:crime|offen[cs]es?)|violent crime|terroris|terrorist (?:acts?|offen[cs]es?)|authori[sz]ed purposes?/;
// "The Customer may make the System available to, and permit its use by, any other ministry, agency or body of the Government"
// (without the seller's consent), wherever the draft says it.
const OTHER_BODIES_MAY_USE = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,20}\b(?:may|is free to|shall be free to|is entitled to|can)\b[^.;]{0,60}\b(?:available|use|access|operat\w*)\b[^.;]{0,60}\b(?:by|to|with),? (?:any (?:other )?|(?:all )?other )(?:[\w-]+,? (?:or |and )?){0,6}?(?:agency|agencies|department|body|bodies|ministry|ministries|authority|authorities|entity|entities|government)\b(?![^.;]{0,80}\b(?:consent|approval)\b)`);
// ... or in the passive: "the licences may be used by the Purchaser and by the District Police units and other police
// formations of the State, without any further consent of the Supplier".
const OTHER_BODIES_MAY_USE_PASSIVE = /\b(?:may|can|shall) (?:also )?be (?:used|operated|accessed|deployed) by\b[^.;]{0,120}\b(?:and|or) (?:by )?(?:any |all |the )?other (?:[\w-]+ ){0,2}(?:agenc(?:y|ies)|units?|formations?|bod(?:y|ies)|forces?|departments?|authorit(?:y|ies)|ministr(?:y|ies)|entit(?:y|ies))\b(?![^.;]{0,80}\b(?:with|subject to) (?:the )?(?:[\w-]+ ){0,2}(?:consent|approval)\b)/;
// "Any authority, unit or task force to which the Directorate seconds officers ... shall be deemed to form part of the Directorate".
const OTHERS_DEEMED_END_USER = /\b(?:any|every|each)\b[^.;]{0,40}\b(?:authorit(?:y|ies)|units?|task forces?|bod(?:y|ies)|agenc(?:y|ies)|departments?|ministr(?:y|ies)|entit(?:y|ies)|forces?)\b[^.;]{0,160}\b(?:shall|will) be (?:deemed|treated as|regarded as) (?:to )?(?:form(?:ing)? )?(?:part of|included in)\b/;
// (A meaning that opens with the customer itself: the end user's, not "Competent Authority" meaning "any authority the Ministry designates".)
const OPEN_END_USER = new RegExp(String.raw`^(?:the )?${CUSTOMER}\b[^;]{0,160}?\b(?:(?:and|or) (?:its|their) affiliates|any (?:other )?(?:government(?:al)?|public) (?:body|entity|agency|authority)|any (?:other )?(?:bod(?:y|ies)|entit(?:y|ies)|agenc(?:y|ies)|departments?|authorit(?:y|ies))\b[^.;]{0,60}\b(?:(?:may|shall) (?:from time to time )?(?:designate|nominate|add)|designated by)\b)`);
export const endUseLimitation = defineRule({
  meta: { id: 'end-use-limitation', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'Names the authorized end user and limits use to a defined legitimate purpose within its own operations.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer', 'seller'], subject: String.raw`(?:limit|restrict|confin|designat|approv|nam)\w*\b[^.;]{0,60}\b(?:end[- ]users?|end[- ]uses?|purposes?|persons or bodies)\b|(?:limitation|restriction)s? (?:as to|on|of) (?:the )?(?:end[- ]users?|end[- ]uses?|purposes?)` },
    topic: (c, i) => matches(USE_LIMITED, c.text) || matches(ANY_PURPOSE, c.text) || matches(USED_BY, c.text) || matches(FOR_USE_IN, c.text) || matches(AVAILABLE_ONLY, c.text) || matches(USE_WITHIN_LAW, c.text) || matches(USE_PER_LAW, c.text) || matches(USE_TABLE_ROW, c.text) || matches(ONLY_ENTITLED_USER, c.text) || matches(NO_OTHER_USER, c.text) || matches(USE_OTHER_THAN, c.text)
      || (matches(USE_VERB, c.text) && purposeDefs(i).some((d) => c.text.includes(d.term))),
    topicWords: [USE_LIMITED, ANY_PURPOSE, USED_BY, FOR_USE_IN, AVAILABLE_ONLY, USE_WITHIN_LAW, USE_PER_LAW, USE_TABLE_ROW, ONLY_ENTITLED_USER, NO_OTHER_USER, USE_OTHER_THAN, ...(purposeDefs(index).length ? [USE_VERB] : [])],
    ignore: (c) => matches(NOT_THE_PRODUCT, c.text) || matches(SELLER_USES, c.text),
    elements: {
      'names the authorized end user': (c, i) => namesEndUser(c, i) || citesNamedUsers(c, i),
      // A purpose counts as defined when the draft defines it: "Registry Purposes", "Authorised Purposes".
      'limits use to a defined legitimate purpose (serious crime, terrorism)': (c, i) => matches(LEGITIMATE_PURPOSE, c.block)
        || purposeDefs(i).some((d) => c.block.includes(d.term)) || definedCrime(c, i)
        // (Or a term the clause uses whose meaning is that purpose: '"Qualifying Investigation" means ... an investigation into Serious Crime or Terrorism'.)
        || i.termMeanings(c).some((m) => matches(LEGITIMATE_PURPOSE, m)),
      "confines use to the end user's own operations": (c, i) => OWN_OPERATIONS.test(purposeText(c, i)),
    },
    weakeners: [
      { test: DEFINED_BY_DOMESTIC_LAW, reason: "The purpose's offences are those the customer's own code or statute defines." },
      { test: reliesOnDomesticOffence, reason: "The purpose's crime or terrorism term is defined elsewhere in the draft by the customer's own law." },
      { test: new RegExp(String.raw`any lawful (?:[\w-]+ )?(?:purpose|investigation|use)|lawful purposes? only|for lawful (?:[\w-]+ )?purposes|any purpose permitted by|${AGAINST_LAW}`), reason: 'The purpose is only "lawful" use, not a defined legitimate purpose.' },
      { test: /(?:and|or) (?:its|their) affiliates|any (?:other )?(?:government(?:al)?|public) (?:body|entity|agency|authority)|any agency of/, reason: 'The end user is open-ended (affiliates or any government body).' },
      // (Or in the meaning of the term the clause uses: '"End User" means the Ministry, ... and any other body of the Government that the
      // Ministry may from time to time designate'.)
      { test: (c, i) => i.termMeanings(c).some((m) => matches(OPEN_END_USER, m)), reason: 'The end user is open-ended: the term the clause uses takes in any body the customer designates.' },
      { test: (c) => matches(DOMESTIC_DEFINITION, c.block), reason: 'The purpose is defined by reference to the customer\'s domestic law.' },
      { test: LOCAL_LAW_ONLY, reason: 'The limit applies only as local law requires.' },
      { test: ANY_PURPOSE, reason: 'Use is allowed for any purpose.' },
      { test: OPEN_CLASS, reason: 'The customer may add end users or offences at will.' },
      { test: vagueLeftUndefined, reason: 'The purpose includes "national security" or "public order", left undefined.' },
      { test: /purposes? (?:authori[sz]ed|permitted|allowed) (?:under|by) (?:the )?(?:[a-z-]+ ){0,5}(?:act|law|code|decree|regulations?)\b/, reason: 'The purpose is whatever domestic legislation authorizes.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS, PROHIBITIONS_YIELD_TO_SECURITY, { test: OTHERS_DEEMED_END_USER, needs: /deemed|treated|regarded/, reason: 'Other bodies are deemed part of the end user.' }, { test: OTHER_BODIES_MAY_USE, needs: /\bany\b|\bother\b/, reason: 'The customer may let any other government body use the product: the end user is open-ended.' },
      { test: OTHER_BODIES_MAY_USE_PASSIVE, needs: /\bother\b/, reason: 'Other bodies may use the product too: the end user is open-ended.' }],
    counters: [
      END_USE_YIELDS_TO_SECURITY,
      // "The Customer may determine, at its discretion, the operations in which the System is deployed."
      { needs: /discretion/, test: new RegExp(String.raw`\b${CUSTOMER_SIDE}\b[^.;]{0,20}\b(?:may|shall|will|alone)\b[^.;]{0,10}\b(?:determine|decide|choose|select|define)\b[^.;]{0,30}\b(?:at|in) (?:its|their) (?:sole |absolute |own |unfettered )?discretion\b[^.;]{0,30}\b(?:purposes?|uses?|operations?|targets?|investigations?)\b`), reason: 'The customer alone decides the operations or investigations in which the product is used.' },
      { needs: /discretion/, test: CUSTOMER_CHOOSES_OPERATIONS, reason: 'The customer alone decides the operations or investigations in which the product is used.' },
      { needs: /discretion|alone|exclusively|solely/, test: new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}(?:sole|absolute|own) discretion[^.;]{0,60}(?:purposes?|uses?) (?:for which|of)|\b${CUSTOMER} (?:alone|exclusively|solely) (?:shall |will |may )?(?:decides?|determines?)\b[^.;]{0,20}\b(?:purposes?|uses?)\b`), reason: 'The customer alone decides the purposes of use.' },
      // "The purposes for which the Platform is deployed are a matter for the Customer alone."
      { needs: /alone|solely|exclusively/, test: new RegExp(String.raw`\b(?:purposes?|uses?|operations?|targets?)\b[^.;]{0,80}\b(?:is|are|shall be|remains?) (?:a )?matters? (?:solely |exclusively )?for (?:the )?${CUSTOMER_SIDE}\b(?: (?:alone|only|solely|exclusively))?`), reason: 'The customer alone decides the purposes of use.' },
      // Translated: "the determination of the ends to which the Platform is applied ... corresponds exclusively to the Contracting Entity".
      { needs: /exclusively|solely|reserved/, test: new RegExp(String.raw`\b(?:determination|definition|choice|selection|qualification)s? of (?:the )?(?:ends|purposes?|uses?|operations?|targets?)\b[^.;]{0,200}\b(?:correspond|belong|pertain|appertain|(?:is|are) reserved)\w* (?:solely |exclusively )(?:to|for) (?:the )?${CUSTOMER_SIDE}\b`), reason: 'The customer alone decides the purposes of use.' },
      // Passive: "the purposes for which the System is deployed shall be determined by the Customer in its sole discretion".
      // (Or "shall be determined by the Customer alone".)
      { needs: /discretion|alone|solely|exclusively/, test: new RegExp(String.raw`\b(?:purposes?|uses?|operations?|targets?)\b[^.;]{0,80}\b(?:determined|decided|chosen|selected|defined|fixed)\b (?:solely |exclusively )?by (?:the )?${CUSTOMER_SIDE}\b(?: (?:alone|only|solely|exclusively)\b|[^.;]{0,30}\b(?:sole|absolute|unfettered|own|exclusive) discretion)`), reason: 'The customer alone decides the purposes of use.' },
      // In a definition: '"Authorised Purpose" means any purpose the Customer determines', "such purposes as the Licensee may determine" (or "which you, in your sole discretion, consider",
      // or a list that ends "(iii) any other purpose that Licensee, in its sole discretion, designates").
      { needs: /purpose/, test: new RegExp(String.raw`\b(?:any|such) (?:other |further |additional )?purposes? (?:that |which |as )?(?:the )?${CUSTOMER_SIDE}(?:,? in (?:its|your|their) (?:sole |absolute |own |unfettered )?discretion,?)? (?:may )?(?:considers?|deems?|determines?|decides?|chooses?|sees? fit|designates?)\b`), reason: 'The customer alone decides the purposes of use.' },
      // "free to use the Platform for any purpose it considers appropriate": the customer's discretion in other words.
      { needs: /purpose/, test: new RegExp(String.raw`\b${CUSTOMER_SIDE}\b[^.;]{0,40}\b(?:may|is free to|shall be free to|is entitled to|can)\b (?:\w+ ){0,2}(?:use|operate|deploy|employ)\b[^.;]{0,60}\bfor any purposes? (?:(?:that |which )?(?:it|they) (?:considers?|deems?|thinks?|judges?|determines?|sees? fit|chooses?)|whatsoever)`), reason: 'The customer may use the product for any purpose it chooses.' },
      // The same with the law as subject: "any use which the Customer's legislation permits shall be treated as an authorised use"
      // (or "any purpose authorised by the legislation of X ... shall be treated as an authorised purpose").
      { needs: /\b(?:use|purpose)\b/, test: new RegExp(String.raw`(?:any|every|each) (?:use|purpose)\b[^.;]{0,60}\b(?:laws?|legislation)\b[^.;]{0,20}\b(?:permits?|allows?|authori[sz]es?)\b[^.;]{0,40}${COUNTS_AS} (?:an? )?(?:authori[sz]ed|permitted|approved) (?:end[- ])?(?:use|purpose)`), reason: 'Any use the customer\'s law permits counts as authorized.' },
      { needs: /\b(?:use|purpose)\b/, test: new RegExp(String.raw`(?:any|every|each) (?:use|purpose)\b[^.;]{0,40}?(?:permitted|authori[sz]ed|lawful|allowed) (?:under|by)[^.;]{0,60}\b(?:laws?|legislation)\b[^.;]{0,50}${COUNTS_AS} (?:an? )?(?:authori[sz]ed|permitted|approved) (?:end[- ])?(?:use|purpose)`), reason: 'Any use the customer\'s law permits counts as authorized.' },
    ],
  }),
});
