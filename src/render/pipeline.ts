// Markdown -> contract tree -> DOCX, Markdown or HTML. One parse, one structure pass; the
// output formats differ only in the last step.
import { Packer } from 'docx';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { contractToDocx } from './docx.ts';
import { cachedParser } from './parse-cache.ts';
import { remarkTables } from './remark-tables.ts';
import { structureContract } from './structure.ts';

export const OUTPUT_FORMATS = ['docx', 'md', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const parser = unified().use(remarkParse).use(remarkTables).freeze();
const parseBlocks = cachedParser((markdown) => parser.parse(markdown));

export function parseContract(markdown: string): Root {
  const tree = parseBlocks(markdown);
  structureContract(tree);
  return tree;
}

/** Writes each clause's number into its text, for outputs that have no numbering engine. */
function inlineNumbers(tree: Root): Root {
  const prefix = (node: Heading | Paragraph, text: string) => {
    node.children.unshift({ type: 'text', value: text });
  };
  const children = tree.children.filter((n) => n.type !== 'html').map((node): RootContent => {
    const layout = node.data?.layout;
    if (!layout) return node;
    const copy = structuredClone(node);
    if (layout.anchor) copy.data = { ...copy.data, hProperties: { id: layout.anchor } };
    if (copy.type === 'heading' && layout.role === 'schedule') prefix(copy, `${layout.label}: `);
    else if (copy.type === 'heading' && layout.role === 'article') prefix(copy, `${layout.label}. `);
    else if (copy.type === 'heading' && layout.role === 'clause') prefix(copy, `${layout.label} `);
    else if (copy.type === 'paragraph' && layout.role === 'numbered-paragraph') prefix(copy, `${layout.label} `);
    if (copy.type === 'list' && copy.ordered) copy.data = { ...copy.data, hProperties: { type: 'a' } };
    return copy;
  });
  return { ...tree, children };
}

export async function renderContract(markdown: string, format: OutputFormat, options: { title: string; tableOfContents: boolean }): Promise<Uint8Array> {
  const tree = parseContract(markdown);
  if (format === 'docx') return new Uint8Array(await Packer.toBuffer(contractToDocx(tree, options)));
  const numbered = inlineNumbers(tree);
  if (format === 'md') {
    return new TextEncoder().encode(unified().use(remarkTables).use(remarkStringify).stringify(numbered));
  }
  const hast = await unified().use(remarkRehype).run(numbered);
  const body = unified().use(rehypeStringify).stringify(hast);
  return new TextEncoder().encode(htmlPage(options.title, body));
}

/** A Markdown report as a stand-alone HTML page. */
export async function markdownToHtml(markdown: string, title: string): Promise<string> {
  const hast = await unified().use(remarkRehype).run(parser.parse(markdown));
  return htmlPage(title, unified().use(rehypeStringify).stringify(hast));
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:Calibri,Arial,sans-serif;max-width:48em;margin:2em auto;line-height:1.45}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:.3em .6em}h1{text-align:center}</style>
</head><body>
${body}
</body></html>
`;
}
