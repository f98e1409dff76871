// Forms where a commitment binds only when it is selected: an end-user undertaking with tick
// boxes ("[x] We will not ...", "[ ] We will report ..."), a statement of compliance whose rows are
// marked compliant or not ("C12 | The Supplier may audit ... | N | not accepted"), a table of terms marked
// mandatory or recommended. A box left empty, a row marked non-compliant or a term only recommended commits
// nobody, so its words must not count as a safeguard.
import type { Block, Draft } from '../read/model.ts';
import { partKey } from './draft-index.ts';
import { escapeRegExp } from '../regexp.ts';

// A ticked box and an empty one, as forms type them.
const TICK = String.raw`(?:\[[xX✓✔]\]|[☒☑])`;
const EMPTY = String.raw`(?:\[ ?\]|[☐□])`;
const BOX = `(?:${TICK}|${EMPTY})`;
// (The box may also end the line, or a table row: "We will report misuse within 48 hours | ☐".)
const TICKED = new RegExp(String.raw`^(?:${TICK}|✓|✔)|\s${TICK}\s*\|?\s*$`);
const UNTICKED = new RegExp(String.raw`^${EMPTY}(?=\s)|\s${EMPTY}\s*\|?\s*$`);
// A statement answered by a pair of boxes with the one against "No" ticked: "Yes ☐ No ☒", "[ ] Yes [x] No".
const ANSWERED_NO = new RegExp(String.raw`\byes\s*:?\s*${EMPTY}\s*no\s*:?\s*${TICK}|${EMPTY}\s*yes\b\s*${TICK}\s*no\b`, 'i');
// (Its empty "No" box is no unticked statement.)
// (Either needs an empty box, and most blocks have no box at all.)
const BOX_CHARACTER = /[[☐□]/;
const YES_NO_PAIR = new RegExp(String.raw`\byes\s*:?\s*${BOX}\s*no\b|${BOX}\s*yes\b\s*${BOX}\s*no\b`, 'i');
const unticked = (text: string) => UNTICKED.test(text) && !YES_NO_PAIR.test(text);
const YES = /^(?:y|yes|compliant|comply|complies|fully compliant|accepted|agreed|met|[✓✔☑☒])$/;
// (A requirement marked not applicable, or crossed, binds nobody either.)
const NO = /^(?:n|no|non-?compliant|not compliant|does not comply|not comply|not met|rejected|not accepted|declined|refused|n\/a|not applicable|[✗✘×☐])$/;
// A table of terms marked "Mandatory" or "Recommended": a recommended term need not be given, so it commits nobody either.
const MANDATORY = /^(?:mandatory|required|compulsory|obligatory)$/;
const OPTIONAL = /^(?:recommended|optional|discretionary|voluntary|desirable)$/;

// "Optional Human Rights Module (Annex 2, Part A) | [ ] included": an option left unticked leaves out what it names.
const BOX_ANYWHERE = new RegExp(BOX);
const TICK_ANYWHERE = new RegExp(TICK);
const OPTION = /\b(annex(?:ure)?|schedule|appendix|exhibit|attachment)(?:\s+|-)([0-9A-Z]+)\b(?:,?\s*part\s+([0-9A-Z]+)\b)?/i;
const SUB_PART = /^part\s+([0-9A-Z]+)\b/i;

/** The blocks of the part (and sub-part) an unticked option names. */
function optionBlocks(blocks: Block[], option: RegExpExecArray): number[] {
  const part = partKey(`${option[1]} ${option[2]}`);
  const inPart = blocks.filter((b) => partKey(b.part) === part);
  if (!option[3]) return inPart.map((b) => b.index);
  const start = inPart.findIndex((b) => b.isHeading && SUB_PART.exec(b.text)?.[1].toLowerCase() === option[3].toLowerCase());
  if (start < 0) return [];
  const end = inPart.findIndex((b, k) => k > start && b.isHeading && SUB_PART.test(b.text));
  return inPart.slice(start, end < 0 ? undefined : end).map((b) => b.index);
}

// An option's code: "OC-2", "SC 5", "Option B".
const OPTION_CODE = /^((?:[a-z]{1,4}-?\d{1,3}[a-z]?)|(?:option|module) [a-z0-9]{1,3})\b/;
const cells = (b: Block) => (b.text.includes(' | ') ? b.text.split('|').map((c) => c.replace(/[*_]/g, '').trim().toLowerCase()) : []);

/** The blocks a form leaves unselected: empty tick boxes where others are ticked, matrix rows marked non-compliant, terms only recommended beside mandatory ones. */
export function unselectedBlocks(draft: Draft): Set<number> {
  // (One empty box alone may be a blank to fill in; a form has several, some of them ticked.)
  const ticked = draft.blocks.some((b) => TICK_ANYWHERE.test(b.text));
  const tickForm = ticked && draft.blocks.filter((b) => TICKED.test(b.text) || unticked(b.text)).length >= 2;
  const matrix = draft.blocks.some((b) => cells(b).some((c) => YES.test(c)));
  const tiered = draft.blocks.some((b) => cells(b).some((c) => MANDATORY.test(c)));
  const left = draft.blocks.filter((b) => (tickForm && unticked(b.text)) || (BOX_CHARACTER.test(b.text) && ANSWERED_NO.test(b.text)) || (matrix && cells(b).some((c) => NO.test(c))) || (tiered && cells(b).some((c) => OPTIONAL.test(c)))).map((b) => b.index);
  // A row marked "No" that names its option by a code ("OC-2 Human Rights Use Undertaking | No") leaves out that option's own text
  // wherever the draft quotes it: "Optional Condition OC-2 (Human Rights Use Undertaking): The Buyer represents ...".
  for (const b of matrix ? left.map((i) => draft.blocks[i]) : []) {
    // (The code may have been read as the row's label.)
    const code = OPTION_CODE.exec(`${b.label ? `${b.label} ` : ''}${cells(b).find((c) => c) ?? ''}`.toLowerCase())?.[1];
    if (!code) continue;
    const quoted = new RegExp(String.raw`\b${escapeRegExp(code)}\b\s*(?:\([^)]{0,80}\))?\s*:`, 'i');
    for (const x of draft.blocks) if (x.index !== b.index && !x.text.includes(' | ') && quoted.test(x.text.slice(0, 160))) left.push(x.index);
  }
  if (!ticked) return new Set(left);
  for (const b of draft.blocks) {
    const option = BOX_ANYWHERE.test(b.text) && !TICK_ANYWHERE.test(b.text) ? OPTION.exec(b.text) : null;
    if (option) left.push(b.index, ...optionBlocks(draft.blocks, option));
  }
  return new Set(left);
}

/** The draft as it reads without these blocks: their sentences and definitions no longer count (offsets stay). */
export function withoutBlocks(draft: Draft, blocks: Set<number>): Draft {
  if (!blocks.size) return draft;
  return { ...draft, sentences: draft.sentences.filter((s) => !blocks.has(s.block)), definitions: draft.definitions.filter((d) => !blocks.has(d.block)) };
}

/** The draft without its unselected commitments. */
export const selectedOnly = (draft: Draft): Draft => withoutBlocks(draft, unselectedBlocks(draft));
