// npm run eval: the checker against labeled drafts. Prints, per split, status accuracy, the
// confusion matrix, per-safeguard precision and recall, and false assurance (a safeguard called
// present where the label says missing or contradicted: the worst error the checker can make).
//
//   npm run eval                    all splits, figures only
//   npm run eval -- --errors dev    also list the disagreements of the dev split (never of test:
//                                   rules are not tuned on the held-out part)
//   npm run eval -- --split dev     only the named split(s), as while tuning rules
//   npm run eval -- --batch j       only the named author batch(es), e.g. a new batch before any tuning
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDraft } from '../src/check/check.ts';
import { STATUSES, type Status } from '../src/check/finding.ts';
import { generate } from '../src/generate.ts';
import { DOCUMENT_KINDS } from '../src/library/clause-schema.ts';
import { loadLibrary } from '../src/library/load.ts';
import { parseProfile } from '../src/profile/load.ts';
import { SAFEGUARD_IDS, type SafeguardId } from '../src/profile/vocabulary.ts';
import { readDraft } from '../src/read/index.ts';

interface Case { split: string; file: string; label: Map<SafeguardId, Status>; text?: string }
interface Outcome { split: string; file: string; safeguard: SafeguardId; expected: Status; actual: Status; why: string }

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, 'test/corpus');
const shared = join(root, '../shared/corpus');

function readLabels(tsv: string, base: string, split: (path: string) => string): Case[] {
  const cases = new Map<string, Case>();
  for (const line of readFileSync(tsv, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [path, safeguard, status] = line.split('\t');
    if (!(STATUSES as readonly string[]).includes(status) || !(SAFEGUARD_IDS as readonly string[]).includes(safeguard)) {
      throw new Error(`${tsv}: bad label line: ${line.slice(0, 120)}`);
    }
    const file = existsSync(join(base, path)) ? join(base, path) : readdirSync(base).map((f) => join(base, f)).find((f) => f.includes(`/${path}.`));
    if (!file) throw new Error(`${tsv}: no file for ${path}`);
    const c = cases.get(file) ?? { split: split(path), file, label: new Map() };
    c.label.set(safeguard as SafeguardId, status as Status);
    cases.set(file, c);
  }
  return [...cases.values()];
}

async function outcomes(c: Case): Promise<Outcome[]> {
  const draft = await readDraft(c.text === undefined ? new Uint8Array(readFileSync(c.file)) : new TextEncoder().encode(c.text), c.file);
  const result = checkDraft(draft);
  return result.findings.filter((f) => c.label.has(f.safeguard)).map((f) => ({
    split: c.split, file: c.file.replace(`${root}`, '').replace(shared, 'shared/corpus'), safeguard: f.safeguard,
    expected: c.label.get(f.safeguard)!, actual: f.status,
    why: `${f.reasons.join(' ')} ${f.evidence[0] ? `[${f.evidence[0].section ?? ''}] "${f.evidence[0].quote.slice(0, 140)}"` : ''}`,
  }));
}

// Probes: short excerpts, each labeled for one safeguard, written blind to the rules (test/probes/README.md).
// Odd-numbered probes are for development, even-numbered ones held out, as in the corpus.
const probes = join(root, 'test/probes');
function probeCases(): Case[] {
  if (!existsSync(probes)) return [];
  return readdirSync(probes).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(join(probes, f), 'utf8').split('\n').filter((l) => l.trim()).map((line, n) => {
    const p = JSON.parse(line) as { id: string; safeguard: string; expected: string; text: string };
    if (!(STATUSES as readonly string[]).includes(p.expected) || !(SAFEGUARD_IDS as readonly string[]).includes(p.safeguard)) throw new Error(`${f}:${n + 1}: bad probe label`);
    const held = Number(/\d+$/.exec(p.id)?.[0]) % 2 === 0;
    return { split: held ? 'probes-test' : 'probes-dev', file: join(probes, `${f.replace('.jsonl', '')}/${p.id}.md`), label: new Map([[p.safeguard as SafeguardId, p.expected as Status]]), text: p.text };
  }));
}

/** Every generated contract must re-check with each selected safeguard present. */
async function generatedCases(): Promise<Outcome[]> {
  const library = loadLibrary();
  const out: Outcome[] = [];
  for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'))) {
    const profile = parseProfile(readFileSync(join(root, 'examples', file), 'utf8'), file);
    for (const document of DOCUMENT_KINDS.filter((d) => d !== 'memo' && (d !== 'reseller' || profile.reseller))) {
      const { bytes, document: doc } = await generate(profile, { document, format: 'docx', acceptRisk: 'evaluation', library, today: '2026-12-04' });
      const name = `${file.replace('.yaml', '')}.${document}.docx`;
      const result = checkDraft(await readDraft(bytes, name));
      for (const s of doc.selection) {
        const f = result.findings.find((x) => x.safeguard === s.safeguard)!;
        out.push({ split: 'generated', file: name, safeguard: s.safeguard, expected: 'present', actual: f.status, why: f.reasons.join(' ') });
      }
    }
  }
  return out;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '  n/a');

