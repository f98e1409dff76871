// The audit trail: generations and checks recorded with who, when and hashes, never the draft's
// text; migrations that can run twice; the history on the API and the command line.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, schemaVersion } from '../../src/audit/migrations.ts';
import { AuditTrail, defaultDatabasePath } from '../../src/audit/store.ts';
import { exampleData, form, postForm, postJson, root, testServer } from './helpers.ts';

const SECRET_PHRASE = 'Quokka-Zanzibar-7781 shall indemnify the Ministry of Lanterns';
const DRAFT = `# Licence\n\n## 1. Termination\n\n1.1 The Licensor may terminate this Agreement immediately upon any misuse of the Software.\n\n## 2. Indemnity\n\n2.1 ${SECRET_PHRASE}.\n`;

describe('audit trail', () => {
  it('records generations and checks, newest first, and never the draft\'s text', async () => {
    const server = await testServer();
    const generated = await postJson(`${server.url}/api/generate`, { profile: exampleData('high-risk-intrusion'), document: 'licence' }, { 'x-safeguards-user': '  Jane Lawyer  ' });
    const bytes = new Uint8Array(await generated.arrayBuffer());
    expect((await postForm(`${server.url}/api/check`, form([{ name: 'their-draft.md', bytes: DRAFT }]), { 'x-safeguards-user': 'Sam' })).status).toBe(200);

    const { rows } = await (await fetch(`${server.url}/api/history`)).json();
    expect(rows.map((r: { kind: string }) => r.kind)).toEqual(['check', 'generation']);
    const [check, generation] = rows;
    expect(generation).toMatchObject({ who: 'Jane Lawyer', document: 'licence', format: 'docx', tier: 'high', sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(generation.clauses[0]).toEqual({ id: expect.stringMatching(/\./), version: expect.any(Number) });
    expect(generation.profile.customer.country).toBe('KE');
    expect(check).toMatchObject({ who: 'Sam', fileName: 'their-draft.md', sha256: createHash('sha256').update(DRAFT).digest('hex') });
    expect(check.summary.counts.present + check.summary.counts.weak + check.summary.counts.missing + check.summary.counts.contradicted).toBe(23);
    expect(check.summary.requiredGaps.length).toBeGreaterThan(0);

    const csv = await (await fetch(`${server.url}/api/history?format=csv&limit=1`)).text();
    expect(csv.split('\n')[0]).toBe('at,event,who,subject,outcome,sha256,details');
    expect(csv.trim().split('\n')).toHaveLength(2);
    expect((await fetch(`${server.url}/api/history?limit=zero`)).status).toBe(400);

    await server.close();
    for (const file of [server.db, `${server.db}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from('Quokka-Zanzibar'))).toBe(false);
    }
    expect(readFileSync(server.db).includes(Buffer.from('their-draft.md'))).toBe(true);
  });

  it('runs its migrations once, however often it is opened', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'nested', 'audit.sqlite');
    const first = new AuditTrail(file);
    first.close();
    const db = new DatabaseSync(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    // A later migration is applied on top, and only once.
    const later = [...MIGRATIONS, 'ALTER TABLE checks ADD COLUMN note TEXT'];
    expect(migrate(db, later)).toBe(later.length);
    expect(migrate(db, later)).toBe(later.length);
    db.close();
    new AuditTrail(file).close();
  });

  it('rolls back a failing migration', () => {
    const db = new DatabaseSync(':memory:');
    expect(() => migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (x); CREATE TABLE a (y)'])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
  });

  it('keeps its file in the user\'s data folder unless told otherwise', () => {
    expect(defaultDatabasePath({ SAFEGUARDS_DB: '/srv/audit.db' })).toBe('/srv/audit.db');
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/home/x/.data' })).toBe('/home/x/.data/safeguards/audit.sqlite');
    expect(defaultDatabasePath({})).toMatch(/\.local\/share\/safeguards\/audit\.sqlite$/);
  });

  it('prints the history as CSV on the command line', async () => {
    const server = await testServer();
    await postForm(`${server.url}/api/check`, form([{ name: 'x.md', bytes: DRAFT }]));
    await server.close();
    const run = spawnSync(process.execPath, [join(root, 'bin/safeguards.js'), 'history', '--format', 'csv', '--db', server.db], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('at,event,who,subject,outcome,sha256,details');
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[^,]+,check,,x\.md,"required safeguards missing, weak or contradicted",[0-9a-f]{64},/);
    const text = spawnSync(process.execPath, [join(root, 'bin/safeguards.js'), 'history', '--db', server.db], { encoding: 'utf8' });
    expect(text.stdout).toMatch(/check +- +x\.md: /);
  });
});
