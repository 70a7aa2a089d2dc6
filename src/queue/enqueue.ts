/**
 * `sitrep ingest PATH --db postgres://... --enqueue`: reads the inputs and queues them, a job of up to
 * `jobSize` articles, and returns; workers (`sitrep worker`) run the pipeline. An input that cannot be
 * read is recorded as a failure in the store at once, as a direct ingest would.
 */
import type { Budget } from '../budget.js';
import { readSources } from '../ingest/sources.js';
import { resolveOptions, type UserOptions } from '../options.js';
import { pgTarget } from '../store/postgres/connect.js';
import { openPostgresStore } from '../store/postgres/store.js';
import type { Io } from '../cli/io.js';
import { openQueue } from './boss.js';
import { DEFAULT_JOB_SIZE, DEFAULT_JOB_TIMEOUT_S, INGEST_QUEUE, JOB_RETRIES, toJobInput, type IngestJob } from './jobs.js';

/** Jobs inserted per statement. */
const INSERT_CHUNK = 100;

export interface EnqueueArgs {
  paths: string[];
  db: string;
  options: UserOptions;
  jobSize?: number;
  /** Seconds before a running job is taken for dead (default DEFAULT_JOB_TIMEOUT_S). */
  jobTimeout?: number;
  /** URLs to fetch after the paths (`--urls FILE`); fetched here, analyzed by the workers. */
  urls?: string[];
  /** Each document's time and memory budget in the workers (default DEFAULT_BUDGET). */
  budget?: Budget;
}

export interface EnqueueSummary {
  articles: number;
  jobs: number;
  failed: number;
  ignored: number;
  seconds: number;
}

export async function enqueue(args: EnqueueArgs, io: Io): Promise<EnqueueSummary> {
  const options = resolveOptions(args.options);
  const target = pgTarget(args.db);
  const store = await openPostgresStore(target);
  const boss = await openQueue(target, { supervise: false }).catch(async (e) => {
    await store.close();
    throw e;
  });
  const started = performance.now();
  const summary: EnqueueSummary = { articles: 0, jobs: 0, failed: 0, ignored: 0, seconds: 0 };
  const size = args.jobSize ?? DEFAULT_JOB_SIZE;
  let inputs: string[] = [];
  let jobs: Array<{ name: string; data: IngestJob; retryLimit: number; retryDelay: number; expireInSeconds: number }> = [];
  const flushJobs = async () => {
    if (jobs.length) await boss.insert(jobs);
    jobs = [];
  };
  const flushInputs = async () => {
    if (inputs.length === 0) return;
    jobs.push({ name: INGEST_QUEUE, data: { inputs, options: args.options, ...(args.budget ? { budget: args.budget } : {}) }, retryLimit: JOB_RETRIES, retryDelay: 1, expireInSeconds: args.jobTimeout ?? DEFAULT_JOB_TIMEOUT_S });
    summary.jobs++;
    inputs = [];
    if (jobs.length >= INSERT_CHUNK) await flushJobs();
  };
  try {
    const sources = readSources(args.paths, { maxBytes: options.maxBytes, onIgnored: () => summary.ignored++, ...(args.urls ? { urls: args.urls } : {}), ...(io.stdin ? { stdin: io.stdin } : {}) });
    for await (const item of sources) {
      if ('ok' in item) {
        summary.failed++;
        await store.putFailure(item);
        io.err(`sitrep: ${item.origin}: ${item.reason}`);
        continue;
      }
      inputs.push(toJobInput(item));
      summary.articles++;
      if (inputs.length >= size) await flushInputs();
    }
    await flushInputs();
    await flushJobs();
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
