// The rule-test harness: each row is the status a rule must give a short draft. Like ESLint's
// RuleTester, it refuses rows that could not fail (an unknown status, an empty draft).
import { expect, it } from 'vitest';
import { DraftIndex } from '../../src/check/draft-index.ts';
import { STATUSES, type Status } from '../../src/check/finding.ts';
import type { Rule } from '../../src/check/rule.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readMarkdown } from '../../src/read/markdown.ts';

export function gradeOf(rule: Rule, markdown: string) {
  return rule.check(new DraftIndex(buildDraft('example.md', 'markdown', readMarkdown(markdown))));
}

export function gradeTable(rule: Rule, rows: Array<[Status, string]>): void {
  const seen = new Set<string>();
  for (const [status, text] of rows) {
    if (!STATUSES.includes(status) || !text.trim() || seen.has(text)) throw new Error(`bad grade-table row for ${rule.meta.id}: ${status} ${text}`);
    seen.add(text);
    it(`${rule.meta.id}: ${status} — ${text.slice(0, 90).replace(/\n/g, ' ')}`, () => {
      const grade = gradeOf(rule, text);
      expect(grade.status, grade.reasons.join(' ')).toBe(status);
      if (status !== 'missing') expect(grade.evidence.length).toBeGreaterThan(0);
    });
  }
}
