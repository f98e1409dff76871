// The audit trail: who generated or checked what, when, in an embedded SQLite file. A check is
// recorded by its file name, the SHA-256 of its bytes and the findings' summary: never the text
// of a counterparty's draft, which is confidential.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { CheckResult } from '../check/check.ts';
import type { Status } from '../check/finding.ts';
import type { Generated } from '../generate.ts';
import type { Profile } from '../profile/schema.ts';
import { requiredGaps } from '../report/findings.ts';
import { migrate } from './migrations.ts';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** $SAFEGUARDS_DB, else the user's data folder (XDG_DATA_HOME or ~/.local/share)/safeguards/audit.sqlite. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SAFEGUARDS_DB) return env.SAFEGUARDS_DB;
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'safeguards', 'audit.sqlite');
}

export interface CheckSummary {
  counts: Record<Status, number>;
  requiredGaps: string[];
  verdict: 'required safeguards missing, weak or contradicted' | 'every required safeguard present';
  output: 'findings' | 'annotated';
}

export interface GenerationRow {
  kind: 'generation';
  id: number;
  at: string;
  who: string | null;
  document: string;
  format: string;
  tier: string;
  profile: unknown;
  clauses: Array<{ id: string; version: number }>;
  sha256: string;
}

export interface CheckRow {
  kind: 'check';
  id: number;
  at: string;
  who: string | null;
  fileName: string;
  sha256: string;
  summary: CheckSummary;
}

export type HistoryRow = GenerationRow | CheckRow;

export function summarize(result: CheckResult, output: CheckSummary['output'] = 'findings'): CheckSummary {
  const counts: Record<Status, number> = { present: 0, weak: 0, missing: 0, contradicted: 0 };
  for (const f of result.findings) counts[f.status] += 1;
  const gaps = requiredGaps(result).map((f) => f.safeguard);
  return { counts, requiredGaps: gaps, verdict: gaps.length ? 'required safeguards missing, weak or contradicted' : 'every required safeguard present', output };
}

export class AuditTrail {
  readonly path: string;
  private readonly db: DatabaseSync;

  constructor(path: string = defaultDatabasePath()) {
    this.path = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    // Several processes (a server and a `history` command) may share the file.
    this.db.exec('PRAGMA busy_timeout = 5000');
    if (path !== ':memory:') this.db.exec('PRAGMA journal_mode = WAL');
    migrate(this.db);
  }

  recordGeneration(entry: { profile: Profile; generated: Generated; document: string; format: string; who?: string; at?: Date }): void {
    const { generated } = entry;
    const clauses = generated.document.selection.map((s) => ({ id: s.clause.id, version: s.clause.version }));
    this.db.prepare('INSERT INTO generations (at, who, document, format, tier, profile, clauses, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      (entry.at ?? new Date()).toISOString(), entry.who ?? null, entry.document, entry.format, generated.assessment.tier,
      JSON.stringify(entry.profile), JSON.stringify(clauses), sha256(generated.bytes));
  }

  recordCheck(entry: { fileName: string; bytes: Uint8Array; result: CheckResult; output?: CheckSummary['output']; who?: string; at?: Date }): void {
    this.db.prepare('INSERT INTO checks (at, who, file_name, sha256, summary) VALUES (?, ?, ?, ?, ?)').run(
      (entry.at ?? new Date()).toISOString(), entry.who ?? null, entry.fileName, sha256(entry.bytes), JSON.stringify(summarize(entry.result, entry.output)));
  }

  /** Generations and checks together, newest first. */
  history(limit = 100): HistoryRow[] {
    const generations = this.db.prepare('SELECT * FROM generations ORDER BY at DESC, id DESC LIMIT ?').all(limit) as Array<Record<string, string | number | null>>;
    const checks = this.db.prepare('SELECT * FROM checks ORDER BY at DESC, id DESC LIMIT ?').all(limit) as Array<Record<string, string | number | null>>;
    const rows: HistoryRow[] = [
      ...generations.map((r): GenerationRow => ({ kind: 'generation', id: Number(r.id), at: String(r.at), who: r.who as string | null, document: String(r.document), format: String(r.format), tier: String(r.tier), profile: JSON.parse(String(r.profile)), clauses: JSON.parse(String(r.clauses)), sha256: String(r.sha256) })),
      ...checks.map((r): CheckRow => ({ kind: 'check', id: Number(r.id), at: String(r.at), who: r.who as string | null, fileName: String(r.file_name), sha256: String(r.sha256), summary: JSON.parse(String(r.summary)) })),
    ];
    return rows.sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id).slice(0, limit);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
