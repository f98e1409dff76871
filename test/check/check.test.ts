// The checker as a whole: one finding per safeguard, what is required, and customer terms that
// prevail over the annexes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import type { Profile } from '../../src/profile/schema.ts';
import { SAFEGUARD_IDS } from '../../src/profile/vocabulary.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readDraft } from '../../src/read/index.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { profileWith } from '../helpers/fixtures.ts';

const check = (markdown: string, profile?: Profile) =>
  checkDraft(buildDraft('draft.md', 'markdown', readMarkdown(markdown)), { profile });
const statusOf = (markdown: string, id: string) => check(markdown).findings.find((f) => f.safeguard === id)!.status;

const ANNEX = `# Annex 2: Human Rights Terms

1. The Supplier may terminate this Agreement with immediate effect if it determines, in its sole discretion, that there is evidence of Misuse.

"Misuse" means any use of the System against journalists or in breach of human rights.`;

describe('checkDraft', () => {
  it('gives exactly one finding per safeguard, in the spec order', () => {
    expect(check('# Terms\n\nThe Customer shall pay the fees.').findings.map((f) => f.safeguard)).toEqual([...SAFEGUARD_IDS]);
  });

  it('takes what is required from the profile, else from the high tier', () => {
    const low = check('# Terms\n\nThe Customer shall pay.', profileWith({ product: { name: 'X', types: ['sensors'], capabilities: ['widely-available'] }, customer: { name: 'C', kind: 'private', country: 'FR' } }));
    expect(low.requiredBy).toBe('profile');
    expect(low.findings.find((f) => f.safeguard === 'training')!.required).toBe(false);
    expect(check('# Terms\n\nThe Customer shall pay.').findings.find((f) => f.safeguard === 'training')!.required).toBe(true);
  });

  it("weakens a safeguard that lives only in an annex when the customer's terms prevail over the annexes", () => {
    expect(statusOf(`# Agreement\n\n## 1. General\n\n1.1 The Customer shall pay.\n\n${ANNEX}`, 'termination-for-misuse')).toBe('present');
    const prevails = `# Agreement\n\n## 1. General\n\n1.1 The Customer's standard terms and conditions shall prevail over this Agreement and its annexes.\n\n${ANNEX}`;
    expect(statusOf(prevails, 'termination-for-misuse')).toBe('weak');
    const preserved = prevails.replace('and its annexes.', 'and its annexes, except Annex 2.');
    expect(statusOf(preserved, 'termination-for-misuse')).toBe('present');
  });
});

describe('the same draft in two formats', () => {
  // A counterparty sends Word, not Markdown: corpus drafts converted by pandoc must grade alike.
  const drafts = ['a01-intrusion-platform-licence', 'b09-anpr-order-form', 'c03-osint-analytics-cloud-terms', 'd07-amendment-letter-termination-clause'];
  it.each(drafts)('%s grades the same from DOCX as from Markdown', async (name) => {
    const md = fileURLToPath(new URL(`../corpus/dev/${name}.md`, import.meta.url));
    const docx = join(mkdtempSync(join(tmpdir(), 'pandoc-')), `${name}.docx`);
    execFileSync('pandoc', [md, '-o', docx]);
    const statuses = async (file: string) => checkDraft(await readDraft(readFileSync(file), file)).findings.map((f) => `${f.safeguard}: ${f.status}`);
    expect(await statuses(docx)).toEqual(await statuses(md));
  });
});
