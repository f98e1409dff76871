import { HEDGED_DUTY } from '../boilerplate.ts';
import { EXCEPT_AS_LAW_PERMITS } from '../words.ts';
import { defineRule, gradeByElements, RECITALS_HEADING, type Grade } from '../rule.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches, matchOf } from '../prefilter.ts';

// What the product collects, in the words drafts use: "data", but also intercepts, recordings,
// images, plate reads, voiceprints, message fragments.
const DATA_NOUN = /\b(?:data|content|information|inputs?|intercepts?|metadata|images?|imagery|telemetry|footage|recordings?|audio|voiceprints?|templates?|(?:plate )?reads|samples?|fragments|thumbnails|artefacts|communications)\b/;
// Data the product collects or the customer holds, named as such.
// ("derived from the System", "recordings made with the Cameras", "data copied from a device by means of the System".)
const GATHERED = String.raw`(?:collected|obtained|acquired|intercepted|gathered|processed|extracted|produced|generated|captured|scraped|recorded|stored|derived|made|copied|seized|retrieved|downloaded|recovered)`;
const COLLECTED_DATA = new RegExp(String.raw`collected data|(?:data|information|content|intercepts?|metadata|audio|recordings?|images?|imagery|telemetry|footage|voiceprints?|templates?|records|communications) (?:\w+ ){0,2}${GATHERED}(?:,? (?:or |and )?${GATHERED})* (?:by|with|through|using|(?:in|on|from) (?:the |our |this )?(?:service|system|product|platform|software|api|device|engine))` +
  String.raw`|(?:extracted|intercept|intercepted|collected|location|biometric|product|operational|customer|licensee|client|subscriber|your|personal|captured|derived|case|voice|ingested|uploaded|imported|harvested|acquired|retrieved|seized) (?:data|content|metadata|material|records|templates|recordings)|\b(?:footage|imagery|voiceprints)\b|intercepted (?:content|metadata|communications)|data minimi`
  // US and UK public-sector names: "Collected Information", "Interception Product" (not "Intercept Products", the equipment).
  + String.raw`|(?:collected|intercepted|captured|extracted|derived) information|intercept(?:ion|ed)? product\b(?!s)`
  // Active voice: "data the Tool collects", "information which the System captures".
  + String.raw`|(?:data|information|content|footage|recordings?) (?:that |which )?(?:the |our |this |your )?(?:service|system|product|platform|software|tool|device|solution|equipment|app|sensors?|cameras?) (?:collect|gather|capture|intercept|obtain|record|extract|generate)s?\b`
  // ... and with the customer collecting: "the data you collect with the tool".
  + String.raw`|(?:data|information|content|material|recordings?) (?:that |which )?(?:you|we|it|they) (?:collect|gather|capture|intercept|obtain|record|extract)s?(?: or \w+)? (?:with|using|through|via|by means of) (?:the |our |this |your )?(?:service|system|product|platform|software|tool|device|solution|equipment|app)\b`);
// A defined term for collected data ("Intercept Product", "Diagnostic Package"): its meaning says the product gathers it.
const GATHERED_MEANING = /(?:data|content|communications?|information|recordings?|images?|artefacts|fragments)[^.]{0,120}(?:collected|obtained|intercepted|extracted|captured|gathered|generated|recorded|acquired|copied|seized|retrieved|downloaded|recovered|read out) (?:by means of|by|with|through|using|from|(?<=read out )of)|(?:data|content|information|recordings?|images?)[^.]{0,120}\b(?:you|we|it|they|the (?:customer|licensee|client|agency|authority)) (?:collects?|gathers?|captures?|intercepts?|obtains?|records?|extracts?)\b(?: or \w+)? (?:by means of|with|through|using|via)\b/i;
// ... or that users put into the product, or that it gives back: '"Probe Image" means an image submitted by an Authorised User
// for a search', '"Results" means the candidate lists and match scores FaceTrace returns'.
const SUBMITTED_OR_RETURNED = /\b(?:images?|photographs?|data|queries|recordings?|samples?|files?)\b[^.]{0,80}\b(?:submitted|uploaded|entered|input|loaded)\b[^.]{0,60}\b(?:for|to|into)\b[^.]{0,20}\b(?:search|query|comparison|matching|analysis|the (?:system|platform|service|software))|\b(?:lists?|scores?|matches|results?|outputs?|hits|alerts)\b[^.]{0,80}\b(?:returns?|returned|produces?|produced|outputs?|generates?)\b/i;
const dataTerms = (index: DraftIndex): string[] =>
  index.memo('data-terms', () => index.draft.definitions.filter((d) => GATHERED_MEANING.test(d.meaning) || SUBMITTED_OR_RETURNED.test(d.meaning)).map((d) => d.term.toLowerCase()));
