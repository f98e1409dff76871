// An independent reader: LibreOffice must open every generated document and show the numbering
// Word would show. .ci/run installs LibreOffice and poppler-utils (pdftotext) from Debian.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { DOCUMENT_KINDS } from '../src/library/clause-schema.ts';
import { loadLibrary } from '../src/library/load.ts';
import { EXAMPLES, TODAY, exampleProfile } from './helpers/fixtures.ts';

const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('generated documents open in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lo-'));
  const library = loadLibrary();
  const docs: Array<{ file: string; title: string; firstClause?: string }> = [];

  beforeAll(async () => {
    if (!hasTool('soffice') || !hasTool('pdftotext')) {
      throw new Error('LibreOffice (soffice) and pdftotext are needed: apt-get install libreoffice-writer-nogui poppler-utils (.ci/run does this)');
    }
    for (const name of EXAMPLES) {
      const profile = exampleProfile(name);
      for (const document of DOCUMENT_KINDS) {
        if (document === 'reseller' && !profile.reseller) continue;
        const { bytes, document: doc } = await generate(profile, { document, format: 'docx', today: TODAY, library, acceptRisk: 'test' });
        const file = join(dir, `${name}.${document}.docx`);
        writeFileSync(file, bytes);
        docs.push({ file, title: doc.title, firstClause: doc.selection[0]?.clause.title });
      }
    }
    // One soffice process for all files, with its own profile so parallel runs cannot collide.
    execFileSync('soffice', [`-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), 'lo-profile-'))}`, '--headless',
      '--convert-to', 'pdf', '--outdir', dir, ...docs.map((d) => d.file)], { stdio: 'pipe', timeout: 240_000 });
  }, 300_000);

  it('converts every document to PDF, with its title, numbered articles and safeguard clauses', () => {
    expect(docs.length).toBeGreaterThanOrEqual(17);
    for (const doc of docs) {
      const pdf = doc.file.replace(/\.docx$/, '.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString(), pdf).toBe('%PDF-');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text, pdf).toContain(doc.title);
      expect(text, pdf).toMatch(/^\s*1\.\s+\S/m);          // an article number Word/LibreOffice computed
      expect(text, pdf).toMatch(/^\s*\d+\.\d+\s+\S/m);     // a clause number
      if (doc.firstClause && !doc.file.endsWith('.memo.docx')) expect(text.replace(/\s+/g, ' '), pdf).toContain(doc.firstClause);
    }
  });
});
