// The command line as a lawyer uses it: real processes, real files, exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
function cli(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [join(root, 'bin/safeguards.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const example = (name: string) => join(root, 'examples', `${name}.yaml`);

describe('safeguards CLI', () => {
  it('assesses a profile as text and as JSON', () => {
    const text = cli(['assess', example('high-risk-intrusion')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Risk tier: HIGH \(score \d+\)/);
    expect(text.stdout).toMatch(/Required safeguards \(\d+\):/);
    const json = JSON.parse(cli(['assess', example('severe-biometric-registry'), '--format', 'json']).stdout);
    expect(json).toMatchObject({ schema: 'safeguards.assess/1', tier: 'severe', gate: true });
  });

  it('says when the gate applies', () => {
    expect(cli(['assess', example('severe-biometric-registry')]).stdout).toMatch(/DO NOT PROCEED UNLESS MITIGATED/);
  });

  it('generates a DOCX where --out says, and names it by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const out = join(dir, 'nested', 'deal.docx');
    const run = cli(['generate', example('high-risk-intrusion'), '--document', 'licence', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*deal\.docx: Licence and Services Agreement, tier high/);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const byDefault = cli(['generate', example('low-risk-analytics-cloud'), '--document', 'memo'], dir);
    expect(byDefault.code, byDefault.stderr).toBe(0);
    expect(existsSync(join(dir, 'low-risk-analytics-cloud.memo.docx'))).toBe(true);
  });

  it('takes the format from the output file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    expect(cli(['generate', example('reseller-unknown-end-users'), '-d', 'eula', '-o', join(dir, 'eula.md')]).code).toBe(0);
    expect(readFileSync(join(dir, 'eula.md'), 'utf8')).toMatch(/^# End User Licence Agreement/m);
  });

  it('exits 1 on a bad profile, with one line per problem, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(example('high-risk-intrusion'), 'utf8').replace('country: KE', 'country: Narnia').replace('deployment: on-premises', 'deployment: basement'));
    const run = cli(['generate', bad, '--out', join(dir, 'out.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml:\d+: customer\.country: "Narnia" is not an ISO 3166-1/);
    expect(run.stderr).toMatch(/bad\.yaml:\d+: deployment:/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('refuses a severe deal without --accept-risk, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const run = cli(['generate', example('severe-biometric-registry'), '--out', join(dir, 'x.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/severe/);
    expect(readdirSync(dir)).toEqual([]);
    const accepted = cli(['generate', example('severe-biometric-registry'), '-d', 'memo', '-o', join(dir, 'memo.md'), '--accept-risk', 'Approved by the risk committee']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(readFileSync(join(dir, 'memo.md'), 'utf8')).toContain('Approved by the risk committee');
  });

  it('exits 2 on a usage error', () => {
    expect(cli(['generate', example('high-risk-intrusion'), '--document', 'poem']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['--help']).code).toBe(0);
  });

  it('exits 1 for a missing profile file and for a reseller agreement without a reseller', () => {
    expect(cli(['assess', 'no-such-file.yaml']).stderr).toMatch(/no-such-file\.yaml: cannot read the profile \(ENOENT\)/);
    const run = cli(['generate', example('high-risk-intrusion'), '-d', 'reseller', '-o', join(tmpdir(), 'never.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/needs a reseller/);
  });

  it('lists and checks the clause library', () => {
    const list = cli(['clauses', '--safeguard', 'termination-for-misuse']);
    expect(list.stdout).toMatch(/termination-for-misuse\.standard/);
    expect(list.stdout).not.toMatch(/use-restrictions\./);
    const check = cli(['library', 'check']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^Library OK: \d+ clauses for 23 safeguards/);
  });

  it('prints the profile JSON Schema', () => {
    const schema = JSON.parse(cli(['schema']).stdout);
    expect(schema.properties.customer.properties.kind.enum).toContain('government-agency');
    expect(schema.required).toEqual(expect.arrayContaining(['seller', 'customer', 'product']));
  });
});

describe('help examples', () => {
  // The examples a lawyer copies from --help must run as printed, on real files of those names.
  const examples = (command: string) => cli([command, '--help']).stdout.split('Examples:\n')[1].split('\n\n')[0]
    .split('\n').map((line) => line.trim().split(/\s{2,}/)[0].split(' ').slice(1));

  it('check: every example runs, grades and writes what it names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'help-'));
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(example('high-risk-intrusion')));
    expect(cli(['generate', 'deal.yaml', '--out', 'draft.docx'], dir).code).toBe(0);
    spawnSync('soffice', [`-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), 'lo-'))}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'draft.docx')], { stdio: 'pipe', timeout: 120_000 });
    cli(['generate', 'deal.yaml', '--document', 'eula', '--out', join('data-room', 'eula.md')], dir);
    cli(['generate', 'deal.yaml', '--document', 'memo', '--out', join('data-room', 'nested', 'memo.md')], dir);
    const lines = examples('check');
    expect(lines).toHaveLength(4);
    for (const args of lines) {
      const run = cli(args, dir);
      expect([0, 3], `${args.join(' ')}: ${run.stderr}`).toContain(run.code);
    }
    expect(JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')).findings).toHaveLength(23);
    expect(readFileSync(join(dir, 'reviewed.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'gaps.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + 2 * 23);
  }, 180_000);

  it('generate: every example writes its document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'help-'));
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(example('high-risk-intrusion')));
    for (const args of examples('generate')) expect(cli(args, dir).code, args.join(' ')).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['deal.docx', 'deal.eula.html', 'deal.yaml', 'memo.md']);
  }, 60_000);

  // Set from inside the process, with patterns already compiled, the V8 flag crashed about one long run in twelve.
  it('runs as its own executable with V8\'s regexp flag given at start, and no module sets V8 flags later', () => {
    const run = spawnSync(join(root, 'bin/safeguards.js'), ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(root, 'bin/safeguards.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --no-regexp-tier-up');
    const sources = (dir: string): string[] => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|js)$/.test(f)).map((f) => join(dir, f));
    const setting = [...sources('src'), ...sources('server'), 'bin/safeguards.js'].filter((f) => readFileSync(join(root, f), 'utf8').includes('setFlagsFromString'));
    expect(setting).toEqual([]);
  });
});
