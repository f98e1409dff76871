// A literal prefilter for regular expressions, the idea behind RE2's and ripgrep's: from the
// pattern's syntax tree, work out literal strings the text must contain for the pattern to match
// (one of "suspend", "disabl"; and one of "misuse", "complaint"). A look at the text's
// fingerprint then turns away most sentences before the pattern runs. The prefilter must be
// sound: when it says no, the pattern cannot match; whenever the analysis is unsure it asks for
// nothing, and the pattern runs as before.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Literals one of which the text must contain. */
type Clause = string[];

/** What a part of a pattern can match. */
interface Info {
  /** Every string the part can consume is one of these (unknown when too many or unbounded). */
  exact?: string[];
  /** Wherever the part matches, the text satisfies each of these clauses (none: nothing known). */
  needs: Clause[];
}

// Bounds that keep the analysis (and the prefilter it yields) small.
const MAX_EXACT = 64;
const MAX_CLASS = 6;
const MAX_NEED = 64;
/** A pattern "A[^.;]{0,80}B" needs A and B: a few such clauses, the rarest, are kept. */
const MAX_CLAUSES = 3;
/** A pattern's branches kept apart, at most. */
const MAX_BRANCHES = 32;

// How likely a literal is to occur in a sentence: short ones are everywhere.
const LIKELIHOOD = [1, 1, 0.5, 0.2, 0.1, 0.05];
const likelihood = (clause: Clause) => clause.reduce((sum, s) => sum + (LIKELIHOOD[s.length] ?? 0.02), 0);

/** The literals as a clause: a string that contains another literal adds nothing. */
function clauseOf(strings: string[]): Clause | undefined {
  if (strings.length === 1) return strings[0] === '' ? undefined : [strings[0]]; // (most calls: one literal)
  if (strings.length === 0 || strings.includes('')) return undefined;
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const clause = unique.filter((s, i) => !unique.slice(0, i).some((t) => s.includes(t)));
  return clause.length <= MAX_NEED ? clause : undefined;
}

/** The rarest few clauses, rarest first. */
function rarest(clauses: (Clause | undefined)[]): Clause[] {
  const known = clauses.filter((c): c is Clause => c !== undefined);
  // (A clause of letters any sentence has costs a look and turns nothing away.)
  const unique = [...new Map(known.map((c) => [c.join('\0'), c])).values()];
  const ranked = unique.map((c) => ({ c, l: likelihood(c) })).sort((x, y) => x.l - y.l);
  return ranked.filter((x, i) => i === 0 || x.l < 1).slice(0, MAX_CLAUSES).map((x) => x.c);
}

function needsOf(info: Info): Clause[] {
  // (Most parts are plain characters, which need only their own literal: no ranking to do.)
  if (info.needs.length === 0) {
    const clause = info.exact && clauseOf(info.exact);
    return clause ? [clause] : [];
  }
  return rarest([info.exact && clauseOf(info.exact), ...info.needs]);
}

const NOTHING: Info = { needs: [] };

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  // Distinct strings with one suffix stay distinct (a literal run grows a character at a time).
  if (b.length === 1) return a.map((x) => x + b[0]);
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

// The rules' patterns share large parts (the party names, the modal verbs): what a group or a
// quantified part can match is worked out once per source text and flags, not once per pattern.
const PARTS = new Map<string, Info>();
const MAX_PARTS = 10_000;

class Analysis {
  private readonly ignoreCase: boolean;
  private readonly flags: string;

  constructor(ignoreCase: boolean, unicode: boolean) {
    this.ignoreCase = ignoreCase;
    this.flags = `${ignoreCase ? 'i' : ''}${unicode ? 'u' : ''}/`;
  }

  /** One code point as the literal the (lower-cased, under `i`) text would show, or undefined. */
  private char(value: number): string | undefined {
    const c = String.fromCodePoint(value);
    if (!this.ignoreCase) return c;
    // Under `i` only ASCII folds simply: any character the pattern's ASCII letter matches
    // lower-cases to that letter (non-unicode patterns only; see prefilterOf).
    return value < 0x80 ? c.toLowerCase() : undefined;
  }

