/**
 * A per-document budget: the pipeline runs in a worker thread with a deadline and a heap limit. A
 * document that goes over either becomes a typed Failure (TOO_SLOW, TOO_MUCH_MEMORY); the worker is
 * replaced and the batch goes on with the next document. One document at a time, so results come back
 * in input order and are what `runPipeline` returns, sent as JSON text (key order kept; the store
 * writes the text as it came: src/store/serialized.ts).
 *
 * Starting a worker (importing the pipeline, loading the models) has an allowance of its own
 * (`Budget.startSeconds`), counted from the moment the worker is started: a command calls `prepare()`
 * as it starts, so the models load while it reads its input, and a document's own deadline starts
 * only once a worker is ready for it.
 */
import { Worker } from 'node:worker_threads';
import { fail } from '../errors.js';
import { keepJson } from '../store/serialized.js';
import type { RawInput } from '../ingest/input.js';
import type { AnalysisResult, Failure } from '../model/types.js';
import type { ResolvedOptions } from '../options.js';

import { DEFAULT_BUDGET, DEFAULT_START_SECONDS, type Budget } from '../budget.js';

export { DEFAULT_BUDGET, DEFAULT_START_SECONDS, type Budget };

interface Pending {
  id: number;
  resolve: (r: AnalysisResult) => void;
  origin: string;
  timer: NodeJS.Timeout | null;
}

export class BudgetedPipeline {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  /** Whether `ready` has resolved (no start deadline to watch any more). */
  private isReady = false;
  /** performance.now() when the current worker was started. */
  private startedAt = 0;
  private pending: Pending | null = null;
  private next = 0;
  /** Seconds the last document took in the worker (worker start and model loading left out). */
  lastSeconds = 0;

  constructor(private readonly options: ResolvedOptions, private readonly budget: Budget = DEFAULT_BUDGET) {}

  /** Starts the worker now (if none is running or starting), without waiting for it: the models load
   * while the caller does other work, and the start allowance is counted from here. */
  prepare(): void {
    this.start().catch(() => {}); // a failure to start is reported by the next `run`
  }

  /** Analyzes one input within the budget. Calls must not overlap (await each). */
  async run(input: RawInput): Promise<AnalysisResult> {
    const late = await this.started(input.origin);
    if (late) return late;
    this.worker!.ref();
    return new Promise<AnalysisResult>((resolve) => {
      const id = ++this.next;
      this.pending = { id, resolve, origin: input.origin, timer: null };
      this.pending.timer = setTimeout(() => this.abort(fail('ingest', 'TOO_SLOW', input.origin, `analysis stopped after ${this.budget.seconds} s (the per-document time budget)`)), this.budget.seconds * 1000);
      const posted = performance.now();
      const done = resolve;
      this.pending.resolve = (r) => {
        this.lastSeconds = (performance.now() - posted) / 1000;
        done(r);
      };
      this.worker!.postMessage({ id, input, options: this.options });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.forget();
    if (w) await w.terminate();
  }

  /** Waits for a ready worker within what is left of its start allowance: null when there is one, else
   * the document's failure (the worker is dropped; the next call starts a fresh one). */
  private async started(origin: string): Promise<Failure | null> {
    const ready = this.start();
    if (this.isReady) return null;
    const allowance = this.budget.startSeconds ?? DEFAULT_START_SECONDS;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, this.startedAt + allowance * 1000 - performance.now()));
    });
    try {
      if ((await Promise.race([ready, deadline])) !== 'late') return null;
      const w = this.worker;
      this.forget();
      void w?.terminate();
      return fail('ingest', 'TOO_SLOW', origin, `the analysis worker did not start within ${allowance} s (loading the models; is the machine overloaded?)`);
    } catch (e) {
      // The worker could not even load the models within the budget: every document would fail alike.
      this.forget();
      const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      return oom ? fail('ingest', 'TOO_MUCH_MEMORY', origin, `the models alone need more than the ${this.budget.memoryMb} MB memory budget`) : fail('ingest', 'INTERNAL', origin, `the analysis worker failed to start: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    this.startedAt = performance.now();
    // Run from source (tests, tsx): the worker needs the TypeScript loader too.
    const source = import.meta.url.endsWith('.ts');
    const url = new URL(source ? './worker.ts' : './worker.js', import.meta.url);
    const resourceLimits = { maxOldGenerationSizeMb: this.budget.memoryMb };
    const workerData = { options: this.options };
    const worker = source
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => t.register()).then(() => import(${JSON.stringify(url.href)}))`, { eval: true, resourceLimits, workerData })
      : new Worker(url, { resourceLimits, workerData });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: { ready?: true; id?: number; json?: string }) => {
        if (m.ready) {
          if (this.worker === worker) this.isReady = true;
          return resolve();
        }
        const p = this.pending;
        if (!p || p.id !== m.id) return;
        const result = JSON.parse(m.json!) as AnalysisResult;
        keepJson(result, m.json!);
        this.settle(result);
      });
      worker.on('error', (e: Error & { code?: string }) => {
        const p = this.pending;
        if (!p) return reject(e);
        const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.abort(oom ? fail('ingest', 'TOO_MUCH_MEMORY', p.origin, `analysis stopped at the ${this.budget.memoryMb} MB memory budget`) : fail('ingest', 'INTERNAL', p.origin, `the analysis worker failed: ${e.message}`));
      });
      worker.on('exit', () => {
        if (this.worker === worker && this.pending) this.abort(fail('ingest', 'INTERNAL', this.pending.origin, 'the analysis worker stopped'));
        else if (this.worker === worker) this.forget();
      });
    });
    return this.ready;
  }

  private settle(result: AnalysisResult): void {
    const p = this.pending!;
    if (p.timer) clearTimeout(p.timer);
    this.pending = null;
    // A worker idle between calls must not keep the process alive.
    this.worker?.unref();
    p.resolve(result);
  }

  /** Fails the document in flight and drops the worker; the next call starts a fresh one. */
  private abort(failure: AnalysisResult): void {
    const w = this.worker;
    this.forget();
    void w?.terminate();
    if (this.pending) this.settle(failure);
  }

  private forget(): void {
    this.worker = null;
    this.ready = null;
    this.isReady = false;
  }
}

/**
 * N budgeted pipelines, each on a worker thread of its own, fed as they come free. `run` may be called
 * again before the last call settles; each call's promise settles with its own document's result, so a
 * caller that awaits the promises in the order it made them gets the results in input order. With one
 * thread this is the BudgetedPipeline itself, one document at a time.
 */
export class PipelinePool {
  private readonly idle: BudgetedPipeline[];
  private readonly all: BudgetedPipeline[];
  private readonly waiting: Array<(lane: BudgetedPipeline) => void> = [];

  constructor(options: ResolvedOptions, budget: Budget = DEFAULT_BUDGET, readonly threads = 1) {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a whole number ≥ 1, not ${threads}`);
    this.all = Array.from({ length: threads }, () => new BudgetedPipeline(options, budget));
    this.idle = [...this.all];
  }

  async run(input: RawInput): Promise<AnalysisResult> {
    const lane = this.idle.pop() ?? (await new Promise<BudgetedPipeline>((resolve) => this.waiting.push(resolve)));
    try {
      return await lane.run(input);
    } finally {
      const next = this.waiting.shift();
      if (next) next(lane);
      else this.idle.push(lane);
    }
  }

  /** Starts every thread's worker now (see BudgetedPipeline.prepare). */
  prepare(): void {
    for (const p of this.all) p.prepare();
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((p) => p.close()));
  }
}
