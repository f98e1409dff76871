// npm run eval:robust: does a grade survive a rewording that keeps the meaning? Each labeled draft
// (Markdown and text) is rewritten by one transformation at a time (the seller or the customer
// called by another name, "will" or "must" for "shall", "30 days" for "thirty (30) days" and back,
// "Section" for "clause" in cross-references), checked again, and every grade that moved is
// counted. A grade that moves under such a rewording shows a rule leaning on one phrasing, which
// is what fails on drafting the rules have never seen. No labels are used.
//
//   npm run eval:robust                   figures per transformation, dev and test splits
//   npm run eval:robust -- --list dev     also each moved grade of the dev split (never of test)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDraft } from '../src/check/check.ts';
import type { Status } from '../src/check/finding.ts';
import type { SafeguardId } from '../src/profile/vocabulary.ts';
import type { Draft } from '../src/read/model.ts';
import { readDraft } from '../src/read/index.ts';
import { REWORDINGS } from './rewordings.ts';

const USAGE = `Usage: npm run eval:robust -- [--split dev|test]... [--list dev]`;
const { values } = parseArgs({ options: { split: { type: 'string', multiple: true }, list: { type: 'string', multiple: true }, help: { type: 'boolean' } } });
if (values.help) { console.log(USAGE); process.exit(0); }
if (values.list?.some((s) => s !== 'dev')) { console.error(`--list: only the dev split may be listed (rules are never tuned on test).\n${USAGE}`); process.exit(2); }

const corpus = new URL('../test/corpus/', import.meta.url).pathname;
const grades = async (text: string, name: string) => {
  const draft = await readDraft(new TextEncoder().encode(text), name);
  return { draft, grades: new Map(checkDraft(draft).findings.map((f) => [f.safeguard, f.status] as [SafeguardId, Status])) };
};

for (const split of values.split ?? ['dev', 'test']) {
  const files = readdirSync(join(corpus, split)).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const moved = new Map<string, { drafts: number; grades: number; moved: string[] }>(REWORDINGS.map((r) => [r.name, { drafts: 0, grades: 0, moved: [] }]));
  for (const file of files) {
    const text = readFileSync(join(corpus, split, file), 'utf8');
    const before = await grades(text, file);
    for (const rewording of REWORDINGS) {
      const changed = rewording.apply(text, before.draft.parties as Draft['parties']);
      if (changed === text) continue;
      const after = await grades(changed, rewording.plain ? file.replace(/\.md$/, '.txt') : file);
      const tally = moved.get(rewording.name)!;
      tally.drafts++;
      for (const [id, status] of before.grades) {
        tally.grades++;
        if (after.grades.get(id) !== status) tally.moved.push(`${file} ${id}: ${status} -> ${after.grades.get(id)}`);
      }
    }
  }
  console.log(`\n== ${split}: ${files.length} Markdown and text drafts`);
  console.log(`${'rewording'.padEnd(26)} drafts  grades  moved`);
  let all = 0;
  let total = 0;
  for (const [name, t] of moved) {
    all += t.moved.length;
    total += t.grades;
    console.log(`${name.padEnd(26)} ${String(t.drafts).padStart(6)} ${String(t.grades).padStart(7)} ${String(t.moved.length).padStart(6)}`);
  }
  console.log(`grades kept under rewording: ${total ? ((100 * (total - all)) / total).toFixed(1) : 'n/a'}% (${total - all}/${total})`);
  if (values.list?.includes(split)) for (const [name, t] of moved) for (const m of t.moved) console.log(`  [${name}] ${m}`);
}
