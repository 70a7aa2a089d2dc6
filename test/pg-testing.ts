/**
 * For tests: the PostgreSQL server tests use ($SITREP_TEST_PG, else the local one with trust
 * authentication), whether it answers, and a new schema a test, dropped afterwards (queue schema too).
 */
import pg from 'pg';

export const TEST_PG_URL = process.env.SITREP_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
let counter = 0;

/** Null when the server answers; else why not, for the skip message. */
export async function pgUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return `PostgreSQL not reachable at ${TEST_PG_URL} (${(e as Error).message}); set SITREP_TEST_PG or start the server to run these tests`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema name no other test (or test process) uses. */
export function testSchema(): string {
  return `sitrep_t${process.pid}_${Date.now().toString(36)}_${counter++}`;
}

export const testDbUrl = (schema: string): string => `${TEST_PG_URL}${TEST_PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;

/** Drops the schema and its queue schema. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  } finally {
    await client.end();
  }
}
