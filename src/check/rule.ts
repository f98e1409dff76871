// A rule grades one safeguard, like an ESLint rule checks one thing. Most rules are written as
// the spec reads: where the safeguard is addressed (topic), the strong elements, what weakens
// it, and what negates it. `gradeByElements` turns that description into a grade.
import type { SafeguardId, SourceKey } from '../profile/vocabulary.ts';
import type { Clause, DraftIndex } from './draft-index.ts';
import type { Status } from './finding.ts';
import { CITED_CLAUSE_COUNTERS, CITED_CLAUSE_WEAKENERS, CONDITIONAL, REFERRING_BACK_COUNTERS, REFERRING_BACK_WEAKENERS, measureQualifiers } from './cited-clause.ts';
import { type Denial, denialOf } from './denial.ts';
import { matches } from './prefilter.ts';
import { FINAL_JUDGMENT } from './words.ts';
import { CUSTOMER } from '../read/parties.ts';

export interface Grade {
  status: Status;
  evidence: Clause[];
  found: string[];
  lacking: string[];
  reasons: string[];
}

export interface Rule {
  meta: { id: SafeguardId; sources: SourceKey[]; description: string };
  check(index: DraftIndex): Grade;
}

export const defineRule = (rule: Rule): Rule => rule;

type Test = RegExp | ((c: Clause, index: DraftIndex) => boolean);
const passes = (test: Test, c: Clause, index: DraftIndex) => (test instanceof RegExp ? matches(test, c.text) : test(c, index));

/** A qualifier the draft mentions only to deny it: "the licence is not perpetual", "the audit is not limited to fees".
 * (Not a quantity: "by notice given not less than 60 days before expiry, and the Supplier shall accept ...".) */
