// A draft mid-negotiation carries text the parties have not agreed: whole clauses and
// alternatives in square brackets ("[ALT 2 (Customer): ...]", "[9.4 Where the Supplier ...]",
// "[16.2 (Supplier insert): ...]") and margin comments ("[Customer comment: ...]"). Such text may
// yet be struck, so it can lower a grade but never raise one: a safeguard found only in brackets is
// at best weak, and a bracketed exception cannot disarm an agreed counter-clause.
import type { Draft } from '../read/model.ts';
import type { Grade } from './rule.ts';

// A whole paragraph in brackets, long enough to be drafting rather than a blank ("[date]", "[●]").
const BRACKETED = /^\[[^\]]{30,}\](?:\s*\[[^\]]*\])*$/;

/** The blocks of the draft that are bracketed, unagreed text. */
export function unagreedBlocks(draft: Draft): Set<number> {
  return new Set(draft.blocks.filter((b) => !b.isHeading && BRACKETED.test(b.text.trim())).map((b) => b.index));
}

/** The grade of the whole draft, held to what the agreed text alone supports. */
export function heldToAgreed(withBrackets: Grade, agreed: Grade): Grade {
  if (agreed.status === 'contradicted' && withBrackets.status !== 'contradicted') {
    return { ...agreed, reasons: [...agreed.reasons, 'Only bracketed, unagreed text answers it.'] };
  }
  if (withBrackets.status === 'present' && agreed.status !== 'present') {
    return { ...withBrackets, status: 'weak', reasons: [...withBrackets.reasons, 'The clause is bracketed: the parties have not agreed it yet.'] };
  }
  return withBrackets;
}
