// Plain text drafts: paragraphs are separated by blank lines, or start with a typed clause
// number on a new line; lines wrapped inside a paragraph are joined.
import type { RawBlock } from './model.ts';
import { splitTypedNumber } from './build.ts';

export function readPlainText(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: current.join(' ') });
    current = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) { flush(); continue; }
    // A new numbered clause, or an all-capitals heading, starts a new block.
    if (splitTypedNumber(trimmed).label !== undefined || (/^[A-Z][A-Z0-9 ,&'-]{3,}$/.test(trimmed))) flush();
    current.push(trimmed);
    if (/^[A-Z][A-Z0-9 ,&'-]{3,}$/.test(trimmed)) flush();
  }
  flush();
  return blocks;
}
