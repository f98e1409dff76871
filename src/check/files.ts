// Which files a check covers: the paths given, with folders searched recursively for drafts.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.ts';

export const DRAFT_EXTENSIONS = new Set(['.docx', '.pdf', '.md', '.markdown', '.txt']);

/** The drafts to check, and the files of the folders given that are left out: not drafts the checker reads (a
 * legacy .doc, an .rtf, a spreadsheet), which a lawyer must not take for checked. (Office's "~$" lock files are neither.) */
export function draftFiles(paths: string[]): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const entries = readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('~$'));
      const isDraft = (name: string) => DRAFT_EXTENSIONS.has(extname(name).toLowerCase());
      const found = entries.filter((e) => isDraft(e.name)).map((e) => join(e.parentPath, e.name)).sort();
      if (!found.length) throw new InputError(`${path}: no drafts (.docx, .pdf, .md, .txt) in this folder`);
      files.push(...found);
      // (A system's hidden files, ".DS_Store", are no one's drafts.)
      skipped.push(...entries.filter((e) => !isDraft(e.name) && !e.name.startsWith('.')).map((e) => join(e.parentPath, e.name)).sort());
    } else files.push(path);
  }
  return { files, skipped };
}
