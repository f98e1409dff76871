// The Handlebars environment shared by clauses and templates: one isolated instance with the
// product's helpers, and a walker that lists what a template refers to (for the library check).
import Handlebars from 'handlebars';
import { spellNumber } from './numbers.ts';

export const hbs = Handlebars.create();

/** The data every helper may consult, passed as @root by the assembler. */
export interface HelperRoot {
  selectedSafeguards: ReadonlySet<string>;
  knownAnchors?: ReadonlySet<string>;
}

hbs.registerHelper('period', (count: unknown, unit: unknown) => {
  const n = Number(count);
  if (!Number.isInteger(n) || n < 0) throw new Error(`period: "${String(count)}" is not a whole number`);
  const word = n === 1 ? String(unit).replace(/s$/, '') : String(unit);
  return `${spellNumber(n)} (${n}) ${word}`;
});

// A cross-reference is written as a Markdown link to "#ref:<target>"; the renderer replaces it
// with the target's live number ("Clause 9.2") once the document's numbering is known.
hbs.registerHelper('ref', (target: unknown) => `[](#ref:${String(target)})`);

hbs.registerHelper('selected', function (this: unknown, id: unknown, options: Handlebars.HelperOptions) {
  const root = options.data?.root as HelperRoot | undefined;
  return root?.selectedSafeguards?.has(String(id)) ?? false;
});

hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);

export interface TemplateReferences {
  variables: Set<string>;
  helpers: Set<string>;
  refs: Set<string>;
  selected: Set<string>;
}

const HELPERS = new Set(['period', 'ref', 'selected', 'eq', 'if', 'unless', 'each', 'with']);

/** Lists the variables, helpers and reference targets a template uses. Throws on a syntax error. */
export function templateReferences(source: string): TemplateReferences {
  const found: TemplateReferences = { variables: new Set(), helpers: new Set(), refs: new Set(), selected: new Set() };
  const visit = (node: any, scoped: boolean): void => {
    if (!node || typeof node !== 'object') return;
    switch (node.type) {
      case 'Program':
        node.body.forEach((n: any) => visit(n, scoped));
        return;
      case 'MustacheStatement':
      case 'SubExpression':
      case 'BlockStatement': {
        const name = node.path.original as string;
        const isHelper = node.params.length > 0 || HELPERS.has(name);
        if (isHelper) {
          found.helpers.add(name);
          if (name === 'ref' && node.params[0]?.type === 'StringLiteral') found.refs.add(node.params[0].value);
          if (name === 'selected' && node.params[0]?.type === 'StringLiteral') found.selected.add(node.params[0].value);
          node.params.forEach((p: any) => visit(p, scoped));
        } else {
          visit(node.path, scoped);
        }
        const inner = scoped || name === 'each' || name === 'with';
        visit(node.program, inner);
        visit(node.inverse, scoped);
        return;
      }
      case 'PathExpression':
        // Inside #each/#with, names refer to the item, not the document context.
        if (!scoped && !node.data && node.original !== 'this') found.variables.add(node.original);
        return;
      default:
        return;
    }
  };
  visit(hbs.parse(source), false);
  return found;
}
