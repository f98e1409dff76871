// npm run bench:check: checking a 100-page DOCX (about 50,000 words, made from the library's
// contracts) in process, against mammoth's plain-text extraction of the same file in the same
// run; then batch throughput in contracts per second on worker threads.
// Targets (issue 3): at most 3x plain extraction, at most 100 ms per 100 pages, at least 50 contracts/s.
// Run with V8's --no-regexp-tier-up, as the command line is (see bin/safeguards.js): `npm run bench:check` does.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mammoth from 'mammoth';
import { checkFiles } from '../src/check/batch.ts';
import { checkDraft } from '../src/check/check.ts';
import { generate } from '../src/generate.ts';
import { parseProfile } from '../src/profile/load.ts';
import { readDraft } from '../src/read/index.ts';
import { renderContract } from '../src/render/pipeline.ts';
import { median, ms, time } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const example = (name: string) => parseProfile(readFileSync(new URL(`../examples/${name}.yaml`, import.meta.url), 'utf8'));
const md = async (name: string, document: 'licence' | 'eula' | 'reseller' | 'rider') =>
  new TextDecoder().decode((await generate(example(name), { document, format: 'md', acceptRisk: 'benchmark', today: '2026-12-04' })).bytes);

// A long draft: several whole agreements one after another, as a data-room bundle would be.
const parts = [await md('severe-biometric-registry', 'licence'), await md('high-risk-intrusion', 'licence'), await md('reseller-unknown-end-users', 'reseller'),
  await md('reseller-unknown-end-users', 'eula'), await md('high-risk-intrusion', 'rider'), await md('low-risk-analytics-cloud', 'licence')];
let bundle = parts.join('\n\n').replace(/^# /gm, '## ');
bundle = `# Bundle of Agreements\n\n${bundle}`;
while (bundle.split(/\s+/).length < 50_000) bundle += `\n\n${parts[0].replace(/^# /gm, '## ')}`;
const bytes = await renderContract(bundle, 'docx', { title: 'Bundle', tableOfContents: false });
const words = bundle.split(/\s+/).length;
if (process.env.BENCH_SAVE) writeFileSync(process.env.BENCH_SAVE, bytes); // for bench/stages.ts
console.log(`Draft: ${words} words (about ${Math.round(words / 500)} pages at 500 words a page), ${(bytes.length / 1024).toFixed(0)} KiB DOCX`);

const ours = median(await time(async () => checkDraft(await readDraft(bytes, 'bundle.docx')), RUNS, 2));
const plain = median(await time(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }), RUNS, 2));
console.log(`safeguards check (read + 23 rules): median ${ms(ours)}; per 100 pages ${ms((ours * 100) / (words / 500))} (target <= 100 ms)`);
console.log(`mammoth.extractRawText (text only): median ${ms(plain)}`);
console.log(`ratio: check takes ${(ours / plain).toFixed(2)}x mammoth's plain extraction (target <= 3x)`);

// Batch: typical contracts (about 20 pages each), checked from disk on every core.
const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
const one = (await generate(example('high-risk-intrusion'), { document: 'licence', format: 'docx', today: '2026-12-04' })).bytes;
const COUNT = Number(process.env.BENCH_BATCH ?? 200);
const files = Array.from({ length: COUNT }, (_, i) => { const f = join(dir, `contract-${i}.docx`); writeFileSync(f, one); return f; });
const start = performance.now();
const outcome = await checkFiles(files);
const seconds = (performance.now() - start) / 1000;
console.log(`batch: ${outcome.results.length} contracts (${(one.length / 1024).toFixed(0)} KiB each) in ${seconds.toFixed(2)} s on ${availableParallelism()} cores: ${(outcome.results.length / seconds).toFixed(1)} contracts/s (target >= 50), ${outcome.failures.length} failures`);
