// A rule whose topic is a function may name the words every topic sentence has (`topicWords`), so
// that the function runs only where the prefilter finds one of them. Those words must never miss
// a sentence the function accepts: every draft of the corpus is checked with each grade verifying it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { GATES } from '../../src/check/rule.ts';
import { readDraft } from '../../src/read/index.ts';

const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
const drafts = ['dev', 'test'].flatMap((split) => readdirSync(join(corpus, split)).map((f) => join(corpus, split, f)));

describe('topic words', () => {
  beforeAll(() => { GATES.verify = true; });
  afterAll(() => { GATES.verify = false; });

  it('miss no topic sentence in any corpus draft', async () => {
    expect(drafts.length).toBeGreaterThan(100);
    for (const file of drafts) {
      const draft = await readDraft(new Uint8Array(readFileSync(file)), file);
      expect(() => checkDraft(draft), file).not.toThrow();
    }
  }, 120_000);

  it('are verified: a word list that misses a topic sentence is caught', async () => {
    const { gradeByElements } = await import('../../src/check/rule.ts');
    const { DraftIndex } = await import('../../src/check/draft-index.ts');
    const draft = await readDraft(new TextEncoder().encode('# Licence\n\n1. The Supplier may suspend the Licence at any time.\n'), 'x.md');
    const spec = { topic: (c: { text: string }) => c.text.includes('suspend'), topicWords: [/terminat/], elements: {} };
    expect(() => gradeByElements(new DraftIndex(draft), spec)).toThrow(/miss a topic sentence/);
  });
});