  alternatives(alternatives: AST.Alternative[]): Info {
    return this.union(alternatives.map((a) => this.sequence(a.elements)));
  }

  /** What one of several branches can match. */
  union(infos: Info[]): Info {
    // Each branch satisfies every one of its clauses, so the j-th clause of the whole is the
    // union of a clause from each branch (its j-th, or its last when it has fewer).
    const branches = infos.map(needsOf);
    const needs: Clause[] = [];
    if (branches.every((n) => n.length)) {
      for (let j = 0; j < Math.max(...branches.map((n) => n.length)); j++) {
        const clause = clauseOf(branches.flatMap((n) => n[Math.min(j, n.length - 1)]));
        if (clause) needs.push(clause);
      }
    }
    if (infos.every((i) => i.exact)) {
      const exact = [...new Set(infos.flatMap((i) => i.exact!))];
      if (exact.length <= MAX_EXACT) return { exact, needs };
    }
    return { needs };
  }

  sequence(elements: AST.Element[]): Info {
    // Every part must match: each part's clauses hold, and so do those of each run of parts
    // whose strings are known exactly ("authori" [sz] "ed").
    let run: string[] | undefined = [''];
    const clauses: (Clause | undefined)[] = [];
    let whole = true;
    for (const element of elements) {
      const info = this.element(element);
      clauses.push(...needsOf(info));
      const next: string[] | undefined = info.exact && run ? product(run, info.exact) : undefined;
      if (next) { run = next; continue; }
      whole = false;
      if (run) clauses.push(clauseOf(run));
      run = info.exact;
    }
    if (whole && run) return { exact: run, needs: rarest(clauses) };
    if (run) clauses.push(clauseOf(run));
    return { needs: rarest(clauses) };
  }

  element(node: AST.Element): Info {
    if (node.type !== 'Group' && node.type !== 'CapturingGroup' && node.type !== 'Quantifier') return this.part(node);
    const key = this.flags + node.raw;
    let info = PARTS.get(key);
    if (!info) {
      if (PARTS.size >= MAX_PARTS) PARTS.clear();
      PARTS.set(key, (info = this.part(node)));
    }
    return info;
  }

  private part(node: AST.Element): Info {
    switch (node.type) {
      case 'Character': {
        const c = this.char(node.value);
        return c === undefined ? NOTHING : { exact: [c], needs: [] };
      }
      case 'CharacterClass': return this.characterClass(node);
      case 'Group': return node.modifiers ? NOTHING : this.alternatives(node.alternatives);
      case 'CapturingGroup': return this.alternatives(node.alternatives);
      case 'Quantifier': return this.quantifier(node);
      case 'Assertion': {
        // Consumes nothing; a positive look-around still needs its literals somewhere in the text.
        if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate) return { exact: [''], needs: needsOf(this.alternatives(node.alternatives)) };
        return { exact: [''], needs: [] };
      }
      default: return NOTHING; // character sets (\w, ., \p{..}), backreferences: anything
    }
  }

  private characterClass(node: AST.CharacterClass): Info {
    if (node.negate || node.unicodeSets) return NOTHING;
    const chars: string[] = [];
    for (const e of node.elements) {
      if (e.type === 'Character') chars.push(this.char(e.value) ?? '\0unknown');
      else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS) {
        for (let v = e.min.value; v <= e.max.value; v++) chars.push(this.char(v) ?? '\0unknown');
      } else return NOTHING;
    }
    const exact = [...new Set(chars)];
    return exact.includes('\0unknown') || exact.length > MAX_CLASS || exact.length === 0 ? NOTHING : { exact, needs: [] };
  }

  private quantifier(node: AST.Quantifier): Info {
    const info = this.element(node.element);
    if (node.min === 0) {
      // x? is "" or x; anything longer may be absent.
      if (node.max === 1 && info.exact && info.exact.length < MAX_EXACT) return { exact: [...new Set(['', ...info.exact])], needs: [] };
      return NOTHING;
    }
    if (node.min === node.max && info.exact) {
      let exact: string[] | undefined = [''];
      for (let i = 0; i < node.min && exact; i++) exact = product(exact, info.exact);
      if (exact) return { exact, needs: [] };
    }
    // At least one repetition: what one needs, all need.
    return { needs: needsOf(info) };
  }
}

