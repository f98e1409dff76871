// DOCX drafts: paragraphs of word/document.xml as the text would read with tracked changes
// accepted, and the clause numbers Word shows, rebuilt from numbering.xml (they are not in the
// text). Regular expressions over the XML are enough: Word's markup is regular, and no DTD or
// entity is ever expanded.
import { InputError } from '../errors.ts';
import { isTitle } from './build.ts';
import type { RawBlock } from './model.ts';
import { readZipEntries } from './zip.ts';

// One pattern per attribute name, built once: a long draft asks for them on every paragraph.
const ATTRIBUTES = new Map<string, RegExp>();
function attr(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`${name}="([^"]*)"`)));
  return pattern.exec(tag)?.[1];
}

export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s; // most runs of text have no entity
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()];
  });
}

interface Level { start: number; format: string; text: string; legal: boolean }
interface Numbering { abstractOf: Map<string, string>; levels: Map<string, Level[]>; overrides: Map<string, Map<number, number>> }

function parseNumbering(xml: string | undefined): Numbering {
  const levels = new Map<string, Level[]>();
  const abstractOf = new Map<string, string>();
  const overrides = new Map<string, Map<number, number>>();
  if (!xml) return { abstractOf, levels, overrides };
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const list: Level[] = [];
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2];
      list[Number(l[1])] = {
        start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 1),
        format: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
        text: decodeXmlText(attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? ''),
        legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(body),
      };
    }
    levels.set(m[1], list);
  }
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val');
    if (abstract) abstractOf.set(m[1], abstract);
    const starts = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2])?.[0] ?? '', 'w:val');
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    if (starts.size) overrides.set(m[1], starts);
  }
  return { abstractOf, levels, overrides };
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return 'abcdefghijklmnopqrstuvwxyz'[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1);
    case 'upperLetter': return formatNumber(n, 'lowerLetter').toUpperCase();
    case 'lowerRoman': { let s = ''; let v = n; for (const [k, r] of ROMAN) while (v >= k) { s += r; v -= k; } return s; }
    case 'upperRoman': return formatNumber(n, 'lowerRoman').toUpperCase();
    case 'none': case 'bullet': return '';
    default: return String(n);
  }
}

/** The level a paragraph's list settings point to, if any. */
function levelOf(numbering: Numbering, numId: string, ilvl: number) {
  const abstract = numbering.abstractOf.get(numId);
  const levels = abstract ? numbering.levels.get(abstract) : undefined;
  return { abstract, levels, level: levels?.[ilvl] };
}

/** Word's list counters, deeper levels reset when a level counts. Lists that share an abstract
 * list share one set of counters; a list that restarts numbering (a start override) counts on its
 * own, so the list it interrupts goes on where it left off, as Word and LibreOffice show it. */
function numberer(numbering: Numbering) {
  const counters = new Map<string, number[]>();
  return (numId: string, ilvl: number): string | undefined => {
    const { abstract, levels, level } = levelOf(numbering, numId, ilvl);
    if (!abstract || !levels || !level || level.format === 'bullet') return undefined;
    const override = numbering.overrides.get(numId);
    const key = override ? `num ${numId}` : `abstract ${abstract}`;
    let count = counters.get(key);
    if (!count) {
      count = levels.map((l, i) => (override?.get(i) ?? l?.start ?? 1) - 1);
      counters.set(key, count);
    }
    count[ilvl] = (count[ilvl] ?? (level.start - 1)) + 1;
    for (let deeper = ilvl + 1; deeper < levels.length; deeper++) count[deeper] = (levels[deeper]?.start ?? 1) - 1;
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatNumber(Math.max(count![i] ?? 0, 1), level.legal ? 'decimal' : levels[i]?.format ?? 'decimal');
    });
    return label.replace(/^(Article|Section|Clause|ARTICLE|SECTION|CLAUSE)\s+/, '').replace(/[.:]$/, '').trim() || undefined;
  };
}

interface StyleInfo { numId?: string; ilvl?: number; heading?: number; basedOn?: string }

function parseStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2];
    const name = attr(/<w:name\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '';
    const heading = /^heading (\d)$/i.exec(name)?.[1] ?? (/^title$/i.test(name) ? '0' : undefined);
    const outline = attr(/<w:outlineLvl\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val');
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    styles.set(m[1], {
      numId: numPr ? attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') : undefined,
      ilvl: numPr ? Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? 0) : undefined,
      heading: heading !== undefined ? Number(heading) : outline !== undefined ? Number(outline) + 1 : undefined,
      basedOn: attr(/<w:basedOn\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val'),
    });
  }
  return styles;
}

