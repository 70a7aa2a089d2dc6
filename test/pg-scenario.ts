/**
 * Two real worker processes on one queue, one killed with SIGKILL mid-batch: what the test
 * (test/pg-workers.test.ts, on a slice) and the benchmark (bench/pg.ts, on all of BBC) both run.
 * The PostgreSQL store's merged events are compared with SQLite's merge of the same analyses, stored
 * in another order (by id, in batches) by one process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openSqliteStore } from '../src/store/sqlite.js';
import { openPostgresStore } from '../src/store/postgres/store.js';
import { collect } from '../src/store/collect.js';
import { TEST_PG_URL, testDbUrl } from './pg-testing.js';
import type { Analysis } from '../src/model/types.js';

const ENTRY = join(import.meta.dirname, '..', 'src', 'cli', 'run.ts');

export function sitrepProcess(args: string[]): ChildProcess & { output: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SITREP_DB: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const output = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return Object.assign(child, { output });
}

export interface CrashRun {
  inputs: number;
  documents: number;
  /** Documents whose id appears more than once (must be 0: the id is the primary key, checked anyway). */
  duplicateIds: number;
  failures: number;
  jobs: { queued: number; running: number; done: number; failed: number };
  /** Jobs fetched more than once: the killed worker's job, redone by the other. */
  redoneJobs: number;
  killedAfterDocuments: number;
  killedSignal: string | null;
  eventsEqual: boolean;
  events: number;
  seconds: number;
}

async function countDocuments(schema: string): Promise<number> {
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM ${schema}.documents`).catch(() => ({ rows: [{ n: 0 }] }));
    return rows[0].n as number;
  } finally {
    await c.end();
  }
}

/** A file to queue, with ingest flags (`--published ...`) for its articles. */
export interface QueuedInput {
  file: string;
  flags?: string[];
}

/**
 * Queues the files in jobs of `jobSize`, starts two workers, SIGKILLs the first once `killAfter`
 * documents are stored, lets the second finish (it redoes the killed job once its `jobTimeout` is
 * up), and checks the result. The caller drops `schema`.
 */
export async function crashRun(inputs: QueuedInput[], schema: string, opts: { jobSize: number; jobTimeout: number; killAfter: number; inputs: number }): Promise<CrashRun> {
  const db = testDbUrl(schema);
  for (const input of inputs) {
    const queued = await sitrepProcess(['ingest', input.file, ...(input.flags ?? []), '--db', db, '--enqueue', '--batch', String(opts.jobSize), '--job-timeout', String(opts.jobTimeout)]).output;
    if (queued.code !== 0) throw new Error(`enqueue failed: ${queued.stderr}`);
  }
  // Timed from the workers' start, as bench/pg.ts times its uncrashed runs.
  const started = performance.now();
  const victim = sitrepProcess(['worker', '--db', db, '--until-empty', '--json']);
  const survivor = sitrepProcess(['worker', '--db', db, '--until-empty', '--json']);
  let killedAfterDocuments = 0;
  for (;;) {
    killedAfterDocuments = await countDocuments(schema);
    if (killedAfterDocuments >= opts.killAfter) break;
    if (victim.exitCode !== null) throw new Error(`the worker to kill ended first: ${(await victim.output).stderr}`);
    await sleep(100);
  }
  victim.kill('SIGKILL');
  const killed = await victim.output;
  const done = await survivor.output;
  if (done.code !== 0) throw new Error(`the surviving worker failed (${done.code}): ${done.stderr}`);
  const seconds = (performance.now() - started) / 1000;

  const status = await sitrepProcess(['status', '--db', db, '--json']).output;
  const { jobs } = JSON.parse(status.stdout) as { jobs: CrashRun['jobs'] };
  const store = await openPostgresStore(db);
  try {
    const docs = await collect(store.list());
    const ids = docs.map((d) => d.id);
    const c = new pg.Client({ connectionString: TEST_PG_URL });
    await c.connect();
    const redone = await c.query(`SELECT count(*)::int AS n FROM (SELECT retry_count FROM ${schema}_queue.job UNION ALL SELECT retry_count FROM ${schema}_queue.archive) j WHERE retry_count > 0`);
    await c.end();
    const pgEvents = JSON.stringify(await collect(store.events()));
    const sqliteEvents = await sqliteMerge(docs.map((d) => d.analysis));
    return {
      inputs: opts.inputs,
      documents: await store.count(),
      duplicateIds: ids.length - new Set(ids).size,
      failures: (await store.failures()).length,
      jobs,
      redoneJobs: redone.rows[0].n as number,
      killedAfterDocuments,
      killedSignal: killed.signal,
      eventsEqual: pgEvents === sqliteEvents,
      events: (JSON.parse(pgEvents) as unknown[]).length,
      seconds,
    };
  } finally {
    await store.close();
  }
}

/** SQLite's merged events for the analyses, stored by one process in id order, 25 at a time. */
async function sqliteMerge(analyses: Analysis[]): Promise<string> {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-pg-ref-')), 'ref.db'));
  try {
    const sorted = [...analyses].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
    for (let i = 0; i < sorted.length; i += 25) await store.putMany(sorted.slice(i, i + 25));
    return JSON.stringify(await collect(store.events()));
  } finally {
    await store.close();
  }
}
