// Plain text drafts: paragraphs are separated by blank lines, or start with a typed clause
// number on a new line; lines wrapped inside a paragraph are joined.
import type { RawBlock } from './model.ts';
import { splitTypedNumber } from './build.ts';

// A word broken across lines ("autho-" / "rity") is mended; a compound that keeps its hyphen
// anyway ("non-" / "binding", "third-" / "party") keeps it.
const HYPHENATED_PREFIX = /(?:^|[^\w-])(?:non|anti|self|cross|multi|well|third|end|long|short|high|low|cyber|state|case|risk|rights)-$/i;
function joinLines(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (/[a-z]-$/.test(text) && /^[a-z]/.test(line)) text = HYPHENATED_PREFIX.test(text) ? text + line : text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

export function readPlainText(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: joinLines(current) });
    current = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) { flush(); continue; }
    // A line laid out in columns (a purchase order's line items, a table in a PDF) is a table row, not a clause or heading.
    if ((trimmed.match(/\S {3,}(?=\S)/g)?.length ?? 0) >= 2) { flush(); blocks.push({ text: trimmed.split(/ {3,}/).join(' | ') }); continue; }
    // A new numbered clause, or an all-capitals heading, starts a new block.
    // (A wrapped line that happens to start with "(a)" goes on the sentence before it, unless that ended.)
    // (So does one that starts with a bare number in the running text: "within\n3 (three) working days".)
    const midSentenceItem = (/^\([a-z0-9]{1,4}\)/i.test(trimmed) && current.length > 0 && !/[:;.]$|\b(?:and|or)$/.test(current[current.length - 1]))
      || (/^\d+\s+(?:\(|[a-z])/.test(trimmed) && current.length > 0 && !/[:;.]$/.test(current[current.length - 1]));
    if ((splitTypedNumber(trimmed).label !== undefined && !midSentenceItem) || (/^[A-Z][A-Z0-9 ,&'-]{3,}$/.test(trimmed))) flush();
    current.push(trimmed);
    if (/^[A-Z][A-Z0-9 ,&'-]{3,}$/.test(trimmed)) flush();
  }
  flush();
  return blocks;
}
