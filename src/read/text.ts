// Plain text drafts: paragraphs are separated by blank lines, or start with a typed clause
// number on a new line; lines wrapped inside a paragraph are joined.
import type { RawBlock } from './model.ts';
import { CAPITALS_HEADING, splitTypedNumber } from './build.ts';

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

// "2.5 ... does not apply to the extent that it would:" over "1. make the licence perpetual;":
// numbered lines in lower case after a lead-in are its items, "(a)", "(b)", as Markdown reads a list.
// (An item may open with a defined term, "1. Misuse;", when it ends as list items do.)
const NUMBERED_ITEM = /^(\d{1,2})[.)]\s+(?:(?=[a-z])|(?=[A-Z].*(?:[;,]|; (?:and|or)|, (?:and|or))$))/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function asItem(text: string, before: RawBlock | undefined): RawBlock {
  const item = NUMBERED_ITEM.exec(text);
  const afterLeadIn = before && (/[:\u2014-]\s*$/.test(before.text) || (before.label !== undefined && /^\([a-z]\)$/.test(before.label)));
  if (!item || !afterLeadIn || Number(item[1]) > 26) return { text };
  return { text: text.slice(item[0].length), label: `(${LETTERS[Number(item[1]) - 1]})` };
}

/** "(c)" on a new line, where the paragraph already runs "(b)" inline after its own first words. */
function continuesInlineItems(current: string[], line: string): boolean {
  const item = /^\(([b-z])\)/.exec(line);
  if (!item) return false;
  const previous = `(${String.fromCharCode(item[1].charCodeAt(0) - 1)})`;
  const paragraph = current.join(' ');
  return paragraph.indexOf(previous) > 0;
}

// "- use the Product ...", "• not resell ...": a bulleted line starts a list item (not "- 3 -", a page number).
const BULLET = /^[-*\u2022\u25e6\u25aa\u25cf\u25cb\u25a0\u25ba\u27a2\u2013]\s+(?=[A-Za-z("“])/;

const PIPE_ROW = /^\|[^|]*\|/;
const PIPE_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;

export function readPlainText(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  let bullet = false;
  const flush = () => {
    if (current.length) blocks.push(bullet ? { text: joinLines(current), bullet } : asItem(joinLines(current), blocks.at(-1)));
    current = [];
    bullet = false;
  };
  // (Quoted lines of an e-mail, "> 14.1 The Licensor may ...", read as the text they quote.)
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim().replace(/^(?:>\s?)+/, '').trim());
  // A line laid out in columns (a purchase order's line items, a table in a PDF) is a table row, not
  // a clause or heading: three columns or more, or two on lines that run together as a table.
  const gaps = lines.map((line) => line.match(/\S {3,}(?=\S)/g)?.length ?? 0);
  const isRow = (i: number) => gaps[i] >= 2 || (gaps[i] === 1 && (gaps[i - 1] > 0 || gaps[i + 1] > 0));
  for (const [i, trimmed] of lines.entries()) {
    if (!trimmed) { flush(); continue; }
    if (isRow(i)) { flush(); blocks.push({ text: trimmed.split(/ {3,}/).join(' | ') }); continue; }
    // A table typed with pipes, as Markdown writes one (pasted into an e-mail or a text file): a row
    // per line, its rule line ("|---|---|") dropped.
    if (PIPE_ROW.test(trimmed)) {
      flush();
      if (!PIPE_RULE.test(trimmed)) blocks.push({ text: trimmed.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).join(' | ') });
      continue;
    }
    const marker = BULLET.exec(trimmed);
    if (marker) { flush(); current.push(trimmed.slice(marker[0].length)); bullet = true; continue; }
    // A new numbered clause, or an all-capitals heading, starts a new block.
    // (A wrapped line that happens to start with "(a)" goes on the sentence before it, unless that ended.)
    // (So does one that starts with a bare number in the running text: "within\n3 (three) working days".)
    // (Nor does one that goes on with the items the paragraph runs inline: "... contacts; (b) to" / "(c) on the basis".)
    const midSentenceItem = (/^\([a-z0-9]{1,4}\)/i.test(trimmed) && current.length > 0 && (!/[:;.]$|\b(?:and|or)$/.test(current[current.length - 1]) || continuesInlineItems(current, trimmed)))
      || (/^\d+\s+(?:\(|[a-z])/.test(trimmed) && current.length > 0 && !/[:;.]$/.test(current[current.length - 1]))
      // (And a cross-reference wrapped after its word: "rights under clauses 9.7 or 9.8 or clause" / "15.2 shall not constitute".)
      || (/^\d+(?:\.\d+)+\s+[a-z]/.test(trimmed) && current.length > 0 && /\b(?:clauses?|sections?|articles?|paragraphs?|sub-?clauses?)$/i.test(current[current.length - 1]));
    const typed = splitTypedNumber(trimmed);
    // ("5. QUESTIONS ABOUT USE" is a heading, whether a numbered clause or a paragraph follows it; a
    // long line in capitals is a disclaimer's first line, "10.2 EXCEPT AS EXPRESSLY PROVIDED, THE".)
    const heading = CAPITALS_HEADING.test(trimmed) || (typed.label !== undefined && typed.text.length <= 50 && CAPITALS_HEADING.test(typed.text));
    if ((typed.label !== undefined && !midSentenceItem) || heading) flush();
    current.push(trimmed);
    if (heading) flush();
  }
  flush();
  return blocks;
}