function styleChain(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo {
  const merged: StyleInfo = {};
  for (let depth = 0; id && depth < 20; depth++) {
    const s = styles.get(id);
    if (!s) break;
    merged.numId ??= s.numId;
    merged.ilvl ??= s.ilvl;
    merged.heading ??= s.heading;
    id = s.basedOn;
  }
  return merged;
}

// Tick boxes in Word forms that are no text: a symbol from a picture font ("Insert Symbol", Wingdings
// 0xFE is a ticked box) and a legacy check-box form field (FORMCHECKBOX), read as the ticked or empty
// box they show, so that a form's unticked undertakings can be told from its ticked ones.
const TICKED_BOX = '\u2612';
const EMPTY_BOX = '\u2610';
const BOX_SYMBOLS: Record<string, Record<number, string>> = {
  wingdings: { 0xfe: TICKED_BOX, 0xfd: TICKED_BOX, 0x78: TICKED_BOX, 0xa8: EMPTY_BOX, 0x6f: EMPTY_BOX, 0x71: EMPTY_BOX },
  'wingdings 2': { 0x52: TICKED_BOX, 0x53: TICKED_BOX, 0x54: TICKED_BOX, 0x51: TICKED_BOX, 0xa3: EMPTY_BOX, 0x2a: EMPTY_BOX },
};
function symbolText(element: string): string {
  const font = attr(element, 'w:font')?.toLowerCase() ?? '';
  const code = parseInt(attr(element, 'w:char') ?? '', 16) & 0xff;
  return BOX_SYMBOLS[font]?.[code] ?? '';
}
function checkBoxText(field: string): string {
  const checked = /<w:checked(?:\s+w:val="([^"]*)")?\s*\/>/.exec(field);
  const ticked = checked ? !/^(?:0|false|off)$/.test(checked[1] ?? '') : attr(/<w:default\b[^>]*>/.exec(field)?.[0] ?? '', 'w:val') === '1';
  return ticked ? TICKED_BOX : EMPTY_BOX;
}

// A run whose own properties strike it through (once or twice) or hide it; "w:val" may turn them off.
const STRUCK_OR_HIDDEN_RUN = /<w:r\b[^>]*>(?:(?!<\/w:r>)[\s\S])*?<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:(?:strike|dstrike|vanish)\b(?![^>]*w:val="(?:0|false|off)")[^>]*\/>[\s\S]*?<\/w:r>/g;

/** The visible text of a paragraph with tracked changes accepted: insertions kept, deletions and moved-away text dropped.
 * A footnote or endnote is read where its mark stands, "(note: ...)": a qualifier there qualifies the sentence. */
export function paragraphText(xml: string, notes?: Notes): string {
  // Most paragraphs have no tracked changes: a quick look spares the patterns.
  let kept = xml;
  if (kept.includes('<w:moveFrom')) kept = kept.replace(/<w:moveFrom\b[\s\S]*?<\/w:moveFrom>/g, '');
  if (kept.includes('<w:del')) kept = kept.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '');
  // Text struck through by hand (a redline typed without tracking) reads as deleted too, and hidden
  // text is not in the document anyone signs.
  if (kept.includes('strike') || kept.includes('<w:vanish')) kept = kept.replace(STRUCK_OR_HIDDEN_RUN, '');
  let text = '';
  for (const m of kept.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|(<w:sym\b[^>]*\/>)|(<w:checkBox\b[^>]*\/>|<w:checkBox\b[^>]*>[\s\S]*?<\/w:checkBox>)|<w:(footnote|endnote)Reference\b[^>]*w:id="([^"]+)"/g)) {
    if (m[1] !== undefined) text += decodeXmlText(m[1]);
    else if (m[2]) text += ' ';
    else if (m[3]) text += symbolText(m[3]);
    else if (m[4]) text += checkBoxText(m[4]);
    else {
      // (A mark after the full stop goes inside it, so the note stays in the sentence it qualifies.)
      const note = notes?.get(`${m[5]} ${m[6]}`)?.replace(/[.;]\s*$/, '');
      const end = /[.;:]\s*$/.exec(text);
      if (note) text = end ? `${text.slice(0, end.index)} (note: ${note})${end[0]}` : `${text} (note: ${note})`;
    }
  }
  return text;
}

/** One `w:p` element (self-closing or not). The annotator counts paragraphs with the same pattern. */
export const PARAGRAPH = /<w:p\b[^>]*\/>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g;

/** Every run of the paragraph that shows text is set in bold. */
function allBold(xml: string): boolean {
  let runs = 0;
  for (const run of xml.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
    if (!/<w:t(?:\s[^>]*)?>[^<]*\S/.test(run[1])) continue;
    runs++;
    if (!/<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run[1])?.[1] ?? '')) return false;
  }
  return runs > 0;
}

export const DOCX_PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

