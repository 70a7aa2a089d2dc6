/**
 * Connecting to PostgreSQL: a `postgres://` or `postgresql://` URL, with an optional `schema` query
 * parameter (`postgres://host/db?schema=newsroom`) naming the schema that holds sitrep's tables, so
 * that several archives (or test runs) share one database without meeting. The queue lives in a schema
 * of its own beside it (`<schema>_queue`).
 */
import pg from 'pg';
import { createError } from '../../errors.js';

/** Schema used when the URL names none. */
export const DEFAULT_SCHEMA = 'sitrep';
/** How long opening waits for the server before saying it is not there: long enough for a busy server. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Connections a process keeps: one writer transaction and a few readers; workers are separate processes. */
const POOL_SIZE = 4;

export interface PgTarget {
  /** The URL without the `schema` parameter, as the client reads it. */
  url: string;
  schema: string;
}

export { isPostgresUrl } from './url.js';

/** The connection URL and schema of a `--db` value; a schema name must be a plain identifier. */
export function pgTarget(db: string): PgTarget {
  let parsed: URL;
  try {
    parsed = new URL(db);
  } catch {
    throw createError('DB_OPEN', `${db} is not a valid PostgreSQL URL; write postgres://user@host:port/database`);
  }
  const schema = parsed.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(schema)) {
    throw createError('DB_OPEN', `schema "${schema}" in ${db}: use lower-case letters, digits and _ (at most 51)`);
  }
  parsed.searchParams.delete('schema');
  return { url: parsed.toString(), schema };
}

/** A pool whose connections all work in `schema` (created if missing). */
export async function connect(target: PgTarget, max = POOL_SIZE): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: target.url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: `-c search_path=${target.schema}`,
  });
  // An idle connection the server drops (restart, network) must not crash the process; the next query
  // gets a fresh one.
  pool.on('error', () => {});
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
  } catch (e) {
    await pool.end();
    // CREATE SCHEMA IF NOT EXISTS can race another process creating it: the schema is then there.
    if ((e as { code?: string }).code === '23505') return connect(target, max);
    throw createError('DB_OPEN', `${redact(target.url)}: ${(e as Error).message}; check that PostgreSQL is running and the URL is right`);
  }
  return pool;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
