/**
 * Opens the store a `--db` value names: a `postgres://` (or `postgresql://`) URL opens PostgreSQL
 * (postgres/store.ts), anything else is a SQLite file.
 */
import { existsSync } from 'node:fs';
import { createError } from '../errors.js';
import { isPostgresUrl } from './postgres/url.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** `readOnly` applies to SQLite (read commands open the file read-only, src/store/readonly.ts);
 * a PostgreSQL store ignores it. */
export async function openStore(db: string, options: { readOnly?: boolean } = {}): Promise<Store> {
  // The PostgreSQL driver only for a PostgreSQL store (60 ms of CPU at every start otherwise).
  if (isPostgresUrl(db)) return (await import('./postgres/store.js')).openPostgresStore(db);
  return openSqliteStore(db, { readOnly: options.readOnly ?? false });
}

/** For commands that read: a SQLite file must already exist (a PostgreSQL schema is made on open). */
export async function openExistingStore(db: string, options: { readOnly?: boolean } = {}): Promise<Store> {
  if (!isPostgresUrl(db) && !existsSync(db)) throw createError('DB_OPEN', `${db} does not exist; run "sitrep ingest PATH --db ${db}" first`);
  return openStore(db, options);
}
