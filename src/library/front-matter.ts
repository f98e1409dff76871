// Splitting a Markdown file into its YAML front matter and body, shared by clauses and templates.
import { parse as parseYaml } from 'yaml';

export interface FrontMatterFile {
  data: unknown;
  body: string;
}

/** Throws a plain Error with the reason; callers add the file name. */
export function splitFrontMatter(source: string): FrontMatterFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) throw new Error('no front matter: the file must start with a "---" line, the YAML fields, and another "---" line');
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    throw new Error(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { data, body: source.slice(match[0].length).trim() };
}