const namesData = (text: string, index: DraftIndex) => DATA_NOUN.test(text) || dataTerms(index).some((t) => text.includes(t));

// A section headed "Data", "Article 4: Data", "Protection of personal data", "Privacy" or "Retention"
// is about the data the product handles: its sentences speak of "records", "results", "match records".
const DATA_HEADING = /\bdata (?:(?:that |which )?(?:you|we|it|they) )?(?:collect|obtain|gather|acquir|extract|intercept)|(?:^|[\s:\u2014-])(?:[\w-]+ )?data$|\b(?:information|data|intelligence) (?:obtained|collected|gathered|acquired)\b|data (?:protection|handling|security|management|retention)|protection of (?:[\w-]+ )?data|privacy|\bretention\b/;
// (A table under such a heading speaks of the data row by row: "| Retention | Deleted 12 months after the case closes |".)
const DATA_NOUN_OR_RECORDS = new RegExp(`${DATA_NOUN.source}|\\b(?:records|results|outputs)\\b| \\| `);

const SHARED_PASSIVELY_WITH_ANY = /\b(?:may|can|shall be free to) be (?:freely )?(?:shared|disclosed|communicated|transferred|passed|provided|made available)\b[^.;]{0,30}\b(?:with|to) any (?:[\w-]+,? (?:or |and )?){0,3}?(?:authorit|agenc|government|foreign|partner|third part|bod(?:y|ies)|ministr|service)/;
const OVERRIDE_OPEN = /\b(?:notwithstanding|even if|whether or not)\b[^,;]*$/;
// Read as a function: "Notwithstanding Articles 4 to 6, Retained Data ... may be communicated to any
// authority" overrides the limits (the general override test would read the counter as disarmed);
// only a counter inside the notwithstanding phrase itself ("notwithstanding any right to ...,") is.
const sharedPassivelyWithAny = (c: Clause) => {
  const m = matchOf(SHARED_PASSIVELY_WITH_ANY, c.text);
  return !!m && !OVERRIDE_OPEN.test(c.text.slice(0, m.index));
};
// A duty to complete a course that touches on data ("a module on lawful use of location data") is training.
// The data the clause protects defined to leave out what the product collects: '"Protected Data" means personal data
// processed by the Customer in operating the System, but does not include intercepted communications, location records,
// biometric templates or any other data acquired through the System's collection functions'.
const COLLECTED_LEFT_OUT = /\bmeans\b[^.;]{0,200}\b(?:(?:does|shall|do) not include|exclud(?:es|ing))\b[^.;]{0,120}\b(?:intercept(?:ed|s)\b|communications content|content of communications|location (?:data|records)|biometric (?:data|templates)|(?:data|information|content) (?:acquired|collected|obtained|gathered|extracted|intercepted) (?:through|by means of|using|with|by) (?:the |its |our )?(?:system|product|platform|service|software|[\w-]+ (?:functions?|modules?|capabilit(?:y|ies))))/;
// What the customer may pass on, and to whom: "any Outputs ... with any agency of the Central Government".
const SHAREABLE = String.raw`(?:data|information|intercepts?|outputs|results|(?:extracted |extraction |analytical )?reports|extracts)`;
const TO_ANY_BODY = String.raw`any (?:[\w-]+,? (?:or |and )?){0,5}?(?:government|authorit|agenc|third part|foreign|bod(?:y|ies)|ministr|service|department)`;
const SHARED_WITH_ANY = new RegExp(String.raw`(?:may|is entitled to|shall be free to|\bnothing\b[^.;]{0,60}\b(?:limits?|restricts?|affects?|prevents?|prejudices?)\b[^.;]{0,40}\b(?:right|freedom|ability) to) (?:share|disclose|transfer|provide|disseminate|communicate|transmit|pass|forward)[^.;]{0,60}(?:any )?(?:product|${SHAREABLE})[^.;]{0,80}(?:with|to) ${TO_ANY_BODY}`
  // (After another verb on the same data: "may retain intercept product for any period and disseminate it to any agency".)
  + String.raw`|\bmay (?:[\w-]+ )(?:any |all |the )?(?:product|${SHAREABLE})\b[^.;]{0,60}? and (?:share|disclose|transfer|provide|disseminate|communicate|transmit|pass|forward)\b (?:it|them)\b[^.;]{0,40}(?:with|to) ${TO_ANY_BODY}`);
