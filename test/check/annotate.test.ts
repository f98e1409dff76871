// check --annotate: the lawyer's own DOCX back, formatting untouched, with comments on weak or
// contradicting clauses and missing required clauses as tracked insertions.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/annotate/index.ts';
import { proposeClauses } from '../../src/annotate/proposal.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { checkDraft } from '../../src/check/check.ts';
import { readDraft } from '../../src/read/index.ts';
import { docxParts } from '../helpers/docx.ts';

const root = new URL('../..', import.meta.url).pathname;

async function counterpartyDraft(): Promise<Uint8Array> {
  const numbered = (text: string, level = 1) => new Paragraph({ text, numbering: { reference: 'clauses', level } });
  const doc = new Document({
    numbering: { config: [{ reference: 'clauses', levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
    ] }] },
    sections: [{ children: [
      new Paragraph({ text: 'Platform Licence Agreement', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Licence', heading: HeadingLevel.HEADING_1, numbering: { reference: 'clauses', level: 0 } }),
      numbered('The Licensor grants the Authority a licence to use the Platform for any lawful purpose.'),
      new Paragraph({ text: 'Termination', heading: HeadingLevel.HEADING_1, numbering: { reference: 'clauses', level: 0 } }),
      numbered('The Licensor may terminate this Agreement for material breach not cured within sixty (60) days of notice.'),
      numbered('The Licensor shall not remotely access, disable or degrade the Platform.'),
      new Paragraph({ text: 'Signatures', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'IN WITNESS WHEREOF the parties have signed this Agreement.' }),
    ] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The annotated document.xml with Safeguards' markers and insertions removed. */
const withoutAnnotations = (xml: string) => xml
  .replace(/<w:commentRange(?:Start|End) w:id="\d+"\/>/g, '')
  .replace(/<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '')
  .replace(/<w:p><w:pPr><w:rPr><w:ins [^>]*w:author="Safeguards"[^>]*\/><\/w:rPr><\/w:pPr>[\s\S]*?<\/w:p>/g, '');

describe('check --annotate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
  const file = join(dir, 'counterparty.docx');
  let original: Uint8Array;
  let annotated: Uint8Array;

  beforeAll(async () => {
    original = await counterpartyDraft();
    writeFileSync(file, original);
    annotated = (await annotateFile(file, { now: new Date('2026-12-04T10:00:00Z') })).bytes;
  });

  it('adds a comment on each weak or contradicting clause, naming the safeguard and the problem', () => {
    const parts = docxParts(annotated);
    const comments = parts['word/comments.xml'];
    expect(comments).toMatch(/termination-for-misuse\), graded weak/);
    expect(comments).toMatch(/suspension-remote-disable\), graded contradicted/);
    expect(parts['word/_rels/document.xml.rels']).toContain('relationships/comments');
    expect(parts['[Content_Types].xml']).toContain('/word/comments.xml');
    const xml = parts['word/document.xml'];
    const disable = xml.indexOf('shall not remotely access');
    expect(xml.lastIndexOf('<w:commentRangeStart', disable)).toBeGreaterThan(xml.lastIndexOf('<w:p>', disable) - 1);
  });

  it('proposes the missing required clauses as tracked insertions before the signatures', () => {
    const xml = docxParts(annotated)['word/document.xml'];
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Safeguards"/);
    expect(xml).toContain('Human-rights safeguards proposed by Safeguards');
    expect(xml).toContain('(use-restrictions)');
    expect(xml.indexOf('proposed by Safeguards')).toBeLessThan(xml.indexOf('IN WITNESS WHEREOF'));
    // In the draft's own words: its seller is "the Licensor".
    expect(xml).toMatch(/Licensor (?:shall|may)/);
  });

  it('leaves everything else in the document exactly as it was', () => {
    expect(withoutAnnotations(docxParts(annotated)['word/document.xml'])).toBe(docxParts(original)['word/document.xml']);
    expect(docxParts(annotated)['word/numbering.xml']).toBe(docxParts(original)['word/numbering.xml']);
    expect(docxParts(annotated)['word/styles.xml']).toBe(docxParts(original)['word/styles.xml']);
  });

  it('reads, once the insertions are accepted, with no proposed safeguard still missing', async () => {
    const before = checkDraft(await readDraft(original, 'before.docx'));
    const after = checkDraft(await readDraft(annotated, 'after.docx'));
    const missingBefore = before.findings.filter((f) => f.required && f.status === 'missing').map((f) => f.safeguard);
    expect(missingBefore.length).toBeGreaterThan(5);
    for (const id of missingBefore) expect(after.findings.find((f) => f.safeguard === id)!.status, id).not.toBe('missing');
  });

  it('opens in LibreOffice', () => {
    const out = join(dir, 'annotated.docx');
    writeFileSync(out, annotated);
    execFileSync('soffice', [`-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), 'lo-'))}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'pipe', timeout: 120_000 });
    const text = execFileSync('pdftotext', [join(dir, 'annotated.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Human-rights safeguards proposed by Safeguards');
  });

  it('is offered on the command line for one DOCX draft only', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/safeguards.js'), ...args], { encoding: 'utf8' });
    const out = join(dir, 'reviewed.docx');
    const run = cli('check', file, '--annotate', out);
    expect(run.status).toBe(3);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const md = join(dir, 'draft.md');
    writeFileSync(md, '# Terms\n\nThe Customer shall pay.\n');
    const refused = cli('check', md, '--annotate', join(dir, 'x.docx'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--annotate needs exactly one DOCX draft/);
  });
});

describe('proposed clauses', () => {
  it("speak the draft's own defined terms for the product and the purpose, and define only what the draft lacks", async () => {
    const text = [
      'This Licence is made between Aurelian Cyber Limited (the "Licensor") and the State Security Service (the "Licensee").',
      '"System" means the Sentinel interception system, including updates.',
      '"Permitted Purpose" means the investigation of Terrorism and Serious Crime.',
      '1. The Licensee shall use the System only for the Permitted Purpose.',
    ].join('\n\n');
    const draft = await readDraft(new TextEncoder().encode(text), 'licence.txt');
    const { clauses, definitions } = proposeClauses(['lawful-authorization', 'audit-and-records', 'data-protection'], draft, loadLibrary(), { today: '2026-12-04' });
    const words = [...clauses.flatMap((c) => c.paragraphs), ...definitions].join('\n');
    expect(words).toMatch(/\bthe System\b/);
    expect(words).toMatch(/\bPermitted Purpose\b/);
    expect(words).not.toMatch(/\bProduct\b|\bAuthorized Purpose\b/);
    expect(words).toMatch(/Licensee shall/);
    expect(definitions.map((d) => d.match(/^"([^"]+)"/)?.[1])).not.toContain('System');
    expect(definitions.some((d) => d.startsWith('"Usage Logs" means'))).toBe(true);
  });

  it('keep the library terms where the draft has none of its own', async () => {
    const draft = await readDraft(new TextEncoder().encode('The Supplier licenses the software to the Customer.'), 'plain.txt');
    const { definitions } = proposeClauses(['audit-and-records'], draft, loadLibrary(), { today: '2026-12-04' });
    expect(definitions.some((d) => d.startsWith('"Product" means'))).toBe(true);
  });
});
