// Hostile and broken input: each gets one clear InputError (exit 1 on the CLI), never a crash,
// a hang or an empty report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { generate } from '../../src/generate.ts';
import { MAX_DRAFT_BYTES, readDraft } from '../../src/read/index.ts';
import { ZIP_LIMITS } from '../../src/read/zip.ts';
import { TODAY, exampleProfile } from '../helpers/fixtures.ts';

async function refusal(bytes: Uint8Array, file: string): Promise<string> {
  try {
    await readDraft(bytes, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${file}: `)).toBe(true);
    return problems[0];
  }
  throw new Error('expected the draft to be refused');
}

const documentXml = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const docxWith = (xml: string, extra: Record<string, Uint8Array> = {}) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml), ...extra });

/** A one-page PDF with no text layer, as a scanner produces (here without even an image). */
function blankPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>', '<< /Length 0 >>\nstream\n\nendstream'];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => { const at = pdf.length; pdf += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf);
}

describe('hostile input', () => {
  it('refuses a file that is not a DOCX at all', async () => {
    expect(await refusal(strToU8('this is plain text pretending'), 'draft.docx')).toMatch(/named \.docx but not a DOCX/);
    expect(await refusal(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 9]), 'blob.bin')).toMatch(/not a DOCX, PDF, Markdown or text file/);
  });

  it('refuses rich text and web pages by name, whatever they are called, rather than grade their markup', async () => {
    expect(await refusal(strToU8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} The Licensee shall use the System only for serious crime.\\par }'), 'draft.rtf')).toMatch(/draft\.rtf: an RTF file; save it as \.docx or \.pdf/);
    expect(await refusal(strToU8('\uFEFF{\\rtf1 The Supplier may suspend.}'), 'draft.txt')).toMatch(/an RTF file/);
    expect(await refusal(strToU8('<!DOCTYPE html>\n<html><body><p>The Licensee shall use the System only for serious crime.</p></body></html>'), 'draft.html')).toMatch(/draft\.html: an HTML page; save it as \.docx, \.pdf or plain text/);
    expect(await refusal(strToU8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>Terms</body></html>'), 'draft.md')).toMatch(/an HTML page/);
    // (Markdown may hold inline HTML, and a text may speak of RTF: only the opening counts.)
    const draft = await readDraft(strToU8('# Licence\n\n<!-- drafting note -->\n\n1. The Licensee shall use the System only for the investigation of serious crime, and not to open {\\rtf files}.'), 'licence.md');
    expect(draft.sentences.length).toBeGreaterThan(0);
  });

  it('refuses a corrupt DOCX and an encrypted one', async () => {
    const good = docxWith(documentXml('<w:p><w:r><w:t>The Supplier may terminate.</w:t></w:r></w:p>'));
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    expect(await refusal(truncated, 'cut.docx')).toMatch(/not a readable DOCX|not a Word document/);
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole, 'locked.docx')).toMatch(/encrypted \(password-protected\) DOCX or a legacy \.doc/);
    expect(await refusal(zipSync({ 'hello.txt': strToU8('hi') }), 'other.docx')).toMatch(/not a Word document/);
  });

  it('refuses a zip bomb by its expansion and by its entry count, before inflating', async () => {
    const saved = { ...ZIP_LIMITS };
    try {
      ZIP_LIMITS.maxInflated = 1024 * 1024;
      const bomb = docxWith(documentXml(`<w:p><w:r><w:t>${' '.repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`));
      expect(bomb.length).toBeLessThan(64 * 1024);
      expect(await refusal(bomb, 'bomb.docx')).toMatch(/would expand to .* refused as a possible zip bomb/);
    } finally {
      Object.assign(ZIP_LIMITS, saved);
    }
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= ZIP_LIMITS.maxEntries; i++) many[`junk/${i}.xml`] = strToU8('x');
    expect(await refusal(docxWith(documentXml(''), many), 'many.docx')).toMatch(/more than \d+ entries/);
  });

  it('never expands a DTD or entity declarations', async () => {
    const billionLaughs = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const xml = documentXml('<w:p><w:r><w:t>&b;</w:t></w:r></w:p>', billionLaughs);
    expect(await refusal(docxWith(xml), 'dtd.docx')).toMatch(/declares a DTD or entities; refused/);
  });

  it('refuses a file over the size limit, an empty file and an empty document', async () => {
    expect(await refusal(new Uint8Array(MAX_DRAFT_BYTES + 1), 'huge.txt')).toMatch(/over the 25 MiB limit/);
    expect(await refusal(new Uint8Array(0), 'empty.docx')).toMatch(/the file is empty/);
    expect(await refusal(docxWith(documentXml('<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>')), 'blank.docx')).toMatch(/no text to check/);
  });

  it('tells a scanned PDF without a text layer from an empty report', async () => {
    expect(await refusal(blankPdf(), 'scan.pdf')).toMatch(/no text layer .* looks scanned/);
    expect(await refusal(strToU8('%PDF-1.7 garbage'), 'broken.pdf')).toMatch(/not a readable PDF/);
  });

  it('exits 1 on the command line with a one-line message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    writeFileSync(join(dir, 'x.docx'), 'not a docx');
    const run = spawnSync(process.execPath, [new URL('../../bin/safeguards.js', import.meta.url).pathname, 'check', join(dir, 'x.docx')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/x\.docx: named \.docx but not a DOCX file/);
  });

  it('always gives a result or a clear error for random bytes and mutated DOCX files', async () => {
    const { bytes: real } = await generate(exampleProfile('low-risk-analytics-cloud'), { document: 'rider', format: 'docx', today: TODAY });
    const outcome = async (bytes: Uint8Array, name: string) => {
      try {
        const draft = await readDraft(bytes, name);
        return draft.blocks.length > 0;
      } catch (error) {
        return error instanceof InputError;
      }
    };
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.docx', 'a.pdf', 'a.md', 'a.txt'), async (bytes, name) => {
      expect(await outcome(bytes, name)).toBe(true);
    }), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), async (edits) => {
      const mutated = real.slice();
      for (const [at, value] of edits) mutated[at] = value;
      expect(await outcome(mutated, 'mutated.docx')).toBe(true);
    }), { numRuns: 150 });
  });
});
