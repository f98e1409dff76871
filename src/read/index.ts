// Reading a draft of any supported format into the draft model, with the limits and the
// one-line errors a user gets for anything that is not a readable contract.
import { extname } from 'node:path';
import { InputError } from '../errors.ts';
import { buildDraft } from './build.ts';
import { readDocx } from './docx.ts';
import type { Draft, DraftFormat, RawBlock } from './model.ts';
import { acceptMarkedChanges } from './redline.ts';
import { readPlainText } from './text.ts';

export const MAX_DRAFT_BYTES = 25 * 1024 * 1024;

/** A DOCX is a zip: its first bytes are the zip signature. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function detectFormat(bytes: Uint8Array, file: string): DraftFormat {
  const ext = extname(file).toLowerCase();
  const magic = (s: number[]) => s.every((b, i) => bytes[i] === b);
  if (isZip(bytes)) return 'docx';
  if (magic([0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (magic([0xd0, 0xcf, 0x11, 0xe0])) {
    throw new InputError(`${file}: an encrypted (password-protected) DOCX or a legacy .doc file; remove the password or save it as .docx`);
  }
  if (ext === '.docx' || ext === '.pdf') throw new InputError(`${file}: named ${ext} but not a ${ext.slice(1).toUpperCase()} file`);
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  // Rich text and web pages are text too, but read as such their markup would be graded as the contract's words.
  const opening = head.replace(/^\uFEFF?\s*/, '').slice(0, 200).toLowerCase();
  if (opening.startsWith('{\\rtf')) throw new InputError(`${file}: an RTF file; save it as .docx or .pdf and check that`);
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html\b)/.test(opening)) throw new InputError(`${file}: an HTML page; save it as .docx, .pdf or plain text and check that`);
  // Text has no NUL bytes and few replacement characters.
  if (head.includes('\u0000') || (head.match(/\uFFFD/g)?.length ?? 0) > 8) throw new InputError(`${file}: not a DOCX, PDF, Markdown or text file`);
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

export async function readDraft(bytes: Uint8Array, file: string): Promise<Draft> {
  if (bytes.length === 0) throw new InputError(`${file}: the file is empty`);
  if (bytes.length > MAX_DRAFT_BYTES) throw new InputError(`${file}: ${(bytes.length / 1048576).toFixed(1)} MiB is over the ${MAX_DRAFT_BYTES / 1048576} MiB limit for a draft`);
  const format = detectFormat(bytes, file);
  let raw: RawBlock[];
  // The PDF and Markdown readers load their parsers only when a draft needs them: a batch of
  // DOCX drafts starts its workers without them.
  if (format === 'docx') raw = readDocx(bytes, file);
  else if (format === 'pdf') raw = await (await import('./pdf.ts')).readPdf(bytes, file);
  else {
    const text = acceptMarkedChanges(new TextDecoder('utf-8').decode(bytes));
    raw = format === 'markdown' ? (await import('./markdown.ts')).readMarkdown(text) : readPlainText(text);
  }
  const draft = buildDraft(file, format, raw);
  if (draft.sentences.length === 0) throw new InputError(`${file}: the document has no text to check`);
  return draft;
}
