// Gives the Markdown tree its contract structure: which heading is the title, a schedule, an
// article or a clause; each clause's number; the anchors; and the text of every cross-reference.
// Word computes its own numbers from the numbering definitions; these labels are the same
// numbers, used for Markdown and HTML output and as the cached text of Word's REF fields.
import type { Link, Root, RootContent } from 'mdast';
import { InputError } from '../errors.ts';

export type Role = 'title' | 'schedule' | 'article' | 'clause' | 'numbered-paragraph' | 'body' | 'preamble';

export interface Layout {
  role: Role;
  /** Which part of the document: 0 is the main body, 1.. the schedules. */
  part: number;
  /** The number as a lawyer cites it: "3", "3.2", "Schedule 1". */
  label?: string;
  anchor?: string;
}

declare module 'mdast' {
  interface Data {
    layout?: Layout;
    crossReference?: { target: string; label: string; kind: 'clause' | 'schedule' };
  }
}

const ANCHOR = /^<!--\s*anchor:\s*([a-z0-9-]+)\s*-->$/;

/** Annotates every top-level node with its layout and resolves `#ref:` links. Mutates `tree`. */
export function structureContract(tree: Root): void {
  const targets = new Map<string, { label: string; kind: 'clause' | 'schedule' }>();
  let part = -1;
  let article = 0;
  let clause = 0;
  let inArticle = false;
  let inClause = false;
  let pendingAnchor: string | undefined;

  const set = (node: RootContent, layout: Layout) => {
    node.data = { ...node.data, layout };
    if (layout.anchor && layout.label) {
      targets.set(layout.anchor, { label: layout.label, kind: layout.role === 'schedule' ? 'schedule' : 'clause' });
    }
  };

  for (const node of tree.children) {
    if (node.type === 'html') {
      const match = ANCHOR.exec(node.value.trim());
      if (match) pendingAnchor = match[1];
      continue;
    }
    const anchor = pendingAnchor;
    pendingAnchor = undefined;
    if (node.type === 'heading' && node.depth === 1) {
      part += 1;
      article = 0;
      clause = 0;
      inArticle = inClause = false;
      set(node, part === 0 ? { role: 'title', part } : { role: 'schedule', part, label: `Schedule ${part}`, anchor });
    } else if (node.type === 'heading' && node.depth === 2) {
      part = Math.max(part, 0);
      article += 1;
      clause = 0;
      inArticle = true;
      inClause = false;
      set(node, { role: 'article', part, label: `${article}`, anchor });
    } else if (node.type === 'heading') {
      clause += 1;
      inClause = true;
      set(node, { role: 'clause', part, label: `${article}.${clause}`, anchor });
    } else if (node.type === 'paragraph' && inArticle && !inClause) {
      clause += 1;
      set(node, { role: 'numbered-paragraph', part, label: `${article}.${clause}`, anchor });
    } else {
      set(node, { role: inArticle ? 'body' : 'preamble', part: Math.max(part, 0) });
    }
  }

  const unresolved = new Set<string>();
  visitLinks(tree, (link) => {
    if (!link.url.startsWith('#ref:')) return;
    const target = link.url.slice('#ref:'.length);
    const found = targets.get(target);
    if (!found) {
      unresolved.add(target);
      return;
    }
    const label = found.kind === 'schedule' ? found.label : `Clause ${found.label}`;
    link.url = `#${target}`;
    link.children = [{ type: 'text', value: label }];
    link.data = { ...link.data, crossReference: { target, label: found.label, kind: found.kind } };
  });
  if (unresolved.size) {
    throw new InputError([...unresolved].map((t) => `cross-reference to "${t}" has no target in this document (no clause or anchor of that name was included)`));
  }
}

function visitLinks(node: { children?: unknown[] } | RootContent | Root, fn: (link: Link) => void): void {
  if ((node as Link).type === 'link') fn(node as Link);
  const children = (node as { children?: unknown[] }).children;
  if (Array.isArray(children)) for (const child of children) visitLinks(child as RootContent, fn);
}
