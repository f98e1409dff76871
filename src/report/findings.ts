// Reporters for a check: the terminal summary (gaps first), JSON, Markdown and CSV. Pure
// functions of the check result; the CLI decides where they go.
import type { CheckResult } from '../check/check.ts';
import type { Finding, Status } from '../check/finding.ts';
import { SAFEGUARD_TITLES } from '../profile/vocabulary.ts';

const ORDER: Record<Status, number> = { contradicted: 0, missing: 1, weak: 2, present: 3 };
const isGap = (f: Finding) => f.status !== 'present';

/** Required gaps first (contradicted, missing, weak), then other gaps, then what is present. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => Number(b.required && isGap(b)) - Number(a.required && isGap(a)) || ORDER[a.status] - ORDER[b.status]);
}

export const requiredGaps = (result: CheckResult) => result.findings.filter((f) => f.required && isGap(f));

function place(f: Finding): string {
  const e = f.evidence[0];
  if (!e) return '';
  return e.section ? `clause ${e.section}${e.heading ? ` (${e.heading})` : ''}` : e.heading ? `under "${e.heading}"` : `at character ${e.start}`;
}

export function findingsText(result: CheckResult, color: (code: number, s: string) => string = (_, s) => s): string {
  const gaps = requiredGaps(result);
  const lines = [gaps.length
    ? color(31, `${result.file}: ${gaps.length} required safeguard${gaps.length === 1 ? '' : 's'} missing, weak or contradicted`)
    : color(32, `${result.file}: every required safeguard is present`)];
  lines.push(`(required safeguards: ${result.requiredBy === 'profile' ? "from the profile's risk assessment" : 'high-risk default; pass --profile to use the deal\'s own'})`, '');
  const statusColor: Record<Status, number> = { contradicted: 35, missing: 31, weak: 33, present: 32 };
  for (const f of sortFindings(result.findings)) {
    const tag = color(statusColor[f.status], f.status.toUpperCase().padEnd(12));
    lines.push(`${tag} ${f.safeguard}${f.required ? '' : ' (not required)'}  ${SAFEGUARD_TITLES[f.safeguard]}${place(f) ? ` — ${place(f)}` : ''}`);
    if (f.status === 'present') continue;
    for (const r of f.reasons) lines.push(`             ${r}`);
    for (const e of f.evidence.slice(0, 2)) lines.push(`             "${e.quote.length > 220 ? `${e.quote.slice(0, 217)}...` : e.quote}"`);
  }
  return lines.join('\n');
}

export function findingsJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2);
}

export function findingsMarkdown(result: CheckResult): string {
  const gaps = requiredGaps(result);
  const lines = [`# Safeguards review: ${result.file}`, '',
    gaps.length ? `**${gaps.length} required safeguard${gaps.length === 1 ? ' is' : 's are'} missing, weak or contradicted.**` : '**Every required safeguard is present.**', '',
    '| Safeguard | Status | Required | Where | Why |', '| --- | --- | --- | --- | --- |'];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const f of sortFindings(result.findings)) {
    lines.push(`| ${SAFEGUARD_TITLES[f.safeguard]} (\`${f.safeguard}\`) | ${f.status} | ${f.required ? 'yes' : 'no'} | ${cell(place(f))} | ${cell(f.reasons.join(' '))}${f.evidence[0] ? ` "${cell(f.evidence[0].quote.slice(0, 200))}"` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const CSV_HEADER = 'file,safeguard,status,required,section,quote,reasons';

export function findingsCsvRows(result: CheckResult): string[] {
  return result.findings.map((f) => [result.file, f.safeguard, f.status, String(f.required), f.evidence[0]?.section ?? '', f.evidence[0]?.quote ?? '', f.reasons.join(' ')].map(csvCell).join(','));
}
