// The prefilter's analyses of the rules' patterns are saved to disk for the next process; a pattern
// built from a draft's own words (its parties' names, its defined terms, its clause labels) must never be.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { savedNeeds } from '../../src/check/prefilter.ts';
import { readDraft } from '../../src/read/index.ts';

const DRAFT = `# Licence Agreement

This Licence Agreement is made between Zephyrine Cartography Ltd ("Zephyrine"), as licensor, and the Directorate of Orbweaver Affairs (the "Orbweaver Directorate"), as licensee.

## 1. Definitions

1.1 "Quillfeather Event" means any use of the System in breach of the human rights terms or against journalists.

1.2 "Marrowgate Purposes" means the investigation of serious crime under a warrant.

1.3 "Tamarisk Channel" means the reporting line described in clause 7.

1.4 "Kestrel Unit" means the Cyber Crime Unit of the Directorate, and no other body.

1.5 "Wistful Terms" means the end user licence terms set out in Schedule 4.

## 2. Use

2.1 The Orbweaver Directorate shall use the System solely for the Marrowgate Purposes, and only through the Kestrel Unit.

2.3 Any reseller shall bind each end user to the Wistful Terms before delivery.

2.2 The Orbweaver Directorate shall notify Zephyrine of each Quillfeather Event within 48 hours.

## 3. Suspension

3.1 Zephyrine may suspend the System at once on any Quillfeather Event.

## 7. Reports

7.1 The Orbweaver Directorate shall cooperate with any investigation by Zephyrine of a Quillfeather Event under clause 3.1.

7.2 A failure to comply with clause 7.1 entitles Zephyrine to suspend the System.
`;

const DRAFT_WORDS = ['zephyrine', 'orbweaver', 'quillfeather', 'marrowgate', 'tamarisk', 'kestrel', 'wistful', '7[.\u00b7]1'];

describe('saved pattern analyses', () => {
  it('hold none of the words of the drafts checked', async () => {
    checkDraft(await readDraft(new TextEncoder().encode(DRAFT), 'licence.md'));
    const saved = savedNeeds().toLowerCase();
    expect(saved.length).toBeGreaterThan(1000);
    for (const word of DRAFT_WORDS) expect(saved, word).not.toContain(word);
  });

  it('are written by the command line beside the compile cache, and read back by the next run to the same findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saved-needs-'));
    const cache = join(dir, 'cache');
    writeFileSync(join(dir, 'licence.md'), DRAFT);
    const cli = () => spawnSync(process.execPath, ['--no-regexp-tier-up', new URL('../../bin/safeguards.js', import.meta.url).pathname, 'check', join(dir, 'licence.md'), '--format', 'json'],
      { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cache } });
    const first = cli();
    expect([0, 3], first.stderr).toContain(first.status);
    const saved = (readdirSync(cache, { recursive: true, encoding: 'utf8' })).filter((f) => /safeguards-prefilter-\w+\.json$/.test(f));
    expect(saved).toHaveLength(1);
    const text = readFileSync(join(cache, saved[0]), 'utf8').toLowerCase();
    expect(JSON.parse(text).length).toBeGreaterThan(100);
    for (const word of DRAFT_WORDS) expect(text, word).not.toContain(word);
    expect(cli().stdout).toBe(first.stdout);
    // One saved by an older version of the analysis, which could hold a draft's words, goes when a new one is written.
    const stale = join(cache, dirname(saved[0]), 'safeguards-prefilter-0123456789abcdef.json');
    writeFileSync(stale, '[]');
    const otherNode = join(cache, 'v22.0.0-x64-00000000-0', 'safeguards-prefilter-fedcba9876543210.json');
    mkdirSync(dirname(otherNode));
    writeFileSync(otherNode, '[]');
    rmSync(join(cache, saved[0]));
    expect(cli().stdout).toBe(first.stdout);
    expect(existsSync(join(cache, saved[0]))).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(otherNode)).toBe(false);
  }, 30_000);

  it('are not overwritten by the command line\'s own thread when worker threads checked a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saved-needs-batch-'));
    const cache = join(dir, 'cache');
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), DRAFT);
    const run = spawnSync(process.execPath, ['--no-regexp-tier-up', new URL('../../bin/safeguards.js', import.meta.url).pathname, 'check', dir, '--format', 'csv'],
      { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cache } });
    expect([0, 3], run.stderr).toContain(run.status);
    const saved = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => /safeguards-prefilter-\w+\.json$/.test(f));
    expect(saved).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(cache, saved[0]), 'utf8')).length).toBeGreaterThan(100);
  }, 30_000);
});
