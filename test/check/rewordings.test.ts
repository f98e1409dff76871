// The rewordings of the robustness evaluation (eval/robust.ts), and the checker's grades under
// them: a generated contract reworded without changing its meaning grades as before.
import { describe, expect, it } from 'vitest';
import { REWORDINGS, inWords } from '../../eval/rewordings.ts';
import { checkDraft } from '../../src/check/check.ts';
import { generate } from '../../src/generate.ts';
import { DOCUMENT_KINDS } from '../../src/library/clause-schema.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { readDraft } from '../../src/read/index.ts';
import { EXAMPLES, TODAY, exampleProfile } from '../helpers/fixtures.ts';

const reword = (name: string, text: string, parties = {}) => REWORDINGS.find((r) => r.name === name)!.apply(text, parties);

describe('rewordings', () => {
  it('write numbers as drafters do', () => {
    expect([1, 14, 30, 45, 90, 100, 120].map(inWords)).toEqual(['one', 'fourteen', 'thirty', 'forty-five', 'ninety', 'one hundred', 'one hundred and twenty']);
    expect(reword('"30 days" for "thirty (30) days"', 'within thirty (30) days and forty-five (45) Business Days, not three (4) days')).toBe('within 30 days and 45 Business Days, not three (4) days');
    expect(reword('"thirty (30) days" for "30 days"', 'within 30 days, not clause 30 or 2.30 days')).toBe('within thirty (30) days, not clause 30 or 2.30 days');
  });

  it('rename a party everywhere, a proper name without its article, and leave an intermediary its word', () => {
    const text = 'Acme Ltd (the "Supplier") and the Ministry (the "Customer"). The Supplier may suspend. THE SUPPLIER IS NOT LIABLE.';
    const parties = { seller: 'Supplier', customer: 'Customer' };
    expect(reword('seller given a proper name', text, parties)).toBe('Acme Ltd ("Kestrel") and the Ministry (the "Customer"). Kestrel may suspend. THE KESTREL IS NOT LIABLE.');
    expect(reword('customer renamed', text, parties)).toContain('(the "Agency"). The Supplier');
    expect(reword('customer renamed', 'The Distributor shall vet.', { customer: 'Distributor' })).toBe('The Distributor shall vet.');
  });

  it('change the modal and the hyphens, and nothing else', () => {
    expect(reword('"must" for "shall"', 'The Customer shall notify. The Supplier shall be entitled to suspend.')).toBe('The Customer must notify. The Supplier shall be entitled to suspend.');
    expect(reword('"human-rights terms"', 'the human rights terms protect human rights')).toBe('the human-rights terms protect human rights');
    expect(reword('"Section" for "clause"', 'under clause 4.2 and Clauses 5 and 6 of this clause')).toBe('under section 4.2 and Sections 5 and 6 of this clause');
  });
});

describe('grades under rewording', () => {
  const library = loadLibrary();
  const cases = EXAMPLES.flatMap((name) => DOCUMENT_KINDS.filter((d) => d !== 'memo' && (d !== 'reseller' || exampleProfile(name).reseller)).map((document) => [name, document] as const));
  it.each(cases)('%s %s keeps every grade under every rewording', async (name, document) => {
    const text = new TextDecoder().decode((await generate(exampleProfile(name), { document, format: 'md', today: TODAY, library, acceptRisk: 'test' })).bytes);
    const grade = async (t: string, file = 'draft.md') => {
      const draft = await readDraft(new TextEncoder().encode(t), file);
      return { draft, grades: checkDraft(draft).findings.map((f) => `${f.safeguard}: ${f.status}`) };
    };
    const before = await grade(text);
    for (const rewording of REWORDINGS) {
      const after = await grade(rewording.apply(text, before.draft.parties), rewording.plain ? 'draft.txt' : 'draft.md');
      expect({ rewording: rewording.name, grades: after.grades }).toEqual({ rewording: rewording.name, grades: before.grades });
    }
  });
});
