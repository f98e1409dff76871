// The risk result: tier and score, why that tier, each factor with its weight and reason, and
// the safeguards the tier requires with why.
import { h, plural } from './dom.ts';
import type { Assessment, Vocabulary } from './types.ts';
import { safeguardTitle } from './vocabulary.ts';

const TIER_TEXT: Record<string, string> = {
  low: 'Low risk',
  elevated: 'Elevated risk',
  high: 'High risk',
  severe: 'Severe risk',
};

export function renderAssessment(target: HTMLElement, assessment: Assessment, vocabulary: Vocabulary): void {
  const weight = (w: number) => (w > 0 ? `+${w}` : String(w));
  target.replaceChildren(...[
    h('div', { class: `tier tier-${assessment.tier}`, id: 'tier' },
      h('p', { class: 'tier-name' }, TIER_TEXT[assessment.tier] ?? assessment.tier),
      h('p', { class: 'tier-score' }, `score ${assessment.score}`)),
    assessment.gate
      ? h('p', { class: 'gate', id: 'gate' }, h('strong', {}, 'Do not proceed unless the risk is mitigated. '),
        'The guidance’s gate applies: drafting the documents needs a recorded reason (section 3).')
      : null,
    h('h3', {}, 'Why this tier'),
    h('ul', { class: 'tier-reasons' }, assessment.tierReasons.map((r) => h('li', {}, r))),
    h('h3', {}, 'Contributing factors'),
    h('table', { class: 'factors' },
      h('caption', { class: 'visually-hidden' }, 'Contributing factors, their weight in the score and the reason'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Weight'), h('th', { scope: 'col' }, 'Factor'), h('th', { scope: 'col' }, 'Reason'))),
      h('tbody', {}, assessment.factors.map((f) => h('tr', {},
        h('td', { class: f.weight < 0 ? 'weight negative' : 'weight' }, weight(f.weight)),
        h('th', { scope: 'row' }, f.label),
        h('td', {}, f.reason.replace(/^[^:]*: /, '')))))),
    h('details', { class: 'required' },
      h('summary', {}, `Required safeguards (${assessment.required.length})`),
      h('ul', {}, assessment.required.map((r) => h('li', {},
        h('strong', {}, safeguardTitle(vocabulary, r.id)), ' ', h('code', {}, r.id),
        h('ul', { class: 'why' }, r.why.map((w) => h('li', {}, w))))))),
  ].filter((n) => n !== null) as HTMLElement[]);
}

export function summary(assessment: Assessment): string {
  return `${TIER_TEXT[assessment.tier] ?? assessment.tier}, score ${assessment.score}: ${plural(assessment.factors.length, 'factor')}, ${plural(assessment.required.length, 'required safeguard')}.`;
}
