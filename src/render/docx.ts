// The structured Markdown tree -> a Word document with real multi-level numbering, heading
// styles, a table of contents field, bookmarks and REF-field cross-references, so a lawyer can
// keep editing in Word and the numbers stay right.
import {
  AlignmentType, Bookmark, BorderStyle, Document, Footer, HeadingLevel, InternalHyperlink, LevelFormat,
  NumberedItemReference, NumberedItemReferenceFormat, PageBreak, PageNumber, Paragraph, Table, TableCell,
  TableOfContents, TableRow, TextRun, WidthType, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { List, ListItem, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Layout } from './structure.ts';

const FONT = 'Calibri';
const INDENT = 720; // twips: half an inch per level

const legalNumbering = {
  reference: 'legal',
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } } },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, isLegalNumberingStyle: true, style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } } },
    { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 2 * INDENT, hanging: INDENT } } } },
    { level: 3, format: LevelFormat.LOWER_ROMAN, text: '(%4)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 3 * INDENT, hanging: INDENT } } } },
  ],
};
const letteredNumbering = {
  reference: 'lettered',
  levels: [
    { level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } } },
    { level: 1, format: LevelFormat.LOWER_ROMAN, text: '(%2)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 2 * INDENT, hanging: INDENT } } } },
  ],
};
const bulletNumbering = {
  reference: 'bullets',
  levels: [0, 1].map((level) => ({
    level, format: LevelFormat.BULLET, text: level ? '–' : '•', alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: (level + 1) * INDENT, hanging: INDENT / 2 } } },
  })),
};

const styles = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
    heading1: { run: { font: FONT, size: 24, bold: true, allCaps: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font: FONT, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
  },
};

interface Context {
  /** The numbering instance for the current part, so each schedule restarts at 1. */
  instance: number;
}

function runs(nodes: PhrasingContent[], marks: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text': return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), ...marks })];
      case 'strong': return runs(node.children, { ...marks, bold: true });
      case 'emphasis': return runs(node.children, { ...marks, italics: true });
      case 'inlineCode': return [new TextRun({ text: node.value, ...marks })];
      case 'break': return [new TextRun({ break: 1 })];
      case 'link': {
        const ref = node.data?.crossReference;
        if (ref?.kind === 'clause') {
          return [new TextRun({ text: 'Clause ', ...marks }),
            new NumberedItemReference(ref.target, ref.label, { hyperlink: true, referenceFormat: NumberedItemReferenceFormat.FULL_CONTEXT })];
        }
        if (ref) return [new InternalHyperlink({ anchor: ref.target, children: [new TextRun({ text: toString(node), ...marks })] })];
        return runs(node.children, marks);
      }
      case 'html': return [];
      default: return 'value' in node ? [new TextRun({ text: String(node.value), ...marks })] : [];
    }
  });
}

const withBookmark = (anchor: string | undefined, children: ParagraphChild[]) =>
  anchor ? [new Bookmark({ id: anchor, children })] : children;

function listParagraphs(list: List, depth: number, numbered: boolean, ctx: Context): Paragraph[] {
  return list.children.flatMap((item: ListItem, index) => item.children.flatMap((child, childIndex): Paragraph[] => {
    if (child.type === 'list') return listParagraphs(child, depth + 1, numbered, ctx);
    if (child.type !== 'paragraph') return [];
    if (childIndex > 0) {
      return [new Paragraph({ children: runs(child.children), indent: { left: (depth + (numbered ? 3 : 2)) * INDENT } })];
    }
    const numbering = !list.ordered
      ? { reference: 'bullets', level: Math.min(depth, 1) }
      : numbered
        ? { reference: 'legal', level: Math.min(2 + depth, 3), instance: ctx.instance }
        : { reference: 'lettered', level: Math.min(depth, 1), ...(index === 0 && depth === 0 ? { restart: true } : {}) };
    return [new Paragraph({ children: runs(child.children), numbering })];
  }));
}

