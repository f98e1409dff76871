// Checking many drafts: in parallel on worker threads (one per core), with a progress bar on
// a terminal; an unreadable file is reported and the rest go on.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { InputError } from '../errors.ts';
import type { Profile } from '../profile/schema.ts';
import { readDraft } from '../read/index.ts';
import { markdownToHtml } from '../render/pipeline.ts';
import { CSV_HEADER, findingsCsvRows, findingsJson, findingsMarkdown, findingsText } from '../report/findings.ts';
import { checkDraft, type CheckResult } from './check.ts';
import { CheckFailed, CheckPool, CheckTimedOut } from './pool.ts';

export type ReportFormat = 'text' | 'json' | 'md' | 'html' | 'csv';

export interface BatchOutcome {
  results: CheckResult[];
  failures: string[];
}

interface Options {
  profile?: Profile;
  onProgress?: (done: number) => void;
}

async function checkOne(file: string, profile?: Profile): Promise<{ result?: CheckResult; failure?: string }> {
  try {
    return { result: checkDraft(await readDraft(new Uint8Array(await readFile(file)), file), { profile }) };
  } catch (error) {
    if (error instanceof InputError) return { failure: error.problems.join('; ') };
    throw error;
  }
}

export async function checkFiles(files: string[], options: Options = {}): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { results: [], failures: [] };
  const byFile = new Map<string, { result?: CheckResult; failure?: string }>();
  const done = (file: string, r: { result?: CheckResult; failure?: string }) => { byFile.set(file, r); options.onProgress?.(byFile.size); };
  if (files.length <= 2) {
    for (const file of files) done(file, await checkOne(file, options.profile));
  } else {
    // Two drafts in flight per thread: while a worker checks one, its next is already read and
    // queued, so no worker waits on the main thread between drafts.
    const pool = new CheckPool({ size: Math.min(availableParallelism(), files.length) });
    const queue = [...files];
    try {
      await Promise.all(Array.from({ length: pool.size * 2 }, async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          try {
            done(file, { result: (await pool.run({ bytes: new Uint8Array(await readFile(file)), fileName: file, profile: options.profile })).result });
          } catch (error) {
            if (error instanceof InputError) done(file, { failure: error.problems.join('; ') });
            else if (error instanceof CheckFailed || error instanceof CheckTimedOut) done(file, { failure: error.message });
            else if ((error as NodeJS.ErrnoException).code) done(file, { failure: `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code})` });
            else throw error;
          }
        }
      }));
    } finally {
      await pool.close();
    }
  }
  // Report in the order the files were given, whatever order the workers finished in.
  for (const file of files) {
    const r = byFile.get(file)!;
    if (r.result) outcome.results.push(r.result);
    else outcome.failures.push(r.failure!);
  }
  return outcome;
}

/** A progress bar on a terminal for more than one draft; nothing otherwise. */
export function progressBar(total: number): ((done: number) => void) | undefined {
  if (total < 2 || !process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({ format: 'Checking [{bar}] {value}/{total} drafts', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return (done) => {
    bar.update(done);
    if (done >= total) bar.stop();
  };
}

export async function renderReport(outcome: BatchOutcome, format: ReportFormat, color: (code: number, s: string) => string): Promise<string> {
  const { results } = outcome;
  switch (format) {
    case 'json': return results.length === 1 ? findingsJson(results[0]) : JSON.stringify({ schema: 'safeguards.check-batch/1', results, failures: outcome.failures }, null, 2);
    case 'csv': return `${[CSV_HEADER, ...results.flatMap(findingsCsvRows)].join('\n')}\n`;
    case 'md': return results.map(findingsMarkdown).join('\n');
    case 'html': return markdownToHtml(results.map(findingsMarkdown).join('\n'), 'Safeguards review');
    default: return results.map((r) => findingsText(r, color)).join('\n\n');
  }
}
