/**
 * `sitrep worker --db postgres://... [--concurrency N]` and `sitrep status`. The pipeline is
 * CPU-bound JavaScript, so concurrency is processes, not promises: `--concurrency N` starts N worker
 * processes of this same command and waits for them; each takes its own jobs from the queue.
 */
import { spawn } from 'node:child_process';
import { createError } from '../../errors.js';
import { openQueue, queueCounts } from '../../queue/boss.js';
import { runWorker, type WorkerSummary } from '../../queue/worker.js';
import { isPostgresUrl, pgTarget } from '../../store/postgres/connect.js';
import { openExistingStore } from '../../store/open.js';
import { EXIT, type Io } from '../io.js';

export interface WorkerCommandArgs {
  db: string;
  concurrency: number;
  untilEmpty: boolean;
  json: boolean;
}

function requirePostgres(db: string, command: string): void {
  if (!isPostgresUrl(db)) throw createError('BAD_OPTION', `${command} needs --db postgres://... (or SITREP_DB set to one); "${db}" is a SQLite file, which has no work queue`);
}

export async function workerCommand(args: WorkerCommandArgs, io: Io): Promise<number> {
  requirePostgres(args.db, 'sitrep worker');
  if (args.concurrency > 1) return runProcesses(args, io);
  const stop = new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  const s = await runWorker({ db: args.db, untilEmpty: args.untilEmpty, stop }, io);
  if (args.json) io.out(JSON.stringify({ pid: process.pid, ...s }));
  io.err(describe(s));
  return s.failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

function describe(s: WorkerSummary): string {
  const share = s.seconds > 0 ? Math.round((100 * s.dbSeconds) / s.seconds) : 0;
  return `worker ${process.pid}: ${s.jobs} jobs, stored ${s.stored}, ${s.duplicates} duplicates, failed ${s.failed} ` +
    `(${s.seconds.toFixed(1)} s: pipeline ${s.pipelineSeconds.toFixed(1)} s, database ${s.dbSeconds.toFixed(1)} s = ${share}%, ` +
    `of which merge lock waited for ${s.lockWaitSeconds.toFixed(1)} s, held ${s.lockHoldSeconds.toFixed(1)} s)`;
}

/** N copies of this command with --concurrency 1; signals are passed on; the worst exit status wins. */
async function runProcesses(args: WorkerCommandArgs, io: Io): Promise<number> {
  const argv = [...process.execArgv, process.argv[1]!, 'worker', '--db', args.db, '--concurrency', '1',
    ...(args.untilEmpty ? ['--until-empty'] : []), ...(args.json ? ['--json'] : [])];
  const children = Array.from({ length: args.concurrency }, () => spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] }));
  for (const child of children) child.stdout.on('data', (d: Buffer) => d.toString().split('\n').filter(Boolean).forEach((l) => io.out(l)));
  const forward = (signal: NodeJS.Signals) => () => children.forEach((c) => c.kill(signal));
  process.once('SIGTERM', forward('SIGTERM'));
  process.once('SIGINT', forward('SIGINT'));
  const codes = await Promise.all(children.map((c) => new Promise<number>((resolve) => c.on('exit', (code) => resolve(code ?? EXIT.FATAL)))));
  return Math.max(...codes);
}

export async function statusCommand(args: { db: string; json: boolean }, io: Io): Promise<number> {
  const store = await openExistingStore(args.db);
  try {
    const documents = await store.count();
    const failures = (await store.failures()).length;
    let jobs = null;
    if (isPostgresUrl(args.db)) {
      const target = pgTarget(args.db);
      const boss = await openQueue(target, { supervise: false });
      try {
        jobs = await queueCounts(boss, target);
      } finally {
        await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
      }
    }
    if (args.json) io.out(JSON.stringify({ documents, failures, jobs }));
    else {
      if (jobs) io.out(`jobs: ${jobs.queued} queued, ${jobs.running} running, ${jobs.done} done, ${jobs.failed} failed`);
      io.out(`documents: ${documents} stored; ${failures} input${failures === 1 ? '' : 's'} failed`);
    }
    return EXIT.OK;
  } finally {
    await store.close();
  }
}
