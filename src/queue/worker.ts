/**
 * One worker process: takes a job, runs the pipeline on its articles, stores them in one transaction
 * and marks the job done; then the next. The job is marked done only after the store committed, so a
 * worker killed at any point leaves its job active; pg-boss's maintenance fails it when its time is up
 * and another worker does it again. Doing a job again stores nothing twice (documents are keyed by
 * their text's hash and merged only when new), so each job takes effect exactly once.
 *
 * Each document runs within the job's time and memory budget (src/core/budget.ts, a worker thread, as
 * `sitrep ingest` does): one that goes over fails with TOO_SLOW or TOO_MUCH_MEMORY, stored with its
 * origin like any failure, and the job goes on with the next document.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BudgetedPipeline, DEFAULT_BUDGET } from '../core/budget.js';
import type { Analysis, Failure } from '../model/types.js';
import type { Io } from '../cli/io.js';
import { resolveOptions } from '../options.js';
import { pgTarget } from '../store/postgres/connect.js';
import { openPostgresStore } from '../store/postgres/store.js';
import { openQueue, queueCounts } from './boss.js';
import { fromJobInput, INGEST_QUEUE, type IngestJob } from './jobs.js';

/** How long an idle worker waits before asking for a job again. */
const POLL_MS = 500;

export interface WorkerArgs {
  db: string;
  /** Stop when no job is queued or running (for batch runs, tests and benchmarks); else run until stopped. */
  untilEmpty?: boolean;
  /** Resolves when the worker should stop after its current job (SIGTERM, SIGINT). */
  stop?: Promise<void>;
}

export interface WorkerSummary {
  jobs: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** Wall time, and the parts of it spent in the pipeline and waiting on the database (store and queue). */
  seconds: number;
  pipelineSeconds: number;
  dbSeconds: number;
  /** CPU time this process used (user and system): on a machine shared with other work, articles per
   * CPU second tells whether workers slow each other down, which wall time alone cannot. */
  cpuSeconds: number;
  /** Of `dbSeconds`: waiting for the merge lock while another worker merged, and holding it (merging
   * events and entities, committing). Waiting is what a second worker costs the first. */
  lockWaitSeconds: number;
  lockHoldSeconds: number;
}

export async function runWorker(args: WorkerArgs, io: Io): Promise<WorkerSummary> {
  const target = pgTarget(args.db);
  const store = await openPostgresStore(target);
  const boss = await openQueue(target, { supervise: true }).catch(async (e) => {
    await store.close();
    throw e;
  });
  const summary: WorkerSummary = { jobs: 0, stored: 0, duplicates: 0, failed: 0, seconds: 0, pipelineSeconds: 0, dbSeconds: 0, cpuSeconds: 0, lockWaitSeconds: 0, lockHoldSeconds: 0 };
  const started = performance.now();
  const cpu = process.cpuUsage();
  let stopping = false;
  void args.stop?.then(() => (stopping = true));
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      summary.dbSeconds += (performance.now() - t) / 1000;
    }
  };
  const pipelines = jobPipelines();
  try {
    while (!stopping) {
      const [job] = await timed(() => boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 }));
      if (!job) {
        if (args.untilEmpty) {
          const c = await timed(() => queueCounts(boss, target));
          if (c.queued + c.running === 0) break;
        }
        await sleep(POLL_MS);
        continue;
      }
      try {
        const t = performance.now();
        const run = await pipelines.for(job.data);
        const analyses: Analysis[] = [];
        const failures: Failure[] = [];
        for (const input of job.data.inputs) {
          const result = await run.run(fromJobInput(input));
          if (result.ok) analyses.push(result);
          else failures.push(result);
        }
        summary.pipelineSeconds += (performance.now() - t) / 1000;
        const results = await timed(async () => {
          for (const f of failures) await store.putFailure(f);
          return store.putMany(analyses);
        });
        await timed(() => boss.complete(INGEST_QUEUE, job.id));
        summary.jobs++;
        summary.failed += failures.length;
        for (const r of results) summary[r.status === 'stored' ? 'stored' : 'duplicates']++;
      } catch (e) {
        // The database broke on this job (the pipeline returns failures, over budget too, never
        // throws): pg-boss retries it, up to its retry limit, here or on another worker.
        io.err(`sitrep worker: job ${job.id}: ${(e as Error).message}; it will be retried`);
        await boss.fail(INGEST_QUEUE, job.id, { message: (e as Error).message }).catch(() => {});
        await sleep(POLL_MS);
      }
    }
  } finally {
    await pipelines.close();
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  summary.lockWaitSeconds = store.mergeTimes.waitSeconds;
  summary.lockHoldSeconds = store.mergeTimes.holdSeconds;
  const used = process.cpuUsage(cpu);
  summary.cpuSeconds = (used.user + used.system) / 1e6;
  return summary;
}

/** One budgeted pipeline (a worker thread, models loaded once) for as long as jobs come with the same
 * options and budget; a job queued with others gets a new one. */
function jobPipelines() {
  let current: { key: string; pipeline: BudgetedPipeline } | null = null;
  return {
    async for(job: IngestJob): Promise<BudgetedPipeline> {
      const budget = job.budget ?? DEFAULT_BUDGET;
      const key = JSON.stringify([job.options, budget]);
      if (current?.key === key) return current.pipeline;
      await current?.pipeline.close();
      current = { key, pipeline: new BudgetedPipeline(resolveOptions(job.options), budget) };
      return current.pipeline;
    },
    close: async () => current?.pipeline.close(),
  };
}
