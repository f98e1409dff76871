// The checker must recognise the library's own clauses: every contract Safeguards generates
// re-checks with each selected safeguard present.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { generate } from '../../src/generate.ts';
import { DOCUMENT_KINDS } from '../../src/library/clause-schema.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { readDraft } from '../../src/read/index.ts';
import { EXAMPLES, TODAY, exampleProfile } from '../helpers/fixtures.ts';

const library = loadLibrary();
const cases = EXAMPLES.flatMap((name) => DOCUMENT_KINDS
  .filter((d) => d !== 'memo' && (d !== 'reseller' || exampleProfile(name).reseller))
  .map((document) => [name, document] as const));

describe('generated contracts re-check as present', () => {
  it.each(cases)('%s %s', async (name, document) => {
    const { bytes, document: doc } = await generate(exampleProfile(name), { document, format: 'docx', today: TODAY, library, acceptRisk: 'test' });
    const result = checkDraft(await readDraft(bytes, `${name}.${document}.docx`));
    const notPresent = doc.selection
      .map((s) => result.findings.find((f) => f.safeguard === s.safeguard)!)
      .filter((f) => f.status !== 'present')
      .map((f) => `${f.safeguard}: ${f.status} (${f.reasons.join(' ')})`);
    expect(notPresent).toEqual([]);
  });
});
