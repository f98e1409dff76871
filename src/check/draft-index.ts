// What every rule needs to know about a draft, worked out once: sentences in a normalised form,
// who the seller and the customer are, which defined terms mean misuse, and the counter-clauses
// that hide in boilerplate. Rules ask questions of this index; they never re-read the file.
import { CUSTOMER, SELLER } from '../read/parties.ts';
import type { Block, DefinedTerm, Draft, Sentence } from '../read/model.ts';
import { PART_QUALIFIER, collapseSpaces } from '../read/build.ts';
import { escapeRegExp } from '../regexp.ts';
import { citedOrdinalsAsNumbers } from '../read/ordinals.ts';
import { columnsOf, draftsOwn, keepFingerprints, matches, matchesAll, mayMatchEach, type Columns } from './prefilter.ts';
import { documentsOf, precedence } from './precedence.ts';

export interface Clause {
  sentence: Sentence;
  /** Lower-case, straight quotes, single spaces, "thirty (30)" read as "30". */
  text: string;
  /** The words of the whole block the sentence is in, normalised the same way. */
  block: string;
  /** The heading of the section the sentence is in, normalised: a clause under "Training" is about training. */
  heading: string;
  /** Quoted by an amendment only to delete it: it no longer counts. */
  struck: boolean;
}

// (Indian drafting: "shall be at liberty to".)
// (A phrase may stand between the right and its verb: "shall be entitled, without prior notice to the Customer, to suspend".)
// (An adverb may come between: "shall be entitled immediately to", "has the right at any time to".)
export const MODAL_RIGHT = String.raw`(?:may|(?:(?:shall|will)(?: (?:also|further|then|thereupon|additionally|likewise|equally))? be|is(?: (?:also|further|then|additionally|likewise|equally))?) entitled(?: \w+){0,3} to|(?:shall be|will be|is) entitled, [^.;]{1,150}?, to|(?:shall have|has) the right(?: \w+){0,3} to|reserves? the right(?: \w+){0,3} to|can|shall be free to|is free to|(?:shall|will) be at liberty to|is at liberty to)`;

// (Whole compounds: "one hundred and eighty (180)" is 180, not "one hundred and 180".)
const NUMBER_UNIT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const NUMBER_WORD = String.raw`${NUMBER_UNIT}(?:[- ](?:${NUMBER_UNIT}|thousand|and))*`;
const SPELLED: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, 'forty-five': 45, sixty: 60, ninety: 90, 'twenty-four': 24, 'thirty-six': 36, 'forty-eight': 48, 'seventy-two': 72 };

const SPELLED_WITH_DIGITS = new RegExp(String.raw`\b${NUMBER_WORD}\s*\((\d+)\)`, 'g');

const ABBREVIATION = /\b(?:e\.g|i\.e|u\.s\.a|u\.s|u\.k|u\.n|etc|nos?|arts?|cl|paras?|secs?|ss|cf|viz|inc|ltd|co|corp)\./g;

// (Longest first, so that "twenty-four" is not read as "twenty".)
const SPELLED_PERIOD = new RegExp(String.raw`\b(${Object.keys(SPELLED).sort((a, b) => b.length - a.length).join('|')})\s+(?=(?:calendar |business |working )?(?:days?|hours?|months?|weeks?)\b)`, 'g');

// Civil-law and CIS drafting lists rights and duties under a lead-in: "The Customer has the right:
// 3.4.1. to determine ...; 3.4.5. not to provide ...", "The Supplier is obliged: 3.1.7. not to
// disable ...". Each item reads as the sentence it stands for: "the customer may determine",
// "the customer is not obliged to provide", "the supplier shall not disable".
const RIGHT_LEAD = /\b(?:has|have|shall have|is entitled|are entitled|shall be entitled)(?: the right)?(?: to)?\s*:\s*$/;
const DUTY_LEAD = /\b(?:is|are|shall be) (?:obliged|obligated|bound|required)(?: to)?\s*:\s*$|\b(?:undertakes?|shall|must)(?: to)?\s*:\s*$/;
// "The Licensee shall not:" over "use the Product to ...": the item finishes the lead-in's sentence.
const MODAL_LEAD = /\b(?:shall|must|will|may|agrees?|undertakes?|(?:is|are) (?:obliged|required))(?: not)?(?: to)?\s*:\s*$/;
// "The Licensor may, with immediate effect, do any or all of the following where it suspects Misuse:" over "(a) revoke any
// Activation Key": each item is the right itself, under the lead-in's condition.
const FOLLOWING_LEAD = /^(.*?\b(?:may|shall|will|must|can|is entitled to|shall be entitled to))((?:,[^:,]{1,150},)?) (?:do|take|exercise) (?:any|all|each|one or more|either)(?: (?:or|and) (?:all|more|any|both))? of the following(?: (?:rights|actions|measures|steps|remedies))?,?(.*?)\s*:\s*$/;
function asDuty(lead: string, item: string): string {
  const following = FOLLOWING_LEAD.exec(lead);
  if (following) return `${following[1]}${following[2]} ${item.replace(/[;,]?\s*(?:and|or)?\s*$/, '')}${following[3]}`;
  const to = /^(not )?to\b/.exec(item);
  const right = RIGHT_LEAD.exec(lead);
  const duty = right ? null : DUTY_LEAD.exec(lead);
  // (A lead-in that ends "to:" runs straight on into its item: "shall not be required to: notify ...".)
  if (!to && (MODAL_LEAD.test(lead) || /\bto\s*:\s*$/.test(lead))) return `${lead.replace(/\s*:\s*$/, '')} ${item}`;
  if (!to || !(right || duty)) return `${lead} ${item}`;
  const modal = right ? (to[1] ? 'is not obliged to' : 'may') : to[1] ? 'shall not' : 'shall';
  return `${lead.slice(0, (right ?? duty)!.index).trim()} ${modal}${item.slice(to[0].length)}`;
}

// A paragraph's first sentence that opens a run of items in the same paragraph ("... is void: (1) ...").
const INLINE_LEAD = /:\s*(?=\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)/;
const INLINE_ITEM = /^\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s/;

const ADDRESS = /[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)[\w-]+(?:\.[\w-]+)+(?:\/[\w\/-]*)?/g;

// "The human-rights terms" are the human rights terms, an "end-user" an end user: the patterns
// read the words, not the hyphen (in the draft's text and in its defined terms alike).
const withoutHyphens = (t: string) => t.replace(/\b(human|end|national|state)-(rights?|users?|security)\b/gi, '$1 $2');

// "In no event shall the Supplier suspend" says "the Supplier shall not suspend" (read once the
// parties' own names read as their roles).
const INVERTED_NEGATION = new RegExp(String.raw`\b(?:in no (?:event|case|circumstances?)|under no circumstances?|at no time|on no account),? (shall|may|can) ((?:the |any |either |neither )?(?:${SELLER}|${CUSTOMER}|party|parties)(?: of (?:the |its |any )?[\w-]+)?)\b`, 'g');
const uninverted = (t: string) => (t.includes(' no ') ? t.replace(INVERTED_NEGATION, '$2 $1 not') : t);

// A ban reported only to be denied: "nothing in this Agreement means that it is forbidden ...".
const DENIED_BEFORE_BAN = /\b(?:nothing|not|no|whether|never)\b[^.;]*$/;
// A condition opened earlier in the same sentence: "If the Customer should fail to ...".
const CONDITION_BEFORE = /\b(?:if|where|in the event|in case|unless|when|whenever|whether|lest)\b[^.;:]*$/;

const BRACKETED_CITATION = /\b(?:articles?|clauses?|sections?) \(\d+\)(?:(?:,| and| or| to)? \(\d+\))*/g;