/** Footnotes and endnotes by kind and id ("footnote 2"), as text. */
type Notes = Map<string, string>;
function readNotes(parts: Map<string, string>): Notes {
  const notes: Notes = new Map();
  for (const kind of ['footnote', 'endnote']) {
    const xml = parts.get(`word/${kind}s.xml`);
    if (!xml) continue;
    for (const m of xml.matchAll(new RegExp(`<w:${kind}\\b([^>]*)>([\\s\\S]*?)<\/w:${kind}>`, 'g'))) {
      const id = attr(`<x${m[1]}>`, 'w:id');
      // (The separators Word keeps as notes of their own have a type and no text.)
      const text = [...m[2].matchAll(PARAGRAPH)].map((p) => paragraphText(p[1] ?? '')).join(' ').replace(/\s+/g, ' ').trim();
      if (id && text) notes.set(`${kind} ${id}`, text);
    }
  }
  return notes;
}

export function readDocx(bytes: Uint8Array, file: string): RawBlock[] {
  const parts = readZipEntries(bytes, (name) => DOCX_PARTS.includes(name), file);
  const document = parts.get('word/document.xml');
  if (!document) throw new InputError(`${file}: a zip file, but not a Word document (no word/document.xml)`);
  const styles = parseStyles(parts.get('word/styles.xml'));
  const numbering = parseNumbering(parts.get('word/numbering.xml'));
  const label = numberer(numbering);
  const notes = readNotes(parts);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const blocks: RawBlock[] = [];
  const rows = tableRows(body);
  let row: { at: TableRow; cells: string[][]; block: RawBlock } | undefined;
  let paragraph = 0;
  for (const m of body.matchAll(PARAGRAPH)) {
    const xml = m[1] ?? '';
    const index = paragraph++;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
    const styleId = attr(/<w:pStyle\b[^>]*>/.exec(pPr)?.[0] ?? '', 'w:val');
    // A table of contents repeats the headings; it is not contract text.
    if (styleId && /^TOC\d|^TOCHeading$/i.test(styleId)) continue;
    const style = styleChain(styles, styleId);
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const numId = numPr ? attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') : style.numId;
    const ilvl = numPr ? Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? 0) : style.ilvl ?? 0;
    const text = paragraphText(xml, notes);
    // A paragraph counts in its list even when empty, as Word counts it.
    const number = numId && numId !== '0' ? label(numId, ilvl) : undefined;
    // A table row is one block, its cells joined as a Markdown row is ("CP1 | The Licensee has complied ... | Certificate"),
    // so the rules read it as they read any table; the block is placed at the row's first paragraph.
    if (row && m.index! >= row.at.end) row = undefined;
    const at = row?.at ?? rowAt(rows, m.index!);
    if (at) {
      if (!row) {
        row = { at, cells: at.cellStarts.map(() => []), block: { text: '', paragraph: index } };
        blocks.push(row.block);
      }
      row.cells[cellAt(at.cellStarts, m.index!)]?.push(text.trim());
      row.block.text = row.cells.map((c) => c.filter(Boolean).join(' ')).join(' | ');
      continue;
    }
    if (!text.trim()) continue;
    const bullet = !!numId && levelOf(numbering, numId, ilvl).level?.format === 'bullet';
    // A short paragraph all in bold is a heading, as drafts that never use heading styles show one.
    const headingLevel = style.heading ?? (!bullet && isTitle(text) && allBold(xml) ? 3 : undefined);
    blocks.push({ text, label: number, headingLevel, paragraph: index, ...(bullet ? { bullet } : {}) });
  }
  // (A row whose cells are all empty leaves nothing.)
  return blocks.filter((b) => b.text.replace(/\|/g, '').trim() !== '');
}

interface TableRow { start: number; end: number; cellStarts: number[] }
const ROW = /<w:tr\b[^>]*>[\s\S]*?<\/w:tr>/g;
const CELL = /<w:tc\b/g;
/** Where each table row of the body starts and ends, and where its cells start. (A table nested in a cell ends the
 * outer row early, as the first closing tag found is the inner one: rare in contracts, and every word is still read.) */
function tableRows(body: string): TableRow[] {
  if (!body.includes('<w:tbl')) return [];
  return [...body.matchAll(ROW)].map((r) => ({ start: r.index!, end: r.index! + r[0].length, cellStarts: [...r[0].matchAll(CELL)].map((c) => r.index! + c.index!) }));
}
function rowAt(rows: TableRow[], at: number): TableRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].end <= at) lo = mid + 1;
    else if (rows[mid].start > at) hi = mid - 1;
    else return rows[mid];
  }
  return undefined;
}
const cellAt = (starts: number[], at: number) => Math.max(0, starts.findLastIndex((s) => s <= at));

