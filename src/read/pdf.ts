// PDF drafts with a text layer: text per page (unpdf, a PDF.js build for servers), running
// headers, footers and page numbers removed, then read as plain text. A scan without a text
// layer gets a clear message rather than an empty report.
import { extractText, getDocumentProxy } from 'unpdf';
import { InputError } from '../errors.ts';
import type { RawBlock } from './model.ts';
import { readPlainText } from './text.ts';

const PAGE_NUMBER = /^\s*(?:page\s+)?\d+(?:\s*(?:of|\/)\s*\d+)?\s*$|^\s*-\s*\d+\s*-\s*$/i;

/** Lines that repeat at the top or bottom of most pages are running heads, not the contract. */
export function stripRunningLines(pages: string[]): string {
  const edgeLines = new Map<string, number>();
  const lines = pages.map((p) => p.split('\n'));
  for (const page of lines) {
    const edges = new Set([...page.slice(0, 2), ...page.slice(-2)].map((l) => l.trim().replace(/\d+/g, '#')));
    for (const e of edges) if (e) edgeLines.set(e, (edgeLines.get(e) ?? 0) + 1);
  }
  const running = new Set([...edgeLines].filter(([, n]) => pages.length >= 3 && n >= pages.length * 0.6).map(([l]) => l));
  return lines
    .map((page) => page.filter((l) => !PAGE_NUMBER.test(l) && !running.has(l.trim().replace(/\d+/g, '#'))).join('\n'))
    .join('\n');
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<RawBlock[]> {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    const reason = /password/i.test(String(error)) ? 'it is encrypted with a password' : `it cannot be parsed (${(error as Error).message})`;
    throw new InputError(`${file}: not a readable PDF: ${reason}`);
  }
  const words = pages.join(' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
  if (words < 20 * Math.max(1, pages.length / 4)) {
    throw new InputError(`${file}: the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'}, ${words} words): it looks scanned; run OCR on it or send the DOCX`);
  }
  return readPlainText(stripRunningLines(pages));
}