function table(node: MdTable): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'A0A0A0' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: node.children.map((row, r) => new TableRow({
      tableHeader: r === 0,
      children: row.children.map((cell) => new TableCell({
        children: [new Paragraph({ children: runs(cell.children, r === 0 ? { bold: true } : {}) })],
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
      })),
    })),
  });
}

function block(node: RootContent, ctx: Context): Array<Paragraph | Table | TableOfContents> {
  const layout = node.data?.layout as Layout | undefined;
  if (!layout) return [];
  if (layout.part !== ctx.instance) ctx.instance = layout.part;
  const legal = (level: number) => ({ reference: 'legal', level, instance: ctx.instance });

  switch (node.type) {
    case 'heading': {
      const children = withBookmark(layout.anchor, runs(node.children));
      if (layout.role === 'title') return [new Paragraph({ heading: HeadingLevel.TITLE, children })];
      if (layout.role === 'schedule') {
        return [new Paragraph({
          heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, pageBreakBefore: true,
          children: withBookmark(layout.anchor, [new TextRun(`${layout.label}: `), ...runs(node.children)]),
        })];
      }
      if (layout.role === 'article') return [new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: legal(0), children })];
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: legal(1), children })];
    }
    case 'paragraph': {
      const options: IParagraphOptions = layout.role === 'numbered-paragraph'
        ? { numbering: legal(1), children: withBookmark(layout.anchor, runs(node.children)) }
        : { indent: layout.role === 'body' ? { left: INDENT } : undefined, children: runs(node.children) };
      return [new Paragraph(options)];
    }
    case 'list': return listParagraphs(node, 0, layout.role !== 'preamble', ctx);
    case 'table': return [table(node), new Paragraph({ children: [] })];
    case 'blockquote':
      return node.children.filter((c) => c.type === 'paragraph')
        .map((p) => new Paragraph({ indent: { left: 2 * INDENT, right: INDENT }, children: runs(p.children, { italics: true }) }));
    case 'thematicBreak': return [new Paragraph({ children: [new PageBreak()] })];
    case 'code': return [new Paragraph({ children: [new TextRun({ text: node.value, font: 'Consolas' })] })];
    default: return [];
  }
}

/** The contents as Word would compute them, written in so the document reads right unopened. */
function tocEntries(tree: Root) {
  return tree.children.flatMap((node) => {
    const layout = node.data?.layout;
    if (node.type !== 'heading' || !layout || layout.role === 'title') return [];
    const title = toString(node);
    if (layout.role === 'schedule') return [{ title: `${layout.label}: ${title}`, level: 1, href: layout.anchor }];
    const label = layout.role === 'article' ? `${layout.label}.` : layout.label;
    return [{ title: `${label} ${title}`, level: layout.role === 'article' ? 1 : 2, href: layout.anchor }];
  });
}

export interface DocxOptions {
  title: string;
  /** Put a table of contents after the title. */
  tableOfContents: boolean;
}

export function contractToDocx(tree: Root, options: DocxOptions): Document {
  const ctx: Context = { instance: 0 };
  const body: Array<Paragraph | Table | TableOfContents> = [];
  for (const node of tree.children) {
    body.push(...block(node, ctx));
    if (options.tableOfContents && node.data?.layout?.role === 'title') {
      body.push(
        new Paragraph({ children: [new TextRun({ text: 'Contents', bold: true })] }),
        new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2', cachedEntries: tocEntries(tree) }),
        new Paragraph({ children: [new PageBreak()] }),
      );
    }
  }
  const footer = new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })],
    })],
  });
  return new Document({
    title: options.title,
    creator: 'Safeguards',
    description: 'Generated by Safeguards from a transaction profile and the clause library',
    styles,
    numbering: { config: [legalNumbering, letteredNumbering, bulletNumbering] },
    sections: [{ footers: { default: footer }, children: body }],
  });
}
