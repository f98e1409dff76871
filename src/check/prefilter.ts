// A literal prefilter for regular expressions, the idea behind RE2's and ripgrep's: from the
// pattern's syntax tree, work out a few literal strings at least one of which must occur in any
// text the pattern matches. A quick `includes` then turns away most sentences before the
// pattern runs. The prefilter must be sound: when it says no, the pattern cannot match; whenever
// the analysis is unsure it asks for nothing, and the pattern runs as before.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** What a part of a pattern can match. */
interface Info {
  /** Every string the part can consume is one of these (unknown when too many or unbounded). */
  exact?: string[];
  /** Some literal of these occurs in the text wherever the part matches (undefined: nothing known). */
  need?: string[];
}

// Bounds that keep the analysis (and the prefilter it yields) small.
const MAX_EXACT = 64;
const MAX_CLASS = 6;
const MAX_NEED = 64;

// How likely a literal is to occur in a sentence: short ones are everywhere.
const LIKELIHOOD = [1, 1, 0.5, 0.2, 0.1, 0.05];
const likelihood = (need: string[]) => need.reduce((sum, s) => sum + (LIKELIHOOD[s.length] ?? 0.02), 0);

/** The literals as a need: a string that contains another literal adds nothing. */
function needOf(strings: string[]): string[] | undefined {
  if (strings.length === 0 || strings.includes('')) return undefined;
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const need = unique.filter((s, i) => !unique.slice(0, i).some((t) => s.includes(t)));
  return need.length <= MAX_NEED ? need : undefined;
}

const needOfInfo = (info: Info) => better(info.exact && needOf(info.exact), info.need);

/** The more selective of two needs (undefined: none). */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return likelihood(b) < likelihood(a) ? b : a;
}

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

class Analysis {
  private readonly ignoreCase: boolean;

  constructor(ignoreCase: boolean) {
    this.ignoreCase = ignoreCase;
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
    const infos = alternatives.map((a) => this.sequence(a.elements));
    const needs = infos.map(needOfInfo);
    const need = needs.every((n) => n) ? needOf(needs.flat() as string[]) : undefined;
    if (infos.every((i) => i.exact)) {
      const exact = [...new Set(infos.flatMap((i) => i.exact!))];
      if (exact.length <= MAX_EXACT) return { exact, need };
    }
    return { need };
  }

  private sequence(elements: AST.Element[]): Info {
    let run: string[] | undefined = [''];
    let best: string[] | undefined;
    let whole = true;
    for (const element of elements) {
      const info = this.element(element);
      // One part alone may need fewer, rarer literals than the whole run: "(?:we|supplier|...) (?:hosts?|runs?)".
      best = better(best, needOfInfo(info));
      const next: string[] | undefined = info.exact && run ? product(run, info.exact) : undefined;
      if (next) { run = next; continue; }
      // The run of exactly known parts ends here: keep it as a candidate and start again.
      whole = false;
      if (run) best = better(best, needOf(run));
      run = info.exact;
      if (run) best = better(best, needOf(run));
    }
    if (whole && run) return { exact: run, need: best };
    return { need: better(best, run && needOf(run)) };
  }

  element(node: AST.Element): Info {
    switch (node.type) {
      case 'Character': {
        const c = this.char(node.value);
        return c === undefined ? {} : { exact: [c] };
      }
      case 'CharacterClass': return this.characterClass(node);
      case 'Group': return node.modifiers ? {} : this.alternatives(node.alternatives);
      case 'CapturingGroup': return this.alternatives(node.alternatives);
      case 'Quantifier': return this.quantifier(node);
      case 'Assertion': {
        // Consumes nothing; a positive look-around still needs its literals somewhere in the text.
        if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate) return { exact: [''], need: needOfInfo(this.alternatives(node.alternatives)) };
        return { exact: [''] };
      }
      default: return {}; // character sets (\w, ., \p{..}), backreferences: anything
    }
  }

  private characterClass(node: AST.CharacterClass): Info {
    if (node.negate || node.unicodeSets) return {};
    const chars: string[] = [];
    for (const e of node.elements) {
      if (e.type === 'Character') chars.push(this.char(e.value) ?? '\0unknown');
      else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS) {
        for (let v = e.min.value; v <= e.max.value; v++) chars.push(this.char(v) ?? '\0unknown');
      } else return {};
    }
    const exact = [...new Set(chars)];
    return exact.includes('\0unknown') || exact.length > MAX_CLASS || exact.length === 0 ? {} : { exact };
  }

  private quantifier(node: AST.Quantifier): Info {
    const info = this.element(node.element);
    if (node.min === 0) {
      // x? is "" or x; anything longer may be absent.
      if (node.max === 1 && info.exact && info.exact.length < MAX_EXACT) return { exact: [...new Set(['', ...info.exact])] };
      return {};
    }
    if (node.min === node.max && info.exact) {
      let exact: string[] | undefined = [''];
      for (let i = 0; i < node.min && exact; i++) exact = product(exact, info.exact);
      if (exact) return { exact };
    }
    // At least one repetition: what one needs, all need.
    return { need: needOfInfo(info) };
  }
}