// ("It doesn't renew automatically": a contracted "n't" denies too; "Without prejudice to Article 12, ..." denies nothing.)
const DENIED_BEFORE = /(?:\b(?:not(?! (?:less|more|later|earlier|fewer) than\b)|no(?! (?:less|more|later|earlier|fewer) than\b)|never|nor|neither|without(?! prejudice\b))\b|n't\b)(?:\s+[\w,'-]+){0,24}\s*$/;
const GLOBAL = new WeakMap<RegExp, RegExp>();
// (So does one after ", and the Agency shall": "The Vendor shall not require, and the Agency shall not be obliged to obtain, ...";
// or where the match opens that clause's subject: "... shall not be obliged to disclose them, and the Supplier's approval shall be deemed given".)
const COORDINATED_CLAUSE = /;|\b(?:and|or|but) (?=(?:shall|will|may|must|has|have|is|are|does|do)\b)|, (?:and|or|but) (?=(?:the|each|its|any|no) (?:[\w'·-]+ ){0,6}(?:(?:shall|will|may|must|is|are)\b|$)|(?:you|we|they) |$)/;
// (Not an answer "No.", read as an abbreviation: "A: No. You are not required to ...".)
const NEGATIVE_START = /^(?:no|neither|nothing)\b(?![\u00b7.])[^;:]*$/;
// (But "Nothing in this Agreement shall limit ..." affirms what follows: "... any use permitted under the laws of X, and every such use shall be deemed authorised".)
// (Only where what follows is the object of that verb, not a verb coordinated with it: "Nothing in this letter limits, suspends or waives clause 8".)
const LIMITING = String.raw`(?:limit|restrict|prevent|prejudic|affect|preclud|prohibit|derogat|impair)\w*`;
const NOTHING_LIMITS = new RegExp(String.raw`^nothing\b[^;:]*\b${LIMITING}(?: (?:or|and) ${LIMITING})?(?: (?!(?:or|and|nor)\b)[\w'-]+){0,10} $`);
const NOT_LIMITED_TO = /\bnot (?:be )?(?:limited|restricted|confined) to\b/;
function qualifies(test: Test, c: Clause, index: DraftIndex, overridable = false): boolean {
  if (!(test instanceof RegExp)) return test(c, index);
  if (!matches(test, c.text)) return false;
  let global = GLOBAL.get(test);
  if (!global) GLOBAL.set(test, (global = new RegExp(test.source, test.flags.includes('g') ? test.flags : `${test.flags}g`)));
  for (const m of c.text.matchAll(global)) {
    const before = c.text.slice(0, m.index!);
    // A negation in an earlier coordinated clause ("shall not access the logs and shall have no right to audit") does not reach this one.
    const own = before.slice(-160).split(COORDINATED_CLAUSE).pop()!;
    // (A sentence that opens "No ..." denies what follows in the same clause, not a clause coordinated after it: "No foreign
    // law is an Export Law, and no such law shall bind the Customer".)
    // (Of its own sentence, where a paragraph is read whole, and after any heading the sentence carries: "To the Ministry:
    // Nothing in this letter limits, suspends or waives clause 9.4".)
    const opening = before.split(COORDINATED_CLAUSE).pop()!.split(/(?<=[.!?]) |: /).pop()!;
    if (DENIED_BEFORE.test(own) || (NEGATIVE_START.test(opening) && !NOTHING_LIMITS.test(opening)) || NOT_LIMITED_TO.test(m[0])) continue;
    const overriding = overridable ? before.replace(PREVAILS_OVER_AGREEMENT, '') : '';
    if (overridable && OVERRIDING_LIST.test(overriding)) continue;
    const override = overridable ? OVERRIDING_BEFORE.exec(overriding) : null;
    if (override && !MAIN_CLAUSE.test(override[1] + m[0]) && !OPENS_MAIN_CLAUSE.test(override[1])) continue;
    return true;
  }
  return false;
}

export interface Qualifier {
  test: Test;
  /** Words the clause must contain before the (costlier) test runs. */
  needs?: RegExp;
  /** More words it must contain, asked of every clause at once as `needs` is (a denial's subject beside its frame's words). */
  alsoNeeds?: RegExp;
  /** Clauses that carry the qualifier but mean something else. */
  unless?: RegExp;
  reason: string;
}

export interface ElementSpec {
  /** Sentences that address the safeguard at all. */
  topic: Test;
  /** For a topic written as a function: patterns one of which every topic sentence's text matches.
   * Asked of all sentences at once, they spare running the function on the rest (most of a draft). */
  topicWords?: RegExp[];
  /** With `topicWords`: patterns one of which the heading matches, where a topic sentence need not have the words ("Training"). */
  topicHeadings?: RegExp[];
  /** The spec's strong elements, each named in plain words. An element may be met by any topic sentence. */
  elements: Record<string, Test>;
  /** Elements a strong clause may go without, as drafters (and the spec's weak line) treat them: at least `needed`
   * of these must be found; the rest of `elements` always. */
  supporting?: { elements: string[]; needed: number };
  /** The topic's words alone do not address the safeguard: a draft that meets none of its elements, none of its
   * qualifiers and no topic sentence that says this leaves it missing (data mentioned in passing is no data protection). */
  addressedBy?: RegExp;
  /** Qualifiers that defeat the purpose: any on a topic sentence makes the grade weak. */
  weakeners?: Qualifier[];
  /** Clauses anywhere in the draft that weaken the safeguard however strong its own clause (local law prevails). */
  weakenersAnywhere?: Qualifier[];
  /** Clauses anywhere in the draft that negate the safeguard. */
  counters?: Qualifier[];
  /** What the safeguard is about and whose denial defeats it, for a denial in words the counters do not foresee (denial.ts). */
  denied?: Denial;
  /** The seller's measure this safeguard grants, as the stem of its noun ("suspen", "terminat"): a clause anywhere that
   * qualifies the measure itself ("Any suspension shall require a court order") weakens the safeguard. */
  measure?: { noun: string; immediate: boolean };
  /** Sentences that look like the topic but are boilerplate that does not count. */
  ignore?: Test;
}

// A sentence may name a counter-clause only to disarm it: "notwithstanding any status-quo
// provision", "this does not limit any Safeguard Action", "prevails over any perpetual licence".
// The counter then sits inside the overriding phrase, before any comma closes it.
const OVERRIDE = String.raw`(?:notwithstanding|(?:does|do|shall|will) not (?:stay|delay|limit|restrict|affect|prevent|apply|prejudice|override)|not (?:be )?stayed|prevails? over|gives? way to|yields? to|whether or not|even if)`;
const OVERRIDING_BEFORE = new RegExp(`${OVERRIDE}([^;]*)$`);
// "... does not apply to the extent that it would limit the Human Rights Terms: (a) ...; (b) ..."
const OVERRIDING_LIST = new RegExp(`${OVERRIDE}[^;:.]*:`);
// But a text that prevails over the agreement itself makes what it says prevail: "this Side Letter prevails over the
// Agreement: (a) the Licensor shall deliver permanent activation codes".
const PREVAILS_OVER_AGREEMENT = /\bprevails? over (?:the|this) (?:agreement|contract|main agreement|principal agreement|licen[cs]e agreement)\b(?! (?:clause|section|article|paragraph)s?\b)/g;
// "Notwithstanding any other provision, the Client shall not ..." overrides in the other direction:
// once a main clause starts after the phrase, the counter is live. (Its subject may be a longer noun
// phrase: "Notwithstanding clause 9.1, the Licensee's obligations concerning any re-export shall be ...".)
const MAIN_CLAUSE = /,\s*(?:the |each |any |no )?[\w'-]+(?: [\w'-]+){0,10}\s+(?:shall|will|may|must|is|are|has|have|need|does|do)\b/;
// ... and so it is when the counter itself opens the main clause: "Notwithstanding clause 14.5, any suspension by the Supplier shall be a material breach".
const OPENS_MAIN_CLAUSE = /,\s*(?:the |each |any |all |every |no )?$/;

// A clause anywhere in the draft that carries the qualifier. Counter-clauses shared by several
// rules (status quo, escrow release) are searched once per draft.
const FOUND_ANYWHERE = new WeakMap<DraftIndex, Map<Qualifier, Clause | undefined>>();
function anywhere(index: DraftIndex, q: Qualifier): Clause | undefined {
  let cache = FOUND_ANYWHERE.get(index);
  if (!cache) FOUND_ANYWHERE.set(index, (cache = new Map()));
  if (!cache.has(q)) {
    // The prefilter's answers for every clause first: most clauses are turned away without a call.
    const needs = q.needs ? index.mayMatch(q.needs) : null;
    const also = q.alsoNeeds ? index.mayMatch(q.alsoNeeds) : null;
    const test = q.test instanceof RegExp ? index.mayMatch(q.test) : null;
    cache.set(q, index.clauses.find((c, k) => (!needs || needs[k] === 1) && (!also || also[k] === 1) && (!test || test[k] === 1) && !c.struck && (!q.needs || matches(q.needs, c.text))
      && !(q.unless && matches(q.unless, c.text)) && qualifies(q.test, c, index, true)));
  }
  return cache.get(q);
}

// "Save for the information given under clause 13.1, the Authority need disclose nothing": a
// counter-clause that excepts the safeguard's own clause leaves that clause standing.
// (The exception must reach a citation: "of any State other than its own" excepts no clause.)
const EXCEPTING = /\b(?:save (?:for|as)|except(?: for| as)?|other than|without prejudice to|subject to)\b[^.;]{0,80}\b(?:clauses?|sections?|articles?|paragraphs?|gcc?|sc|conditions?|schedules?|annex(?:es)?|appendix|exhibits?|parts?)\b/;
// "Notwithstanding GCC 20.3, the Contractor may withhold ...": the safeguard's own clause overrides the counter it cites.
const OVERRIDES_CITED = /\b(?:notwithstanding|despite|in derogation from|by derogation from|irrespective of)\b/;
// (Only what the phrase itself cites: a Special Conditions row "| SCC 4 | GCC 11 | Notwithstanding anything in Annex F, ... |"
// overrides Annex F, not the GCC 11 it supplements.)
const OVERRIDE_PHRASE = new RegExp(String.raw`${OVERRIDES_CITED.source}[^,;]{0,150}`);
const overriddenBy = (t: Clause, index: DraftIndex) => index.citedBlocks({ ...t, text: OVERRIDE_PHRASE.exec(t.text)![0] });
// ("Notwithstanding clause 14.2, the Supplier shall not terminate for any reason other than non-payment" cites the clause
// to override it: its "other than" excepts non-payment, not the clause.)
const OVERRIDES_CLAUSE_CITED = /\b(?:notwithstanding|despite|in derogation (?:from|of)|irrespective of) (?:the provisions of )?(?:(?:sub-?)?clauses?|sections?|articles?|paragraphs?|conditions?|gcc?) \w/;
// ... or a later sentence of its paragraph that spares it: "Nothing in this ST3 affects paragraph 7 (Notification of Misuse)",
// "GC 11.2 and GC 11.3 are not affected by this SC 5".
const SPARES = /\b(?:is|are|shall be|remains?|remain) (?:not |un)affected\b|\bnothing in this\b[^.;]{0,40}\b(?:affects?|limits?|prejudices?|applies to|restricts?)\b|\b(?:does|do|shall) not (?:affect|limit|prejudice|restrict)\b/;
// (Only where it spares every clause of the safeguard: "GC 11.2 is not affected" leaves the audit right of GC 14 to the counter.)
const sparedLater = (counter: Clause, topic: Clause[], index: DraftIndex) => {
  if (topic.length === 0) return false;
  const spared = new Set((index.clausesByBlock().get(counter.sentence.block) ?? [])
    .filter((x) => x !== counter && x.sentence.start > counter.sentence.start && matches(SPARES, x.text)).flatMap((x) => index.citedBlocks(x)));
  return spared.size > 0 && topic.every((t) => spared.has(t.sentence.block));
};
const excepts = (counter: Clause, topic: Clause[], index: DraftIndex) => sparedLater(counter, topic, index) ||
  (EXCEPTING.test(counter.text) && !OVERRIDES_CLAUSE_CITED.test(counter.text) && index.citedBlocks(counter).some((b) => topic.some((t) => t.sentence.block === b)))
  // (Not where the counter's document prevails over the safeguard's: a purchaser's terms over the vendor's EULA.)
  || topic.some((t) => OVERRIDES_CITED.test(t.text) && overriddenBy(t, index).includes(counter.sentence.block) && !index.outranks(counter, t));

// A counter confined to a clause it names ("Nothing in this Section T3 limits the use of the System for national
// security purposes") reaches only the safeguard stated there, not one stated elsewhere in the draft.
// (Also "No restriction in this paragraph 2 shall limit ...".)
const CONFINED_TO_NAMED = /\b(?:nothing|no (?:restriction|limitation|provision|term|obligation|prohibition|requirement)s?) (?:in|under|of) (?:this |that )?(?:(?:sub-?)?clauses?|sections?|articles?|paragraphs?|schedules?|annex(?:es)?|parts?|conditions?) [\w·()-]+/;
const confinedElsewhere = (counter: Clause, topic: Clause[], index: DraftIndex) => {
  if (!CONFINED_TO_NAMED.test(counter.text)) return false;
  const named = index.citedBlocks(counter);
  return named.length > 0 && !topic.some((t) => named.includes(t.sentence.block));
};

// (Not the customer waiving its own terms: "you hereby waive any conditions ...".)
// ("Company hereby irrevocably waives delivery of the Compliance Certificates under Section 9.2".)
const WAIVED = /(?<!\b(?:you|customer|licensee|client|subscriber|user)(?: hereby)? )\bwaives?\b[^.;]{0,40}\b(?:requirements?|obligations?|conditions?|dut(?:y|ies)|compliance (?:by|of|with))\b|(?<!\b(?:you|customer|licensee|client|subscriber|user)(?: hereby)?(?: irrevocably)? )\bwaives? (?:the )?(?:(?:delivery|submission|provision|performance|benefit|application|operation) of\b|(?:(?:sub-?)?clause|section|article|paragraph|condition)s? \w)|\b(?:requirements?|obligations?|conditions?|dut(?:y|ies))\b[^.;]{0,80}\b(?:is|are|shall be) (?:hereby )?(?:waived|disapplied)\b/;

// Qualifiers that cut down any safeguard: "where misuse is established by a final and non-appealable judgment".
// (Or in the meaning of a term the clause uses: '"Established Misuse" means a use declared unlawful by a final judgment against which no appeal lies'.)
const SHARED_WEAKENERS: Qualifier[] = [{ test: (c, index) => matches(FINAL_JUDGMENT, c.text) || index.termMeanings(c).some((m) => matches(FINAL_JUDGMENT, m)), reason: 'It operates only after a final judgment that cannot be appealed.' }];
// ... and that undo any: "Any use of the Service by or on the instructions of the Ministry shall be deemed not to be Misuse".
const SHARED_COUNTERS: Qualifier[] = [{
  test: new RegExp(String.raw`\b(?:any|all|every) uses?\b[^.;]{0,80}\bby (?:or on (?:the )?(?:instructions|behalf) of )?(?:the )?${CUSTOMER}\b[^.;]{0,80}\b(?:shall|will) be (?:deemed|treated as|regarded as) not (?:to (?:be|constitute) |constituting |being )?(?:a |an )?(?:misuse|breach|violation|prohibited use)`),
  needs: /\bnot\b/,
  reason: "Any use by the customer is deemed not to be misuse.",
}];

/** Tests set this to have every grade check that its topic's words miss no topic sentence. */
export const GATES = { verify: false };

// A recital of what the parties recognise, share or expect binds no one to it: "Recital (D): The parties recognise the
// importance of accountability and independent audit", "Preamble. The Participants share the view that ...". (A recital that
// describes a clause a later sentence names is read with it: see `namingDescribed`. A numbered clause under the heading is
// operative.)
/** A heading over recitals: "Recitals", "Background", "Whereas", "Preamble". */
export const RECITALS_HEADING = /^(?:recitals?|preamble|background|whereas)\b/;
const RECITAL_OPENING = /^(?:recitals?\s*\(?[a-z0-9]{1,3}\)?\s*[:.)]|whereas\b|preamble\b)/;
// (Only what they hope for: a recital of fact, "Norvik supplied and installed the System at the Directorate's premises", tells how the deal stands.)
const ASPIRES = /\b(?:recogni[sz]e|acknowledge)s? (?:the importance|the value|the need)\b|\bshares? (?:the|a|their) (?:view|aim|objective|commitment|goal|understanding|belief)\b|\bexpects?\b|\bintends?\b|\bintention\b|\bwish(?:es)? to\b|\bhopes?\b|\b(?:are|is) committed to\b|\baffirms? (?:its|their) commitment\b|\bdesires?\b|\baspir/;
const onlyRecites = (c: Clause, index: DraftIndex) => (RECITAL_OPENING.test(c.text) || (RECITALS_HEADING.test(c.heading) && !/\d/.test(index.draft.blocks[c.sentence.block].label ?? '')))
  && ASPIRES.test(c.text) && index.namingDescribed(c).length === 0;

// An agreement to agree binds no one to the safeguard: "The parties shall, within six months, negotiate in good faith a protocol
// setting out the circumstances, if any, in which the Licensor may terminate". (Not a plan agreed in the clause itself: "shall
// agree a remediation plan with the Supplier" is a duty.)
const AGREES_TO_AGREE = /\b(?:shall|will|must|undertake to|agree to)\b(?:,[^,.;]{1,60},)? (?:(?:use (?:all )?reasonable (?:efforts|endeavou?rs)|endeavou?r|seek|try|attempt) to )?(?:negotiate|seek to agree|endeavou?r to agree|discuss)\b[^.;]{0,80}\b(?:protocol|annex|plan|policy|schedule|procedure|framework|terms|arrangements?|addendum|mechanism)\b/;

// A paragraph given "for information only" binds no one to what it describes: "Note 4. For information only: the Responsible Use
// Guidelines describe uses that Kestrum does not support ...".
const FOR_INFORMATION = /^[^.;:]{0,40}(?:[.:] )?(?:for|by way of) information(?: purposes)? only\b/;

/** Text that binds no one to what it says: a hopeful recital, a definition no clause uses ('"Audit Log" means ...' over "11. Audit
 * [Reserved.]"), an agreement to agree, a note for information. */
const bindsNoOne = (c: Clause, index: DraftIndex) => onlyRecites(c, index) || index.definesUnusedTerm(c) || matches(AGREES_TO_AGREE, c.text) || FOR_INFORMATION.test(c.block);

function topicOf(index: DraftIndex, spec: ElementSpec): Clause[] {
  const may = spec.topic instanceof RegExp ? index.mayMatch(spec.topic) : spec.topicWords ? index.mayMatchAny(spec.topicWords, spec.topicHeadings) : null;
  const isTopic = (c: Clause) => !c.struck && passes(spec.topic, c, index) && !(spec.ignore && passes(spec.ignore, c, index)) && !bindsNoOne(c, index);
  const topic = index.clauses.filter((c, k) => (!may || may[k] === 1) && isTopic(c));
  if (GATES.verify && spec.topicWords) {
    const missed = index.clauses.find((c) => isTopic(c) && !topic.includes(c));
    if (missed) throw new Error(`topicWords miss a topic sentence: "${missed.text}"`);
  }
  return topic;
}

/** Whether a text the clause sends the reader to (a definition, a cited clause) speaks of the same safeguard: read as the clause's own words, it is on the rule's topic. */
const sameTopic = (spec: ElementSpec, text: string, c: Clause, index: DraftIndex) => passes(spec.topic, { ...c, text, block: text }, index);

/** The text after the safeguard's clauses that may undo or cut it down by its number alone (see cited-clause.ts):
 * sentences that cite a topic clause or name its schedule, and later sentences of its paragraph that refer back.
 * `restsOn` says whether such a sentence reaches the safeguard's own clause: the numbered clause that meets the
 * most of its elements. (A clause that merely touches the topic, "entitles the Supplier to act under clause 11.1",
 * is not it.) The elements each topic sentence meets are worked out only when a sentence carries a qualifier. */
function laterText(index: DraftIndex, spec: ElementSpec, topic: Clause[]) {
  const names = Object.keys(spec.elements);
  // (With those naming the clause of another document a topic sentence describes, each with that sentence's block.)
  const describing = new Map<Clause, number>();
  for (const c of topic) for (const x of index.namingDescribed(c)) if (!x.struck && !describing.has(x)) describing.set(x, c.sentence.block);
  const citing = [...new Set(topic.flatMap((c) => [...index.citing(c), ...index.namingPart(c)]))].filter((c) => !c.struck);
  for (const x of describing.keys()) if (!citing.includes(x)) citing.push(x);
  // (Each with the block of the clause it continues: its own, or the paragraph before "The foregoing ...".)
  const continued = new Map<Clause, number>();
  for (const c of topic) for (const x of index.continuations(c)) if (!x.struck && !continued.has(x)) continued.set(x, c.sentence.block);
  const continuing = [...continued.keys()];
  let metBy: string[][] | undefined;
  let most = 0;
  const restsOn = (c: Clause) => {
    // (A sentence naming the clause a recital describes speaks of that clause, whole, as the draft gives it.)
    if (describing.has(c)) return true;
    if (!metBy) {
      metBy = topic.map((t) => names.filter((n) => passes(spec.elements[n], t, index)));
      const byClause = new Map<string, Set<string>>();
      topic.forEach((t, k) => {
        const { label, under } = index.draft.blocks[t.sentence.block];
        const key = (label ?? under)?.replace(/\(.*$/, '');
        if (key === undefined) return;
        const met = byClause.get(key) ?? new Set<string>();
        for (const n of metBy![k]) met.add(n);
        byClause.set(key, met);
      });
      for (const met of byClause.values()) most = Math.max(most, met.size);
    }
    const cited = new Set([...index.citedBlocks(c), ...index.citedParts(c), ...(continued.has(c) ? [continued.get(c)!] : [])]);
    const met = new Set(topic.flatMap((t, k) => (cited.has(t.sentence.block) ? metBy![k] : [])));
    // (Or the cited clause is the only one that gives the safeguard one of its elements: "Clause 9.3 is varied so that
    // the Department shall use reasonable endeavours", where 9.3 alone sets the retention limit.)
    const alone = [...met].some((n) => topic.every((t, k) => cited.has(t.sentence.block) || !metBy![k].includes(n)));
    return most > 0 && (met.size >= most || alone);
  };
  return { citing, continuing, restsOn };
}

export function gradeByElements(index: DraftIndex, spec: ElementSpec): Grade {
  const topic = topicOf(index, spec);
  for (const counter of [...(spec.counters ?? []), ...SHARED_COUNTERS, ...(spec.denied ? [denialOf(spec.denied)] : [])]) {
    const hit = anywhere(index, counter);
    if (hit && !excepts(hit, topic, index) && !confinedElsewhere(hit, topic, index)) return { status: 'contradicted', evidence: [hit], found: [], lacking: [], reasons: [counter.reason] };
  }
  // "The Supplier hereby waives the requirement of clause 9.4 that ...": the safeguard's own clause is given up.
  // (Or in a later sentence of its paragraph that refers back to it: "This right may be exercised only with ...".)
  // (One that names the clause it waives is read with the later ones below.)
  const { citing, continuing, restsOn } = laterText(index, spec, topic);
  const own = new Set([...topic, ...continuing]);
  const waiver = [...own].find((c) => qualifies(WAIVED, c, index) && index.citedBlocks(c).length === 0);
  if (waiver) return { status: 'contradicted', evidence: [waiver], found: [], lacking: [], reasons: ['The draft waives or disapplies it.'] };
  const names = Object.keys(spec.elements);
  if (topic.length === 0) return { status: 'missing', evidence: [], found: [], lacking: names, reasons: ['Nothing in the draft addresses it.'] };

  const found: string[] = [];
  const evidence = new Set<Clause>();
  for (const name of names) {
    const test = spec.elements[name];
    // An element may sit in another sentence of the same clause (paragraph, or lead-in and items).
    // (Or in the meaning of a defined term the sentence uses: "upon any Misuse Event" where that term is defined with its trigger.)
    // (Or in a clause it cites: "for the period set out in clause 9.3". Either must speak of the same safeguard.)
    const hit = topic.find((c) => passes(test, c, index) || (test instanceof RegExp && (matches(test, c.block) || index.termMeanings(c).some((m) => matches(test, m) && sameTopic(spec, m, c, index))
      || (matches(test, index.referencedText(c)) && sameTopic(spec, index.referencedText(c), c, index))
      // (Or in the next paragraph of the same clause, where it speaks of the safeguard again: "17.2 A suspension continues until ...".)
      // (Not a paragraph the rule sets aside: the customer's vetting of the seller after "17.1 The parties may extend the Term".)
      || index.following(c).some((t) => matches(test, t) && (spec.topicWords ? spec.topicWords.some((w) => matches(w, t)) : sameTopic(spec, t, c, index)) && !(spec.ignore && passes(spec.ignore, { ...c, text: t, block: t }, index))))));
    if (hit) { found.push(name); evidence.add(hit); }
  }
  const lacking = names.filter((n) => !found.includes(n));
  const { supporting } = spec;
  if (supporting?.elements.some((n) => !names.includes(n))) throw new Error(`supporting elements not among the elements: ${supporting.elements.join(', ')}`);
  const enough = supporting
    ? lacking.every((n) => supporting.elements.includes(n)) && supporting.elements.length - lacking.length >= supporting.needed
    : lacking.length === 0;
  const byNumber = (qualifiers: Qualifier[], sentences = citing) => qualifiers.flatMap((w) => {
    const hit = sentences.find((c) => matches(w.test as RegExp, c.text) && !(w.unless && matches(w.unless, c.text)) && qualifies(w.test, c, index) && restsOn(c));
    return hit ? [{ hit, reason: w.reason }] : [];
  });
  // A later sentence may waive it by number too: "waives delivery of the certificates under Section 9.2"; only in some
  // cases ("for any order of no more than fifty licences"), it is cut down, not given up.
  const waivedLater = byNumber([{ test: WAIVED, reason: 'A later clause waives or disapplies it.' }], [...new Set([...citing, ...topic])])[0];
  const undone = (waivedLater && !matches(CONDITIONAL, waivedLater.hit.text) ? waivedLater : undefined) ?? byNumber(CITED_CLAUSE_COUNTERS)[0] ?? byNumber(REFERRING_BACK_COUNTERS, continuing)[0];
  if (undone) return { status: 'contradicted', evidence: [undone.hit], found: [], lacking: [], reasons: [undone.reason] };
  // (The rule's own qualifiers too, in a later clause only where it reaches the safeguard's own clause.)
  const weakenable = [...new Set([...own, ...topic.flatMap((c) => index.citing(c))])];
  const weak = [
    ...[...(spec.weakeners ?? []), ...SHARED_WEAKENERS].flatMap((w) => {
      // (The qualifier's own words first: most sentences lack them, and the prefilter says so at once.)
      const hit = weakenable.find((c) => (!(w.test instanceof RegExp) || matches(w.test, c.text)) && !(w.unless && matches(w.unless, c.text)) && qualifies(w.test, c, index) && (own.has(c) || restsOn(c)));
      return hit ? [{ hit, reason: w.reason }] : [];
    }),
    ...[...(waivedLater ? [{ ...waivedLater, reason: 'A later clause waives it in some cases.' }] : []), ...byNumber(CITED_CLAUSE_WEAKENERS), ...byNumber(REFERRING_BACK_WEAKENERS, continuing)].slice(0, 1),
    ...(spec.measure ? measureQualifiers(spec.measure.noun, spec.measure.immediate) : []).flatMap((w) => {
      const hit = anywhere(index, w);
      return hit ? [{ hit, reason: w.reason }] : [];
    }).slice(0, 1),
    ...(spec.weakenersAnywhere ?? []).flatMap((w) => {
      const hit = anywhere(index, w);
      return hit && !sparedLater(hit, topic, index) ? [{ hit, reason: w.reason }] : [];
    }),
  ];
  if (spec.addressedBy && found.length === 0 && weak.length === 0 && !topic.some((c) => matches(spec.addressedBy!, c.text))) return { status: 'missing', evidence: [], found: [], lacking: names, reasons: ['Nothing in the draft addresses it.'] };
  for (const w of weak) evidence.add(w.hit);
  if (evidence.size === 0) evidence.add(topic[0]);
  const status: Status = enough && weak.length === 0 ? 'present' : 'weak';
  const reasons = [
    ...(found.length ? [`Found: ${found.join('; ')}.`] : []),
    ...(lacking.length ? [status === 'present' ? `Not found, though a strong clause may go without it: ${lacking.join('; ')}.` : `Lacking: ${lacking.join('; ')}.`] : []),
    ...weak.map((w) => w.reason),
  ];
  return { status, evidence: [...evidence].sort((a, b) => a.sentence.start - b.sentence.start), found, lacking, reasons };
}
