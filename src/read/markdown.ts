// Markdown drafts: headings, paragraphs, list items and table rows become blocks; typed
// numbers in them ("## 12. Termination", "12.3 The Supplier ...") are kept as labels.
import type { List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkTables } from '../render/remark-tables.ts';
import { isTitle } from './build.ts';
import type { RawBlock } from './model.ts';

const parser = unified().use(remarkParse).use(remarkTables).freeze();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

function listBlocks(list: List, depth: number, out: RawBlock[], source: string): void {
  // An ordered list after a lead-in ("... if:") or inside another list gives a clause its items,
  // read as (a), (b) or, nested, (i), (ii); a list that stands on its own is numbered as it shows: 1, 2.
  // (A lead-in ends as the draft index reads one: with a colon or a dash.)
  const items = depth > 0 || /[:\u2014-]\s*$/.test(out.at(-1)?.text ?? '');
  // Markdown counts on from the first item, but a draft's typed number is its clause number ("1.", "4.", "9."),
  // unless the numbers typed do not rise (every item typed "1.", as Markdown allows).
  let n = (list.start ?? 1) - 1;
  list.children.forEach((item) => {
    const typed = Number(/^\s*(\d+)[.)]/.exec(source.slice(item.position?.start.offset ?? 0, (item.position?.start.offset ?? 0) + 12))?.[1]);
    n = typed > n ? typed : n + 1;
    const label = !list.ordered ? undefined : !items ? String(n) : depth % 2 === 0 ? `(${LETTERS[(n - 1) % 26]})` : `(${ROMAN[(n - 1) % 12]})`;
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') listBlocks(child, depth + 1, out, source);
      else {
        // (Numbered clause lines typed under the item's own without a blank line are their own clauses, as in a paragraph:
        // "12. Training\n12.1 The Ministry shall ...\n12.2 Clause 12.1 shall not apply ...". Lettered ones are its items.)
        for (const text of (child.type === 'paragraph' ? toString(child).split(NEXT_NUMBERED_LINE) : [toString(child)])) {
          // A list item that types its own number keeps it.
          out.push(first && label && !/^\s*(\(?[a-z0-9]{1,4}[.)]|\d+\.)\s/i.test(text) ? { text, label } : first && !list.ordered ? { text, bullet: true } : { text });
          first = false;
        }
      }
    }
  });
}

// (Also items typed "a)", "b)" one under another.)
// (Within a paragraph: the tildes never span a blank line.)
const STRUCK = /~~(?=\S)(?:[^~\n]|\n(?![ \t]*\n))+?~~/g;
const NEXT_CLAUSE_LINE = /\n(?=[ \t]*(?:\d+(?:\.\d+)+\.?|\([a-z0-9]{1,4}\)|[a-z]\))[ \t])/;
const NEXT_NUMBERED_LINE = /\n(?=[ \t]*\d+(?:\.\d+)+\.?[ \t])/;

export function readMarkdown(markdown: string): RawBlock[] {
  // Text struck through ("~~thirty~~ ninety days", a redline typed in Markdown) reads as deleted.
  const source = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(STRUCK, '');
  const tree: Root = parser.parse(source);
  const out: RawBlock[] = [];
  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'heading': out.push({ text: toString(node), headingLevel: node.depth }); break;
      // Clause lines typed one under another without a blank line ("**8. Data.**\n8.1 ...\n8.2 ...")
      // are one Markdown paragraph, but each is its own clause.
      case 'paragraph':
        // A short line all in bold ("**Suspension**") is a heading, as drafts without heading marks show one.
        if (node.children.length === 1 && node.children[0].type === 'strong' && isTitle(toString(node))) out.push({ text: toString(node), headingLevel: 3 });
        else for (const text of toString(node).split(NEXT_CLAUSE_LINE)) out.push({ text });
        break;
      case 'list': listBlocks(node, 0, out, source); break;
      case 'table': for (const row of node.children) out.push({ text: row.children.map((c) => toString(c)).join(' | ') }); break;
      case 'blockquote': node.children.forEach(visit); break;
      case 'code': out.push({ text: node.value }); break;
      default: break;
    }
  };
  tree.children.forEach(visit);
  return out;
}
