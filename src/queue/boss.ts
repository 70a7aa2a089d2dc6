/**
 * The work queue: pg-boss (docs/postgres.md says why) in a schema beside the store's
 * (`<schema>_queue`). Jobs are fetched with SELECT ... FOR UPDATE SKIP LOCKED, so any number of
 * workers on any number of machines take each job once; a job whose worker died is failed by
 * pg-boss's maintenance when its time is up and retried by another worker.
 */
import PgBoss from 'pg-boss';
import { createError } from '../errors.js';
import { redact, type PgTarget } from '../store/postgres/connect.js';
import { DEFAULT_JOB_TIMEOUT_S, INGEST_QUEUE, JOB_RETRIES } from './jobs.js';

/** How often some worker looks for jobs whose time is up (pg-boss lets one process do it per interval). */
const MAINTENANCE_INTERVAL_S = 5;
/** Connections a queue client keeps: the worker fetches and completes one job at a time. */
const QUEUE_POOL = 2;

export const queueSchema = (target: PgTarget): string => `${target.schema}_queue`;

export async function openQueue(target: PgTarget, options: { supervise: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: target.url,
    schema: queueSchema(target),
    max: QUEUE_POOL,
    supervise: options.supervise,
    schedule: false,
    maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_S,
  });
  // pg-boss reports background errors (a dropped connection during maintenance) as events; the next
  // round retries, so they are not fatal.
  boss.on('error', () => {});
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      retryLimit: JOB_RETRIES,
      retryDelay: 1,
      expireInSeconds: DEFAULT_JOB_TIMEOUT_S,
    }).catch((e: { code?: string }) => {
      // Two processes creating the queue at once: it is there.
      if (e.code !== '23505') throw e;
    });
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw createError('DB_OPEN', `${redact(target.url)}: the work queue: ${(e as Error).message}`);
  }
  return boss;
}

export interface QueueCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

/** Jobs by state, including those pg-boss has moved to its archive. */
export async function queueCounts(boss: PgBoss, target: PgTarget): Promise<QueueCounts> {
  const schema = queueSchema(target);
  const { rows } = await boss.getDb().executeSql(
    `SELECT state::text AS state, count(*)::int AS n FROM (
       SELECT state FROM ${schema}.job WHERE name = $1
       UNION ALL SELECT state FROM ${schema}.archive WHERE name = $1) j
     GROUP BY state`,
    [INGEST_QUEUE],
  );
  const by = new Map((rows as Array<{ state: string; n: number }>).map((r) => [r.state, r.n]));
  const n = (...states: string[]) => states.reduce((sum, s) => sum + (by.get(s) ?? 0), 0);
  return { queued: n('created', 'retry'), running: n('active'), done: n('completed'), failed: n('failed', 'cancelled') };
}
