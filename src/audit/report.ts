// The audit history as a lawyer reads it (text), as a spreadsheet (CSV) and as JSON.
import { csvCell } from '../report/findings.ts';
import type { HistoryRow } from './store.ts';

export const HISTORY_FORMATS = ['text', 'csv', 'json'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export const HISTORY_CSV_HEADER = 'at,event,who,subject,outcome,sha256,details';

/** What was generated or checked, and what came of it, in one line of words. */
function describe(row: HistoryRow): { subject: string; outcome: string; details: string } {
  if (row.kind === 'generation') {
    return { subject: `${row.document} (${row.format})`, outcome: `tier ${row.tier}`, details: row.clauses.map((c) => `${c.id} v${c.version}`).join('; ') };
  }
  const c = row.summary.counts;
  return {
    subject: row.fileName,
    outcome: row.summary.verdict,
    details: `${c.present} present, ${c.weak} weak, ${c.missing} missing, ${c.contradicted} contradicted${row.summary.requiredGaps.length ? `; required gaps: ${row.summary.requiredGaps.join(', ')}` : ''}`,
  };
}

export function historyCsv(rows: HistoryRow[]): string {
  const lines = rows.map((row) => {
    const { subject, outcome, details } = describe(row);
    return [row.at, row.kind, row.who ?? '', subject, outcome, row.sha256, details].map(csvCell).join(',');
  });
  return `${[HISTORY_CSV_HEADER, ...lines].join('\n')}\n`;
}

export function historyText(rows: HistoryRow[]): string {
  if (!rows.length) return 'No generations or checks recorded yet.\n';
  return `${rows.map((row) => {
    const { subject, outcome, details } = describe(row);
    return `${row.at}  ${row.kind.padEnd(10)} ${row.who ?? '-'}  ${subject}: ${outcome}\n    ${details}\n    sha256 ${row.sha256}`;
  }).join('\n')}\n`;
}

export function historyJson(rows: HistoryRow[]): string {
  return JSON.stringify({ schema: 'safeguards.history/1', rows }, null, 2);
}

export function renderHistory(rows: HistoryRow[], format: HistoryFormat): string {
  return format === 'csv' ? historyCsv(rows) : format === 'json' ? `${historyJson(rows)}\n` : historyText(rows);
}