/** The literals one of which any text the pattern matches contains (lower case if the pattern ignores case), or undefined. */
export function requiredLiterals(re: RegExp): string[] | undefined {
  // Unicode case folding maps non-ASCII letters onto ASCII ones (the Kelvin sign onto k): not analysed.
  if (re.unicodeSets || (re.ignoreCase && re.unicode)) return undefined;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(re.source, 0, re.source.length, { unicode: re.unicode });
  } catch {
    return undefined;
  }
  return needOfInfo(new Analysis(re.ignoreCase).alternatives(pattern.alternatives));
}

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
function piecesOf(literal: string): number[] {
  const c = Array.from({ length: literal.length }, (_, i) => fold(literal.charCodeAt(i)));
  if (literal.length === 1) return [hash1(c[0])];
  if (literal.length === 2) return [hash2(c[0], c[1])];
  const pieces: number[] = [];
  for (let i = 0; i + 2 < c.length; i++) pieces.push(hash3(c[i], c[i + 1], c[i + 2]));
  return pieces;
}

interface Fingerprint { bits: Uint32Array; shift: number }

function fingerprint(text: string): Fingerprint {
  // About 16 bits a character (three hashes each) keeps five in six bits clear.
  let log = 10;
  while (1 << log < text.length * 16 && log < 20) log++;
  const bits = new Uint32Array(1 << (log - 5));
  const shift = 32 - log;
  const set = (h: number) => { const b = h >>> shift; bits[b >>> 5] |= 1 << (b & 31); };
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
  return { bits, shift };
}

// Clause texts are asked hundreds of questions each: their fingerprints are kept, within a bound.
const FINGERPRINTS = new Map<string, Fingerprint>();
const MAX_KEPT_CHARS = 4_000_000;
let keptChars = 0;
// In front of the map, a small table by length: the texts of one draft mostly differ in length,
// and comparing a text with itself is cheaper than hashing it.
const SLOTS = 4096;
const slotText: (string | undefined)[] = new Array(SLOTS).fill(undefined);
const slotPrint: (Fingerprint | undefined)[] = new Array(SLOTS).fill(undefined);
function fingerprintOf(text: string): Fingerprint {
  const slot = text.length & (SLOTS - 1);
  if (slotText[slot] === text) return slotPrint[slot]!;
  let print = FINGERPRINTS.get(text);
  if (!print) {
    if (keptChars > MAX_KEPT_CHARS) { FINGERPRINTS.clear(); keptChars = 0; }
    FINGERPRINTS.set(text, (print = fingerprint(text)));
    keptChars += text.length;
  }
  slotText[slot] = text;
  slotPrint[slot] = print;
  return print;
}

/** Pieces of literals, one of which must all be in a text's fingerprint for the pattern to match. */
type Need = number[][];

/** Whether the text may hold one of the literals: false only if none of them is in it. */
function admits(need: Need, text: string): boolean {
  const { bits, shift } = fingerprintOf(text);
  for (const pieces of need) {
    let all = true;
    for (const h of pieces) {
      const b = h >>> shift;
      if ((bits[b >>> 5] & (1 << (b & 31))) === 0) { all = false; break; }
    }
    if (all) return true;
  }
  return false;
}

/** A test that is false only where the pattern cannot match. */
export type Prefilter = (text: string) => boolean;

export function prefilterOf(re: RegExp): Prefilter | undefined {
  const need = requiredLiterals(re)?.map(piecesOf);
  return need && ((text) => admits(need, text));
}

// A regular expression literal inside a function is a new object on every call (rules build
// their specs per draft): needs are kept by pattern too, so each pattern is analysed once.
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
  if (need === undefined) byFlags.set(re.flags, (need = re.global || re.sticky ? NONE : requiredLiterals(re)?.map(piecesOf) ?? NONE));
  BY_OBJECT.set(re, need);
  return need;
}

/** `re.test(text)`, but a text that lacks the pattern's literals is turned away without running it. */
export function matches(re: RegExp, text: string): boolean {
  let need = BY_OBJECT.get(re);
  if (need === undefined) need = needFor(re);
  return (need === NONE || admits(need, text)) && re.test(text);
}
