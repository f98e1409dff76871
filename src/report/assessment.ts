// The assessment as a lawyer reads it in a terminal, and as JSON for scripts.
import { SAFEGUARD_TITLES } from '../profile/vocabulary.ts';
import type { Assessment } from '../risk/assess.ts';

const GATE_TEXT = 'DO NOT PROCEED UNLESS MITIGATED: the guidance\'s gate applies. "generate" needs --accept-risk "<reason>".';

export function assessmentText(assessment: Assessment, color: (code: number, s: string) => string = (_, s) => s): string {
  const tierColor = { low: 32, elevated: 33, high: 31, severe: 35 }[assessment.tier];
  const lines = [
    `Risk tier: ${color(tierColor, assessment.tier.toUpperCase())} (score ${assessment.score})`,
    ...assessment.tierReasons.map((r) => `  ${r}`),
  ];
  if (assessment.gate) lines.push('', color(35, GATE_TEXT));
  lines.push('', 'Contributing factors:');
  const width = Math.max(...assessment.factors.map((f) => String(f.weight).length + 1), 2);
  for (const f of assessment.factors) {
    const w = f.weight > 0 ? `+${f.weight}` : String(f.weight);
    lines.push(`  ${w.padStart(width)}  ${f.label}: ${f.reason.replace(/^[^:]*: /, '')}`);
  }
  lines.push('', `Required safeguards (${assessment.required.length}):`);
  for (const r of assessment.required) {
    lines.push(`  ${r.id} (${SAFEGUARD_TITLES[r.id]})`);
    for (const why of r.why) lines.push(`      ${why}`);
  }
  return lines.join('\n');
}

export function assessmentJson(assessment: Assessment, file: string): string {
  return JSON.stringify({ schema: 'safeguards.assess/1', file, ...assessment }, null, 2);
}
