// `safeguards check` as a lawyer runs it: reports, exit codes, batches.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAFEGUARD_IDS } from '../../src/profile/vocabulary.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/safeguards.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const GAPPY = `# Software Licence\n\n## 1. Licence\n\n1.1 The Customer may use the Software for any lawful purpose.\n\n## 2. Termination\n\n2.1 Either party may terminate this Agreement for convenience on thirty (30) days notice.\n`;

describe('safeguards check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  const gappy = join(dir, 'gappy.md');
  writeFileSync(gappy, GAPPY);

  it('prints gaps first with evidence and exits 3 when required safeguards are missing', () => {
    const run = cli('check', gappy);
    expect(run.status).toBe(3);
    expect(run.stdout).toMatch(/^.*gappy\.md: \d+ required safeguards missing, weak or contradicted/);
    expect(run.stdout).toMatch(/WEAK\s+end-use-limitation .*clause 1\.1/);
    expect(run.stdout).toContain('"The Customer may use the Software for any lawful purpose."');
  });

  it('writes the versioned JSON report with exactly one finding per safeguard', () => {
    const out = join(dir, 'findings.json');
    expect(cli('check', gappy, '--format', 'json', '--out', out).status).toBe(3);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.schema).toBe('safeguards.check/1');
    expect(json.findings.map((f: { safeguard: string }) => f.safeguard)).toEqual([...SAFEGUARD_IDS]);
    const termination = json.findings.find((f: { safeguard: string }) => f.safeguard === 'termination-for-misuse');
    expect(termination).toMatchObject({ status: 'weak', required: true });
    expect(termination.evidence[0]).toMatchObject({ section: '2.1', heading: '2. Termination'.replace(/^2\. /, '') });
  });

  it('takes the required safeguards from a profile', () => {
    const json = JSON.parse(cli('check', gappy, '--format', 'json', '--profile', join(root, 'examples/low-risk-analytics-cloud.yaml')).stdout);
    expect(json.requiredBy).toBe('profile');
    expect(json.findings.find((f: { safeguard: string }) => f.safeguard === 'training').required).toBe(false);
  });

  it('exits 0 for a generated contract, which has every required safeguard', () => {
    const contract = join(dir, 'ours.docx');
    expect(cli('generate', join(root, 'examples/low-risk-analytics-cloud.yaml'), '-d', 'licence', '-o', contract).status).toBe(0);
    const run = cli('check', contract, '--profile', join(root, 'examples/low-risk-analytics-cloud.yaml'));
    expect(run.stdout).toMatch(/every required safeguard is present/);
    expect(run.status).toBe(0);
  });

  it('checks a folder as a batch to CSV, reporting an unreadable file without stopping', () => {
    const room = join(dir, 'data-room');
    mkdirSync(join(room, 'nested'), { recursive: true });
    copyFileSync(gappy, join(room, 'a.md'));
    copyFileSync(gappy, join(room, 'nested', 'b.txt'));
    copyFileSync(gappy, join(room, 'nested', 'c.md'));
    writeFileSync(join(room, 'broken.docx'), 'not a zip');
    // (Files that are not drafts the checker reads are named as not checked, not passed over in silence.)
    writeFileSync(join(room, 'nested', 'old-draft.doc'), 'legacy');
    writeFileSync(join(room, 'side-letter.rtf'), '{\\rtf1 x}');
    const run = cli('check', room, '--format', 'csv');
    expect(run.status).toBe(3);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toBe('file,safeguard,status,required,section,quote,reasons');
    expect(rows).toHaveLength(1 + 3 * SAFEGUARD_IDS.length);
    expect(run.stderr).toMatch(/broken\.docx: named \.docx but not a DOCX file/);
    expect(run.stderr).toMatch(/Not checked: 2 files that are not a DOCX, PDF, Markdown or text draft \(.*old-draft\.doc, .*side-letter\.rtf\)/);
  });

  it('writes Markdown and HTML reports a lawyer can send on', () => {
    expect(cli('check', gappy, '--format', 'md').stdout).toMatch(/^# Safeguards review: .*gappy\.md/);
    const html = cli('check', gappy, '--format', 'html').stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<table>');
  });
});
