// A check worker: reads and checks one draft per message, in memory, and answers with the
// findings (and the annotated DOCX when asked). The pool (pool.ts) decides what runs where.
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Profile } from '../profile/schema.ts';

// Node keeps the checker's TypeScript, stripped and compiled, in its compile cache between runs:
// a worker then starts in a fraction of the time. The cache must be on before the checker loads.
enableCompileCache();
const { InputError } = await import('../errors.ts');
const { readDraft } = await import('../read/index.ts');
const { checkDraft } = await import('./check.ts');
const { loadSavedNeeds, saveNeeds } = await import('./saved-needs.ts');
loadSavedNeeds();

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