/** What any match of the pattern needs (`all`: clauses of literals, each met by containing one
 * of its literals, lower case if the pattern ignores case; rarest first, none if nothing is
 * known), and what each of its branches needs (`a|b`, and a group of alternatives inside a
 * branch, "^(?=...)[\s\S]*?(?:a|b)", split into a branch each; none if some branch needs nothing):
 * a match meets all the clauses of `all` and those of one branch. */
interface Analysed { all: Clause[]; branches: Clause[][] }

function analyse(re: RegExp): Analysed {
  // Unicode case folding maps non-ASCII letters onto ASCII ones (the Kelvin sign onto k): not analysed.
  if (re.unicodeSets || (re.ignoreCase && re.unicode)) return { all: [], branches: [] };
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(re.source, 0, re.source.length, { unicode: re.unicode });
  } catch {
    return { all: [], branches: [] };
  }
  const analysis = new Analysis(re.ignoreCase, re.unicode);
  const infos = pattern.alternatives.map((a) => analysis.sequence(a.elements));
  const branches = pattern.alternatives.flatMap((a, i) => {
    const at = a.elements.findIndex((e) => (e.type === 'Group' && !e.modifiers) || e.type === 'CapturingGroup');
    const group = a.elements[at] as AST.Group | AST.CapturingGroup | undefined;
    if (!group || group.alternatives.length < 2 || group.alternatives.length > MAX_BRANCHES) return [needsOf(infos[i])];
    return group.alternatives.map((g) => needsOf(analysis.sequence([...a.elements.slice(0, at), ...g.elements, ...a.elements.slice(at + 1)])));
  });
  return { all: needsOf(analysis.union(infos)), branches: branches.every((b) => b.length) ? branches : [] };
}

/** Clauses of literals that any text the pattern matches satisfies (see `analyse`). */
export const requirements = (re: RegExp): Clause[] => analyse(re).all;

/** The rarest clause: literals one of which any text the pattern matches contains, or undefined. */
export const requiredLiterals = (re: RegExp): string[] | undefined => requirements(re)[0];

// Looking for a dozen literals with `includes` costs as much as running the pattern. Instead each
// text gets a fingerprint once: a bit set of the hashes of its letters, pairs and triples (ASCII
// capitals read as small letters, so one fingerprint serves patterns with and without `i`). A
// literal whose pieces are not all in the fingerprint is not in the text.
const K1 = 0x9e3779b1;
const K2 = 0x85ebca77;
const K3 = 0xc2b2ae3d;
const fold = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const hash1 = (a: number) => Math.imul(a, K1);
const hash2 = (a: number, b: number) => Math.imul(Math.imul(a, 31) + b, K2);
const hash3 = (a: number, b: number, c: number) => Math.imul(Math.imul(Math.imul(a, 31) + b, 31) + c, K3);

/** The hashes a literal's pieces set: its triples (its pairs or letter, if shorter). */
// (Kept by literal: the rules' patterns share most of theirs, and a new worker flattens them all.)
const PIECES = new Map<string, number[]>();
function piecesOf(literal: string): number[] {
  let pieces = PIECES.get(literal);
  if (pieces) return pieces;
  const c = (i: number) => fold(literal.charCodeAt(i));
  if (literal.length === 1) pieces = [hash1(c(0))];
  else if (literal.length === 2) pieces = [hash2(c(0), c(1))];
  else {
    pieces = [];
    for (let i = 0; i + 2 < literal.length; i++) pieces.push(hash3(c(i), c(i + 1), c(i + 2)));
  }
  if (PIECES.size < MAX_PARTS) PIECES.set(literal, pieces);
  return pieces;
}

const NO_ANSWERS = new Uint32Array(0);
interface Fingerprint {
  bits: Uint32Array;
  shift: number;
  /** The draft last asked about this text, and its answers in that draft: two bits a pattern (asked, matched), by the pattern's number in the draft. */
  draft: number;
  answers: Uint32Array;
}

