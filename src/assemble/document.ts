// Assembly: profile + assessment + library + template -> the document's Markdown, with the
// selected clauses in their articles and the definitions of exactly the terms the text uses.
import type { Profile } from '../profile/schema.ts';
import type { Assessment } from '../risk/assess.ts';
import type { Definition, Library } from '../library/load.ts';
import type { DocumentTemplate } from '../library/template.ts';
import type { HelperRoot } from '../library/handlebars.ts';
import { documentContext, type Override } from './context.ts';
import { selectClauses, type SelectedClause } from './select.ts';
import { escapeRegExp } from '../regexp.ts';

export interface AssembledDocument {
  title: string;
  markdown: string;
  selection: SelectedClause[];
  definitions: Definition[];
}

export interface AssembleOptions {
  override?: Override;
  /** ISO date used when the profile gives none; passed in so assembly stays a pure function. */
  today: string;
}

const DEFINITIONS_SLOT = '\u0000definitions\u0000';

const termPattern = (term: string) =>
  new RegExp(`(?<![A-Za-z])${escapeRegExp(term)}(?![a-z])`, 'g');

/** Whether the text uses the term on its own, not only inside a longer term ("End User" in "Authorized End User"). */
function usesTerm(text: string, term: string, allTerms: string[]): boolean {
  let scan = text;
  for (const longer of allTerms) if (longer !== term && longer.includes(term)) scan = scan.replace(termPattern(longer), ' ');
  return termPattern(term).test(scan);
}

/** Definitions of the terms the text uses, and of the terms those definitions use, alphabetically. */
export function definitionsUsed(text: string, definitions: Definition[], render: (d: Definition) => string): Array<{ definition: Definition; markdown: string }> {
  const included = new Map<Definition, string>();
  const terms = definitions.map((d) => d.defines);
  let frontier = [text];
  while (frontier.length) {
    const scan = frontier.join('\n');
    frontier = [];
    for (const d of definitions) {
      if (included.has(d) || !usesTerm(scan, d.defines, terms)) continue;
      const markdown = render(d);
      included.set(d, markdown);
      frontier.push(markdown);
    }
  }
  return [...included].map(([definition, markdown]) => ({ definition, markdown }))
    .sort((a, b) => a.definition.defines.localeCompare(b.definition.defines));
}

export function assembleDocument(
  profile: Profile,
  assessment: Assessment,
  library: Library,
  template: DocumentTemplate,
  options: AssembleOptions,
): AssembledDocument {
  const selection = selectClauses(profile, assessment, library, template.kind, template.safeguards);
  const context = documentContext(
    profile, assessment, selection,
    { Seller: template.sellerTerm, Customer: template.customerTerm },
    options.override ?? { accepted: false },
    options.today,
  );
  const root: HelperRoot = { selectedSafeguards: new Set(selection.map((s) => s.safeguard)) };
  const data = { data: { root: { ...context, ...root } } };
  const renderClause = (c: { render: HandlebarsTemplateDelegate }) => c.render({ ...context, ...root }, data).trim();

  const safeguards = library.articles
    .map((article) => {
      const clauses = article.safeguards
        .map((id) => selection.find((s) => s.safeguard === id))
        .filter((s): s is SelectedClause => s !== undefined);
      if (!clauses.length) return '';
      const body = clauses.map((s) => `<!-- anchor: ${s.safeguard} -->\n### ${s.clause.title}\n\n${renderClause(s.clause)}`);
      return `## ${article.title}\n\n${body.join('\n\n')}`;
    })
    .filter(Boolean)
    .join('\n\n');

  const filled = template.render({ ...context, ...root, safeguards, definitions: DEFINITIONS_SLOT }, data);
  const used = definitionsUsed(filled.replace(DEFINITIONS_SLOT, ''), library.definitions, renderClause);
  const markdown = filled.replace(DEFINITIONS_SLOT, used.map((u) => u.markdown).join('\n\n'));
  return { title: template.title, markdown, selection, definitions: used.map((u) => u.definition) };
}
