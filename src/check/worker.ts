// A batch worker: reads and checks one draft per message. Drafts stay in memory.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { Profile } from '../profile/schema.ts';
import { readDraft } from '../read/index.ts';
import { checkDraft } from './check.ts';

parentPort!.on('message', async ({ file, profile }: { file: string; profile?: Profile }) => {
  try {
    const draft = await readDraft(new Uint8Array(await readFile(file)), file);
    parentPort!.postMessage({ file, result: checkDraft(draft, { profile }) });
  } catch (error) {
    const message = error instanceof InputError ? error.problems.join('; ') : `${file}: could not be checked (${(error as Error).message})`;
    parentPort!.postMessage({ file, failure: message });
  }
});
