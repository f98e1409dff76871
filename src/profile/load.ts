// Reading a profile file (YAML or JSON) into a validated Profile. Every schema problem becomes
// one message naming the field path and, where the file has it, the line.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.ts';
import { Profile } from './schema.ts';

export function parseProfile(source: string, fileName = 'profile'): Profile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) {
    throw new InputError(doc.errors.map((e) => {
      const at = e.linePos?.[0];
      return `${fileName}${at ? `:${at.line}:${at.col}` : ''}: not valid YAML or JSON: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`;
    }));
  }
  const data = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${fileName}: a profile is a mapping of fields (seller, customer, product, ...), not ${data === null ? 'an empty file' : typeof data}`);
  }
  const result = Profile.safeParse(data);
  if (result.success) return result.data;
  throw new InputError(result.error.issues.map((issue) => describeIssue(issue, doc, lineCounter, fileName)));
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, fileName: string): string {
  const path = issue.path.map(String);
  const field = formatPath(issue.path);
  const line = lineOf(doc, lines, path);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'is required';
  return `${fileName}${line ? `:${line}` : ''}: ${field || '(top level)'}: ${message}`;
}

/** The line of the deepest node on the path that exists in the file. */
function lineOf(doc: Document, lines: LineCounter, path: string[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
