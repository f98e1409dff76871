// Clause selection: for each safeguard the assessment requires and the document can carry, the
// one library clause that fits the deal, with the reasons a lawyer will read in the memo.
import { InputError } from '../errors.ts';
import type { Profile } from '../profile/schema.ts';
import type { SafeguardId } from '../profile/vocabulary.ts';
import type { Assessment } from '../risk/assess.ts';
import { atLeast } from '../risk/assess.ts';
import type { AppliesWhen, DocumentKind } from '../library/clause-schema.ts';
import type { Library, SafeguardClause } from '../library/load.ts';

export interface SelectedClause {
  safeguard: SafeguardId;
  clause: SafeguardClause;
  why: string[];
}

/** The facts a clause's `applies-when` is tested against. */
function factsOf(profile: Profile, assessment: Assessment, document: DocumentKind): Record<keyof AppliesWhen, unknown[]> {
  return {
    tier: [assessment.tier],
    channel: [profile.channel],
    deployment: [profile.deployment],
    licensing: [profile.licensing],
    'customer-kind': [profile.customer.kind],
    'agency-type': profile.customer.agencyType ? [profile.customer.agencyType] : [],
    'product-types': profile.product.types,
    'red-flags': profile.redFlags.map((f) => f.id),
    'exit-would-harm': [profile.weighing.exitWouldHarm],
    document: [document],
  };
}

export function appliesTo(when: AppliesWhen, facts: Record<keyof AppliesWhen, unknown[]>): boolean {
  return Object.entries(when).every(([key, wanted]) => {
    const have = facts[key as keyof AppliesWhen];
    return Array.isArray(wanted) ? wanted.some((w) => have.includes(w)) : have.includes(wanted);
  });
}

const specificity = (c: SafeguardClause) => Object.keys(c.appliesWhen).length;

export function selectClauses(
  profile: Profile,
  assessment: Assessment,
  library: Library,
  document: DocumentKind,
  documentSafeguards: ReadonlySet<SafeguardId>,
): SelectedClause[] {
  const facts = factsOf(profile, assessment, document);
  const wantedVariant = atLeast(assessment.tier, 'high') ? 'strict' : 'standard';
  const selected: SelectedClause[] = [];
  for (const need of assessment.required) {
    if (!documentSafeguards.has(need.id)) continue;
    const candidates = library.clauses
      .filter((c) => c.safeguard === need.id && appliesTo(c.appliesWhen, facts))
      .sort((a, b) => specificity(b) - specificity(a)
        || Number(b.variant === wantedVariant) - Number(a.variant === wantedVariant)
        || a.id.localeCompare(b.id));
    const clause = candidates[0];
    if (!clause) throw new InputError(`clauses/: no clause applies to safeguard "${need.id}" for this deal (check the clauses' applies-when, or add one without conditions)`);
    const why = [...need.why];
    if (specificity(clause) > 0) why.push(`Variant "${clause.id}" chosen because it is written for ${describeConditions(clause.appliesWhen)}.`);
    else if (clause.variant === wantedVariant) why.push(`The ${clause.variant} variant suits the ${assessment.tier} tier.`);
    selected.push({ safeguard: need.id, clause, why });
  }
  return selected;
}

function describeConditions(when: AppliesWhen): string {
  return Object.entries(when)
    .map(([key, value]) => `${key.replace(/-/g, ' ')} ${Array.isArray(value) ? value.join(' or ') : String(value)}`)
    .join(', ');
}
