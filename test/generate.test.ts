// Generation end to end: each bundled example profile through every document it supports,
// read back from the DOCX itself.
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../src/library/clause-schema.ts';
import { loadLibrary } from '../src/library/load.ts';
import { SAFEGUARD_IDS } from '../src/profile/vocabulary.ts';
import { docxParagraphs, docxParts } from './helpers/docx.ts';
import { EXAMPLES, TODAY, exampleProfile, profileWith } from './helpers/fixtures.ts';

const library = loadLibrary();
const ACCEPT = 'Mitigated by an on-site monitor (test)';

function documentsFor(name: string): DocumentKind[] {
  return DOCUMENT_KINDS.filter((d) => d !== 'reseller' || exampleProfile(name).reseller);
}

const cases = EXAMPLES.flatMap((name) => documentsFor(name).map((document) => [name, document] as const));

describe.each(cases)('%s: %s as DOCX', (name, document) => {
  const run = generate(exampleProfile(name), { document, format: 'docx', today: TODAY, library, acceptRisk: ACCEPT });

  it('has real Word numbering: 1. / 1.1 / (a) / (i)', async () => {
    const parts = docxParts((await run).bytes);
    const numbering = parts['word/numbering.xml'];
    for (const text of ['%1.', '%1.%2', '(%3)', '(%4)']) expect(numbering).toContain(`w:lvlText w:val="${text}"`);
    expect(numbering).toContain('w:isLgl');
    expect(parts['word/document.xml']).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('has the title in the properties, page numbers in the footer, and a font', async () => {
    const { bytes, document: doc } = await run;
    const parts = docxParts(bytes);
    expect(parts['docProps/core.xml']).toContain(`<dc:title>${doc.title}</dc:title>`);
    const footer = Object.entries(parts).find(([n]) => /word\/footer\d*\.xml/.test(n))![1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(parts['word/styles.xml']).toContain('w:ascii="Calibri"');
  });

  it('resolves every cross-reference to a bookmark in the document', async () => {
    const xml = docxParts((await run).bytes)['word/document.xml'];
    const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...xml.matchAll(/w:instr="REF ([^\s"]+) /g)].map((m) => m[1]);
    if (document !== "memo") expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(bookmarks, ref).toContain(ref);
    const links = [...xml.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1]).filter((a) => !a.startsWith('_Toc'));
    for (const link of links) expect(bookmarks, link).toContain(link);
  });

  it('contains the clause of every required safeguard the document carries', async () => {
    const { bytes, document: doc, assessment } = await run;
    const xml = docxParts(bytes)['word/document.xml'];
    const text = docxParagraphs(xml).join('\n');
    if (document === 'memo') {
      for (const s of doc.selection) expect(text).toContain(s.clause.id);
      return;
    }
    expect(doc.selection.length).toBeGreaterThan(0);
    for (const s of doc.selection) {
      expect(assessment.required.map((r) => r.id)).toContain(s.safeguard);
      expect(xml).toContain(`w:name="${s.safeguard}"`);
      expect(text).toContain(s.clause.title);
    }
  });

  it('defines, in bold, every defined term it uses and no other', async () => {
    const { bytes, document: doc } = await run;
    const xml = docxParts(bytes)['word/document.xml'];
    const text = docxParagraphs(xml).join('\n');
    for (const d of doc.definitions) {
      expect(xml, d.defines).toMatch(new RegExp(`<w:b/>[\\s\\S]{0,200}?<w:t[^>]*>&quot;${d.defines}&quot;</w:t>`));
    }
    const unused = library.definitions.filter((d) => !doc.definitions.includes(d));
    for (const d of unused) expect(text).not.toContain(`"${d.defines}" means`);
  });

  if (document !== 'memo') {
    it('has a table of contents field', async () => {
      expect(docxParts((await run).bytes)['word/document.xml']).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    });
  }
});

