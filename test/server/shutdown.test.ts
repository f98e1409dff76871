// Graceful shutdown: a check in flight when the server is told to stop still gets its answer,
// and new connections are refused from then on. The pool here is a stand-in the test controls.
import { describe, expect, it } from 'vitest';
import type { CheckJob, CheckOutcome, CheckRunner } from '../../src/check/pool.ts';
import { Busy } from '../../src/check/pool.ts';
import { form, postForm, testServer } from './helpers.ts';

/** A pool whose jobs finish only when the test says so. */
class HeldPool implements CheckRunner {
  jobs: Array<{ job: CheckJob; finish: (o: CheckOutcome) => void }> = [];
  started = Promise.withResolvers<void>();
  closed = false;
  refuse = false;
  get inFlight() { return this.jobs.length; }
  run(job: CheckJob): Promise<CheckOutcome> {
    if (this.refuse) return Promise.reject(new Busy());
    return new Promise((finish) => { this.jobs.push({ job, finish }); this.started.resolve(); });
  }
  async close() { this.closed = true; }
}

const outcome = (file: string): CheckOutcome => ({ result: { schema: 'safeguards.check/1', file, format: 'text', parties: {}, requiredBy: 'high-risk default', findings: [] } as unknown as CheckOutcome['result'] });

describe('graceful shutdown', () => {
  it('finishes the check in flight, then closes the pool', async () => {
    const pool = new HeldPool();
    const server = await testServer({ pool });
    const response = postForm(`${server.url}/api/check`, form([{ name: 'slow.txt', bytes: 'The Licensor may terminate for misuse.' }]));
    await pool.started.promise;
    expect((await (await fetch(`${server.url}/api/health`)).json()).checksInFlight).toBe(1);

    const closing = server.close();
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    expect(pool.closed).toBe(false);
    pool.jobs[0].finish(outcome('slow.txt'));
    const res = await response;
    expect(res.status).toBe(200);
    expect((await res.json()).file).toBe('slow.txt');
    await closing;
    expect(pool.closed).toBe(true);
  });

  it('answers 503 with Retry-After when the checker is busy', async () => {
    const pool = new HeldPool();
    pool.refuse = true;
    const server = await testServer({ pool });
    const res = await postForm(`${server.url}/api/check`, form([{ name: 'a.txt', bytes: 'The Licensor may terminate for misuse.' }]));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect((await res.json()).error).toMatch(/busy/);
    await server.close();
  });
});
