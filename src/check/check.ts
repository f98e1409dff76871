// Check: every safeguard's rule grades the draft; exactly one finding per safeguard id.
import type { Profile } from '../profile/schema.ts';
import type { SafeguardId } from '../profile/vocabulary.ts';
import type { Draft } from '../read/model.ts';
import { assess, safeguardsForTier } from '../risk/assess.ts';
import { type Clause, DraftIndex, partKey } from './draft-index.ts';
import { matches } from './prefilter.ts';
import { CUSTOMER } from '../read/parties.ts';
import { evidenceOf, type Finding } from './finding.ts';
import type { Grade, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { heldToAgreed, unagreedBlocks } from './unagreed.ts';
import { selectedOnly, withoutBlocks } from './unselected.ts';

export interface CheckResult {
  schema: 'safeguards.check/1';
  file: string;
  format: Draft['format'];
  /** The draft's own names for the parties, as the checker read them. */
  parties: Draft['parties'];
  /** How "required" was decided: from the profile's risk assessment, or the high-risk default. */
  requiredBy: 'profile' | 'high-risk default';
  findings: Finding[];
}

// The customer's order or standard terms prevail over the agreement and its annexes.
const CUSTOMER_TERMS_PREVAIL = /(?:customer's|purchaser's|authority's|ministry's|buyer's|agency's|client's) (?:purchase order|standard|general|own)[^.;]{0,60}(?:terms|conditions)?[^.;]{0,40}(?:shall )?(?:prevail|take precedence|govern)/;

const PRESERVES = /except|save (?:for|as)|other than|subject to|preserv|as set out in|does not apply to|shall not override/;

// "The following order of precedence applies: (a) the Articles; (b) the Call-Off Order; (c) Annex III":
// orders the customer issues rank above the annex. (So do its own standard terms: "4. The Buyer's Standard Terms and
// Conditions ... 5. The following Call-Off Schedules: ... Call-Off Schedule 20".)
const PRECEDENCE_LIST = /order of (?:precedence|priority)|(?:prevail|rank|take precedence|apply) in the (?:following )?order/;
const CUSTOMER_ORDER = new RegExp(String.raw`\b(?:purchase|call-?off|delivery|task) orders?\b|\b${CUSTOMER}'s (?:standard |general |own )?(?:terms|conditions)\b`);
// The list a precedence clause opens: its paragraph and the paragraphs after it under the same heading (its items).
const LIST_LENGTH = 20;
function listOf(c: Clause, index: DraftIndex): string {
  const { blocks } = index.draft;
  const texts = [c.block];
  for (let i = c.sentence.block + 1; i < blocks.length && i <= c.sentence.block + LIST_LENGTH && !blocks[i].isHeading && blocks[i].heading === blocks[c.sentence.block].heading; i++) texts.push(index.read(blocks[i].text));
  return texts.join(' ');
}
const ordersRankAbove = (c: Clause, parts: string[], index: DraftIndex) => {
  const list = listOf(c, index);
  const order = list.search(CUSTOMER_ORDER);
  return order >= 0 && parts.every((p) => list.indexOf(p, order) > order);
};
// "Paragraphs 1 to 3 of Annex III apply to this Call-Off Order without modification."
const KEPT_BY_ORDER = /\b(?:apply|applies|continue to apply|remain in (?:full )?(?:force|effect))\b[^.;]{0,60}\b(?:without (?:modification|change|amendment)|in full|unchanged)\b/;

/** Safeguards found only in a schedule or annex give way to customer terms that prevail over the annexes. */
function annexesOverridden(index: DraftIndex, grade: Grade): Grade {
  if (grade.status !== 'present' || !grade.evidence.every((c) => index.draft.blocks[c.sentence.block].part)) return grade;
  const parts = [...new Set(grade.evidence.map((c) => partKey(index.draft.blocks[c.sentence.block].part)!))];
  const prevail = index.any(CUSTOMER_TERMS_PREVAIL) ?? index.clauses.find((c) => matches(PRECEDENCE_LIST, c.block) && ordersRankAbove(c, parts, index));
  if (!prevail) return grade;
  // Prevailing terms that preserve the annex the safeguard sits in ("except Annex 3") leave it standing.
  if (PRESERVES.test(prevail.block) && parts.every((p) => prevail.block.includes(p))) return grade;
  const kept = new Set(index.clauses.filter((c) => matches(KEPT_BY_ORDER, c.text)).flatMap((c) => index.citedBlocks(c)));
  if (grade.evidence.every((c) => kept.has(c.sentence.block))) return grade;
  return { ...grade, status: 'weak', evidence: [...grade.evidence, prevail], reasons: [...grade.reasons, "The clause sits in an annex, and the customer's own terms prevail over the annexes."] };
}

/** A safeguard found only in a part the draft declares not binding is at best weak. */
function notBinding(index: DraftIndex, grade: Grade): Grade {
  if (grade.status !== 'present') return grade;
  const parts = index.nonBinding();
  if (!parts.size || !grade.evidence.every((c) => parts.has(c.sentence.block))) return grade;
  return { ...grade, status: 'weak', reasons: [...grade.reasons, 'The clause sits in a part the draft declares not legally binding.'] };
}

/** The safeguards a deal requires: from the profile when given, else those of the high tier. */
export function requiredSafeguards(profile?: Profile): Set<SafeguardId> {
  return new Set(profile ? assess(profile).required.map((r) => r.id) : safeguardsForTier('high'));
}

export function checkDraft(input: Draft, options: { profile?: Profile } = {}): CheckResult {
  // An empty tick box or a row marked non-compliant commits nobody: read the form as selected.
  const draft = selectedOnly(input);
  const index = new DraftIndex(draft);
  const required = requiredSafeguards(options.profile);
  // A negotiation draft is also read as if its bracketed text were struck (rare: only then a second index).
  const unagreed = unagreedBlocks(draft);
  const agreed = unagreed.size ? new DraftIndex(withoutBlocks(draft, unagreed)) : undefined;
  const gradeIn = (rule: Rule, at: DraftIndex) => notBinding(at, annexesOverridden(at, rule.check(at)));
  const findings = RULES.map((rule): Finding => {
    const grade = agreed ? heldToAgreed(gradeIn(rule, index), gradeIn(rule, agreed)) : gradeIn(rule, index);
    return {
      safeguard: rule.meta.id,
      status: grade.status,
      required: required.has(rule.meta.id),
      evidence: grade.evidence.map((c) => evidenceOf(draft, c.sentence)),
      reasons: grade.reasons,
      found: grade.found,
      lacking: grade.lacking,
      sources: rule.meta.sources,
    };
  });
  return { schema: 'safeguards.check/1', file: draft.file, format: draft.format, parties: draft.parties, requiredBy: options.profile ? 'profile' : 'high-risk default', findings };
}