describe('generation rules', () => {
  it('carries only the safeguards the assessment requires and the document may carry', async () => {
    const profile = exampleProfile('reseller-unknown-end-users');
    const { document: reseller } = await generate(profile, { document: 'reseller', format: 'md', today: TODAY, library });
    const ids = reseller.selection.map((s) => s.safeguard);
    expect(ids).toEqual(expect.arrayContaining(['reseller-due-diligence', 'eula-flow-down', 'no-transfer']));
    expect(ids).not.toContain('training');
    const { document: eula } = await generate(profile, { document: 'eula', format: 'md', today: TODAY, library });
    expect(eula.selection.map((s) => s.safeguard)).not.toContain('reseller-due-diligence');
    expect(eula.markdown).toMatch(/third-party beneficiary/i);
  });

  it('refuses a severe deal without --accept-risk and records the override in the memo', async () => {
    const severe = exampleProfile('severe-biometric-registry');
    await expect(generate(severe, { document: 'licence', format: 'docx', today: TODAY, library })).rejects.toThrow(/severe.*--accept-risk/s);
    const memo = await generate(severe, { document: 'memo', format: 'md', today: TODAY, library, acceptRisk: 'Board approval 12/2026' });
    expect(new TextDecoder().decode(memo.bytes)).toContain('Board approval 12/2026');
  });

  it('chooses the strict variant for high risk and the standard one for low risk', async () => {
    const high = await generate(exampleProfile('high-risk-intrusion'), { document: 'licence', format: 'md', today: TODAY, library });
    const low = await generate(exampleProfile('low-risk-analytics-cloud'), { document: 'licence', format: 'md', today: TODAY, library });
    const variant = (doc: typeof high, id: string) => doc.document.selection.find((s) => s.safeguard === id)!.clause.variant;
    expect(variant(high, 'use-restrictions')).toBe('strict');
    expect(variant(low, 'use-restrictions')).toBe('standard');
  });

  it('prefers the clause written for the deal: responsible exit, licence keys on premises', async () => {
    const severe = await generate(exampleProfile('severe-biometric-registry'), { document: 'licence', format: 'md', today: TODAY, library, acceptRisk: ACCEPT });
    expect(severe.document.selection.find((s) => s.safeguard === 'termination-for-misuse')!.clause.id).toBe('termination-for-misuse.responsible-exit');
    expect(severe.document.selection.find((s) => s.safeguard === 'seller-control')!.clause.id).toBe('seller-control.licence-keys');
  });

  it('prints a party name with Markdown and Handlebars syntax literally', async () => {
    const name = 'Acme *Bold* {{evil}} [x](http://y) <b>Co</b> #1 | _Ltd_';
    const profile = profileWith({ seller: { name, jurisdiction: 'Ruritania' } });
    const { bytes } = await generate(profile, { document: 'licence', format: 'docx', today: TODAY, library });
    const text = docxParagraphs(docxParts(bytes)['word/document.xml']).join('\n');
    expect(text).toContain(name);
    const html = new TextDecoder().decode((await generate(profile, { document: 'licence', format: 'html', today: TODAY, library })).bytes);
    expect(html).toContain('Acme *Bold* {{evil}} [x](http://y) &#x3C;b>Co&#x3C;/b> #1 | _Ltd_');
  });

  it('numbers Markdown and HTML output the way Word numbers the DOCX', async () => {
    const md = new TextDecoder().decode((await generate(exampleProfile('high-risk-intrusion'), { document: 'licence', format: 'md', today: TODAY, library })).bytes);
    expect(md).toMatch(/^## 1\. Definitions and Interpretation$/m);
    expect(md).toMatch(/^### \d+\.1 /m);
    expect(md).not.toContain('#ref:');
    expect(md).toMatch(/\[Clause \d+\.\d+\]\(#[a-z-]+\)/);
  });

  it('covers every safeguard id in a severe licence sold through a reseller', async () => {
    const severe = exampleProfile('severe-biometric-registry');
    const profile = { ...severe, channel: 'reseller' as const, reseller: { name: 'R', country: 'FR', knownEndUsers: [] } };
    const { document: doc } = await generate(profile, { document: 'licence', format: 'md', today: TODAY, library, acceptRisk: ACCEPT });
    expect(doc.selection.map((s) => s.safeguard).sort()).toEqual([...SAFEGUARD_IDS].sort());
  });
});
