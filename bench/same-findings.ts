// Regression check for speed work: every finding (status, evidence, reasons, found, lacking) of
// every corpus draft and every generated contract, as one JSON file. Save it before a change and
// compare after: a change that only makes the checker faster leaves the file byte-identical.
//
//   node bench/same-findings.ts out.json            write the findings
//   node bench/same-findings.ts out.json base.json  also compare with a saved file (exit 1 if they differ)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../src/check/check.ts';
import { generate } from '../src/generate.ts';
import { DOCUMENT_KINDS } from '../src/library/clause-schema.ts';
import { loadLibrary } from '../src/library/load.ts';
import { parseProfile } from '../src/profile/load.ts';
import { readDraft } from '../src/read/index.ts';

const [out, base] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/same-findings.ts out.json [base.json]');
const root = new URL('..', import.meta.url).pathname;
const dirs = [join(root, 'test/corpus/dev'), join(root, 'test/corpus/test'), join(root, '../shared/corpus')].filter(existsSync);

const results: unknown[] = [];
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(?:md|txt|docx|pdf|html?)$/.test(name) || /^(?:README|SOURCES)\.md$/.test(name)) continue;
    const file = join(dir, name);
    const draft = await readDraft(new Uint8Array(readFileSync(file)), file);
    // Paths relative to the tree, so that two checkouts compare.
    const rel = file.replace(root, '').replace(/^.*\/shared\/corpus\//, 'shared/corpus/');
    results.push({ file: rel, result: { ...checkDraft(draft), file: rel } });
  }
}
// Every generated document, checked with the high-risk default and with its own profile.
const library = loadLibrary();
for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort()) {
  const profile = parseProfile(readFileSync(join(root, 'examples', file), 'utf8'), file);
  for (const document of DOCUMENT_KINDS.filter((d) => d !== 'memo' && (d !== 'reseller' || profile.reseller))) {
    for (const format of ['docx', 'md'] as const) {
      const { bytes } = await generate(profile, { document, format, acceptRisk: 'evaluation', library, today: '2026-12-04' });
      const name = `${file.replace('.yaml', '')}.${document}.${format}`;
      const draft = await readDraft(bytes, name);
      results.push({ file: name, result: checkDraft(draft) }, { file: `${name} (profile)`, result: checkDraft(draft, { profile }) });
    }
  }
}
const text = `${JSON.stringify(results, null, 1)}\n`;
writeFileSync(out, text);
console.log(`${results.length} checks, ${text.length} bytes written to ${out}`);
if (base) {
  const same = readFileSync(base, 'utf8') === text;
  console.log(same ? `identical to ${base}` : `DIFFERENT from ${base}`);
  if (!same) process.exitCode = 1;
}
