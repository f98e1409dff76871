// Golden files: the Markdown of each bundled example's documents. A change to a clause, a
// template or the assembler shows up here as a diff to review; accept it with `npx vitest -u`.
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { DOCUMENT_KINDS } from '../src/library/clause-schema.ts';
import { loadLibrary } from '../src/library/load.ts';
import { EXAMPLES, TODAY, exampleProfile } from './helpers/fixtures.ts';

const library = loadLibrary();

describe('golden documents', () => {
  for (const name of EXAMPLES) {
    const profile = exampleProfile(name);
    for (const document of DOCUMENT_KINDS) {
      if (document === 'reseller' && !profile.reseller) continue;
      it(`${name} ${document}`, async () => {
        const { bytes } = await generate(profile, { document, format: 'md', today: TODAY, library, acceptRisk: 'golden test' });
        await expect(new TextDecoder().decode(bytes)).toMatchFileSnapshot(`golden/${name}.${document}.md`);
      });
    }
  }
});