function fingerprint(text: string): Fingerprint {
  // About 16 bits a character (three hashes each) keeps five in six bits clear.
  let log = 10;
  while (1 << log < text.length * 16 && log < 20) log++;
  const bits = new Uint32Array(1 << (log - 5));
  const shift = 32 - log;
  eachPiece(text, (h) => { const b = h >>> shift; bits[b >>> 5] |= 1 << (b & 31); });
  return { bits, shift, draft: -1, answers: NO_ANSWERS };
}

/** The hashes of a text's pieces: each letter, pair and triple. */
function eachPiece(text: string, set: (hash: number) => void): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    set(hash1(c));
    if (i >= 1) set(hash2(b, c));
    if (i >= 2) set(hash3(a, b, c));
    a = b;
    b = c;
  }
}

// Clause texts are asked hundreds of questions each: their fingerprints are kept, within a bound.
// Each DraftIndex starts a new draft (keepFingerprints), which the kept answers are valid for.
let draftNumber = 0;
const FINGERPRINTS = new Map<string, Fingerprint>();
const MAX_KEPT_CHARS = 4_000_000;
let keptChars = 0;
// In front of the map, a small table by length: the texts of one draft mostly differ in length,
// and comparing a text with itself is cheaper than hashing it.
const SLOTS = 4096;
const slotText: (string | undefined)[] = new Array(SLOTS).fill(undefined);
const slotPrint: (Fingerprint | undefined)[] = new Array(SLOTS).fill(undefined);
// Rules often ask several patterns of one text in a row: the last text is compared first.
let lastText = '';
let lastPrint = fingerprint('');
function fingerprintOf(text: string): Fingerprint {
  if (text === lastText) return lastPrint;
  const slot = text.length & (SLOTS - 1);
  if (slotText[slot] === text) {
    lastText = text;
    return (lastPrint = slotPrint[slot]!);
  }
  let print = FINGERPRINTS.get(text);
  if (!print) {
    if (keptChars > MAX_KEPT_CHARS) { FINGERPRINTS.clear(); keptChars = 0; }
    FINGERPRINTS.set(text, (print = fingerprint(text)));
    keptChars += text.length;
  }
  slotText[slot] = text;
  slotPrint[slot] = print;
  lastText = text;
  lastPrint = print;
  return print;
}

/** Fingerprints the texts a draft's rules will ask about, keyed by these very strings: a lookup
 * then finds its key by identity, where an equal string from an earlier draft would be compared
 * character by character on every question. */
export function keepFingerprints(texts: Iterable<string>): void {
  draftNumber++;
  asked = 0;
  for (const text of texts) {
    const print = FINGERPRINTS.get(text) ?? fingerprint(text);
    if (FINGERPRINTS.delete(text)) keptChars -= text.length;
    if (keptChars > MAX_KEPT_CHARS) { FINGERPRINTS.clear(); keptChars = 0; }
    FINGERPRINTS.set(text, print);
    keptChars += text.length;
  }
}

/** For each clause, the pieces of its literals: a text may match only if, for every clause, all
 * the pieces of one of its literals are in the text's fingerprint. Laid out flat, as it is read
 * a few hundred thousand times a check: each clause is the index where the next clause starts,
 * then its literals, each the index where the next literal starts, then its pieces.
 * The clauses every match meets (`all`) turn most texts away at once; a text they admit must also
 * meet the clauses of one of the pattern's branches (`branches`: each the index where the next
 * branch starts, then its clauses), which spares running the pattern on many more. */
interface Need {
  /** The draft last asked about it, and its number in that draft, to key its answers by (see `matches`). */
  draft: number;
  asked: number;
  all: Int32Array;
  branches: Int32Array | null;
  /** The clauses themselves, to save (`savedNeeds`). */
  analysed: Analysed;
}

function flatten(clauses: Clause[], flat: number[]): void {
  for (const clause of clauses) {
    const clauseAt = flat.push(0) - 1;
    for (const literal of clause) {
      const pieces = piecesOf(literal);
      flat.push(flat.length + 1 + pieces.length, ...pieces);
    }
    flat[clauseAt] = flat.length;
  }
}

