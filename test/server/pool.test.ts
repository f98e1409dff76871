// The check pool: results and refusals come back from the workers; a job that runs too long is
// stopped and its worker replaced; a full queue refuses at once.
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { Busy, CheckPool, CheckTimedOut } from '../../src/check/pool.ts';
import { SAFEGUARD_IDS } from '../../src/profile/vocabulary.ts';

const text = (s: string) => new TextEncoder().encode(s);
const DRAFT = text('# Licence\n\n## 1. Termination\n\n1.1 The Licensor may terminate this Agreement immediately upon any misuse of the Software.\n');

let pool: CheckPool | undefined;
afterEach(async () => { await pool?.close(); pool = undefined; });

describe('check pool', () => {
  it('checks a draft on a worker and returns one finding per safeguard', async () => {
    pool = new CheckPool({ size: 1 });
    const bytes = DRAFT.slice();
    const { result } = await pool.run({ bytes, fileName: 'draft.md' });
    expect(result.findings.map((f) => f.safeguard)).toEqual([...SAFEGUARD_IDS]);
    expect(result.format).toBe('markdown');
    expect(bytes.byteLength).toBe(DRAFT.byteLength); // the caller's buffer is not detached
  });

  it('rejects an unreadable draft with the engine\'s one-line message', async () => {
    pool = new CheckPool({ size: 1 });
    await expect(pool.run({ bytes: text('not a word file'), fileName: 'x.docx' })).rejects.toThrow(InputError);
    await expect(pool.run({ bytes: text('not a word file'), fileName: 'x.docx' })).rejects.toThrow(/x\.docx: named \.docx but not a DOCX/);
  });

  it('stops a job that runs too long and frees its worker for the next', async () => {
    // A timeout too short for any worker to even start: the job must be failed and the slot reused.
    pool = new CheckPool({ size: 1, timeoutMs: 1 });
    await expect(pool.run({ bytes: DRAFT, fileName: 'slow.md' })).rejects.toThrow(CheckTimedOut);
    expect(pool.inFlight).toBe(0);
    pool.timeoutMs = 60_000;
    const { result } = await pool.run({ bytes: DRAFT, fileName: 'next.md' });
    expect(result.file).toBe('next.md');
  });

  it('refuses at once when the queue is full', async () => {
    pool = new CheckPool({ size: 1, maxQueue: 2 });
    const accepted = [1, 2, 3].map((i) => pool!.run({ bytes: DRAFT, fileName: `${i}.md` }));
    // One running, two waiting: the fourth is refused.
    await expect(pool.run({ bytes: DRAFT, fileName: '4.md' })).rejects.toThrow(Busy);
    expect((await Promise.all(accepted)).map((o) => o.result.file)).toEqual(['1.md', '2.md', '3.md']);
  });
});

describe('check pool cancellation', () => {
  it('drops a waiting job when its client has gone', async () => {
    const pool = new CheckPool({ size: 1 });
    try {
      const running = pool.run({ bytes: DRAFT, fileName: 'first.md' });
      const gone = new AbortController();
      const waiting = pool.run({ bytes: DRAFT, fileName: 'second.md', signal: gone.signal });
      expect(pool.inFlight).toBe(2);
      gone.abort();
      await expect(waiting).rejects.toThrow(/cancelled before it started/);
      expect(pool.inFlight).toBe(1);
      expect((await running).result.file).toBe('first.md');
    } finally {
      await pool.close();
    }
  });
});

describe('check pool waiting', () => {
  it('refuses a job as Busy when it has waited too long for a worker, and runs the one ahead', async () => {
    // A fresh worker takes far longer than 1 ms to load the checker, so the second job is still
    // waiting when its 1 ms runs out.
    const pool = new CheckPool({ size: 1, maxWaitMs: 1 });
    try {
      const first = pool.run({ bytes: DRAFT, fileName: 'first.md' });
      const second = pool.run({ bytes: DRAFT, fileName: 'second.md' });
      await expect(second).rejects.toThrow(Busy);
      expect((await first).result.file).toBe('first.md');
      expect(pool.inFlight).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
