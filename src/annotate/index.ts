// check --annotate: read the DOCX, check it, and hand the lawyer's own document back annotated.
import { readFile } from 'node:fs/promises';
import { checkDraft, type CheckResult } from '../check/check.ts';
import { InputError } from '../errors.ts';
import { loadLibrary } from '../library/load.ts';
import type { Profile } from '../profile/schema.ts';
import { readDraft } from '../read/index.ts';
import { annotateDocx } from './docx.ts';
import { proposeClauses } from './proposal.ts';

export interface AnnotateOptions { profile?: Profile; now?: Date }

export async function annotateFile(file: string, options: AnnotateOptions = {}): Promise<{ result: CheckResult; bytes: Uint8Array }> {
  return annotateBytes(new Uint8Array(await readFile(file)), file, options);
}

/** The same from bytes in memory (the server's uploads never touch the disk). */
export async function annotateBytes(original: Uint8Array, file: string, options: AnnotateOptions = {}): Promise<{ result: CheckResult; bytes: Uint8Array }> {
  const draft = await readDraft(original, file);
  if (draft.format !== 'docx') throw new InputError(`${file}: only a DOCX draft can be annotated (this one is ${draft.format})`);
  const result = checkDraft(draft, { profile: options.profile });
  const missing = result.findings.filter((f) => f.required && f.status === 'missing').map((f) => f.safeguard);
  const now = options.now ?? new Date();
  const proposal = proposeClauses(missing, draft, loadLibrary(), { profile: options.profile, today: now.toISOString().slice(0, 10) });
  return { result, bytes: annotateDocx(original, draft, result, proposal, `${now.toISOString().slice(0, 19)}Z`) };
}
