// Loading and validating the clause library. Every problem is reported with its file, all at
// once, so a lawyer editing clauses fixes them in one pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { formatPath } from '../profile/load.ts';
import { SAFEGUARD_IDS, type SafeguardId, type SourceKey } from '../profile/vocabulary.ts';
import { DefinitionMeta, SafeguardClauseMeta, type AppliesWhen } from './clause-schema.ts';
import { splitFrontMatter } from './front-matter.ts';
import { hbs, templateReferences } from './handlebars.ts';
import { CLAUSE_VARIABLES } from './variables.ts';

interface ClauseBase {
  id: string;
  title: string;
  appliesWhen: AppliesWhen;
  variables: string[];
  sources: SourceKey[];
  version: number;
  body: string;
  file: string;
  render: HandlebarsTemplateDelegate;
}
export interface SafeguardClause extends ClauseBase { kind: 'safeguard'; safeguard: SafeguardId; variant: 'standard' | 'strict' }
export interface Definition extends ClauseBase { kind: 'definition'; defines: string }
export type Clause = SafeguardClause | Definition;

export interface Article { title: string; safeguards: SafeguardId[] }

export interface Library {
  clauses: SafeguardClause[];
  definitions: Definition[];
  articles: Article[];
}

const ArticlesFile = z.array(z.strictObject({ title: z.string().min(1), safeguards: z.array(z.enum(SAFEGUARD_IDS)).min(1) })).min(1);

export const DEFAULT_LIBRARY_DIR = new URL('../../clauses/', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function zodProblems(error: z.ZodError, where: string): string[] {
  return error.issues.map((i) => `${where}: ${formatPath(i.path) || '(front matter)'}: ${i.message}`);
}

/** Parses one clause file. Returns the clause or the problems found in it. */
export function parseClause(source: string, file: string): Clause | string[] {
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    return [`${file}: ${(error as Error).message}`];
  }
  const raw = split.data as Record<string, unknown> | null;
  const isDefinition = raw !== null && typeof raw === 'object' && ('defines' in raw || raw.kind === 'definition');
  const parsed = (isDefinition ? DefinitionMeta : SafeguardClauseMeta).safeParse(raw);
  if (!parsed.success) return zodProblems(parsed.error, file);
  const meta = parsed.data;
  const body = split.body;
  const problems: string[] = [];
  if (!body) problems.push(`${file}: the clause has no text after its front matter`);
  if (/^#{1,6}\s/m.test(body)) problems.push(`${file}: a clause body has no headings (the title comes from the front matter)`);

  let refs;
  try {
    refs = templateReferences(body);
  } catch (error) {
    return [`${file}: placeholder syntax: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`];
  }
  const declared = new Set(meta.variables);
  for (const v of meta.variables) if (!(v in CLAUSE_VARIABLES)) problems.push(`${file}: variables: "${v}" is not a known variable (${Object.keys(CLAUSE_VARIABLES).join(', ')})`);
  for (const v of refs.variables) if (!declared.has(v)) problems.push(`${file}: the text uses {{${v}}} but "variables" does not declare it`);
  for (const v of declared) if (!refs.variables.has(v)) problems.push(`${file}: variables: "${v}" is declared but the text never uses it`);
  for (const h of refs.helpers) if (!['period', 'ref', 'selected', 'eq', 'if', 'unless'].includes(h)) problems.push(`${file}: unknown helper "${h}"`);
  for (const target of [...refs.refs, ...refs.selected]) {
    if (!(SAFEGUARD_IDS as readonly string[]).includes(target)) problems.push(`${file}: "${target}" is not a safeguard id, so a clause cannot refer to it`);
  }
  for (const target of refs.refs) {
    if (!refs.selected.has(target)) problems.push(`${file}: {{ref "${target}"}} must sit inside {{#if (selected "${target}")}} since that clause may not be in the document`);
  }
  if (meta.kind === 'definition' && !body.startsWith(`**"${meta.defines}"**`)) {
    problems.push(`${file}: a definition's text starts with the term in bold quotes: **"${meta.defines}"** means ...`);
  }
  if (problems.length) return problems;

  const base = {
    id: meta.id, title: meta.title, appliesWhen: meta['applies-when'], variables: meta.variables,
    sources: meta.sources, version: meta.version, body, file,
    render: hbs.compile(body, { noEscape: true }),
  };
  return meta.kind === 'definition'
    ? { ...base, kind: 'definition', defines: meta.defines }
    : { ...base, kind: 'safeguard', safeguard: meta.safeguard, variant: meta.variant };
}

export function loadLibrary(dir = DEFAULT_LIBRARY_DIR): Library {
  const problems: string[] = [];
  const clauses: SafeguardClause[] = [];
  const definitions: Definition[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;

  for (const path of markdownFiles(dir)) {
    const result = parseClause(readFileSync(path, 'utf8'), shown(path));
    if (Array.isArray(result)) problems.push(...result);
    else if (result.kind === 'definition') definitions.push(result);
    else clauses.push(result);
  }

  const seen = new Map<string, string>();
  for (const c of [...clauses, ...definitions]) {
    const other = seen.get(c.id);
    if (other) problems.push(`${c.file}: id "${c.id}" is already used by ${other}`);
    seen.set(c.id, c.file);
  }
  const terms = new Map<string, string>();
  for (const d of definitions) {
    const other = terms.get(d.defines);
    if (other) problems.push(`${d.file}: "${d.defines}" is already defined in ${other}`);
    terms.set(d.defines, d.file);
  }
  for (const id of SAFEGUARD_IDS) {
    if (!clauses.some((c) => c.safeguard === id)) problems.push(`${shown(dir)}: no clause provides the safeguard "${id}"`);
  }

  const articlesPath = join(dir, 'articles.yaml');
  let articles: Article[] = [];
  try {
    const parsed = ArticlesFile.safeParse(parseYaml(readFileSync(articlesPath, 'utf8')));
    if (!parsed.success) problems.push(...zodProblems(parsed.error, shown(articlesPath)));
    else {
      articles = parsed.data;
      const placed = articles.flatMap((a) => a.safeguards);
      for (const id of SAFEGUARD_IDS) {
        const count = placed.filter((p) => p === id).length;
        if (count !== 1) problems.push(`${shown(articlesPath)}: safeguard "${id}" must appear in exactly one article (found ${count})`);
      }
    }
  } catch (error) {
    problems.push(`${shown(articlesPath)}: ${(error as Error).message.split('\n')[0]}`);
  }

  if (problems.length) throw new InputError(problems);
  return { clauses, definitions, articles };
}
