// Loading a document template from templates/: front matter (title, the parties' defined terms,
// which safeguards the document may carry) and a compiled Handlebars body.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { formatPath } from '../profile/load.ts';
import { SAFEGUARD_IDS, type SafeguardId } from '../profile/vocabulary.ts';
import type { DocumentKind } from './clause-schema.ts';
import { splitFrontMatter } from './front-matter.ts';
import { hbs, templateReferences } from './handlebars.ts';

const TemplateMeta = z.strictObject({
  title: z.string().trim().min(1),
  'seller-term': z.string().trim().min(1),
  'customer-term': z.string().trim().min(1),
  safeguards: z.union([z.literal('all'), z.array(z.enum(SAFEGUARD_IDS)).min(1)]),
});

export interface DocumentTemplate {
  kind: DocumentKind;
  title: string;
  sellerTerm: string;
  customerTerm: string;
  /** The safeguards this kind of document may carry. */
  safeguards: ReadonlySet<SafeguardId>;
  /** Anchors the template itself defines (`<!-- anchor: name -->`). */
  anchors: ReadonlySet<string>;
  render: HandlebarsTemplateDelegate;
  file: string;
}

export const DEFAULT_TEMPLATE_DIR = new URL('../../templates/', import.meta.url).pathname;
const ANCHOR = /<!--\s*anchor:\s*([a-z0-9-]+)\s*-->/g;

export function loadTemplate(kind: DocumentKind, dir = DEFAULT_TEMPLATE_DIR): DocumentTemplate {
  const path = `${dir.replace(/\/$/, '')}/${kind}.md`;
  const file = relative(process.cwd(), path) || path;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${file}: template not found`);
  }
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  const meta = TemplateMeta.safeParse(split.data);
  if (!meta.success) throw new InputError(meta.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`));

  const anchors = new Set([...split.body.matchAll(ANCHOR)].map((m) => m[1]));
  try {
    const refs = templateReferences(split.body);
    const unknown = [...refs.refs].filter((r) => !anchors.has(r) && !(SAFEGUARD_IDS as readonly string[]).includes(r));
    if (unknown.length) throw new InputError(unknown.map((r) => `${file}: {{ref "${r}"}} points to no anchor in the template and no safeguard`));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: placeholder syntax: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
  const s = meta.data.safeguards;
  return {
    kind,
    title: meta.data.title,
    sellerTerm: meta.data['seller-term'],
    customerTerm: meta.data['customer-term'],
    safeguards: new Set(s === 'all' ? SAFEGUARD_IDS : s),
    anchors,
    render: hbs.compile(split.body, { noEscape: true }),
    file,
  };
}
