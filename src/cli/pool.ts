/**
 * The pipeline on several threads, for ingest: each worker thread (pool-worker.ts) loads the models
 * once and analyses the inputs it is sent; the caller gets the results back in input order, so storing
 * stays on one thread (one writer) and the store ends up as a single thread would leave it. At most
 * `window` inputs are in flight, so a large corpus is not read into memory ahead of the workers.
 */
import { Worker } from 'node:worker_threads';
import type { RawInput } from '../ingest/input.js';
import type { AnalysisResult, Failure } from '../model/types.js';
import type { ResolvedOptions } from '../options.js';

/** Inputs in flight per worker: enough that a worker never waits for the reader. */
const PER_WORKER = 4;

/** The worker's file beside this one: .ts when run from source (tsx), .js when built. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './pool-worker.ts' : './pool-worker.js', import.meta.url);

/** A worker thread. From source (tsx), the thread registers tsx itself before importing the worker: a
 * thread started on a .ts file does not get the hooks, not even with --import tsx in its execArgv. */
function startWorker(options: ResolvedOptions): Worker {
  const workerData = { options };
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

export interface WorkerReply {
  seq: number;
  result?: AnalysisResult;
  /** A worker that could not analyse at all (its module failed to load): the message. */
  error?: string;
}

/** Analyses `items` (inputs, or failures the reader already made) on `threads` workers, yielding results
 * in the items' order. */
export async function* analyzeInParallel(items: AsyncIterable<RawInput | Failure>, options: ResolvedOptions, threads: number): AsyncGenerator<AnalysisResult> {
  const workers = Array.from({ length: threads }, () => startWorker(options));
  const idle: Worker[] = [...workers];
  const done = new Map<number, AnalysisResult>();
  let wake: (() => void) | null = null;
  let crash: Error | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.error !== undefined) crash ??= new Error(`a pipeline worker failed: ${reply.error}`);
      else done.set(reply.seq, reply.result!);
      idle.push(worker);
      notify();
    });
    worker.on('error', (e) => {
      crash ??= e;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) crash ??= new Error(`a pipeline worker exited with status ${code}`);
      notify();
    });
  }
  const waitForNews = () => new Promise<void>((resolve) => (wake = resolve));
  const window = threads * PER_WORKER;
  /** Inputs read but not yet sent, with their sequence numbers. */
  const queue: Array<{ seq: number; input: RawInput }> = [];
  let read = 0;
  let next = 0;
  try {
    const source = items[Symbol.asyncIterator]();
    let exhausted = false;
    while (!exhausted || next < read) {
      if (crash) throw crash;
      // Read while there is room in the window.
      while (!exhausted && read - next < window) {
        const r = await source.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const seq = read++;
        if ('ok' in r.value) done.set(seq, r.value);
        else queue.push({ seq, input: r.value });
      }
      while (queue.length && idle.length) {
        const job = queue.shift()!;
        idle.pop()!.postMessage(job);
      }
      if (done.has(next)) {
        const result = done.get(next)!;
        done.delete(next++);
        yield result;
        continue;
      }
      if (next < read) await waitForNews();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
