// npm run bench:server [-- --duration 10]: load on POST /api/check over HTTP. The server runs as
// a child process (as `safeguards serve` does), so the load generator does not share its thread.
// A realistic draft (about 30 pages, DOCX) is posted at concurrency 1, 4 and 16; then a mixed run
// adds malformed and oversized uploads beside the valid ones. /api/health is polled every 250 ms
// throughout. Target (issue 4): no errors and no dropped requests for valid uploads, and health
// answered throughout.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { generate } from '../src/generate.ts';
import { parseProfile } from '../src/profile/load.ts';
import { renderContract } from '../src/render/pipeline.ts';
import { readFileSync } from 'node:fs';

// autocannon ships no types: the few fields used here.
interface Histogram { average: number; p50: number; p99: number }
interface Result { requests: Histogram & { sent: number }; latency: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number; statusCodeStats: Record<string, { count: number }> }
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values: args } = parseArgs({ options: { duration: { type: 'string', default: '30' } } });
const duration = Number(args.duration);

// A draft of about 30 pages (15,000 words at 500 a page), from the library's own contracts.
const example = (name: string) => parseProfile(readFileSync(new URL(`../examples/${name}.yaml`, import.meta.url), 'utf8'));
const md = async (name: string, document: 'licence' | 'eula' | 'reseller' | 'rider') =>
  new TextDecoder().decode((await generate(example(name), { document, format: 'md', acceptRisk: 'benchmark', today: '2026-12-04' })).bytes);
const parts = [await md('high-risk-intrusion', 'licence'), await md('reseller-unknown-end-users', 'reseller'), await md('low-risk-analytics-cloud', 'licence'), await md('high-risk-intrusion', 'rider')];
let bundle = '# Master Agreement';
for (let i = 0; bundle.split(/\s+/).length < 15_000; i++) bundle += `\n\n${parts[i % parts.length].replace(/^# /gm, '## ')}`;
const draft = await renderContract(bundle, 'docx', { title: 'Master Agreement', tableOfContents: false });
const words = bundle.split(/\s+/).length;

/** One multipart body, built once; autocannon sends the same bytes every time. */
function multipart(fileName: string, bytes: Uint8Array): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----safeguards-bench-${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="draft"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const valid = multipart('draft.docx', draft);
// A DOCX cut in half: the reader refuses it (400).
const malformed = multipart('broken.docx', draft.subarray(0, Math.floor(draft.length / 2)));
// Over the 25 MiB limit: refused (413).
const oversized = multipart('huge.txt', new Uint8Array(26 * 1024 * 1024).fill(97));

// The server, as a child, on a free port, with its own audit database.
const db = join(mkdtempSync(join(tmpdir(), 'bench-server-')), 'audit.sqlite');
const child = spawn(process.execPath, ['--no-regexp-tier-up', new URL('../bin/safeguards.js', import.meta.url).pathname, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'ignore'] });
const [line] = await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), once(child, 'exit').then(() => { throw new Error('the server did not start'); })]) as string[];
const base = /(http:\/\/\S+?)\/ /.exec(line)![1];

console.log(`Draft: ${words} words (about ${Math.round(words / 500)} pages), ${(draft.length / 1024).toFixed(0)} KiB DOCX; server ${base}; ${duration} s per run`);

/** Polls /api/health every 250 ms until stopped; a poll fails if it takes over 2 s or is not 200. */
function pollHealth() {
  const counts = { ok: 0, failed: 0, slowestMs: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      try {
        const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.ok) counts.ok += 1; else counts.failed += 1;
      } catch {
        counts.failed += 1;
      }
      counts.slowestMs = Math.max(counts.slowestMs, performance.now() - start);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return async () => { running = false; await loop; return counts; };
}

const load = (body: { body: Buffer; headers: Record<string, string> }, connections: number) =>
  autocannon({ url: `${base}/api/check`, method: 'POST', headers: body.headers, body: body.body, connections, duration, timeout: 120 });

/** Waits until the server has no check running or queued (requests abandoned at a run's end). */
async function settled() {
  for (;;) {
    const { checksInFlight } = await (await fetch(`${base}/api/health`)).json() as { checksInFlight: number };
    if (checksInFlight === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Row { run: string; result: Result; health?: { ok: number; failed: number; slowestMs: number } }
const rows: Row[] = [];

for (const connections of [1, 4, 16]) {
  await settled();
  const stop = pollHealth();
  const result = await load(valid, connections);
  rows.push({ run: `valid DOCX, ${connections} conn.`, result, health: await stop() });
}

// Mixed: valid uploads at 4 connections beside malformed (2) and oversized (1) ones, at once.
await settled();
const stop = pollHealth();
const [mixedValid, mixedMalformed, mixedOversized] = await Promise.all([load(valid, 4), load(malformed, 2), load(oversized, 1)]);
const mixedHealth = await stop();
rows.push({ run: 'mixed: valid, 4 conn.', result: mixedValid, health: mixedHealth });
rows.push({ run: 'mixed: malformed, 2 conn.', result: mixedMalformed });
rows.push({ run: 'mixed: oversized, 1 conn.', result: mixedOversized });

child.kill('SIGTERM');
await once(child, 'exit');

const statuses = (r: Result) => Object.entries(r.statusCodeStats).map(([code, { count }]) => `${code}×${count}`).join(' ');
const table = rows.map(({ run, result: r, health }) => ({
  run,
  'req/s': r.requests.average.toFixed(1),
  'p50 ms': r.latency.p50,
  'p99 ms': r.latency.p99,
  sent: r.requests.sent,
  responses: statuses(r),
  'non-2xx': r.non2xx,
  'errors/timeouts': `${r.errors}/${r.timeouts}`,
  // A request is dropped when its connection closed or timed out without any response.
  dropped: r.errors,
  'health ok/failed': health ? `${health.ok}/${health.failed} (slowest ${Math.round(health.slowestMs)} ms)` : '(same run)',
}));
console.table(table);
const validRows = rows.filter((r) => r.run.includes('valid'));
const ok = validRows.every((r) => r.result['2xx'] > 0 && r.result.non2xx === 0 && r.result.errors === 0) && rows.every((r) => !r.health || r.health.failed === 0);
console.log(ok
  ? 'Target met: every valid upload answered 200, no errors, no dropped requests; health answered throughout.'
  : 'Target NOT met: see the non-2xx, errors and health columns above.');