const needOf = (re: RegExp): Need | undefined => needFrom(analyse(re));

function needFrom(analysed: Analysed): Need | undefined {
  const { all, branches } = analysed;
  if (!all.length && branches.length < 2) return undefined;
  const allFlat: number[] = [];
  flatten(all, allFlat);
  if (branches.length < 2) return { draft: -1, asked: 0, all: Int32Array.from(allFlat), branches: null, analysed };
  const branchFlat: number[] = [];
  for (const clauses of branches) {
    const branchAt = branchFlat.push(0) - 1;
    flatten(clauses, branchFlat);
    branchFlat[branchAt] = branchFlat.length;
  }
  return { draft: -1, asked: 0, all: Int32Array.from(allFlat), branches: Int32Array.from(branchFlat), analysed };
}

/** Whether the fingerprint meets every clause in need[from, to): false only if it misses all literals of one. */
function meets(need: Int32Array, from: number, to: number, bits: Uint32Array, shift: number): boolean {
  let i = from;
  while (i < to) {
    const clauseEnd = need[i++];
    let some = false;
    while (i < clauseEnd) {
      const literalEnd = need[i++];
      let all = true;
      for (; i < literalEnd; i++) {
        const b = need[i] >>> shift;
        if ((bits[b >>> 5] & (1 << (b & 31))) === 0) { all = false; break; }
      }
      if (all) { some = true; break; }
      i = literalEnd;
    }
    if (!some) return false;
    i = clauseEnd;
  }
  return true;
}

const admits = (need: Need, text: string) => admitsPrint(need, fingerprintOf(text));

function admitsPrint({ all, branches }: Need, print: Fingerprint): boolean {
  return meets(all, 0, all.length, print.bits, print.shift) && (!branches || admitsBranches(branches, print));
}

function admitsBranches(branches: Int32Array, { bits, shift }: Fingerprint): boolean {
  for (let i = 0; i < branches.length; i = branches[i]) if (meets(branches, i + 1, branches[i], bits, shift)) return true;
  return false;
}

/** A test that is false only where the pattern cannot match. */
export type Prefilter = (text: string) => boolean;

export function prefilterOf(re: RegExp): Prefilter | undefined {
  const need = needOf(re);
  return need && ((text) => admits(need, text));
}

// Needs are kept by pattern, so each pattern is analysed once however many objects carry it
// (rules build some of their patterns per draft), and by object, so that a pattern asked of
// every sentence is looked up by identity, not by its source.
// A global or sticky pattern keeps state in lastIndex, which test() moves: those get no need.
const NONE = null;
const BY_OBJECT = new WeakMap<RegExp, Need | null>();
const BY_PATTERN = new Map<string, Map<string, Need | null>>();
const MAX_PATTERNS = 10_000;

function needFor(re: RegExp): Need | null {
  let byFlags = BY_PATTERN.get(re.source);
  if (!byFlags) {
    if (BY_PATTERN.size >= MAX_PATTERNS) BY_PATTERN.clear();
    BY_PATTERN.set(re.source, (byFlags = new Map()));
  }
  let need = byFlags.get(re.flags);
  if (need === undefined) {
    const saved = SAVED.get(`${re.flags}/${re.source}`);
    if (saved === undefined) analysedAfresh++;
    need = re.global || re.sticky ? NONE : (saved === undefined ? needOf(re) : saved && needFrom(saved)) ?? NONE;
    byFlags.set(re.flags, need);
  }
  BY_OBJECT.set(re, need);
  return need;
}

/** A draft's texts by piece, for `mayMatchEach`: for each hash bucket of pieces, the bit set of the
 * texts that hold a piece in it. A pattern asked of all texts at once then costs a few word
 * operations per piece of its literals, 32 texts to a word, instead of a look at every text. */
export interface Columns {
  /** The distinct texts, and for each clause asked about, which of them it is (texts repeat in a bundle). */
  texts: string[];
  textOf: Int32Array;
  words: number;
  bits: Uint32Array;
}

// 4096 buckets: a sentence of 300 characters fills about one in nine, so a literal of six
// characters (four triples) lets through about one text in 6,000 that lacks it.
const BUCKET_BITS = 12;
const BUCKET_SHIFT = 32 - BUCKET_BITS;

