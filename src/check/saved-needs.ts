// What the prefilter worked out of the rules' patterns (never a draft's own words: see `draftsOwn`),
// kept beside Node's compile cache under the version of the analysis that did: a process or worker
// that finds it checks its first draft several hundred milliseconds sooner. Any failure only means
// the analysis is done again. Needs Node's compile cache on (`enableCompileCache`) to find its place.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { loadNeeds, patternsAnalysedAfresh, savedNeeds } from './prefilter.ts';

const SAVED_FILE = /^safeguards-prefilter-[0-9a-f]{16}\.json$/;
let file: string | undefined;
let tried = false;
let saved = false;

/** Loads the saved analyses, once per thread. */
export function loadSavedNeeds(): void {
  if (tried) return;
  tried = true;
  try {
    const cacheDir = getCompileCacheDir();
    if (!cacheDir) return;
    const version = createHash('sha256').update(readFileSync(new URL('./prefilter.ts', import.meta.url))).digest('hex').slice(0, 16);
    file = join(cacheDir, `safeguards-prefilter-${version}.json`);
    loadNeeds(readFileSync(file, 'utf8'));
  } catch {
    // none saved yet, or unreadable
  }
}

// Written only by a thread that analysed many patterns itself: none were saved yet, or the rules changed since. (Not
// by one that checked nothing, as the command line's own thread in a batch its workers check: it would write its
// empty analyses over theirs.)
const NEW_PATTERNS_WORTH_SAVING = 20;

/** Saves the analyses after a check, when worth it; once per thread. */
export function saveNeeds(): void {
  if (saved || !file || patternsAnalysedAfresh() < NEW_PATTERNS_WORTH_SAVING) return;
  saved = true;
  const temporary = `${file}.${process.pid}-${threadId}`;
  try {
    writeFileSync(temporary, savedNeeds());
    renameSync(temporary, file);
    // Those of other versions go, here and beside the caches of other Node versions and flags: before the
    // eighteenth session they could hold a draft's own words.
    const root = dirname(dirname(file));
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name))) {
      for (const old of readdirSync(dir)) if (SAVED_FILE.test(old) && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
    }
  } catch {
    // a read-only cache: the next process analyses again. (A half-written file is not left behind.)
    rmSync(temporary, { force: true });
  }
}
