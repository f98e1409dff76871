// A batch worker: reads and checks one draft per message. Drafts stay in memory.
import { readFile } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Profile } from '../profile/schema.ts';

// Node keeps the checker's TypeScript, stripped and compiled, in its compile cache between runs:
// a worker then starts in a fraction of the time. The cache must be on before the checker loads.
enableCompileCache();
const { InputError } = await import('../errors.ts');
const { readDraft } = await import('../read/index.ts');
const { checkDraft } = await import('./check.ts');

parentPort!.on('message', async ({ file, profile }: { file: string; profile?: Profile }) => {
  try {
    const draft = await readDraft(new Uint8Array(await readFile(file)), file);
    parentPort!.postMessage({ file, result: checkDraft(draft, { profile }) });
  } catch (error) {
    const message = error instanceof InputError ? error.problems.join('; ') : `${file}: could not be checked (${(error as Error).message})`;
    parentPort!.postMessage({ file, failure: message });
  }
});