export function columnsOf(texts: readonly string[]): Columns {
  const unique = new Map<string, number>();
  const textOf = Int32Array.from(texts, (t) => {
    let k = unique.get(t);
    if (k === undefined) unique.set(t, (k = unique.size));
    return k;
  });
  const words = (unique.size + 31) >>> 5;
  const bits = new Uint32Array(words << BUCKET_BITS);
  let k = 0;
  for (const text of unique.keys()) {
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    eachPiece(text, (h) => { bits[(h >>> BUCKET_SHIFT) * words + w] |= bit; });
    k++;
  }
  return { texts: [...unique.keys()], textOf, words, bits };
}

// Scratch rows for `meetAll`, grown as drafts need (it runs a few hundred times a check).
let scratch = new Uint32Array(64);
function scratchRows(words: number): Uint32Array {
  if (scratch.length < words * 3) scratch = new Uint32Array(words * 3);
  return scratch;
}

/** Into `out`, the texts that meet every clause in need[from, to) (see `meets`), among those set in `out` already. */
function meetAll(need: Int32Array, from: number, to: number, { words, bits }: Columns, out: Uint32Array): void {
  const rows = scratchRows(words);
  const some = rows.subarray(0, words);
  const literal = rows.subarray(words, words * 2);
  let i = from;
  while (i < to) {
    const clauseEnd = need[i++];
    some.fill(0);
    while (i < clauseEnd) {
      const literalEnd = need[i++];
      // (The first piece is copied, not ANDed into ones; a literal no text holds stops early.)
      let row = (need[i++] >>> BUCKET_SHIFT) * words;
      let left = 0;
      for (let w = 0; w < words; w++) left |= literal[w] = bits[row + w] & out[w];
      for (; i < literalEnd && left !== 0; i++) {
        row = (need[i] >>> BUCKET_SHIFT) * words;
        left = 0;
        for (let w = 0; w < words; w++) left |= literal[w] &= bits[row + w];
      }
      i = literalEnd;
      if (left !== 0) for (let w = 0; w < words; w++) some[w] |= literal[w];
    }
    let left = 0;
    for (let w = 0; w < words; w++) left |= out[w] &= some[w];
    if (left === 0) return;
  }
}

/** For each clause, 0 where the pattern cannot match its text (null: no text is turned away). Rules scan
 * every sentence of a draft for a counter-clause: asked for all sentences at once, the pattern is
 * looked up once and costs a few word operations per piece. */
export function mayMatchEach(re: RegExp, columns: Columns): Uint8Array | null {
  let need = BY_OBJECT.get(re);
  if (need === undefined) need = needFor(re);
  if (need === NONE) return null;
  // The clauses every match meets, then those of one of the branches, for all texts at once.
  const { all, branches } = need;
  const { words } = columns;
  const admitted = new Uint32Array(words).fill(0xffffffff);
  // (A pattern may need nothing of all its matches, only of each branch: the bits past the last text stay clear.)
  const tail = columns.texts.length & 31;
  if (tail && words) admitted[words - 1] = 2 ** tail - 1;
  meetAll(all, 0, all.length, columns, admitted);
  if (branches) {
    const any = new Uint32Array(words);
    const branch = new Uint32Array(words);
    for (let i = 0; i < branches.length; i = branches[i]) {
      // (Only texts no earlier branch admitted are asked again.)
      let left = 0;
      for (let w = 0; w < words; w++) left |= branch[w] = admitted[w] & ~any[w];
      if (left === 0) break;
      meetAll(branches, i + 1, branches[i], columns, branch);
      for (let w = 0; w < words; w++) any[w] |= branch[w];
    }
    admitted.set(any);
  }
  const { textOf } = columns;
  const may = new Uint8Array(textOf.length);
  for (let k = 0; k < textOf.length; k++) may[k] = (admitted[textOf[k] >>> 5] >>> (textOf[k] & 31)) & 1;
  return may;
}