const MADE_AVAILABLE_TO_ANY = new RegExp(String.raw`\bmay (?:also )?make\b[^.;]{0,60}\b${SHAREABLE}\b[^.;]{0,20}\bavailable to ${TO_ANY_BODY}`);
const NOT_APPLIED_TO = /\b(?:shall|does|do|will) not apply to (?:any |the |all )?([^.;,]{2,80}?)\s*(?:[.;,]|$)/;
const TRAINING_DUTY = /^[^.;]*\b(?:complete|attend|undergo|receive)\b[^.;]{0,60}\b(?:course|training|module)\b/;
const SHARED_ABROAD_FREELY = /\b(?:may|is free to|shall be free to|is entitled to) (?:freely )?(?:share|disclose|transfer|provide|pass|make available|transmit|communicate|forward|hand over|exchange)\b[^.;]{0,80}\b(?:data|information|intercepts?|material|product)\b[^.;]{0,80}(?:foreign|abroad|partner|other agenc|third part|other states|third (?:states|countries))[^.;]{0,60}(?:at its (?:sole |own |absolute )?discretion|freely|without (?:restriction|limitation|any (?:further )?(?:authori[sz]ation|approval)))/;
// The seller's own purposes for customer data: training, improving or developing its products.
// (Or one of a list of purposes: "for the purposes of diagnosing Faults affecting other customers, improving the Software".)
// (Or "to refine its matching algorithms", "to make our models more accurate".)
const OWN_PURPOSE = String.raw`(?:(?:to|for)\s(?:[\w-]+,?\s){0,3}?(?:train|improv|develop|tun(?:e|ing)|enhanc|evaluat|benchmark|refin|calibrat|re-?train)\w*|to make (?:its|our|their|the [\w-]+'s) (?:[\w-]+ ){0,2}(?:models?|algorithms?|products?|services|software|platform)\b|for the purposes? of (?:[\w-]+,?\s){0,8}?(?:training|improving|developing|enhancing|tuning)\b|for (?:its|their|our) own (?:[\w-]+ )?(?:purposes|benefit|use|research)|for any (?:lawful )?purpose|for (?:analytics|machine learning)|for (?:product|service|model|research and) (?:development|improvement))`;
// "The Provider may retain plate reads and use them ... to train its models."
const SELLER_MAY_USE = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,60}\b(?:may|shall be entitled to|is entitled to|(?:shall )?ha(?:ve|s) the right to|retains? the right to|is permitted to|reserves the right to)(?! not)\b([^.;]{0,80}\b(?:use|retain|keep|access|analy[sz]e|aggregate|exploit|commerciali[sz]e|de-identif|anonymi[sz])\w*\b[^.;]{0,160}?)${OWN_PURPOSE}`);
// "Customer grants Provider a licence to use Customer Content ... to train"; "the Licensee authorises the Licensor to store and use ...".
const CUSTOMER_LETS_USE = new RegExp(String.raw`\b${CUSTOMER} (?:hereby )?(?:grants?|authori[sz]es|permits|allows|licen[cs]es)\b([^.;]{0,240}?)${OWN_PURPOSE}`);
// "..., without any Pilot Data, ..." excludes the data it names.
const EXCLUDED_DATA = /\b(?:without|excluding|other than|except) (?:any )?(?:[\w'-]+ ){0,3}?(?:data|content|information)\b/g;
// The same said otherwise: "the Supplier uses Collected Data to train its algorithms"; "Collected Data may be used by the
// Supplier to train its models"; "nothing restricts the Supplier from using anonymised Collected Data for product development".
const SELLER_USES_NOW = new RegExp(String.raw`\b${SELLER}\b (?:uses|processes|analy[sz]es|exploits|retains and uses)\b([^.;]{0,120}?)${OWN_PURPOSE}`);
const USED_BY_SELLER = new RegExp(String.raw`^([^.;]{0,120}?)\b(?:may|can|shall|will) be (?:used|analy[sz]ed|exploited|processed|retained)(?: and (?:used|analy[sz]ed|exploited))? by (?:the )?${SELLER}\b[^.;]{0,60}?${OWN_PURPOSE}`);
const NOTHING_STOPS_SELLER = new RegExp(String.raw`\bnothing\b[^.;]{0,60}\b(?:restricts?|prevents?|limits?|prohibits?|precludes?) (?:the )?${SELLER}\b[^.;]{0,20}\bfrom (?:using|exploiting|analy[sz]ing|retaining)\b([^.;]{0,120}?)${OWN_PURPOSE}`);
// The seller owning what is derived from the data: "Aggregated Data derived from Collected Data shall be the Supplier's property".
const SELLER_OWNS_DERIVED = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}\b(?:shall |will )?(?:owns?|retains? ownership of|has all rights in)\b([^.;]{0,60}\b(?:aggregated|de-?identified|anonymi[sz]ed|derived|usage) (?:data|information|outputs)[^.;]{0,80})|^([^.;]{0,40}\b(?:aggregated|de-?identified|anonymi[sz]ed|derived) (?:data|information)[^.;]{0,80})\b(?:shall be|is|are|shall remain|remains) (?:the )?(?:exclusive |sole )?property of (?:the )?${SELLER}\b`);
function sellerUsesData(c: Clause, index: DraftIndex): boolean {
  for (const pattern of [SELLER_MAY_USE, CUSTOMER_LETS_USE, SELLER_USES_NOW, USED_BY_SELLER, NOTHING_STOPS_SELLER, SELLER_OWNS_DERIVED]) {
    // (The prefilter first: most sentences lack each pattern's words.)
    const m = matchOf(pattern, c.text);
    if (!m) continue;
    // (The purpose set off by commas before the data: "from retaining and using, for its own purposes, de-identified copies of images".)
    const object = /,\s*$/.test(m[1] ?? '') ? /^,?\s*([^,.;]{0,80})/.exec(c.text.slice((m.index ?? 0) + m[0].length))?.[1] ?? '' : '';
    if (namesData(`${m[1] ?? m[2] ?? ''} ${object}`.replace(EXCLUDED_DATA, ''), index)) return true;
  }
  return false;
}