export function normalise(text: string): string {
  let t = text.toLowerCase().replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");
  // "thirty (30) days" reads as "30 days"; a bare "thirty days" too, for the common periods.
  // Most sentences have neither a number in brackets nor a period: a quick look spares the long patterns.
  if (/\(\d/.test(t)) t = t.replace(SPELLED_WITH_DIGITS, '$1');
  if (t.includes('day') || t.includes('hour') || t.includes('month') || t.includes('week')) t = t.replace(SPELLED_PERIOD, (w) => `${SPELLED[w.trim()]} `);
  // Dots that do not end a sentence ("clause 7.1", "U.S.", "e.g.") become middle dots, so that
  // patterns reading within a sentence ([^.;]) are not cut short by a clause number.
  if (t.includes('.')) t = t.replace(/(\d[a-z]?|\b[a-z])\.(?=\d)/g, '$1\u00b7').replace(ABBREVIATION, (a) => a.replace(/\./g, '\u00b7'));
  // (And the dots of an e-mail or web address: "abuse@stratusvault.example for reports".)
  if (t.includes('@') || t.includes('www') || t.includes('://')) t = t.replace(ADDRESS, (a) => a.replace(/\./g, '\u00b7'));
  if (/(?:clause|article|section)s? [a-z]/.test(t)) t = citedOrdinalsAsNumbers(t);
  // Arabic-style drafting brackets the numbers it cites: "Articles (5), (6) and (13)" cites Articles 5, 6 and 13.
  if (t.includes(' (')) t = t.replace(BRACKETED_CITATION, (run) => run.replace(/\((\d+)\)/g, '$1'));
  // ... and "don't", "doesn't", "won't", "can't", "isn't" as "do not", "does not", "will not", "cannot", "is not": the
  // patterns read a negation as "not".
  if (t.includes("n't")) t = t.replace(/\b(?:(can)'t|(won)'t|(shan)'t|(\w+)n't)\b/g, (_, can?: string, won?: string, shan?: string, verb?: string) => (can ? 'cannot' : won ? 'will not' : shan ? 'shall not' : `${verb} not`));
  // Plain-English "you'll", "we've", "you're" read as "you will", "we have", "you are".
  if (t.includes("'ll ") || t.includes("'ve ") || t.includes("'re ")) {
    t = t.replace(/\b(you|we|they|it|he|she|i)'ll\b/g, '$1 will').replace(/\b(you|we|they|i)'ve\b/g, '$1 have').replace(/\b(you|we|they)'re\b/g, '$1 are');
  }
  // Indian and Commonwealth amendments: "GCC 33.2 stands deleted", "Clause 9 shall stand substituted as under" say "is deleted", "is substituted".
  if (t.includes('stand')) t = t.replace(/\b(?:shall )?stands? (?=(?:hereby )?(?:deleted|omitted|withdrawn|revoked|rescinded|substituted|replaced|amended|modified)\b)/g, 'is ');
  // An "Annexure" is an annex (see partKey).
  if (t.includes('annexure')) t = t.replace(/\bannexure\b/g, 'annex');
  if (t.includes('human-right') || t.includes('end-user') || t.includes('national-security') || t.includes('state-security')) t = withoutHyphens(t);
  // "must" and "will" are "shall": the patterns need not spell every duty. (Not "at will", "the will of".)
  if (t.includes('must') || t.includes('will')) t = t.replace(/\bmust\b|(?<!\b(?:at|free|good|political|own) )\bwill\b(?! of\b)/g, 'shall');
  // Translated drafting states duties with "has to" and "should": "the Licensee should inform the Licensor". (Not "should"
  // opening a condition: "Should the Customer fail, ...", "the Supplier may, should it suspect misuse, ...".)
  // (Only "has to": "have to" comes negated, "you do not have to", "any right it may have to terminate".)
  // (Not denied, "never has to notify", "no longer has to"; nor a right, "any right the Customer has to terminate"; nor "has to date".)
  // ... and "is obliged to", as civil-law drafting in translation states a duty: "the Ordering Party is obliged to use the Kits ...".
  // (Not denied, "is not obliged to", nor "no longer is obliged to".)
  if (t.includes(' obliged to ') || t.includes(' obligated to ')) t = t.replace(/(?<!\b(?:not|never|longer)(?: [\w']+){0,2} )\b(?:is|are) (?:hereby )?(?:obliged|obligated) to (?=[a-z])/g, 'shall ');
  if (t.includes(' has to ')) t = t.replace(/(?<!\b(?:never|not|longer|right|rights)(?: [\w']+){0,3} )\bhas to (?!date\b)(?=[a-z])/g, 'shall ');
  // (Not in a condition, "if the Customer should fail", nor advice, "should consider whether".)
  if (t.includes('should')) t = t.replace(/(?<=[a-z)] )should\b(?! (?:the|any|a|an|it|they|we|you|he|she|such|this|that|there|either|one|consider|endeavou?r|seek|try|wish|like|prefer)\b)/g,
    (m, at: number) => (CONDITION_BEFORE.test(t.slice(Math.max(0, at - 200), at)) ? m : 'shall'));
  // ... and bans as "it is forbidden for the Licensor to disclose": "the Licensor shall not disclose".
  // (Only where the ban opens the sentence or its clause: not "nothing means that it is forbidden for the Customer to share".)
  if (t.includes('it is ')) t = t.replace(/(?<=^(?:\(?[\w·]{1,6}[.)] )?|[;:,] |\bthat )it is (?:forbidden|prohibited|not permitted|not allowed) for ((?:the |any |an? )?[\w-]+(?: [\w-]+)?) to\b/g, (m, who: string, at: number) => (DENIED_BEFORE_BAN.test(t.slice(Math.max(0, at - 80), at)) ? m : `${who} shall not`))
    .replace(/(?<=^(?:\(?[\w·]{1,6}[.)] )?|[;:,] |\bthat )it is (?:forbidden|prohibited|not permitted|not allowed) to\b/g, (m, at: number) => (DENIED_BEFORE_BAN.test(t.slice(Math.max(0, at - 80), at)) ? m : 'no one shall'));
  // Outcome drafting: "the Licensee is responsible for ensuring that no ..." is the duty "shall ensure that no ...".
  if (t.includes('responsible for')) t = t.replace(/\b(?:is|are|shall be|remains?) (?:solely |fully |also )?responsible for (?:ensuring|making sure)\b/g, 'shall ensure');
  // ... and "shall in no event", "may under no circumstances", "shall never" say "shall not", "may not".
  if (t.includes(' no ') || t.includes('never')) t = t.replace(/\b(shall|may|can) (?:in no (?:event|case|circumstances?)|under no circumstances?|at no time|on no account|never)\b/g, '$1 not');
  // ... and "shall not, under any circumstances, disclose" is "shall not disclose".
  // (An aside that goes on, "shall not, for any reason whatsoever, including any dispute ..., suspend", keeps its comma: the
  // rest is still an aside.)
  if (t.includes('not, ')) t = t.replace(/\b(shall|will|may|can|must) not, (?:under any circumstances?|in any (?:event|case|circumstances?)|at any time|for any reason(?: whatsoever)?|in any manner|(?:whether )?directly or indirectly),(?=( (?:including|such as|whether|by reason of)\b)?)/g, (_, modal: string, more?: string) => (more ? `${modal} not,` : `${modal} not`));
  return collapseSpaces(t).trim();
}

// What makes a defined term a misuse trigger: its meaning speaks of misuse, human rights, or the
// persons and activities the spec protects.
const BREACH_OF_CITED = /\b(?:contrary to|in breach of|in violation of|inconsistent with|in contravention of|not permitted by|prohibited by|otherwise than (?:in accordance with|as permitted by))\b[^.;]{0,20}\b(?:articles?|clauses?|sections?|paragraphs?|schedules?|annex(?:es)?)\b/i;
const MISUSE_MEANING = /misuse|human rights?|journalist|dissident|political opponent|human[- ]rights defender|prohibited (?:use|purpose|end use)|unlawful surveillance|(?:ethical|responsible|acceptable|human[- ]rights) use (?:policy|terms|addendum|annex|schedule|conditions)|in breach of (?:the )?(?:use restrictions|acceptable use|section|clause)|restricted (?:use|activit)|unauthori[sz]ed (?:use|target)|abuse/i;

// ("clause 6a·6" or "clause 8A": a clause inserted by amendment, numbered with a letter; "paragraph b-5" of an exhibit.)
const NUM = String.raw`(?:[a-z]{1,2}-|[a-z])?\d+(?:[a-z](?=\u00b7|\b))?(?:\u00b7\d+)*(?:\([a-z0-9]+\))*`;
// (A cited number may carry its title: "paragraphs B-5 (Suspension) and B-8 (Inspection)".)
// (Also "subclause 4.2", "sub-paragraph 3", and a licence's "Condition 7".)
// (A list may name the kind again: "GC 15 (Service Levels) and GC 27.3 (Continuity)".)
// A cited clause's title in brackets after its number: "clause 14 (Human Rights)".
const BRACKETED_TITLE = String.raw`(?: \([a-z][a-z ,'-]{2,40}\))?`;
export const CITED = String.raw`\b(?:(?:sub-?)?(?:clauses?|sections?|paragraphs?)|articles?|parts?|gcc?|scc?|conditions?)\s+(${NUM}${BRACKETED_TITLE}(?:\s*(?:,|and|or|to|-|through)\s*(?:(?:clauses?|sections?|articles?|gcc?|paragraphs?|conditions?)\s+)?${NUM}${BRACKETED_TITLE})*)`;
const CITATION = new RegExp(CITED, 'g');
// A letter-prefixed number standing alone ("Q13", "H6", "ST3"; not "GC 11.2", read above).
const BARE_LABEL = /(?<![\w\u00b7-])([a-z]{1,3}\d{1,3}(?:\u00b7\d{1,2})*)(?![\w\u00b7])/g;
const CITES = new RegExp(CITED);
// "Replace the second sentence of clause 4.2 with: ...": only that sentence of the clause goes.
const ORDINAL_SENTENCE = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const SENTENCE_CHANGED = new RegExp(String.raw`\b(?:replace|delete|omit|strike out|substitute)\s+the\s+(first|second|third|fourth|fifth|sixth|last|final)\s+sentence(?:\s+(?:of|in)\s+${CITED.slice(2)})?`);
// Parts a memorandum or letter of intent records as intentions only. (Not "are binding", nor "not
// binding on third parties".)
// ("The provisions of clause 3 are aspirational only and create no legal obligation"; "is for information only".)
const NOT_BINDING_WORDS = String.raw`(?:(?:is|are) not (?:legally |contractually )?(?:binding|enforceable)(?! on (?:any )?(?:third|other))|(?:is|are) non-binding|(?:do|does) not create (?:any )?(?:legally binding |binding |legal )?(?:obligations?|rights?|legal relations)`
  + String.raw`|(?:is|are) (?:merely |purely )?(?:aspirational|for information(?:al purposes)? only|(?:a )?statements? of (?:intent|intention|policy|principle)s?)|creates? no (?:legally binding |binding |legal |contractual )?(?:obligations?|rights?|legal relations))`;
const NOT_BINDING = new RegExp(String.raw`${CITED}[^.;]{0,80}?\b${NOT_BINDING_WORDS}`, 'g');
const EXCEPT_BINDING = new RegExp(String.raw`\b(?:this|the) (?:letter|memorandum|mou|document|term sheet|heads of terms|letter of intent)\b[^.;]{0,40}\b${NOT_BINDING_WORDS}[^.;]{0,20}\b(?:except|save|other than)(?: for)?\s+${CITED.slice(2)}`);
// 'Replace "a warrant issued by a judge" with "an authorisation of the Director"'; 'delete the
// words "within 48 hours"'. (Short quotations are too likely to occur elsewhere by chance.)
// (Also in the passive, 'the words "with immediate effect" are replaced with "on ninety days' notice"'; and a short
// quotation, '"48 hours" is replaced by "60 days"', where the amendment names the clause it changes: there only.)
const CHANGES_WORDS = /\b(?:replace|substitute) (?:the words )?"([^"]{3,400})"[^"]{0,60}? (?:with|by) (?:the words? )?"([^"]{0,600})"|\b(?:delete|omit|strike out) (?:the words )?"([^"]{3,400})"|"([^"]{3,400})"[^"]{0,20}? (?:is|are|shall be) (?:hereby )?(?:replaced|substituted) (?:with|by) (?:the words? )?"([^"]{0,600})"/g;
const SHORT_QUOTE = 12;
/** A schedule, annex or exhibit by its name: "schedule 2", "annex no. 3", "annex-f" (an "Annexure-F": see normalise). */
export const PART_NAME = String.raw`\b(?:annex|schedule|exhibit|appendix|attachment)(?: (?:no[.·]? ?|nr[.·]? ?|number )?[a-z0-9-]+|-[a-z0-9]{1,3})\b`;
// (A clause that "shall not apply to any use authorised under the laws of the Republic" is cut down, not deleted: see cited-clause.ts.)
// ("shall not apply to them", to such contractors: to the persons just named, not to every case.)
export const IN_SOME_CASES = String.raw` (?:to,? (?:and [^,.;]{1,60}, )?any|to (?:them|such|those|these)\b|where|if|when|whenever|while|during|unless|in (?:the case|respect) of|to (?:uses?|information|data|operations?|activities|persons?|cases|matters|the extent|sales|supplies|orders|deliveries|purchases|deployments)\b|to the (?:services?|products?|systems?|software|platform|equipment|goods|deliverables)\b)`;
// ... unless the cases are the safeguard's own actions: "clause 24.2 (status quo) shall not apply to any suspension or
// termination by the Contractor" keeps that clause out of the safeguard's way, which for the checker is as if deleted.
export const SAFEGUARD_ACTIONS = String.raw`(?:suspen|terminat|safeguard|withh|disabl|audit|investigat|measures?\b|actions?\b)`;
// An amendment in the same draft that deletes or replaces a clause by its number: "GC 12 is
// deleted", "Replace clause 13.2 with: ...", "Section 7 shall cease to have effect". (Not
// "replace the second sentence of clause 4 with", which keeps the rest of the clause.)
// ("Clauses 5.1 and 5.2 of the Agreement are deleted": an amendment names the agreement it amends.)
// ("of the Supply Agreement", "of the Master Licence Agreement": a few words may name it.)
const OF_AMENDED = String.raw`(?:\s+(?:of|in|to)\s+(?:the\s+|this\s+)?(?:${PART_NAME}|(?:[\w-]+ ){0,3}(?:agreement|contract|licen[cs]e|terms(?: and conditions)?|conditions|deed)\b))?`;
// An earlier sentence that only tells what a clause says ("Background. Clause 11.4 of the Master Licence Agreement, as
// originally signed, reads: ...", "Clause 21 of the Contract requires the Agency to certify ..."): it goes with the clause.
const TELLS_OF_CITED = new RegExp(String.raw`^(?:background|recitals?|whereas|context)?[.:,]?\s*(?:\(?[\w·]{1,6}[.)] )?${CITED}${OF_AMENDED},?(?: as (?:originally |first )?(?:signed|agreed|executed|drafted|worded),?)? (?:reads|provides|requires|states|says|obliges|entitles|allows|permits|gives)\b`);
const DELETES_CITED = new RegExp(String.raw`${CITED}${OF_AMENDED}\s+(?:is|are|shall be)\s+(?:hereby\s+)?(?:deleted|revoked|repealed|rescinded|abrogated|omitted|struck out|replaced|substituted)\b|\b(?:delete|replace|omit|substitute|revoke|strike out)\s+(?:the whole of\s+)?${CITED.slice(2)}|${CITED}\s+(?:shall\s+)?ceases?\s+to\s+have\s+(?:any\s+)?effect`
  // "Paragraphs B-5 and B-8 of the Vendor Addendum shall have no force or effect": disapplied.
  // (The clauses must be what has no effect, not what a term conflicts with: "any term that conflicts with Sections 1 to 15 is void".)
  // ("Paragraph 6 of Annex III shall not apply to the Licences under this Call-Off Order": disapplied too.)
  // ("The provisions of clause 13 are of no effect", "Sections 12 and 13 do not bind the Customer", "clause 14.1 is hereby disapplied", "shall not be enforced".)
  // (A clause of its own after ", and": "External channels are excluded, and clause 12 shall have no application to the Agency".)
  + String.raw`|(?:(?<!\b(?:with|to|under|in|of|by|than|from|and|or)\s)|(?<=[,;] (?:and|but)\s)|(?<=\b(?:provisions?|terms?|obligations?|requirements?|undertakings?) (?:of|in|under|contained in|set out in)\s))${CITED}[^.;"]{0,60}?\s(?:shall (?:have|be of) no (?:legal )?(?:force(?: or |, )?)?(?:effect|application)?\b|(?:is|are|shall be) (?:hereby )?(?:void|null and void|of no (?:force or )?effect|disapplied|dis-applied|inoperative|unenforceable|not enforceable|suspended and of no effect)\b|(?:shall|will) not (?:apply(?!${IN_SOME_CASES}(?![^.;]{0,80}\b${SAFEGUARD_ACTIONS}))|bind|be binding on|be enforced|be invoked|be relied (?:up)?on)\b|(?:does|do) not bind\b|(?:does|do) not apply(?=${IN_SOME_CASES}[^.;]{0,80}\b${SAFEGUARD_ACTIONS}| to this (?:order(?: form)?|call-off(?: order)?|purchase order|statement of work|transaction|deal)\b))`, 'g');
const PART_WORD = /\b(?:annex|schedule|exhibit|appendix|attachment)\b/;
// A clause cited by its title reads as cited by its number, so that every reading of citations applies: "the Section entitled
// "Misuse Reporting and Transparency"", "the clause of the General Terms titled "End-User Licence Terms"", "the "Audit" article".
const CITED_BY_TITLE = /\b(?:the )?(?:clause|section|article|condition|paragraph)(?: of (?:the|this) [^".;]{1,40}?)? (?:entitled|titled|headed|called|named) "([^"]{3,80})"|\bthe "([^"]{3,80})" (?:clause|section|article)\b/g;
// The title a numbered heading or run-in heading gives its clause: "11. Misuse Reporting and Transparency.", "GT 9 - End-User Licence Terms".
const NUMBERED_TITLE = /^(?:(?:article|clause|section|condition|[a-z]{1,4})\s*)?(\d+[a-z]?)\s*(?:[-\u2013\u2014.:)]\s*)?(.+)$/i;
const titleKey = (t: string) => normalise(t).replace(/[\s.:;,]+$/, '');
function citedByTitle(blocks: readonly Block[]): (t: string) => string {
  const numbers = new Map<string, string>();
  for (const b of blocks) {
    const top = topNumber(b.label);
    if (b.isHeading && top) numbers.set(titleKey(b.text), top);
    else if (b.isHeading) {
      const m = NUMBERED_TITLE.exec(b.text.trim());
      if (m) numbers.set(titleKey(m[2]), m[1].toLowerCase());
    } else if (top && /^[^.]{3,80}\.\s/.test(b.text)) numbers.set(titleKey(b.text.slice(0, b.text.indexOf('. '))), top); // a run-in title
  }
  if (!numbers.size) return (t) => t;
  return (t) => (t.includes('"') && /entitled|titled|headed|called|named|" (?:clause|section|article)/.test(t)
    ? t.replace(CITED_BY_TITLE, (m, a?: string, b?: string) => { const n = numbers.get(titleKey(a ?? b!)); return n ? `clause ${n}` : m; }) : t);
}

/** A clause label's top number: "12" of "12.3(b)". */
export const topNumber = (label?: string) => label?.match(/^[^./(]+/)?.[0];
/** The items a citation lists, as written: "clauses 5.1 (Use) and 5.2" gives 5.1, 5.2 (a range, "3 to 7", stays one item). */
const listedNumbers = (list: string) => list.replace(/\u00b7/g, '.').replace(/ \([^)]*\)/g, '').replace(/\b(?:clauses?|sections?|articles?|gcc?|scc?|paragraphs?|conditions?)\s+(?=[a-z]{0,2}-?\d)/g, '').split(/\s*(?:,|\band\b|\bor\b)\s*/);
/** The numbers a citation names, a range's ends among them. */
const numbersOf = (list: string) => listedNumbers(list).flatMap((n) => n.split(/\s*\bto\b\s*/)).map((n) => n.trim()).filter(Boolean);
const PART_CITED = new RegExp(PART_NAME, 'g');
// "Annex No. 2" is the part the reader calls "annex 2".
/** A block's part as the index names it ("annex f" for "Annexure F"), to compare with the parts sentences cite. */
export const partKey = (part: string | undefined) => part?.toLowerCase().replace(/^annexure\b/, 'annex');
const partName = (cited: string) => cited.replace(/ (?:no[.·]?|nr[.·]?|number) ?/, ' ').replace(/^([a-z]+)-/, '$1 ');
// A sentence that opens by referring back to the one before: "This right ...", "Any such suspension ...", "The foregoing ...".
export const BACK_REFERENCE = String.raw`(?:(?:this|that|such|these|those|the (?:foregoing|above|said)) (?:rights?|obligations?|dut(?:y|ies)|powers?|clause|paragraph|provisions?|undertakings?|requirements?|suspensions?|terminations?|notices?|notifications?|measures?|remed(?:y|ies)|audits?|restrictions?|entitlements?)\b|the foregoing\b|any such\b)`;
const REFERS_BACK = new RegExp(String.raw`^(?:\(?[\w·]{1,6}[.)] )?${BACK_REFERENCE}`);
// A recital or background that describes a clause of another document by its number.
// ("We refer to clause 16.4 of the Agreement (Termination for Misuse), which provides: ...".)
const DESCRIBES_CLAUSE = new RegExp(String.raw`^(?:(?:recitals?|background)\b[^:.]{0,12}[:.]? )?(?:\(?[\w\u00b7]{1,6}[.)] )?(?:(?:we|the parties) refer to |reference is made to |for (?:ease of )?reference,? |by way of background,? )?(?:(?:sub-?)?clause|section|article|paragraph|condition)s? (${NUM})${BRACKETED_TITLE}(?: (?:of|in) (?:the|this|that) [^.;]{0,100}?)?,? (?:which )?(?:requires?|provides?|obliges?|entitles?|states?|sets out|makes?|permits?|prohibits?|bars?|grants?)\b`);
// A bundle's quotation of another document's provision, typed before it: "Framework Schedule 6 (Investigations), paragraph 1:
// ...", "Seller's Licence Terms, clause 6.1: ...". The provision is spoken of by its number or by its schedule's name.
const QUOTES_CLAUSE = new RegExp(String.raw`^(?:[\w'-]+,? ){0,4}?(?:(${PART_NAME})${BRACKETED_TITLE},? )?(?:(?:sub-?)?clause|section|article|paragraph|condition) (${NUM})${BRACKETED_TITLE}:`);
// A definition's own sentence, after any label or heading run into it: '1. DEFINITIONS "Audit Log" means ...'.
const DEFINING_SENTENCE = /^[^"\u201c]{0,40}["\u201c]([^"\u201d]{1,60})["\u201d](?: or ["\u201c][^"\u201d]{1,60}["\u201d])? (?:means|shall mean|has the meaning|refers to|includes)\b/;
const SUPERSEDES_NAMED = /\bsupersedes?\b[^.;]*?\b(?:including|in particular|namely) (?:the )?(side letter|letter|memorandum of understanding|memorandum|heads of terms|term sheet|letter of intent) (?:dated |of )(\d{1,2} [a-z]+(?: \d{4})?|[a-z]+ \d{1,2}(?:, \d{4})?)/;
const FOREGOING = /^(?:\(?[\w·]{1,6}[.)] )?(?:the foregoing|the (?:above|preceding) (?:clause|paragraph|provisions?|sub-?clause))\b/;
// "paragraph 4 of Schedule 2" cites the paragraph, not the schedule.
const PARAGRAPH_OF = new RegExp(String.raw`\b(?:(?:sub-?)?(?:clauses?|sections?|paragraphs?)|articles?|parts?|conditions?|items?|rows?)\s+[\w·().-]+\s+(?:of|in|to)\s+(?:the\s+)?(?:${PART_QUALIFIER})?$`);
const ONE_PART = String.raw`${PART_NAME}(?: \([^)]{1,60}\))?`;
const PART_DISAPPLIED = new RegExp(String.raw`(?<!\b(?:of|in|to|under|with|than|from)\s(?:${PART_QUALIFIER})?)(${ONE_PART}(?:(?:,|,? and|,? or) ${ONE_PART})*)[^.;"]{0,60}?\s(?:(?:is|are|shall be) (?:hereby )?(?:deleted|revoked|omitted|struck out|void|null and void|of no (?:force or )?effect|disapplied|excluded from (?:the|this) (?:contract|agreement)\b)\b|shall have no (?:legal )?(?:force or )?effect\b|(?:shall|will) (?:not apply|have no application)(?!${IN_SOME_CASES}(?![^.;]{0,80}\b${SAFEGUARD_ACTIONS}))\b|(?:does|do|shall) not form (?:a )?part of\b)`, 'g');
// "paragraph 6 of Annex III", "clause 4 in Schedule 2": the number is counted within that part only.
const OF_PART = /^\s+(?:of|in|to)\s+(?:the\s+)?((?:annex|schedule|exhibit|appendix|attachment|addendum|rider)(?:\s+(?:no[.·]? ?|nr[.·]? ?|number )?[a-z0-9-]+|-[a-z0-9]{1,3}))\b/;
const partCited = (text: string, m: RegExpMatchArray) => {
  const cited = OF_PART.exec(text.slice(m.index! + m[0].length))?.[1];
  return cited && partName(cited);
};
// "section 6 of the Policy", "of the Agreement": a number of a document the bundle names, which may be
// another than the citing one's own ("of this Agreement" is its own).
const OF_OTHER_DOCUMENT = /^\s+(?:of|in|under)\s+(?:the|that)\s+[a-z]/;
const citesOtherDocument = (text: string, m: RegExpMatchArray) => OF_OTHER_DOCUMENT.test(text.slice(m.index! + m[0].length));

// 'the words "within 48 hours" are deleted and replaced with "promptly"': the amendment keeps the
// clause and drops only the quoted words, so they must not count.
const DELETED_WORDS = /\b(?:the )?(?:words?|phrase|expression|reference to) "[^"]*"(?= (?:is|are|shall be) (?:hereby )?(?:deleted|replaced|struck))/g;
const ROW_GONE = /^(?:deleted|omitted|struck out|not applicable|n\/a|excluded|withdrawn|(?:does|shall) not apply|not to apply)\b/;
// A cell that names a clause: "3.1", "gc 12·2 (service levels)", "annex h, h9", "clause 11·4".
const ROW_CLAUSE = new RegExp(String.raw`^(${PART_NAME})?,? ?((?:(?:sub-?)?clause|section|article|paragraph|condition|gcc?|scc?)s? )?((?:[a-z]{1,2}-?)?\d+(?:[.·]\d+)*[a-z]?(?:\([a-z0-9]+\))*)(?: \([^)]*\))?\.?$`);
// "Paragraph 3 of Schedule 2": the schedule a cited paragraph is in.
const PART_WITHIN = new RegExp(String.raw` (?:of|in|to) (?:the )?(${PART_NAME})`);
const AMENDING_WORDS = /\| |form (?:a )?part|supersed|excluded from|delet|revok|repeal|rescind|abrogat|omit|struck|replac|substitut|cease|effect|void|not apply|disappl|dis-appl|inoperative|enforc|not bind|binding on|relied|invoked|no force|no application/;
// A summary of changes ("Clause 6.1: authorising officer changed from a judge to the Commander") keeps only the new state.
const CHANGED_FROM = /\b(changed|amended|altered|switched|moved|reduced|increased|extended|shortened) from [^.;]{1,80}? to /g;
// (Most sentences have neither quotation marks nor "from": a quick look spares the patterns.)
const dropDeletedWords = (text: string) => {
  const words = text.includes('"') ? text.replace(DELETED_WORDS, 'the words') : text;
  return words.includes(' from ') ? words.replace(CHANGED_FROM, '$1 to ') : words;
};

const LOCAL_LAW_MEANING = /^(?:the )?laws? (?:and regulations )?(?:in force )?(?:of|in) the (?:kingdom|republic|state|federation|emirate|principality|sultanate|customer's|purchaser's|authority's)|^(?:the )?(?:national|domestic) laws?/i;

// Text an amendment quotes in order to delete it. An amendment deletes a clause or words, at
// once: "data shall be deleted within 30 days" or "when the warrant is revoked" strike nothing.
const STRUCK = /\b(?:clauses?|sections?|articles?|paragraphs?|schedules?|annex(?:es)?|appendix|exhibits?|words|definitions?|sentences?|provisions?|sub-?clauses?)\b[^;]{0,300}?(?:is|are|shall be) (?:hereby )?(?:deleted|revoked|repealed|rescinded|abrogated|struck out)\b(?!\s+(?:within|after|securely|permanently|when|once|no later|as soon|by the))|deleted (?:in (?:its|their) entirety|and replaced)|(?:cease|ceases) to have (?:any )?effect/;
// ... but the amendment that gives the new words stands: 'Clause 6.1 is deleted and replaced by the following: "..."'.
const REPLACEMENT_FOLLOWS = /\breplaced (?:by|with)\b[^".;]{0,30}:?\s*"/;

// The new words an amendment puts in place of the clause it deletes: 'Clause 16 is deleted and
// replaced with the following: "The Vendor may terminate ... only for non-payment."' They are in force.
// A conformed copy's note on a clause that it already reads as amended: "[Replaced by Amendment Agreement No. 1]", "[Inserted by the Second Amendment]".
const ALREADY_AMENDED = /^\W{0,3}\[(?:as )?(?:replaced|substituted|inserted|added|amended|varied|restated) (?:by|under|pursuant to)\b[^\]]{0,80}\]/i;
const REPLACED_BY_QUOTE = /\b(?:replaced|substituted) (?:with|by) (?:the following(?: (?:text|wording|clause|provision))?)?:?\s*"([^"]{12,1200})"/;

// A drafting note ("Purchaser's note: Contractor's clause 13 (suspension) deleted", "Drafting
// note:", "NTD:") talks about the terms and is removed before signature: it commits nobody.
// (See the answers to question headings in DraftIndex.)
// (An answer may be labelled: "A. No.", "Answer: Not applicable".)
const ANSWER_LABEL = String.raw`^\W*(?:a(?:nswer)?\s*[.:)]\W*)?`;
const NEGATIVE_ANSWER = new RegExp(String.raw`${ANSWER_LABEL}(?:no|not|never|none|nothing|neither)\b`, 'i');
const YES_ANSWER = new RegExp(String.raw`${ANSWER_LABEL}(?:yes|yes,|correct|confirmed|agreed)\b`, 'i');
const QUESTION_NUMBER = /^\s*(?:q(?:uestion)?\s*)?\d+[.:)]?\s*/i;
// A yes-no question said as the statement its "yes" makes: "May Quillon withhold updates ...?" reads "Quillon may withhold updates ...".
const INVERTED = /^(May|Can|Will|Shall|Must|Is|Are) ((?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)?) /;
const asStatement = (question: string) => question.replace(QUESTION_NUMBER, '').replace(INVERTED, (_, modal: string, subject: string) => `${subject} ${modal.toLowerCase()} `);
const ELLIPTICAL_QUESTION = /^\W*(?:q(?:uestion)?\s*\d+[.:)]?\s*)?(?:(?:and |but )?(?:for|in|on|at|to|by|with|under|until|from|within|against|about) (?:what|which|whom|how)|(?:and )?(?:how long|how often|where|when)\b(?! (?:may|must|shall|can|will|is|are|does|do)\b))[^?]*\?\s*$/i;
const DRAFTING_NOTE = /^[\s[*_(]*(?:(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['\u2019]s?|drafting|explanatory|translator['\u2019]s|reviewer['\u2019]s) (?:notes?|comments?)|notes? to (?:draft|drafter)|NTD)\s*[:\u2013\u2014-]/i;

// A table of duties names who owes each one in a column of its own ("Obligation | Responsible party | Timing",
// then "Take corrective action ... | Customer | Within 10 days"): each row reads as that party's duty, "customer
// shall take corrective action ...". (A row owed by both parties, or by no party named, reads as it stands.)
const PARTY_COLUMN = /^(?:responsible(?: party)?|(?:obligated |obliged |responsible )?party|responsibility|who|owner|by whom|(?:to be )?performed by|duty holder|obligor)$/;
const CELL_PARTY = new RegExp(String.raw`^(?:the |each |any )?(${SELLER}|${CUSTOMER})\b`);
const OTHER_PARTY = new RegExp(String.raw`\b(?:${SELLER}|${CUSTOMER}|both|each party|all parties|either)\b`);
const cellsOf = (text: string) => text.split(' | ').map((c) => c.trim());
// ... or the header names the party and what its column holds ("Trigger | Seller action | Timing", "Customer obligation"):
// each row's cell in that column reads as that party's right or duty, "supplier may suspend access ...".
// (Also a header that says it with a verb: "If | Then Quillon may", "The Customer shall".)
// ("Obligation of the Partner": the party after its duties.)
const PARTY_HEADER = new RegExp(String.raw`^(?:then )?(?:the )?(${SELLER}|${CUSTOMER})(?:'s)? (?:(actions?|remed(?:y|ies)|rights?|measures?|responses?|options?|entitlements?|powers?|may|can|is entitled to)|obligations?|dut(?:y|ies)|undertakings?|commitments?|shall|must|will)$`
  + String.raw`|^(?:obligations?|dut(?:y|ies)|undertakings?|commitments?) of (?:the )?(${SELLER}|${CUSTOMER})$`
  // ("Measure available to the Contractor": the party after its rights.)
  + String.raw`|^(?:measures?|actions?|remed(?:y|ies)|rights?|options?|responses?|entitlements?|powers?) (?:available to|of|open to) (?:the )?(${SELLER}|${CUSTOMER})$`);
// A cell that repeats the one above it: "the same", "as above", "ditto".
const SAME_AS_ABOVE = /^(?:the same|same as above|as above|ditto|idem|"|〃)$/;
// (A row that has lost its first cell to the block's label, "| Customer | ...", is counted from a stand-in cell.)
// A cell that names the measure as a noun reads as its verb after "may": "Suspension of all functions; revocation of
// credentials" is "may suspend all functions; revoke credentials".
const MEASURE_NOUNS: Record<string, string> = { suspension: 'suspend', revocation: 'revoke', withholding: 'withhold', termination: 'terminate', deactivation: 'deactivate', disabling: 'disable', cancellation: 'cancel', blocking: 'block' };
const MEASURE_NOUN = /\b(?:(remote|immediate) )?(suspension|revocation|withholding|termination|deactivation|disabling|cancellation|blocking) of\b/gi;
const asVerbs = (cell: string) => cell.replace(MEASURE_NOUN, (_, how: string | undefined, noun: string) => `${how?.toLowerCase() === 'remote' ? 'remotely ' : how ? `${how} ` : ''}${MEASURE_NOUNS[noun.toLowerCase()]}`);
const inCell = (column: number, lead: string) => (t: string) => {
  const padded = t.startsWith('| ');
  const cells = (padded ? `- ${t}` : t).split(' | ');
  if (cells.length <= column) return `${lead} ${t}`;
  // (A cell that opens with "to", as a list of rights or duties does, reads after the lead without it: "To halt the Solution".)
  const cell = cells[column].replace(/^to (?=\w)/i, '');
  cells[column] = `${lead} ${lead.endsWith(' may') ? asVerbs(cell) : cell}`;
  return cells.join(' | ').slice(padded ? 2 : 0);
};
// A tender's compliance matrix: the buyer's requirement in one column, the bidder's answer ("C", "PC", "NC", "Partly
// comply") in another, and its own wording in a third. Where the answer is not "comply", the requirement binds nobody: the
// bidder's wording is the term ("Software licences shall be perpetual. | PC | Licences are issued for twelve months").
const COMPLIANCE_COLUMN = /^(?:(?:c|f?c|pc|nc|y|n|p)(?:\s*\/\s*(?:c|pc|nc|y|n|p|pa|nc))+|compliance(?: status| level)?|complian(?:t|ce)\?|comply\?|compliant(?:\s*\(y\/n\))?|(?:degree|level|statement) of compliance)$/;
const REQUIREMENT_COLUMN = /\brequirements?\b|\bspecifications?\b|\b(?:tender|bid|rfp|purchaser|buyer|authority|employer|client)(?:'s)? (?:terms?|conditions?|clauses?)\b/;
const NOT_COMPLIED = /^(?:pc|nc|p|n|pa|no|partly compl\w*|partial(?:ly)?(?: compl\w*)?|not compl\w*|non-?compl\w*|does not comply|deviat\w*|exception|with deviations?)\.?$/i;
/** A text (a block's or a sentence's, at its offset in the draft) without the part of it in [from, to). */
const withoutRange = ({ text, start }: { text: string; start: number }, range?: [number, number]) => {
  if (!range || range[1] <= start || range[0] >= start + text.length) return text;
  return `${text.slice(0, Math.max(0, range[0] - start))}${text.slice(Math.max(0, range[1] - start))}`;
};
/** The draft's tables: each header (a row with no row above it) and the rows under it. */
function tablesOf(blocks: Draft['blocks']): { header: number; rows: number[] }[] {
  const isRow = (i: number) => !blocks[i].isHeading && blocks[i].text.includes(' | ');
  const tables: { header: number; rows: number[] }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!isRow(i) || (i > 0 && isRow(i - 1))) continue;
    const rows: number[] = [];
    for (let j = i + 1; j < blocks.length && isRow(j); j++) rows.push(j);
    tables.push({ header: i, rows });
  }
  return tables;
}
/** The requirement cells of a compliance matrix that bind nobody, by block, as offsets in the draft's text. */
function unansweredRequirements(blocks: Draft['blocks']): Map<number, [number, number]> {
  const found = new Map<number, [number, number]>();
  for (const { header, rows } of tablesOf(blocks)) {
    const headers = cellsOf(blocks[header].text.toLowerCase());
    const answer = headers.findIndex((h) => COMPLIANCE_COLUMN.test(h));
    const requirement = headers.findIndex((h) => REQUIREMENT_COLUMN.test(h));
    if (answer < 0 || requirement < 0 || requirement === answer) continue;
    for (const j of rows) {
      const { text, start } = blocks[j];
      // (A row whose first cell became the block's label starts "| ": its cells count from a stand-in.)
      const spans: [number, number][] = text.startsWith('| ') ? [[0, 0]] : [];
      let from = text.startsWith('| ') ? 2 : 0;
      for (let bar = text.indexOf(' | ', from); ; bar = text.indexOf(' | ', from)) {
        spans.push([from, bar < 0 ? text.length : bar]);
        if (bar < 0) break;
        from = bar + 3;
      }
      const cell = (k: number) => (spans[k] ? text.slice(...spans[k]).trim() : '');
      if (spans[requirement] && NOT_COMPLIED.test(cell(answer))) found.set(j, [start + spans[requirement][0], start + spans[requirement][1]]);
    }
  }
  return found;
}
const CELL_NO = /^(?:no|none|nil|not at all)\.?$/i;
const CELL_YES = /^yes\.?$/i;
function dutyTableParties(blocks: Draft['blocks'], read: (t: string) => string): Map<number, (t: string) => string> {
  const parties = new Map<number, (t: string) => string>();
  for (const { header, rows } of tablesOf(blocks)) {
    const headers = cellsOf(blocks[header].text.toLowerCase());
    const column = headers.findIndex((h) => PARTY_COLUMN.test(h));
    // (Each such column: "Supplier obligations | Customer obligations".)
    const named = column < 0 ? headers.flatMap((h, k) => { const m = PARTY_HEADER.exec(read(h)); return m ? [inCell(k, `${m[1] ?? m[3] ?? m[4]} ${m[2] || m[4] ? 'may' : 'shall'}`)] : []; }) : [];
    if (named.length) {
      const cells = (t: string) => named.reduce((text, cell) => cell(text), t);
      for (const j of rows) {
        // (A row whose condition is "the same" reads with the condition of the row above.)
        const previous = cellsOf(blocks[j - 1].text);
        const row = cellsOf(blocks[j].text);
        const same = j > header + 1 && row.length === previous.length && row.some((c) => SAME_AS_ABOVE.test(c.toLowerCase()));
        parties.set(j, same ? (t) => cells(cellsOf(t).map((c, k) => (SAME_AS_ABOVE.test(c) ? read(previous[k]) : c)).join(' | ')) : cells);
      }
    }
    // A header that asks a question of each row ("Breach by Contractor? | Liability to Customer?"): a row's "No" or "None"
    // under it reads as the answer's statement, "no breach by contractor", and a "Yes" as the question's words.
    const asked = headers.map((h) => (h.endsWith('?') ? h.slice(0, -1).trim() : undefined));
    if (column < 0 && !named.length && asked.some(Boolean)) {
      const answered = (t: string) => cellsOf(t).map((c, k) => (asked[k] === undefined ? c : CELL_NO.test(c) ? `no ${asked[k]}` : CELL_YES.test(c) ? asked[k] : c)).join(' | ');
      for (const j of rows) parties.set(j, answered);
    }
    if (column < 0) continue;
    for (const j of rows) {
      // (A row whose first cell is a number has lost it to the block's label: "4 | Customer | ..." reads "| Customer | ...".)
      const row = blocks[j].text.startsWith('| ') ? `- ${blocks[j].text}` : blocks[j].text;
      const cell = read(cellsOf(row)[column] ?? '');
      const who = CELL_PARTY.exec(cell);
      if (who && !OTHER_PARTY.test(cell.slice(who[0].length))) parties.set(j, (t) => `${who[1]} shall ${t}`);
    }
  }
  return parties;
}

export class DraftIndex {
  readonly clauses: Clause[];
  /** Alternation of the words that mean misuse in this draft, defined terms included. */
  readonly misuse: RegExp;
  readonly misuseTerms: string[];
  readonly draft: Draft;
  /** A text as the clauses read: normalised, with the parties' own names read as their roles. */
  readonly read: (text: string) => string;

  constructor(given: Draft) {
    const draft = { ...given, definitions: given.definitions.map((d) => ({ ...d, term: withoutHyphens(d.term), meaning: withoutHyphens(d.meaning) })) };
    this.draft = draft;
    const { blocks } = draft;
    // The parties' own names read as their roles, so "Lanternfish may suspend" is the seller's right.
    const names = draft.partyNames;
    // (Each pattern made once per draft: replace() with a global pattern starts from the beginning every time.)
    const alias = (role: string, list: string[]) => {
      if (!list.length) return (t: string) => t;
      const names = draftsOwn(new RegExp(`\\b(?:${list.map((name) => escapeRegExp(name.toLowerCase())).join('|')})\\b`, 'g'));
      return (t: string) => t.replace(names, role);
    };
    const asSeller = alias('supplier', names.seller);
    const asCustomer = alias('customer', names.customer);
    // A defined term for the customer's own law ("Applicable Law" means the laws of the Kingdom)
    // reads as what it is, so "governed exclusively by Applicable Law" is seen to hand over to it.
    const localLaw = draft.definitions.filter((d) => /law/i.test(d.term) && LOCAL_LAW_MEANING.test(d.meaning)).map((d) => d.term);
    const asLocalLaw = alias('domestic law', localLaw);
    const asNumbered = citedByTitle(blocks);
    // A text read once: headings are asked for every sentence under them, and bundles repeat clauses.
    const readTexts = new Map<string, string>();
    const read = (t: string) => {
      let r = readTexts.get(t);
      if (r === undefined) readTexts.set(t, (r = uninverted(asLocalLaw(asCustomer(asSeller(asNumbered(normalise(t))))))));
      return r;
    };
    this.read = read;
    // A clause that ends with a colon continues in the list items after it: "The Supplier may
    // terminate ... if: (a) ...; (b) ...". The lead-in and its items are read as one unit.
    // (Items typed "a)" as well as "(a)"; or numbered under the lead-in's own number: "3.3 The Customer is obliged:" and its 3.3.1, 3.3.2.)
    // (And bullets.)
    // (And the rows of a table the lead-in introduces: "The Customer shall meet the following requirements:" over
    // "| Retention | Delete Collected Data after 12 months |".)
    // (Not a table that names a party for each row: its rows read as that party's duties below.)
    const party = dutyTableParties(blocks, read);
    const isTableRow = (i: number) => blocks[i].text.includes(' | ') && !party.has(i) && !party.has(i + 1);
    const isItem = (i: number, lead: number) => !blocks[i].isHeading
      // (Or a numbered paragraph that goes on in small letters from a lead-in or item not yet ended: "shall notify the Company ...".)
      && (!!blocks[i].bullet || isTableRow(i) || (/^[a-z]/.test(blocks[i].text) && /(?:[:;,]|\b(?:and|or))\s*$/.test(blocks[i - 1].text)) || /\([a-z0-9]{1,5}\)$|^[a-z]\)$/i.test(blocks[i].label ?? '') || (!!blocks[lead].label && (blocks[i].label ?? '').startsWith(`${blocks[lead].label}.`)));
    // A requirement the bidder did not accept is no term: its row and sentences read without it.
    const unanswered = unansweredRequirements(blocks);
    const blockSaid = (i: number) => withoutRange(blocks[i], unanswered.get(i));
    const blockText = new Map<number, string>();
    const blockNorm = (i: number) => {
      let t = blockText.get(i);
      if (t === undefined) blockText.set(i, (t = read(blockSaid(i))));
      return t;
    };
    const leadOf = this.leadOf;
    const unitText = new Map<number, string>();
    // (A heading may be the lead-in: "### B. You must not:" over its bullets.)
    const isLead = (i: number) => /[:\u2014-]\s*$/.test(blocks[i].text) && (!blocks[i].isHeading || MODAL_LEAD.test(blockNorm(i)));
    for (let i = 0; i < blocks.length; i++) {
      if (!isLead(i) || !blocks[i + 1] || !isItem(i + 1, i)) continue;
      let j = i + 1;
      const parts = [blocks[i].text];
      while (j < blocks.length && isItem(j, i)) { leadOf.set(j, i); parts.push(isTableRow(j) ? `${blocks[j].text};` : blocks[j].text); j++; }
      unitText.set(i, read(parts.join(' ')));
    }
    const owed = (i: number, t: string) => party.get(i)?.(t) ?? t;
    const norm = (i: number) => unitText.get(leadOf.get(i) ?? i) ?? owed(i, blockNorm(i));
    // Items run on inside one paragraph read after its lead-in too: "any provision that purports to do any of the
    // following is void: (1) permit the Contractor to suspend ...; (2) ...; (3) grant the Contractor any right to audit ...".
    const inlineLead = new Map<Sentence, string>();
    for (let k = 1, lead: string | undefined; k < draft.sentences.length; k++) {
      const sentence = draft.sentences[k];
      const before = draft.sentences[k - 1];
      if (before.block !== sentence.block) { lead = undefined; continue; }
      if (lead === undefined) {
        const colon = INLINE_LEAD.exec(before.text);
        lead = colon ? read(before.text.slice(0, colon.index + 1)) : '';
      }
      if (lead && INLINE_ITEM.test(sentence.text)) inlineLead.set(sentence, lead);
    }
    // An answer under a question heading reads after its question: "Q2. Who may use the System?" over "Only the
    // Directorate, in its own investigations." (Not an answer that says no: the question is not asserted. Not a table row,
    // which reads by its columns.)
    const answers = new Set<Sentence>();
    for (let k = 0; k < draft.sentences.length; k++) {
      const sentence = draft.sentences[k];
      const b = blocks[sentence.block];
      if (b.isHeading || !b.heading?.trim().endsWith('?') || b.text.includes(' | ') || (k > 0 && draft.sentences[k - 1].block === sentence.block) || NEGATIVE_ANSWER.test(sentence.text)) continue;
      answers.add(sentence);
    }
    // A question answered "no" commits nobody ("Will analysts be required to complete human-rights training? Answer:
    // No."); answered "yes", it reads as the statement it asks about ("May the Vendor suspend access? A. Yes.").
    // A question with no verb of its own ("Q3. For what purposes?") goes on from the question before it ("Q2. Who may use the
    // System?"): its answer reads after both.
    const questionOf = (block: number): string => {
      const heading = blocks[block].heading!;
      if (!ELLIPTICAL_QUESTION.test(heading)) return asStatement(heading);
      for (let i = block - 1; i >= 0; i--) {
        const h = blocks[i].heading;
        if (blocks[i].isHeading && h && h !== heading && h.trim().endsWith('?')) return `${ELLIPTICAL_QUESTION.test(h) ? h : asStatement(h)} ${heading}`;
      }
      return asStatement(heading);
    };
    const isQuestion = (k: number) => draft.sentences[k].text.trim().endsWith('?');
    const answered = (k: number, answer: RegExp) => k + 1 < draft.sentences.length && answer.test(draft.sentences[k + 1].text);
    const answeredYes = (k: number) => answered(k, YES_ANSWER);
    const asksOnly = (k: number) => isQuestion(k) && answered(k, NEGATIVE_ANSWER);
    this.clauses = draft.sentences.map((sentence, k) => {
      const block = sentence.block;
      const said = unanswered.has(block) ? withoutRange(sentence, unanswered.get(block)) : answers.has(sentence) ? `${questionOf(block)} ${sentence.text}` : isQuestion(k) && answeredYes(k) ? asStatement(sentence.text) : sentence.text;
      const own = owed(block, dropDeletedWords(read(said)));
      const lead = leadOf.get(block);
      const inline = lead === undefined ? inlineLead.get(sentence) : undefined;
      // (The item without its letter: "shall not be required to: (b) notify" reads "shall not be required to notify".)
      return {
        sentence,
        // A lead-in sentence carries its items; an item is read after its lead-in.
        text: unitText.has(block) && /:\s*$/.test(sentence.text) ? unitText.get(block)! : lead !== undefined ? asDuty(blockNorm(lead), own) : inline !== undefined ? asDuty(inline, own.replace(INLINE_ITEM, '')) : own,
        block: norm(block),
        heading: read(blocks[block].heading ?? ''),
        struck: (/delet|revok|repeal|rescind|abrogat|struck|cease/.test(own) && STRUCK.test(own) && !/\bthe words (?:is|are|shall be) (?:hereby )?(?:deleted|replaced)/.test(own) && !REPLACEMENT_FOLLOWS.test(own))
          || DRAFTING_NOTE.test(blocks[block].text) || asksOnly(k) || !/[a-z]/i.test(said),
      };
    });
    this.misuseTerms = draft.definitions
      // Terms for other concepts (the purpose, crimes, procedures) mention rights without meaning misuse.
      .filter((d) => (MISUSE_MEANING.test(d.meaning) || this.meansBreachOfUseClauses(d)) && !/^(?:agreement|product|services?|customer|supplier)$|purpose|crime|terroris|investigation|channel|end user|policy|action|complaint|data|logs?$|authori[sz]ation|persons?$|personnel/i.test(d.term))
      .map((d) => d.term.toLowerCase());
    const words = ['misus(?:e|ing)', 'mis-use', 'abuse of (?:the )?(?:product|system|software|service)', 'human rights? (?:terms|obligations|provisions|clauses|undertakings|violations?|abuses?)',
      'breach of (?:the )?human rights', 'violation of (?:international )?human rights', 'prohibited (?:use|uses|purpose|targeting)',
      '(?:ethical|responsible|human[- ]rights) use (?:policy|terms|rules|addendum|annex|schedule|conditions|undertakings?)', 'unlawful (?:surveillance|targeting|use)', 'improper use',
      ...this.misuseTerms.map(escapeRegExp)];
    this.misuse = draftsOwn(new RegExp(`\\b(?:${words.join('|')})`, 'i'));
    this.applyAmendments();
    // Equal texts (a bundle repeats whole agreements) become one string, and the prefilter keeps
    // the fingerprints of these strings: rules then find them by identity.
    const one = new Map<string, string>();
    const same = (t: string) => { const kept = one.get(t); if (kept !== undefined) return kept; one.set(t, t); return t; };
    for (const c of this.clauses) {
      c.text = same(c.text);
      c.block = same(c.block);
      c.heading = same(c.heading);
    }
    keepFingerprints(one.keys());
  }

  /** A term defined as a breach of clauses it cites, where those clauses are the use restrictions: '"Breach of Use" means any
   * use of the System contrary to Articles 9 or 10', Article 10 being "Prohibited Uses". */
  private meansBreachOfUseClauses(d: DefinedTerm): boolean {
    if (!BREACH_OF_CITED.test(d.meaning)) return false;
    const { blocks } = this.draft;
    return this.clauses.filter((c) => c.sentence.block === d.block).flatMap((c) => this.citedBlocks(c))
      .some((b) => MISUSE_MEANING.test(blocks[b].heading ?? '') || MISUSE_MEANING.test(blocks[b].text));
  }

  /** The sentence mentions misuse, directly or through a defined term. */
  mentionsMisuse(c: Clause): boolean {
    return matches(this.misuse, c.text);
  }

  /** The clauses a sentence refers to ("clause 12.1", "clauses 5 to 7", "Section 9"), read as the clauses are (normalised, parties by their roles). */
  referencedText(c: Clause): string {
    let text = this.referenced.get(c);
    if (text === undefined) this.referenced.set(c, (text = this.read(this.citedBlocks(c).map((b) => this.draft.blocks[b].text).join(' '))));
    return text;
  }
  private readonly referenced = new Map<Clause, string>();

  /** The meanings of the defined terms a sentence uses (not those it defines itself), each read as the clauses are.
   * (Not a name in brackets after a party's description: that describes, it defines nothing.) */
  termMeanings(c: Clause): string[] {
    return this.memo('meanings-by-block', () => {
      const byBlock = new Map<number, string[]>();
      for (const d of this.draft.definitions) {
        if (d.inline) continue;
        const meaning = this.read(d.meaning);
        for (const b of d.usedIn) byBlock.set(b, [...(byBlock.get(b) ?? []), meaning]);
      }
      return byBlock;
    }).get(c.sentence.block) ?? [];
  }

  /** The later sentences of the same paragraph that speak of a sentence's right or duty again by referring back: "This
   * right may be exercised only with the Minister's approval", "Any such suspension shall require a court order"; and a
   * next paragraph that opens "The foregoing". */
  continuations(c: Clause): Clause[] {
    const byBlock = this.clausesByBlock();
    const own = byBlock.get(c.sentence.block) ?? [];
    // ("18.2 The foregoing shall not apply to ...".)
    const next = (byBlock.get(c.sentence.block + 1) ?? []).slice(0, 1).filter((x) => FOREGOING.test(x.text));
    return [...own.slice(own.indexOf(c) + 1).filter((x) => REFERS_BACK.test(x.text)), ...next];
  }

  /** The blocks of the schedules or annexes a sentence names as a whole ("Schedule 2 shall apply only with the
   * Customer's consent"), not a paragraph of one ("paragraph 4 of Schedule 2"). */
  citedParts(c: Clause): number[] {
    if (!PART_WORD.test(c.text)) return [];
    return [...matchesAll(PART_CITED, c.text)].filter((m) => !PARAGRAPH_OF.test(c.text.slice(Math.max(0, m.index! - 40), m.index))).flatMap((m) => this.partBlocks(partName(m[0])));
  }

  /** The sentences that name as a whole the schedule or annex a sentence sits in. */
  namingPart(c: Clause): Clause[] {
    const part = partKey(this.draft.blocks[c.sentence.block].part);
    if (!part) return [];
    return this.memo(`naming-part:${part}`, () => this.clauses.filter((x) => this.citedParts(x).includes(c.sentence.block)));
  }

  /** The blocks of a schedule, annex or exhibit ("schedule 4"). */
  partBlocks(name: string): number[] {
    // (With a provision a bundle quotes as the schedule's own: "Framework Schedule 6 (Investigations), paragraph 1: ...".)
    const quotedFrom = (text: string) => {
      const part = /schedule|annex|exhibit|appendix|attachment/i.test(text.slice(0, 60)) ? QUOTES_CLAUSE.exec(this.read(text))?.[1] : undefined;
      return part !== undefined && partName(part) === name;
    };
    return this.memo(`part-blocks:${name}`, () => this.draft.blocks.filter((b) => partKey(b.part) === name || (!b.part && quotedFrom(b.text))).map((b) => b.index));
  }

  /** A schedule, annex or exhibit ("schedule 4"), read as the clauses are: empty where the draft has none. */
  partText(name: string): string {
    return this.memo(`part-text:${name}`, () => this.read(this.draft.blocks.filter((b) => partKey(b.part) === name).map((b) => b.text).join(' ')));
  }

  /** The schedules, annexes or exhibits a sentence names ("in the form of Schedule 4"), read as the clauses are. */
  citedPartsText(c: Clause): string {
    if (!PART_WORD.test(c.text)) return '';
    return [...new Set(c.text.match(PART_CITED)?.map(partName))].map((name) => this.partText(name)).join(' ');
  }

  /** Every labelled block's label as a citation reads it ("12.3(b)", "f7.4"), with its top number. */
  private labels() {
    return this.memo('labels', () => {
      // The paragraphs under a numbered heading ("6 Suspension") carry its number; so do those Word numbers
      // afresh under each article ("Article 11" over "1.", "2."), cited as "Article 11(2)".
      // (Only while the paragraphs count on from 1: "5 Fees" after 4.1 to 4.3 is clause 5 again.)
      let heading: string | undefined;
      let article: string | undefined;
      let next = 1;
      // An annex's lettered paragraph "H9" may number its own paragraphs "9.1", "9.2": they are H9.1, H9.2 too.
      let lettered: { letters: string; number: string; part?: string } | undefined;
      return this.draft.blocks.flatMap((b, block) => {
        const own = b.label?.toLowerCase().replace(/^.*paragraph /, '');
        const letteredNow = own && /^([a-z]{1,2})(\d+)$/.exec(own);
        if (letteredNow) lettered = { letters: letteredNow[1], number: letteredNow[2], part: b.part };
        else if (own && lettered && !(b.part === lettered.part && own.startsWith(`${lettered.number}.`))) lettered = undefined;
        const inLettered = own && lettered && !letteredNow ? `${lettered.letters}${own}` : undefined;
        if (b.isHeading) { heading = b.label; article = b.label && /^\d+$/.test(b.label) ? b.label : undefined; next = 1; }
        // (Its own items, "9.1(a)" to "9.1(d)", do not end it: the paragraph after them is still 9.1.)
        else if (b.label && !(heading && (b.label.startsWith(`${heading}(`) || b.label.startsWith(`${heading}.`)))) heading = undefined;
        const counted = article !== undefined && !b.isHeading && b.label === String(next);
        if (!b.isHeading && b.label && !counted) article = undefined;
        if (counted) next++;
        // (The plain number stays too: where the clauses run on through the headings, "Clause 2" is that paragraph.)
        const owns = counted ? [`${article}(${b.label})`, b.label!] : [b.label ?? heading, ...(inLettered ? [inLettered] : [])];
        return owns.filter((own) => own !== undefined).map((own) => {
          const label = own!.toLowerCase().replace(/^.*paragraph /, '');
          return { label, top: parseInt(label.replace(/^[a-z]/, ''), 10), block };
        });
      });
    });
  }

  /**
   * The next paragraphs of the same clause, read as the clauses are: "17.1 The Licensor may suspend
   * ..." goes on in "17.2 A suspension continues until the investigation is complete". At most two,
   * under the same heading, with the same top number, stopping at a heading.
   */
  following(c: Clause): string[] {
    return this.memo(`following:${c.sentence.block}`, () => {
      const { blocks } = this.draft;
      const here = blocks[c.sentence.block];
      // (Only what the draft still says: not a paragraph struck out, unselected or left in brackets.)
      const said = this.clausesByBlock();
      const texts: string[] = [];
      for (let i = here.index + 1; i < blocks.length && texts.length < 3; i++) {
        const b = blocks[i];
        // (A lead-in and its items are read as one already: the next paragraphs come after the items.)
        if (this.leadOf.get(i) === (this.leadOf.get(here.index) ?? here.index)) continue;
        if (b.isHeading || b.heading !== here.heading || topNumber(b.label) !== topNumber(here.label)) break;
        const clauses = (said.get(i) ?? []).filter((x) => !x.struck);
        if (clauses.length) texts.push(clauses.map((x) => x.text).join(' '));
      }
      return texts;
    });
  }

  /** For each list item, the block of the lead-in it finishes. */
  private readonly leadOf = new Map<number, number>();
  private readonly cited = new Map<Clause, number[]>();
  /** The blocks a sentence cites by number. */
  citedBlocks(c: Clause): number[] {
    const cached = this.cited.get(c);
    if (cached) return cached;
    const found = /\d/.test(c.text) && matches(CITES, c.text)
      ? [...matchesAll(CITATION, c.text)].flatMap((m) => this.ownArticleParagraph(c.sentence.block, m) ?? this.typedParagraph(c.sentence.block, m) ?? this.ownRunFirst(c.sentence.block, this.numbered(m[1], partCited(c.text, m)), citesOtherDocument(c.text, m)))
      : [];
    // A draft whose paragraphs carry letter-prefixed numbers cites them bare: "acting under Q13", "suspended under H6".
    if (/[a-z]\d/.test(c.text)) {
      for (const m of c.text.matchAll(BARE_LABEL)) found.push(...(this.byCitation().get(m[1].replace(/\u00b7/g, '.')) ?? []).filter((b) => b !== c.sentence.block && !found.includes(b)));
    }
    // A Special Conditions table names the clause it changes in its first cell: "| 24.1 | Add at the end: ... |".
    const { label, text } = this.draft.blocks[c.sentence.block];
    if (label && /^\|/.test(text)) found.push(...this.numbered(label.toLowerCase()).filter((b) => b < c.sentence.block));
    this.cited.set(c, found);
    return found;
  }

  /** "Where grounds under paragraph 2 exist", said in a paragraph of Article 11 numbered "(1)", "(2)": its own
   * article's paragraph 11(2), not a clause 2 elsewhere. */
  private ownArticleParagraph(citing: number, m: RegExpMatchArray): number[] | undefined {
    const article = /^([^(]+)\(\d+\)/.exec(this.draft.blocks[citing].label ?? '')?.[1];
    // (Not "paragraph 2 of Article 8", which names its article.)
    if (!article || !/^(?:sub-?)?paragraphs?\s/.test(m[0]) || !/^\d+$/.test(m[1]) || /^\s+(?:of|in|under|to)\s/.test(m.input!.slice(m.index! + m[0].length))) return undefined;
    return this.byCitation().get(`${article}(${m[1]})`);
  }

  /** "Where grounds under paragraph 2 exist", said in an article whose paragraphs are typed "(1)", "(2)" into their text
   * (no numbering the reader keeps): the paragraph of the same article that opens "(2)". */
  private typedParagraph(citing: number, m: RegExpMatchArray): number[] | undefined {
    const { blocks } = this.draft;
    const here = blocks[citing];
    if (!/^(?:sub-?)?paragraphs?\s/.test(m[0]) || !/^\d+$/.test(m[1]) || here.label || !/^\(\d+\)\s/.test(here.text) || /^\s+(?:of|in|under|to)\s/.test(m.input!.slice(m.index! + m[0].length))) return undefined;
    const opens = `(${m[1]}) `;
    for (const step of [-1, 1]) {
      for (let b = citing + step; b >= 0 && b < blocks.length && !blocks[b].isHeading && blocks[b].heading === here.heading; b += step) {
        if (blocks[b].text.startsWith(opens)) return [b];
      }
    }
    return undefined;
  }

  /** Where a draft numbers twice (terms 1 to 11, then an attached policy 1 to 8 again, or a schedule's
   * own paragraphs), a bare "Section 6" means the 6 of the citing text's own numbering, if it has one. */
  private ownRunFirst(citing: number, blocks: number[], elsewhere: boolean): number[] {
    if (blocks.length < 2 || elsewhere) return blocks;
    const runs = this.numberingRuns();
    const own = blocks.filter((b) => runs[b] === runs[citing]);
    return own.length ? own : blocks;
  }

  /** For each block, which numbering it belongs to: a new one starts with each schedule, annex or
   * exhibit, and where the numbers start again at 1. */
  private numberingRuns(): number[] {
    return this.memo('numbering-runs', () => {
      let run = 0;
      let lastTop = 0;
      let part: string | undefined;
      return this.draft.blocks.map((b) => {
        const top = b.label && /^\d/.test(b.label) ? parseInt(b.label, 10) : NaN;
        if (b.part !== part) { part = b.part; run++; lastTop = 0; }
        else if (top === 1 && lastTop > 1) { run++; lastTop = 0; }
        if (top > 0) lastTop = top;
        return run;
      });
    });
  }

  /** The blocks numbered as a citation lists them: "12.1", "5 to 7", "9.4 and 12.3", "3, 4 or 6"; within a part if named. */
  private numbered(list: string, inPart?: string): number[] {
    const found: number[] = [];
    const within = (block: number) => inPart === undefined || partKey(this.draft.blocks[block].part) === inPart;
    for (const part of listedNumbers(list)) {
      const [from, to] = part.split(/\s*(?:\bto\b|(?<=\d)\s*-\s*(?=\d)|\bthrough\b)\s*/);
      if (!from) continue;
      // A range within one clause, "clauses 8.1 to 8.4": each sub-clause between.
      const [, head, low] = /^(.*\.)(\d+)$/.exec(from) ?? [];
      const [, sameHead, high] = (to && /^(.*\.)(\d+)$/.exec(to)) || [];
      if (head && head === sameHead && Number(high) > Number(low) && Number(high) - Number(low) < 50) {
        for (let n = Number(low); n <= Number(high); n++) found.push(...(this.byCitation().get(`${head}${n}`) ?? []).filter(within));
        continue;
      }
      const range = to && !from.includes('.') && !to.includes('.');
      if (!range) {
        // ("Section 8.2(c)" where the items of 8.2 run on in its paragraph: the paragraph is what it cites.)
        found.push(...(this.byCitation().get(from) ?? this.byCitation().get(from.replace(/(?:\([a-z0-9]+\))+$/, '')) ?? []).filter(within));
        continue;
      }
      // A range of lettered numbers, "Sections T2 to T5": each number between, with its letters.
      const [, letters, first] = /^([a-z]{1,2}-?)(\d+)$/.exec(from) ?? [];
      const [, sameLetters, last] = /^([a-z]{1,2}-?)(\d+)$/.exec(to) ?? [];
      if (letters) {
        if (letters === sameLetters && Number(last) - Number(first) < 100) {
          for (let n = Number(first); n <= Number(last); n++) found.push(...(this.byCitation().get(`${letters}${n}`) ?? []).filter(within));
        }
        continue;
      }
      for (const { top, block } of this.labels()) {
        if (top >= Number(from) && top <= Number(to) && within(block)) found.push(block);
      }
    }
    return found;
  }

  /** The labelled blocks each citation reaches, in order: "12" reaches 12, 12.1, 12(a) and "12, Annex"
   * (a map, as every citation in the draft is looked up). */
  private byCitation() {
    return this.memo('labels-by-citation', () => {
      const map = new Map<string, number[]>();
      const keysOf = new Map<number, string[]>();
      for (const { label, block } of this.labels()) {
        const keys = new Set([label]);
        for (let i = 1; i < label.length; i++) {
          if (label[i] === '.' || label[i] === '/' || label[i] === '(' || label.startsWith(', ', i)) keys.add(label.slice(0, i));
        }
        for (const key of keys) {
          const list = map.get(key);
          if (list) list.push(block);
          else map.set(key, [block]);
        }
        keysOf.set(block, [...(keysOf.get(block) ?? []), ...keys]);
      }
      // A clause goes on in the paragraphs after it that have no number of their own, up to the next number or heading: the
      // table of obligations under "26.1 ... shall discharge the obligations below" is part of clause 26.1.
      let current: string[] | undefined;
      for (const b of this.draft.blocks) {
        if (b.isHeading) current = undefined;
        else if (b.label) current = keysOf.get(b.index);
        else if (current) for (const key of current) if (!keysOf.get(b.index)?.includes(key)) map.get(key)!.push(b.index);
      }
      return map;
    });
  }

  /** Each block's sentences, in order (a block without any, as one unselected or left in brackets, has none). */
  clausesByBlock(): Map<number, Clause[]> {
    return this.memo('clauses-by-block', () => {
      const byBlock = new Map<number, Clause[]>();
      for (const c of this.clauses) {
        const list = byBlock.get(c.sentence.block);
        if (list) list.push(c);
        else byBlock.set(c.sentence.block, [c]);
      }
      return byBlock;
    });
  }

  /** Reads the draft as amended by its own later amendments: clauses deleted or replaced by number
   * are struck, and words replaced or deleted by quotation read as changed. */
  private applyAmendments(): void {
    const byBlock = this.clausesByBlock();
    // (Not a clause a conformed copy marks as the amended text: "9.3 [Replaced by Amendment Agreement No. 1] If the Licensor ...".)
    const strike = (b: number) => { if (!ALREADY_AMENDED.test(this.draft.blocks[b].text)) for (const c of byBlock.get(b) ?? []) c.struck = true; };
    let tellers: Clause[] | undefined;
    for (const amendment of this.clauses) {
      if (!matches(AMENDING_WORDS, amendment.text)) continue;
      // (A drafting note's "clause 13 deleted" speaks of another draft's numbering.)
      if (DRAFTING_NOTE.test(this.draft.blocks[amendment.sentence.block].text)) continue;
      // What it amends comes before it; a replacement numbered the same comes after.
      for (const m of matchesAll(DELETES_CITED, amendment.text)) {
        // A clause disapplied ("has no effect") is struck wherever it stands, as an order-of-precedence clause reaches the exhibits after it.
        // (So is a paragraph of a schedule it names: "Paragraph 3 of Schedule 2 is deleted" in an order form above the schedule.)
        const within = PART_WITHIN.exec(m[0]);
        const inPart = partCited(amendment.text, m) ?? (within ? partName(within[1]) : undefined);
        const anywhere = m[4] !== undefined || inPart !== undefined;
        for (const b of this.numbered(m[1] ?? m[2] ?? m[3] ?? m[4], inPart)) {
          if (b < amendment.sentence.block || (anywhere && b !== amendment.sentence.block)) strike(b);
        }
        const deleted = new Set(numbersOf(m[1] ?? m[2] ?? m[3] ?? m[4]));
        // (The sentences that tell of a clause are found once per draft: few sentences open so.)
        tellers ??= this.clauses.filter((c) => matches(TELLS_OF_CITED, c.text));
        for (const c of tellers) {
          const told = c.sentence.block < amendment.sentence.block ? TELLS_OF_CITED.exec(c.text) : null;
          if (told && numbersOf(told[1]).some((n) => deleted.has(n))) c.struck = true;
        }
      }
      // A deviations table that marks a clause as gone in its last cell: "| 3.1 | Deleted |", "| D-05 | Annex H, H9 | Audit
      // incompatible with State secrecy | Deleted. |", "| 11.4 | Not applicable to the Purchaser |". (Not "Not accepted":
      // in a register of the customer's requests, that is the request refused and the clause kept.)
      for (const { number, part } of this.rowStruck(amendment)) {
        for (const b of this.numbered(number, part)) if (b !== amendment.sentence.block) strike(b);
      }
      // A whole schedule or annex deleted or disapplied: "Schedule 2 is deleted", "Annex B shall have no effect",
      // "Schedule 2 is attached for information only and does not form part of this Agreement".
      for (const m of matchesAll(PART_DISAPPLIED, amendment.text)) {
        for (const name of m[1].match(PART_CITED)!.map(partName)) {
          for (const b of this.partBlocks(name)) if (b !== amendment.sentence.block) strike(b);
        }
      }
      // An entire-agreement clause that names the side document it supersedes: "supersedes all prior agreements, side letters ...,
      // including the side letter of 20 June" strikes the letter quoted above it ("Side letter dated 20 June ...").
      const superseded = amendment.text.includes('supersed') ? SUPERSEDES_NAMED.exec(amendment.text) : null;
      if (superseded) {
        const opens = new RegExp(String.raw`^(?:the )?${escapeRegExp(superseded[1])} (?:dated |of )?${escapeRegExp(superseded[2])}\b`, 'i');
        for (const b of this.draft.blocks) if (b.index < amendment.sentence.block && opens.test(b.text)) strike(b.index);
      }
      const sentence = SENTENCE_CHANGED.exec(amendment.text);
      if (sentence) {
        // The clause is cited in the same sentence or, as in "SC 9 (GC 18.1). Replace the second sentence with: ...", earlier in the paragraph.
        const numbers = sentence[2] ?? [...amendment.block.matchAll(CITATION)][0]?.[1];
        const target = numbers ? this.numbered(numbers).find((b) => b < amendment.sentence.block) : undefined;
        const own = target === undefined ? [] : byBlock.get(target) ?? [];
        const nth = sentence[1] === 'last' || sentence[1] === 'final' ? own.length - 1 : ORDINAL_SENTENCE.indexOf(sentence[1]);
        if (own[nth]) own[nth].struck = true;
      }
      // (Read in the amendment's own words: its text for the rules has the quoted old words dropped.)
      for (const m of matchesAll(CHANGES_WORDS, this.read(amendment.sentence.text))) {
        const [words, by] = m[1] !== undefined ? [m[1], m[2]] : m[4] !== undefined ? [m[4], m[5]] : [m[3], ''];
        const named = new Set(this.citedBlocks(amendment));
        if (words.length < SHORT_QUOTE && named.size === 0) continue;
        for (const c of this.clauses) {
          if (c.sentence.block >= amendment.sentence.block || !c.text.includes(words) || (named.size > 0 && !named.has(c.sentence.block))) continue;
          c.text = c.text.replace(words, by);
          c.block = c.block.replace(words, by);
        }
        // The amendment's own text keeps the new words, not the old.
        amendment.text = amendment.text.replace(`"${words}"`, 'the words');
      }
      // A clause replaced by quoted words: the amendment now reads as those words, in force.
      const replacement = amendment.text.includes('"') && (amendment.struck || (REPLACEMENT_FOLLOWS.test(amendment.text) && !/\b(?:words?|phrase|expression)\b/.test(amendment.text))) ? REPLACED_BY_QUOTE.exec(amendment.text) : null;
      if (replacement) { amendment.text = replacement[1]; amendment.struck = false; }
    }
  }

  /** The clauses a row of a deviations table marks as gone: its last cell says so, and a cell names the clause. */
  private rowStruck(row: Clause): { number: string; part?: string }[] {
    const { label, text } = this.draft.blocks[row.sentence.block];
    if (!text.includes('|')) return [];
    const cells = [...(label ? [label.toLowerCase()] : []), ...cellsOf(this.read(text).replace(/^\|\s*|\s*\|$/g, ''))];
    if (cells.length < 2 || !ROW_GONE.test(cells[cells.length - 1])) return [];
    // (The cell nearest the status: the first may be the row's own number, "D-05".)
    const named = cells.slice(0, -1).reverse().map((cell) => ROW_CLAUSE.exec(cell)).find((m) => m);
    return named ? [{ number: named[3], part: named[1] && partName(named[1]) }] : [];
  }

  /** The blocks a draft declares not legally binding: "Sections 1 to 5 ... are not legally binding";
   * "This letter is not binding, except paragraphs 6 to 9". */
  nonBinding(): Set<number> {
    return this.memo('non-binding', () => {
      const blocks = new Set<number>();
      for (const c of this.clauses) {
        if (!/binding|create[sd]? (?:any |no )?(?:legal|obligation)/.test(c.text)) continue;
        const except = EXCEPT_BINDING.exec(c.text);
        if (except) {
          const binding = new Set(this.numbered(except[1]));
          for (let b = 0; b < this.draft.blocks.length; b++) if (!binding.has(b)) blocks.add(b);
        }
        for (const m of matchesAll(NOT_BINDING, c.text)) for (const b of this.numbered(m[1])) blocks.add(b);
      }
      return blocks;
    });
  }

  /** Whether the document of a bundle that `a` sits in prevails over the one `b` sits in (see precedence.ts). */
  outranks(a: Clause, b: Clause): boolean {
    const { documents, ranked } = this.memo('precedence', () => {
      const documents = documentsOf(this.draft.blocks);
      return { documents, ranked: precedence(this.draft.blocks, this.draft.definitions, documents) };
    });
    return ranked.size > 0 && ranked.has(`${documents[a.sentence.block]}>${documents[b.sentence.block]}`);
  }

  /** The defined terms no operative text uses, in lower case: a definition of "Audit Log" over an audit clause left
   * "[Reserved]" says nothing of what the draft does. A term is used where a clause or schedule says it, or where the
   * meaning of a used term does ('"Permitted Purpose" means the investigation of Serious Crime'). Headings are no use. */
  unusedTerms(): Set<string> {
    return this.memo('unused-terms', () => {
      const defined = this.draft.definitions.filter((d) => !d.inline);
      // (Every sentence but a definition's own: "In this clause "Misuse" means X. The Supplier may suspend for Misuse" uses it.)
      const headings = new Set(this.draft.blocks.filter((b) => b.isHeading).map((b) => b.index));
      const operative = this.draft.sentences.filter((t) => !headings.has(t.block) && !DEFINING_SENTENCE.test(t.text)).map((t) => t.text).join('\n').toLowerCase();
      const term = (d: DefinedTerm) => d.term.toLowerCase();
      // (In the singular too: "Authorised Purposes" is used as "an Authorised Purpose".)
      const stem = (d: DefinedTerm) => term(d).replace(/s$/, '');
      const used = new Set(defined.filter((d) => operative.includes(stem(d))).map(term));
      // (Two names for one meaning, '"End User Licence Terms" or "EULT" means ...', are used together.)
      for (const d of defined) if (used.has(term(d))) for (const e of defined) if (e.block === d.block && e.meaning === d.meaning) used.add(term(e));
      // (Through the meanings of used terms, until no more are found.)
      for (let grown = true; grown;) {
        grown = false;
        for (const d of defined) {
          if (used.has(term(d)) || !defined.some((u) => used.has(term(u)) && u.meaning.toLowerCase().includes(stem(d)))) continue;
          used.add(term(d));
          grown = true;
        }
      }
      return new Set(defined.map(term).filter((t) => !used.has(t)));
    });
  }

  /** Whether the sentence is the definition of a term no operative text uses. (Found once per draft: every rule asks it of its
   * topic's sentences.) */
  definesUnusedTerm(c: Clause): boolean {
    return this.memo('defines-unused', () => {
      const unused = this.unusedTerms();
      return new Set(unused.size === 0 ? [] : this.clauses.filter((x) => unused.has(DEFINING_SENTENCE.exec(x.text)?.[1] ?? '')));
    }).has(c);
  }

  /** Sentences elsewhere that name the clause of another document this sentence describes ("Clause 12.3 of the Agreement
   * requires the Office to certify ..."): a settlement that "releases the Office from all obligations under Clause 12.3 of
   * the Agreement" speaks of it, though the draft holds no clause 12.3 to cite. */
  namingDescribed(c: Clause): Clause[] {
    const described = matches(DESCRIBES_CLAUSE, c.text) ? DESCRIBES_CLAUSE.exec(c.text) : null;
    // (A quotation's heading ends in a colon near the paragraph's start: most paragraphs have none there.)
    const colon = c.block.indexOf(':');
    const quoted = described || colon < 0 || colon > 160 ? null : QUOTES_CLAUSE.exec(c.block);
    const number = described?.[1] ?? quoted?.[2];
    if (!number) return [];
    const part = quoted?.[1];
    // (Worked out once per number: every rule whose topic the recital touches asks.)
    const naming = this.memo(`naming-described:${number}:${part ?? ''}`, () => {
      const numbered = String.raw`\b(?:(?:sub-?)?clauses?|sections?|articles?|paragraphs?|conditions?) ${escapeRegExp(number)}(?![\w\u00b7])`;
      const named = draftsOwn(new RegExp(part ? String.raw`${numbered}|\b${escapeRegExp(part)}\b(?! (?:paragraph|clause|section) )` : numbered));
      return this.clauses.filter((x) => matches(named, x.text));
    });
    return naming.filter((x) => x !== c);
  }

  /** Sentences elsewhere that cite the clause this sentence is in: "the obligations in clause 10.2 are subject to ...". */
  citing(c: Clause): Clause[] {
    const byBlock = this.memo('citing', () => {
      const map = new Map<number, Clause[]>();
      for (const x of this.clauses) {
        for (const b of this.citedBlocks(x)) {
          const list = map.get(b);
          if (list) list.push(x);
          else map.set(b, [x]);
        }
      }
      return map;
    });
    return (byBlock.get(c.sentence.block) ?? []).filter((x) => x !== c);
  }

  private readonly memos = new Map<string, unknown>();
  /** A fact about the whole draft that rules ask for sentence by sentence, worked out once. */
  memo<T>(key: string, make: () => T): T {
    // (One look-up when the fact is known: rules ask it of every sentence.)
    let fact = this.memos.get(key) as T | undefined;
    if (fact === undefined && !this.memos.has(key)) this.memos.set(key, (fact = make()));
    return fact as T;
  }

  private columns?: Columns;
  private headingColumns?: Columns;
  private readonly mayMatchByPattern = new Map<RegExp, Uint8Array | null>();
  private readonly mayMatchHeadingByPattern = new Map<RegExp, Uint8Array | null>();
  /** For each clause, 0 where the pattern cannot match its text (null: any may), worked out for all clauses at once. */
  mayMatch(pattern: RegExp): Uint8Array | null {
    return this.mayMatchOnce(pattern, this.mayMatchByPattern, () => (this.columns ??= columnsOf(this.clauses.map((c) => c.text))));
  }

  /** The same for the clauses' headings. */
  mayMatchHeading(pattern: RegExp): Uint8Array | null {
    return this.mayMatchOnce(pattern, this.mayMatchHeadingByPattern, () => (this.headingColumns ??= columnsOf(this.clauses.map((c) => c.heading))));
  }

  private mayMatchOnce(pattern: RegExp, known: Map<RegExp, Uint8Array | null>, columns: () => Columns): Uint8Array | null {
    let may = known.get(pattern);
    if (may === undefined) known.set(pattern, (may = mayMatchEach(pattern, columns())));
    return may;
  }

  /** For each clause, 0 where none of the patterns can match its text, nor any of `headings` its heading (null: any may). */
  mayMatchAny(patterns: RegExp[], headings: RegExp[] = []): Uint8Array | null {
    const each = [...patterns.map((p) => this.mayMatch(p)), ...headings.map((p) => this.mayMatchHeading(p))];
    if (each.some((may) => may === null)) return null;
    const any = new Uint8Array(this.clauses.length);
    for (const may of each) for (let k = 0; k < any.length; k++) any[k] |= may![k];
    return any;
  }

  any(pattern: RegExp): Clause | undefined {
    return this.clauses.find((c) => matches(pattern, c.text));
  }
}