// Patterns built from a draft's own words (its defined terms, its clause numbers): asked like any
// other, never saved, as the saved analyses go to disk and a draft is confidential.
const DRAFTS_OWN = new Set<string>();
/** Marks a pattern built from a draft's own words: `savedNeeds` leaves it out. */
export function draftsOwn<T extends RegExp | undefined>(re: T): T {
  if (re) {
    // (Forgotten together with their analyses, so that none is ever saved unmarked.)
    if (DRAFTS_OWN.size >= MAX_PATTERNS) {
      for (const key of DRAFTS_OWN) BY_PATTERN.get(key.slice(key.indexOf('/') + 1))?.delete(key.slice(0, key.indexOf('/')));
      DRAFTS_OWN.clear();
    }
    DRAFTS_OWN.add(`${re.flags}/${re.source}`);
  }
  return re;
}

/** The analyses of the rules' patterns asked so far (not a draft's own), as JSON: a new worker
 * thread that loads them (`loadNeeds`) need not analyse the rules' patterns again (a few hundred
 * milliseconds before its first draft). */
export function savedNeeds(): string {
  const entries: [string, Analysed | null][] = [];
  for (const [source, byFlags] of BY_PATTERN) {
    for (const [flags, need] of byFlags) {
      const key = `${flags}/${source}`;
      if (!DRAFTS_OWN.has(key)) entries.push([key, need && need.analysed]);
    }
  }
  return JSON.stringify(entries);
}

/** Analyses saved by `savedNeeds` (of this very analysis: the caller keys them by its version),
 * used when their patterns are first asked. */
const SAVED = new Map<string, Analysed | null>();
let analysedAfresh = 0;
/** How many patterns were analysed since start, not found among those loaded. */
export const patternsAnalysedAfresh = (): number => analysedAfresh;
export function loadNeeds(json: string): void {
  for (const [key, analysed] of JSON.parse(json) as [string, Analysed | null][]) SAVED.set(key, analysed);
}

/** `re.test(text)`, but a text that lacks the pattern's literals is turned away without running it. */
export function matches(re: RegExp, text: string): boolean {
  let need = BY_OBJECT.get(re);
  if (need === undefined) need = needFor(re);
  if (need === NONE) return re.test(text);
  // A draft may repeat whole texts (a bundle of agreements), and rules ask each other's patterns (and
  // their own, of a text again and again): a text's answers are kept for the draft, two bits a pattern,
  // so that a question asked before costs one look. (Only patterns with a need are kept: none is
  // global or sticky, so test() is pure.)
  if (need.draft !== draftNumber) { need.draft = draftNumber; need.asked = asked++; }
  const print = fingerprintOf(text);
  let answers = print.answers;
  if (print.draft !== draftNumber) { print.draft = draftNumber; answers.fill(0); }
  const word = need.asked >>> 4;
  if (word >= answers.length) answers = grownAnswers(print, word);
  const shift = (need.asked & 15) << 1;
  const known = (answers[word] >>> shift) & 3;
  if (known !== 0) return known === 3;
  const yes = admitsPrint(need, print) && re.test(text);
  answers[word] |= (yes ? 3 : 1) << shift;
  return yes;
}

// The patterns asked so far in the current draft (each numbered in it as first asked).
let asked = 0;
function grownAnswers(print: Fingerprint, word: number): Uint32Array {
  const answers = new Uint32Array(Math.max(word + 1, print.answers.length * 2, 16));
  answers.set(print.answers);
  return (print.answers = answers);
}

/** `re.exec(text)`, asked of the prefilter (and the draft's kept answers) first: null at once where it cannot match. */
export const matchOf = (re: RegExp, text: string): RegExpExecArray | null => (matches(re, text) ? re.exec(text) : null);

const NOT_GLOBAL = new WeakMap<RegExp, RegExp>();
/** `text.matchAll(re)` for a global pattern, asked of the prefilter (through a twin that is not global) first: nothing at once where it cannot match. */
export function matchesAll(re: RegExp, text: string): Iterable<RegExpExecArray> {
  let once = NOT_GLOBAL.get(re);
  if (!once) NOT_GLOBAL.set(re, (once = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))));
  return matches(once, text) ? text.matchAll(re) : [];
}
