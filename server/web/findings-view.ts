// A draft's findings, gaps first (required gaps, then the others; within each contradicted,
// missing, weak, as the command line orders them), each
// with the clause number, heading, quoted evidence and reasons; what is present collapsed.
import { h, plural } from './dom.ts';
import type { CheckResult, Finding, Status, Vocabulary } from './types.ts';
import { safeguardTitle } from './vocabulary.ts';

const ORDER: Record<Status, number> = { contradicted: 0, missing: 1, weak: 2, present: 3 };
const STATUS_TEXT: Record<Status, string> = { contradicted: 'Contradicted', missing: 'Missing', weak: 'Weak', present: 'Present' };

export function sortFindings(findings: Finding[]): Finding[] {
  const requiredGap = (f: Finding) => Number(f.required && f.status !== 'present');
  return [...findings].sort((a, b) => requiredGap(b) - requiredGap(a) || ORDER[a.status] - ORDER[b.status]);
}

export function renderFindings(target: HTMLElement, result: CheckResult, vocabulary: Vocabulary): void {
  const sorted = sortFindings(result.findings);
  const gaps = sorted.filter((f) => f.status !== 'present');
  const present = sorted.filter((f) => f.status === 'present');
  const requiredGaps = gaps.filter((f) => f.required);
  const counts = (['contradicted', 'missing', 'weak', 'present'] as Status[]).map((s) => `${result.findings.filter((f) => f.status === s).length} ${s}`).join(', ');
  target.replaceChildren(...[
    h('h3', { id: 'findings-title', tabindex: '-1' }, `Findings for ${result.file}`),
    h('p', { class: requiredGaps.length ? 'verdict verdict-gaps' : 'verdict verdict-ok', id: 'verdict' },
      requiredGaps.length
        ? `${plural(requiredGaps.length, 'required safeguard')} ${requiredGaps.length === 1 ? 'is' : 'are'} missing, weak or contradicted.`
        : 'Every required safeguard is present.',
      ` (${counts}.)`),
    h('p', { class: 'hint' }, result.requiredBy === 'profile'
      ? "Required safeguards follow this deal's risk assessment."
      : "Required safeguards are the high-risk default: fill in the deal (section 1) and tick “Use this deal's profile” to use the deal's own."),
    gaps.length ? h('ol', { class: 'findings', id: 'gaps', 'aria-label': 'Gaps' }, gaps.map((f) => findingItem(f, vocabulary))) : null,
    present.length
      ? h('details', { class: 'present', id: 'present' },
        h('summary', {}, `Present (${present.length})`),
        h('ol', { class: 'findings' }, present.map((f) => findingItem(f, vocabulary))))
      : null,
  ].filter((n) => n !== null) as HTMLElement[]);
}

function findingItem(f: Finding, vocabulary: Vocabulary): HTMLElement {
  return h('li', { class: `finding finding-${f.status}`, 'data-safeguard': f.safeguard, 'data-status': f.status },
    h('p', { class: 'finding-head' },
      h('span', { class: `badge badge-${f.status}` }, STATUS_TEXT[f.status]),
      ' ',
      h('strong', {}, safeguardTitle(vocabulary, f.safeguard)),
      ' ',
      h('code', {}, f.safeguard),
      ' ',
      f.required ? h('span', { class: 'required-mark' }, 'required') : h('span', { class: 'optional-mark' }, 'not required')),
    f.reasons.length ? h('ul', { class: 'reasons' }, f.reasons.map((r) => h('li', {}, r))) : null,
    f.evidence.map((e) => h('figure', { class: 'evidence' },
      h('figcaption', {}, place(e)),
      h('blockquote', {}, e.quote))),
  );
}

function place(e: { section?: string; heading?: string; start: number }): string {
  if (e.section) return `Clause ${e.section}${e.heading ? `, ${e.heading}` : ''}`;
  if (e.heading) return `Under “${e.heading}”`;
  return `At character ${e.start}`;
}
