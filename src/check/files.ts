// Which files a check covers: the paths given, with folders searched recursively for drafts.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.ts';

export const DRAFT_EXTENSIONS = new Set(['.docx', '.pdf', '.md', '.markdown', '.txt']);

export function draftFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const found = readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && DRAFT_EXTENSIONS.has(extname(e.name).toLowerCase()) && !e.name.startsWith('~$'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      if (!found.length) throw new InputError(`${path}: no drafts (.docx, .pdf, .md, .txt) in this folder`);
      files.push(...found);
    } else files.push(path);
  }
  return files;
}
