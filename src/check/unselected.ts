// Forms where a commitment binds only when it is selected: an end-user undertaking with tick
// boxes ("[x] We will not ...", "[ ] We will report ..."), a statement of compliance whose rows are
// marked compliant or not ("C12 | The Supplier may audit ... | N | not accepted"). A box left empty
// or a row marked non-compliant commits nobody, so its words must not count as a safeguard.
import type { Block, Draft } from '../read/model.ts';

const TICKED = /^(?:\[[xX✓✔]\]|☒|☑|✓|✔)/;
const UNTICKED = /^(?:\[ ?\]|☐|□)(?=\s)/;
const YES = /^(?:y|yes|compliant|comply|complies|fully compliant|accepted|agreed|met)$/;
const NO = /^(?:n|no|non-?compliant|not compliant|does not comply|not comply|not met|rejected|not accepted|declined|refused)$/;

const cells = (b: Block) => (b.text.includes(' | ') ? b.text.split('|').map((c) => c.replace(/[*_]/g, '').trim().toLowerCase()) : []);

/** The blocks a form leaves unselected: empty tick boxes where others are ticked, matrix rows marked non-compliant. */
export function unselectedBlocks(draft: Draft): Set<number> {
  const boxes = draft.blocks.filter((b) => TICKED.test(b.text) || UNTICKED.test(b.text));
  // (One empty box alone may be a blank to fill in; a form has several, some of them ticked.)
  const tickForm = boxes.length >= 2 && boxes.some((b) => TICKED.test(b.text));
  const matrix = draft.blocks.some((b) => cells(b).some((c) => YES.test(c)));
  return new Set(draft.blocks.filter((b) => (tickForm && UNTICKED.test(b.text)) || (matrix && cells(b).some((c) => NO.test(c)))).map((b) => b.index));
}

/** The draft as it reads without these blocks: their sentences and definitions no longer count (offsets stay). */
export function withoutBlocks(draft: Draft, blocks: Set<number>): Draft {
  if (!blocks.size) return draft;
  return { ...draft, sentences: draft.sentences.filter((s) => !blocks.has(s.block)), definitions: draft.definitions.filter((d) => !blocks.has(d.block)) };
}

/** The draft without its unselected commitments. */
export const selectedOnly = (draft: Draft): Draft => withoutBlocks(draft, unselectedBlocks(draft));