// Plain terms name the data by the customer's own collecting: "You must collect only the data you need" (not the seller's own collecting).
const COLLECTS_ONLY = new RegExp(String.raw`^(?!(?:[\w·().-]+ )?(?:the )?${SELLER}\b)[^.;]{0,60}\b(?:collect|gather|capture|intercept|acquire)\w* only (?:the |such |that )?(?:[\w-]+ ){0,2}(?:data|information|content|material)\b`);
const FOR_RECORDS = /\bfor (?:your|its|our|their) (?:own )?records\b/;
// The parties' own staff and contacts are not data the product collects: "personal data of the other party's employees".
const STAFF_DATA = /\bpersonal data (?:of|relating to|about|concerning) (?:the other party's |each party's |either party's |its |their |the [\w-]+'s )?(?:own )?(?:employees|staff|personnel|representatives|contacts|officers|contractors)\b|\b(?:business )?contact (?:data|details|information)\b|\b(?:names|e-?mail addresses|job titles|telephone numbers)\b[^.;]{0,80}\bof (?:the )?[\w-]+'s (?:staff|employees|personnel|officers)\b/;
// A term defined as staff contact data ('"Account Data" means the names ... of the Customer's personnel').
const usesStaffDataTerm = (c: Clause, i: DraftIndex) => i.memo('staff-data-terms', () => i.draft.definitions.filter((d) => STAFF_DATA.test(d.meaning.toLowerCase())).map((d) => d.term.toLowerCase()))
  .some((t) => c.text.includes(t));
// The seller as the one bound ("The Supplier shall process Customer Data only on the Customer's instructions ..."), as a
// data processor is: its own handling of the data, not the customer's use of what the product collects.
const SELLER_BOUND = new RegExp(String.raw`^(?:[\w·().-]+ )?(?:(?:the|each) )?(?:${SELLER}|processor|sub-?processor)\b(?:'s personnel)?(?: (?:hereby )?(?:shall|must|will|undertakes|agrees|warrants|is obliged))`);
/** Limits that bind only the seller leave the customer free with the data: at best weak. */
function sellerBoundOnly(grade: Grade): Grade {
  if (grade.status !== 'present' || !grade.evidence.every((c) => matches(SELLER_BOUND, c.text))) return grade;
  return { ...grade, status: 'weak', reasons: [...grade.reasons, "The limits bind only the seller's own handling of the data, not the customer's use of what the product collects."] };
}