function report(split: string, rows: Outcome[]): void {
  if (!rows.length) return;
  const correct = rows.filter((r) => r.expected === r.actual).length;
  const falseAssurance = rows.filter((r) => r.actual === 'present' && (r.expected === 'missing' || r.expected === 'contradicted'));
  console.log(`\n== ${split}: ${new Set(rows.map((r) => r.file)).size} documents, ${rows.length} grades`);
  console.log(`status accuracy ${pct(correct, rows.length)} (${correct}/${rows.length}); false assurance ${falseAssurance.length} (present where missing or contradicted); present where weak ${rows.filter((r) => r.actual === 'present' && r.expected === 'weak').length}`);
  // Each corpus batch (the letter its files start with) is one author's drafting.
  const batchOf = (file: string) => (/\/([a-z]{1,2})\d\d-/.exec(file) ?? /\/probes\/([a-z]{1,2})\//.exec(file))?.[1];
  const batches = [...new Set(rows.map((r) => batchOf(r.file)).filter((b) => b))].sort();
  if (batches.length > 1) {
    console.log(`by author batch: ${batches.map((b) => {
      const mine = rows.filter((r) => batchOf(r.file) === b);
      return `${b} ${pct(mine.filter((r) => r.expected === r.actual).length, mine.length)}`;
    }).join(', ')}`);
  }
  console.log(`confusion (rows: label, columns: checker)\n${''.padEnd(14)}${STATUSES.map((s) => s.padStart(13)).join('')}`);
  for (const e of STATUSES) console.log(`${e.padEnd(14)}${STATUSES.map((a) => String(rows.filter((r) => r.expected === e && r.actual === a).length).padStart(13)).join('')}`);
  console.log(`per safeguard: accuracy | "present" precision / recall | false assurance`);
  for (const id of SAFEGUARD_IDS) {
    const mine = rows.filter((r) => r.safeguard === id);
    if (!mine.length) continue;
    const tp = mine.filter((r) => r.actual === 'present' && r.expected === 'present').length;
    const saidPresent = mine.filter((r) => r.actual === 'present').length;
    const isPresent = mine.filter((r) => r.expected === 'present').length;
    const fa = mine.filter((r) => r.actual === 'present' && (r.expected === 'missing' || r.expected === 'contradicted')).length;
    console.log(`  ${id.padEnd(28)} ${pct(mine.filter((r) => r.expected === r.actual).length, mine.length).padStart(6)} | ${pct(tp, saidPresent).padStart(6)} / ${pct(tp, isPresent).padStart(6)} | ${fa}`);
  }
}

const USAGE = `Usage: npm run eval -- [--split dev|test|real|generated|probes-dev|probes-test]... [--batch <letter>]... [--errors dev|real|generated|probes-dev]...
  --split    only these splits (default: all six)
  --batch    only the corpus drafts and probes of these author batches (the letters their file names start with: a ... z, aa ...;
             a probe file's letter: test/probes/g.jsonl)
  --errors   also list the disagreements of these splits (never of test: it is held out)`;
let values: { errors?: string[]; split?: string[]; batch?: string[]; help?: boolean };
try {
  ({ values } = parseArgs({ options: { errors: { type: 'string', multiple: true }, split: { type: 'string', multiple: true }, batch: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) { console.log(USAGE); process.exit(0); }
// (A probe's batch is its author's letter: test/probes/g.jsonl.)
const inBatch = (file: string) => !values.batch || values.batch.some((b) => new RegExp(`/${b}\\d\\d-|/probes/${b}/`).test(file));
const cases: Case[] = [];
for (const tsv of readdirSync(corpus).filter((f) => /^labels-.*\.tsv$/.test(f))) {
  cases.push(...readLabels(join(corpus, tsv), corpus, (p) => p.split('/')[0]));
}
if (existsSync(join(shared, 'labels.tsv'))) cases.push(...readLabels(join(shared, 'labels.tsv'), shared, () => 'real'));
cases.push(...probeCases());

const all: Outcome[] = [];
const splits = values.split ?? ['dev', 'test', 'real', 'generated', 'probes-dev', 'probes-test'];
for (const c of cases.filter((x) => splits.includes(x.split) && inBatch(x.file))) all.push(...(await outcomes(c)));
if (splits.includes('generated') && !values.batch) all.push(...(await generatedCases()));
for (const split of splits) report(split, all.filter((r) => r.split === split));

// How far two careful readers agree bounds what any checker can be measured at: a second lawyer
// labeled a sample of the held-out drafts blind (second-annotator.tsv).
const second = join(corpus, 'second-annotator.tsv');
if (splits.includes('test') && !values.batch && existsSync(second)) {
  const theirs = readLabels(second, corpus, () => 'test');
  const pairs = theirs.flatMap((c) => [...c.label].map(([id, status]) => ({ status, row: all.find((r) => r.split === 'test' && r.file.endsWith(c.file.slice(corpus.length)) && r.safeguard === id)! })));
  const agree = (f: (p: (typeof pairs)[number]) => boolean) => pct(pairs.filter(f).length, pairs.length);
  console.log(`
== second annotator, blind, on ${theirs.length} held-out drafts (${pairs.length} grades)`);
  console.log(`agrees with the labels on ${agree((p) => p.status === p.row.expected)}; the checker agrees with the labels on ${agree((p) => p.row.actual === p.row.expected)} and with the second annotator on ${agree((p) => p.row.actual === p.status)}`);
}

for (const split of values.errors ?? []) {
  if (split === 'test' || split === 'probes-test') { console.log('\nThe test split is held out: its disagreements are not listed.'); continue; }
  console.log(`\n== disagreements in ${split}`);
  for (const r of all.filter((x) => x.split === split && x.expected !== x.actual)) {
    console.log(`${r.file.replace(root, '')} ${r.safeguard}: label ${r.expected}, checker ${r.actual}. ${r.why}`);
  }
}
