// A check worker: reads and checks one draft per message, in memory, and answers with the
// findings (and the annotated DOCX when asked). The pool (pool.ts) decides what runs where.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { enableCompileCache, getCompileCacheDir } from 'node:module';
import { join } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import type { Profile } from '../profile/schema.ts';

// Node keeps the checker's TypeScript, stripped and compiled, in its compile cache between runs:
// a worker then starts in a fraction of the time. The cache must be on before the checker loads.
enableCompileCache();
const { InputError } = await import('../errors.ts');
const { readDraft } = await import('../read/index.ts');
const { checkDraft } = await import('./check.ts');
const { loadNeeds, patternsAnalysedAfresh, savedNeeds } = await import('./prefilter.ts');

// Beside it, what the prefilter worked out of the rules' patterns, under the version of the
// analysis that did: a worker that finds them checks its first draft a few hundred milliseconds
// sooner. (Any failure only means the analysis is done again.)
const cacheDir = getCompileCacheDir();
let needsFile: string | undefined;
let needsSaved = false;
let needsLoaded = false;
try {
  const version = createHash('sha256').update(readFileSync(new URL('./prefilter.ts', import.meta.url))).digest('hex').slice(0, 16);
  needsFile = cacheDir && join(cacheDir, `safeguards-prefilter-${version}.json`);
  if (needsFile) {
    loadNeeds(readFileSync(needsFile, 'utf8'));
    needsLoaded = true;
  }
} catch {
  // none saved yet, or unreadable
}
// Saved by an earlier worker, they are written again only when many patterns were new to them (the
// rules changed since): a draft's own few (its parties' names) are not worth a write per worker.
const NEW_PATTERNS_WORTH_SAVING = 20;
function saveNeeds(): void {
  if (needsSaved || !needsFile || (needsLoaded && patternsAnalysedAfresh() < NEW_PATTERNS_WORTH_SAVING)) return;
  needsSaved = true;
  const temporary = `${needsFile}.${process.pid}-${threadId}`;
  try {
    writeFileSync(temporary, savedNeeds());
    renameSync(temporary, needsFile);
  } catch {
    // a read-only cache: the next worker analyses again. (A half-written file is not left behind.)
    rmSync(temporary, { force: true });
  }
}

export interface WorkerJob { id: number; bytes: Uint8Array; fileName: string; profile?: Profile; annotate?: boolean; now?: Date }

parentPort!.on('message', async ({ id, bytes, fileName, profile, annotate, now }: WorkerJob) => {
  try {
    if (annotate) {
      // The annotator (and the docx writer it loads) only when a job asks for it: batch workers start faster.
      const { annotateBytes } = await import('../annotate/index.ts');
      const { result, bytes: annotated } = await annotateBytes(bytes, fileName, { profile, now });
      saveNeeds();
      parentPort!.postMessage({ id, result, annotated }, [annotated.buffer as ArrayBuffer]);
    } else {
      const result = checkDraft(await readDraft(bytes, fileName), { profile });
      // After the first draft, when the rules' patterns have all been asked; before the answer,
      // as a pool that has no more drafts terminates the worker then, mid-write.
      saveNeeds();
      parentPort!.postMessage({ id, result });
    }
  } catch (error) {
    // A draft the user can fix gets its one-line message; anything else is the checker's fault.
    if (error instanceof InputError) parentPort!.postMessage({ id, problems: error.problems });
    else parentPort!.postMessage({ id, crash: `${fileName}: could not be checked (${(error as Error).message})` });
  }
});
