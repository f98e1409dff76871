// Where a long check spends its time: read (unzip + XML + model), index, and each rule. Each rule
// runs on a fresh index, so the counter-clause searches rules share are charged to every one of
// them: the rules add up to more than the whole check. Usage: node bench/stages.ts draft.docx
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDraft } from '../src/check/check.ts';
import { DraftIndex } from '../src/check/draft-index.ts';
import { RULES } from '../src/check/rules/index.ts';
import { readDraft } from '../src/read/index.ts';
import { readDocx } from '../src/read/docx.ts';
import { buildDraft } from '../src/read/build.ts';

const bytes = new Uint8Array(readFileSync(process.argv[2]));
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t = (f: () => unknown, n = 15) => { for (let i = 0; i < 3; i++) f(); const xs: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); f(); xs.push(performance.now() - s); } return med(xs); };
const raw = readDocx(bytes, 'x.docx');
const draft = buildDraft('x.docx', 'docx', raw);
console.log('readDocx', t(() => readDocx(bytes, 'x.docx')).toFixed(1));
console.log('buildDraft', t(() => buildDraft('x.docx', 'docx', raw)).toFixed(1));
console.log('index', t(() => new DraftIndex(draft)).toFixed(1));
const rows = RULES.map((r) => [r.meta.id, t(() => r.check(new DraftIndex(draft)), 7) ] as const);
const idx = t(() => new DraftIndex(draft), 7);
for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(id.padEnd(30), (ms - idx).toFixed(1));
console.log('checkDraft total', t(() => checkDraft(draft)).toFixed(1));
console.log('sentences', draft.sentences.length, 'blocks', draft.blocks.length);
