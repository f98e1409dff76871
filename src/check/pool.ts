// The check pool: a fixed set of worker threads, each checking one draft at a time, so a large
// draft occupies one thread and never blocks the others, and the caller's thread never parses a
// draft. Jobs wait in a bounded queue; a full queue is refused at once (Busy), as is a job that
// waited as long as a job may run; a job that runs too long has its worker terminated and
// replaced (CheckTimedOut).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { Profile } from '../profile/schema.ts';
import type { CheckResult } from './check.ts';

export interface CheckJob {
  bytes: Uint8Array;
  fileName: string;
  profile?: Profile;
  /** Also hand back the draft annotated (DOCX only). */
  annotate?: boolean;
  now?: Date;
  /** Aborting drops the job if it is still waiting (the client went away); a running one finishes. */
  signal?: AbortSignal;
}

export interface CheckOutcome {
  result: CheckResult;
  annotated?: Uint8Array;
}

/** What the server needs of a pool (tests substitute their own). */
export interface CheckRunner {
  run(job: CheckJob): Promise<CheckOutcome>;
  readonly inFlight: number;
  close(): Promise<void>;
}

/** Every worker is busy and the queue is full: try again shortly. */
export class Busy extends Error {
  constructor() {
    super('The checker is busy with other drafts; try again in a few seconds.');
    this.name = 'Busy';
  }
}

export class CheckTimedOut extends Error {
  constructor(fileName: string, seconds: number) {
    super(`${fileName}: the check took longer than ${seconds} s and was stopped.`);
    this.name = 'CheckTimedOut';
  }
}

/** The pool is closing or a worker died: not the draft's fault as far as we know. */
export class CheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailed';
  }
}

export interface PoolOptions {
  size?: number;
  maxQueue?: number;
  timeoutMs?: number;
  /** How long a job may wait for a worker before it is refused as Busy (default: timeoutMs). */
  maxWaitMs?: number;
}

interface Pending {
  id: number;
  job: CheckJob;
  resolve: (outcome: CheckOutcome) => void;
  reject: (error: Error) => void;
  started?: () => void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

interface Reply {
  id: number;
  result?: CheckResult;
  annotated?: Uint8Array;
  problems?: string[];
  crash?: string;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);
// Room for the largest draft the reader accepts (200 MiB of XML once inflated), with margin.
const WORKER_HEAP_MB = 2048;

export class CheckPool implements CheckRunner {
  readonly size: number;
  readonly maxQueue: number;
  /** Applies to jobs dispatched from then on. */
  timeoutMs: number;
  readonly maxWaitMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = options.size ?? availableParallelism();
    this.maxQueue = options.maxQueue ?? 64;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxWaitMs = options.maxWaitMs ?? this.timeoutMs;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  get inFlight(): number {
    return this.slots.filter((s) => s.current).length + this.queue.length;
  }

  run(job: CheckJob): Promise<CheckOutcome> {
    if (this.closed) return Promise.reject(new CheckFailed('The checker is shutting down.'));
    if (this.queue.length >= this.maxQueue) return Promise.reject(new Busy());
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, resolve, reject };
      this.queue.push(pending);
      const dropIfWaiting = (error: Error) => {
        const waiting = this.queue.indexOf(pending);
        if (waiting < 0) return;
        this.queue.splice(waiting, 1);
        reject(error);
      };
      job.signal?.addEventListener('abort', () => dropIfWaiting(new CheckFailed(`${job.fileName}: the check was cancelled before it started.`)), { once: true });
      // A job does not wait longer than it may run: past that, the caller is better told to retry.
      const wait = setTimeout(() => dropIfWaiting(new Busy()), this.maxWaitMs);
      wait.unref();
      pending.started = () => clearTimeout(wait);
      this.dispatch();
    });
  }

  /** Refuses new jobs, fails the queued ones, lets running ones finish, then stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new CheckFailed('The checker is shutting down.'));
    await Promise.all(this.slots.map((slot) => new Promise<void>((resolve) => {
      if (!slot.current) return resolve();
      const { resolve: done, reject: failed } = slot.current;
      slot.current.resolve = (o) => { done(o); resolve(); };
      slot.current.reject = (e) => { failed(e); resolve(); };
    })));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    // A draft that would take the worker past its heap cap ends that worker, not the server.
    const slot: Slot = { worker: new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }) };
    // An idle worker must not keep the process alive; a busy one must (see dispatch).
    slot.worker.unref();
    slot.worker.on('message', (reply: Reply) => this.settle(slot, reply));
    slot.worker.on('error', (error) => this.replace(slot, new CheckFailed(`The checker stopped on this draft (${error.message}).`)));
    slot.worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new CheckFailed('The checker stopped on this draft.'));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || !this.queue.length) continue;
      const pending = this.queue.shift()!;
      pending.started?.();
      slot.current = pending;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.replace(slot, new CheckTimedOut(pending.job.fileName, this.timeoutMs / 1000)), this.timeoutMs);
      // The worker gets its own copy of the bytes, transferred: the caller's buffer stays usable
      // and never shares memory with a worker.
      const bytes = new Uint8Array(pending.job.bytes);
      const { fileName, profile, annotate, now } = pending.job;
      slot.worker.postMessage({ id: pending.id, bytes, fileName, profile, annotate, now }, [bytes.buffer]);
    }
  }

  private finish(slot: Slot): Pending | undefined {
    const pending = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    return pending;
  }

  private settle(slot: Slot, reply: Reply): void {
    if (slot.current?.id !== reply.id) return;
    const pending = this.finish(slot)!;
    if (reply.result) pending.resolve({ result: reply.result, annotated: reply.annotated });
    else if (reply.problems) pending.reject(new InputError(reply.problems));
    else pending.reject(new CheckFailed(reply.crash ?? `${pending.job.fileName}: could not be checked.`));
    this.dispatch();
  }

  /** Fails the worker's job, terminates it, and puts a fresh worker in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const pending = this.finish(slot);
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    pending?.reject(error);
    if (this.closed) return;
    this.slots.push(this.spawn());
    this.dispatch();
  }
}