const SHARING = /\b(?:disclos|shar|transfer|communicat|pass|provid)\w*\b/;
const SHARING_WITH_FOREIGN_EXCEPTED = /\b(?:save|except|other than|apart from)\b(?: for)?[^.;]{0,40}\b(?:exchanges?|sharing|disclosures?|transfers?|transmissions?)\b[^.;]{0,80}\b(?:security services?|intelligence services?|partner (?:services|agencies)|foreign (?:services|agencies|governments?|partners)|member states|allied (?:states|services|forces))\b/;
export const dataProtection = defineRule({
  meta: { id: 'data-protection', sources: ['SD', 'EO14093'], description: 'Restricts how collected data is analyzed, stored, protected and shared; minimization, retention limits and deletion; no onward sharing.' },
  check: (index) => sellerBoundOnly(gradeByElements(index, {
    // (Not the customer let off handing the data to the seller: "shall not be obliged to disclose any collected data to the Supplier".)
    denied: { of: ['customer'], subject: String.raw`(?:collected|intercepted|case|operational|target|extracted|acquired) data|data (?:collected|obtained|acquired|gathered|extracted|intercepted)|(?:retention|deletion|minimi[sz]ation) of`,
      unless: new RegExp(String.raw`\b(?:disclos|provid|giv|hand|shar|deliver|mak\w* available|show|reveal|submit|produc|transmit|communicat)\w*\b[^.;]{0,100}\bto (?:the )?${SELLER}\b`) },
    // A sentence under a heading about collected data ("Article 7 — Collected Data") is about it too.
    topic: (c, i) => matches(COLLECTED_DATA, c.text) || matches(COLLECTS_ONLY, c.text) || dataTerms(i).some((t) => c.text.includes(t)) || ((matches(COLLECTED_DATA, c.heading) || matches(DATA_HEADING, c.heading)) && matches(DATA_NOUN_OR_RECORDS, c.text)),
    // (A draft that defines its own data terms may name them in any sentence.)
    topicWords: dataTerms(index).length ? undefined : [COLLECTED_DATA, COLLECTS_ONLY, DATA_NOUN_OR_RECORDS],
    elements: {
      // (Also "may only look at data ... for the case it was collected for".)
      'limits on how and by whom the data is analyzed and used': new RegExp(String.raw`(?:only|solely|exclusively|confined|restricted|limited) (?:for|by|to)[^.;]{0,60}(?:authori[sz]ed purpose|purpose|investigation|personnel|operators?|officers|staff|analysts|requesters?|investigators?|recipients?)|(?:only|solely|exclusively)\b[^.;]{0,60}\bfor (?:the |that |a |its )?(?:[\w-]+ ){0,2}(?:case|investigation|inquiry|purpose|operation|matter)\b|access[^.;]{0,40}(?:limited|restricted)|(?:accessible|available) only to|need[- ]to[- ]know|(?:analy[sz]\w*|process\w*|use)[^.;]{0,40}(?:only|solely)`
        // "processing by the End User's authorized personnel"; "let only your authorized investigators see it".
        // ("with access of the officers named in the list approved by the Head of Service".)
        + String.raw`|\baccess (?:of|for|by) (?:the )?(?:[\w-]+ ){0,2}(?:officers|personnel|staff|analysts|operators|investigators) (?:named|listed|designated|identified|approved)\b`
        // ("permit anyone other than an authorized intercept analyst to access ... it"; "viewable only through accounts holding the Investigator role";
        // "restrict querying and analysis of ingested data to analysts it has security-cleared".)
        + String.raw`|\b(?:anyone|any person|no one|nobody) (?:other than|except|but|save) (?:an? |the )?(?:[\w-]+ ){0,3}(?:analysts?|officers?|officials?|personnel|staff|investigators?|operators?|examiners?)\b|\b(?:viewable|visible|readable|searchable|usable) only (?:to|through|by|via)\b`
        + String.raw`|\b(?:restrict|limit|confine)\w* (?:[\w-]+ ){0,4}(?:querying|queries|analysis|access|use|processing|viewing)\b[^.;]{0,60}\bto (?:[\w-]+ ){0,3}(?:analysts|officers|officials|personnel|staff|investigators|operators|examiners)\b`
        + String.raw`|(?:process|analy[sz]|access|us)\w*\b[^.;]{0,40}\bby (?:the )?(?:[\w'-]+ ){0,3}authori[sz]ed (?:personnel|staff|analysts|officers|investigators|users|operators)|\bonly (?:your |its |the |their )?(?:[\w-]+ ){0,2}(?:personnel|staff|analysts|officers|officials|investigators|operators|examiners)\b`),
      // Collecting or keeping only what is relevant or listed is minimization too.
      // (Also data outside the task thrown away: "non-Target data is discarded", "collected only to the extent relevant".)
      'data minimization': new RegExp(String.raw`minimi[sz]|\bdiscard(?:ed|s|ing)?\b|only to the extent (?:relevant|necessary|required)|\bcollects? (?:and \w+ )?only\b|pseudonymi[sz]|only (?:the )?[^.;]{0,30}\b(?:needed|required) (?:for|by)\b|(?:load|upload|ingest|provid|submit)\w* only\b|no more than (?:is )?necessary|more [^.;]{0,40}than (?:is )?(?:strictly )?necessary|necessary (?:for|to) (?:and proportionate )?|not relevant|irrelevant|strictly necessary|only (?:such )?[^.;]{0,40}(?:as is |that is |that are )?(?:relevant|listed|specified|enumerated)\b|(?:collect|retain|retriev|enrol|captur|record)\w* only\b|(?:limited|restricted|confined) to (?:what is |that which is |data )?(?:[\w-]+,? (?:and |or )?){0,3}?(?:necessary|relevant|adequate|required|needed)\b|adequate,? relevant and (?:limited|not excessive)`
        // "limited to what the investigation requires", "no collection beyond what the investigation needs", "to the minimum necessary".
        // "limit each extraction to the categories of data covered by the judicial order, and set aside all data falling outside them".
        + String.raw`|\b(?:limit|restrict|confine)\w* (?:each |every |the |any )?(?:extraction|collection|acquisition|capture|search|interception|query|download)s? to (?:the )?(?:categories|types|kinds|period|scope|items)\b|\b(?:data|material|information|content|records)\b[^.;]{0,20}\b(?:falling |lying )?outside (?:the |their |its )?(?:scope|order|warrant|authori[sz]ation|them|it)\b`
        + String.raw`|(?:limit\w*|restrict\w*|confine\w*|beyond) (?:[\w-]+ ){0,2}(?:to )?what (?:is |the |that |its |each )?(?:[\w-]+ ){0,2}(?:requires|needs|necessary|required|needed|indispensable)\b|\bonly what (?:the |its |each |that )?(?:[\w-]+ ){0,2}(?:requires|needs)\b|\bminimum (?:necessary|required|needed)\b|to the (?:strict )?minimum\b`
        // ("gather by means of the Complex only information bearing directly on the tasks stated in the court sanction".)
        + String.raw`|\b(?:collect|gather|retain|retriev|enrol|captur|record|ingest|extract|acquir|request)\w*\b[^.;]{0,40}\bonly\b[^.;]{0,60}\b(?:relevant|needed|necessary|required|bearing (?:directly )?on|related to|pertaining to|named in|specified in|covered by)\b`),
      // "kept for no more than 90 days"; "deleted automatically as soon as the comparison is completed".
      'retention limit and deletion': new RegExp(String.raw`(?:delet|destroy|eras|purg)\w*[^.;]{0,80}(?:after|within|no longer|when|once|period|months?|days?|as soon as|immediately|upon (?:the )?(?:final )?(?:conclusion|closure|close|completion|end|expiry|termination))|(?:kept|retained|stored|held) (?:for )?(?:no (?:more|longer) than|not (?:more|longer) than|a maximum of|at most) \d+|retention (?:period|limit|schedule)|(?:retain|kept|keep|stored?)\w*[^.;]{0,60}(?:no longer than|(?:only )?(?:for as long as|so long as|until))[^.;]{0,80}(?:delet|destroy|eras|purg)|retention\b[^.;]{0,40}\b(?:beyond|longer than|more than|exceeding|in excess of) \d+`
        // "held on secured servers for no more than two years and then destroyed".
        + String.raw`|(?:kept|retained|stored|held|keep|retain|store|hold)\b[^.;]{0,40}\bfor (?:no (?:more|longer) than|not (?:more|longer) than|a maximum of|at most|up to) [\w-]+ (?:days?|weeks?|months?|years?)|\bthen (?:be )?(?:delet|destroy|eras|purg)`),
      // "does not communicate ... to any third party"; "Neither Party shall share ...".
      // (Also "are not communicated to third States", "never hand it to anyone else", "onward disclosure requires a court order".)
      'no onward sharing with third parties or foreign governments without authorization': new RegExp(String.raw`(?:not|no|neither|nor|never|refrain\w* from|abstain\w* from)\b[^.;]{0,60}(?:share|disseminat|disclos|transfer|provide|make available|made accessible|pass|communicat|hand|release|transmi|furnish|forward|send|supply|give)\w*[^.;]{0,120}(?:third part|third (?:states?|countr)|(?:an)?other (?:states?|countr)|foreign|abroad|overseas|(?:an)?other (?:agenc|government|authorit|bod)|any (?:person|party|entity|other)|any(?:one|body) (?:else|outside|beyond))|(?:share|disclos|transfer|pass|communicat|transmi)\w*[^.;]{0,80}(?:only|solely) (?:with|to|under|upon|on)[^.;]{0,60}(?:consent|authori[sz]|(?:court|judicial) order|warrant)|(?:shar|disclos|transfer|pass|communicat|transmi)\w*[^.;]{0,140}\b(?:requires?|subject to|conditional (?:on|upon))\b[^.;]{0,40}(?:consent|authori[sz]ation|approval|(?:court|judicial) order|warrant)`
        // A permitted use that "excludes ... any disclosure to a third party or a foreign government".
        + String.raw`|\bexclud\w*\b[^.;]{0,120}\b(?:shar|disclos|transfer|communicat|transmi)\w*[^.;]{0,60}(?:third part|foreign|other (?:states?|countr|agenc|government|authorit))`
        // A schedule's heading and answer: "Sharing: none with any third party or foreign government", "| Onward transfer | None ... |".
        + String.raw`|\b(?:sharing|disclosures?|transfers?|dissemination)\W{1,4}(?:none|nil|not permitted|prohibited)\b[^.;|]{0,80}(?:third part|foreign|other (?:states?|countr|agenc|government|authorit|bod))`
        // Only to the recipients the draft allows: "shall disclose ingested data ... only to a Permitted Recipient".
        + String.raw`|(?:disclos|shar|transfer|pass|communicat|transmi|furnish|provid)\w*\b[^.;]{0,80}\bonly to (?:an? |the )?(?:[\w-]+ ){0,3}(?:recipients?|bodies|authorities|courts?|prosecutors?)\b`
        // The act as a noun, then allowed only with a court's say: "Transfer of the information obtained to third parties, including foreign states, is permitted only upon the decision of a court".
        + String.raw`|\b(?:communication|disclosure|transfer|sharing|transmission|dissemination)s? of\b[^.;]{0,60}\bto\b[^.;]{0,80}(?:third part|foreign|other (?:administrations?|agenc|states?|authorit|government))[^.;]{0,60}\b(?:is|are|shall be) (?:permitted|allowed|possible|lawful) only (?:upon|with|on|by|after|under|where)\b`
        // The act as a noun, then barred: "Communication of the Collected Information to other administrations ... or to foreign states is prohibited".
        + String.raw`|\b(?:communication|disclosure|transfer|sharing|transmission|dissemination)s? of\b[^.;]{0,60}\bto\b[^.;]{0,80}(?:third part|foreign|other (?:administrations?|agenc|states?|authorit|government))[^.;]{0,40}\b(?:is|are|shall be) (?:strictly )?(?:prohibited|forbidden|not permitted)`),
      // Storage that only named people can reach is protected storage.
      // (Pseudonymised records protect the people in them: a security measure in data-protection law.)
      // (Also storage confined to one place: "stored only in your project workspace", "a dedicated enclave".)
      'security of storage': /secur\w*|encrypt|protect\w*|safeguard\w*|harden\w*|access-logged|segregat\w*|certified for|\bstored (?:only|solely|exclusively) (?:in|on|within)\b|\bdedicated (?:enclave|server|environment|partition)|\b(?:keep|kept|held|hold|stored?)\b[^.;]{0,20}\bsafe(?:ly)?\b|pseudonymi[sz]|access control|(?:accessible|available) only to|access[^.;]{0,40}(?:limited|restricted) to/,
    },
    // The use and sharing limits make it strong (the spec's weak line is confidentiality or security without them);
    // of the protective measures, drafters often leave one unsaid.
    supporting: { elements: ['data minimization', 'retention limit and deletion', 'security of storage'], needed: 2 },
    // (The spec's weak form addresses it with confidentiality alone: "We keep everything we learn about your data confidential".)
    // (Or the seller's own use kept off it: "suggestions and feedback, excluding any Customer Data".)
    addressedBy: /confidential|\bexclud\w* (?:any |all )?(?:customer|collected|personal|your) data\b|\b(?:not|never|no)\b[^.;]{0,20}\b(?:cop(?:y|ies|ying)|disclos\w*|shar(?:e|es|ing)|sell|sold|keep|retain\w*|access\w*)\b/,
    // The background recitals describe the product ("a hosted service that analyses location data");
    // a copy "for your records" is filing, not collected data.
    ignore: (c, i) => matches(RECITALS_HEADING, c.heading) || matches(TRAINING_DUTY, c.text) || matches(FOR_RECORDS, c.text) || matches(STAFF_DATA, c.text) || usesStaffDataTerm(c, i),
    weakeners: [
      ...HEDGED_DUTY,
      // A bar on sharing lifted wherever the law merely permits it: "shall not disclose Extracted Data to any third party ...,
      // except where the laws of the Republic require or permit the disclosure". (Not where the law requires it: that is any duty's exception.)
      { test: (c) => matches(EXCEPT_AS_LAW_PERMITS, c.text) && matches(SHARING, c.text), needs: /permit|allow|authori/, reason: 'The bar on sharing gives way wherever the law permits the disclosure.' },
      // "... without judicial authorisation, save for exchanges with the security services of member states of the Coastal States Security
      // Pact": foreign services let in by a carve-out.
      { test: (c) => matches(SHARING_WITH_FOREIGN_EXCEPTED, c.text), needs: /save|except|other than|apart from/, reason: 'The bar on sharing excepts exchanges with foreign services.' },
    ],
    counters: [
      { test: COLLECTED_LEFT_OUT, needs: /include|exclud/, reason: 'The data the clause protects is defined to leave out the data the product collects.' },
      // ... or the protections disapplied to it by a term whose meaning is that data: "Paragraphs 9.1 to 9.4 shall not apply to
      // Intelligence Product", where '"Intelligence Product" means any data collected by means of the System'.
      { test: (c, i) => { const what = matchOf(NOT_APPLIED_TO, c.text)?.[1]; return !!what && (dataTerms(i).includes(what) || matches(GATHERED_MEANING, what)); }, needs: /not apply/, reason: 'The protections are disapplied to the data the product collects.' },
      // (Also "Nothing in this Agreement limits the Customer's right to disclose information obtained ... to any public authority".)
      { test: SHARED_WITH_ANY, reason: 'The customer may share collected data with any government authority.' },
      // "may make the Products and any extracted reports available to any law-enforcement agency of the State ..., without notice to the Vendor".
      { test: MADE_AVAILABLE_TO_ANY, needs: /available/, reason: 'The customer may share collected data with any government authority.' },
      // Passive: "... may be retained as long as it sees fit and may be communicated to any national authority or foreign partner service".
      { test: sharedPassivelyWithAny, needs: /any/, reason: 'Collected data may be communicated to any authority or foreign service.' },
      // "may pass any intercept material to partner agencies abroad at its discretion".
      { test: SHARED_ABROAD_FREELY, needs: /discretion|freely|without/, reason: 'The customer may share collected data with foreign or other bodies at its discretion.' },
      { test: sellerUsesData, needs: /may|entitled|right|grant|authori[sz]|permit|allow|licen|uses|used|nothing|\bowns?\b|ownership|property/, reason: 'The seller may use data the customer collects or processes for its own purposes.' },
    ],
  })),
});
