// npm run bench:generate: median time to generate the high-risk licence agreement as DOCX in
// process (after warm-up), against pandoc turning the same generated Markdown into DOCX.
// Targets (issue 2): at most 20 ms median, at least 5x faster than pandoc.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../src/generate.ts';
import { loadLibrary } from '../src/library/load.ts';
import { loadTemplate } from '../src/library/template.ts';
import { parseProfile } from '../src/profile/load.ts';
import { median, ms, time } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const profile = parseProfile(readFileSync(new URL('../examples/high-risk-intrusion.yaml', import.meta.url), 'utf8'));
const library = loadLibrary();
const template = loadTemplate('licence');
const options = { document: 'licence' as const, library, template, today: '2026-12-04' };

const sample = await generate(profile, { ...options, format: 'docx' });
const markdown = await generate(profile, { ...options, format: 'md' });
const words = new TextDecoder().decode(markdown.bytes).split(/\s+/).length;
console.log(`Document: high-risk licence agreement, ${sample.document.selection.length} safeguard clauses, ${words} words, ${(sample.bytes.length / 1024).toFixed(0)} KiB DOCX`);

// Each run is a new deal (another seller and customer name), so the parts of the document that
// carry deal facts are parsed afresh, as they would be for a new profile.
let run = 0;
const freshDeal = () => {
  run += 1;
  return { ...profile, seller: { ...profile.seller, name: `Seller ${run} Ltd` }, customer: { ...profile.customer, name: `Agency ${run}` } };
};
const ours = median(await time(() => generate(freshDeal(), { ...options, format: 'docx' }), RUNS, 5));
console.log(`safeguards generate (in process, new deal each run, profile -> DOCX bytes): median ${ms(ours)} over ${RUNS} runs`);

if (spawnSync('sh', ['-c', 'command -v pandoc']).status !== 0) {
  console.log('pandoc: not installed (apt-get install pandoc), no comparison');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const input = join(dir, 'licence.md');
writeFileSync(input, markdown.bytes);
const pandocRuns = Math.max(5, Math.round(RUNS / 4));
const pandoc = median(await time(() => execFileSync('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), input]), pandocRuns, 1));
const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
console.log(`${version} (same Markdown -> DOCX, one process per run): median ${ms(pandoc)} over ${pandocRuns} runs`);
console.log(`ratio: safeguards is ${(pandoc / ours).toFixed(1)}x faster than pandoc (target >= 5x); median ${ms(ours)} (target <= 20 ms)`);
