/** The shared store suites against PostgreSQL, each test in a schema of its own, dropped at close. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { makeAnalysis, storeSuite, withStore } from '../../../test/suites/store.suite.js';
import { reviewStoreSuite } from '../../../test/suites/reviews.suite.js';
import type { Store } from '../store.js';
import { PG_MIGRATIONS, migratePg } from './migrations.js';
import { openPostgresStore } from './store.js';
import { dropSchema, pgUnavailable, testDbUrl, testSchema, TEST_PG_URL } from '../../../test/pg-testing.js';

const unavailable = await pgUnavailable();

/** A new store in a new schema; closing it drops the schema. */
async function openTemp(): Promise<Store> {
  const schema = testSchema();
  const store = await openPostgresStore(testDbUrl(schema));
  return { ...store, close: async () => { await store.close(); await dropSchema(schema); } };
}

if (unavailable) {
  it('PostgreSQL store tests', { skip: unavailable }, () => {});
} else {
  storeSuite('postgres', openTemp);
  reviewStoreSuite('postgres', openTemp);

  describe('postgres store: its own', () => {
    it('search stems English words and highlights with any marks', () =>
      withStore(openTemp, async (store) => {
        await store.putMany([makeAnalysis({ text: 'A missile hit Kyiv overnight. Residents were evacuated to shelters.' })]);
        assert.equal((await store.search('evacuate'))[0]?.snippet, 'Residents were [evacuated] to shelters.');
        assert.equal((await store.search('shelter', { mark: ['\x1b[1;33m', '\x1b[0m'] }))[0]?.snippet, 'Residents were evacuated to \x1b[1;33mshelters\x1b[0m.');
      }));

    it('migrations are recorded; a database from a newer sitrep is refused; a failed one is rolled back', async () => {
      const schema = testSchema();
      try {
        await (await openPostgresStore(testDbUrl(schema))).close();
        const pool = new pg.Pool({ connectionString: TEST_PG_URL, options: `-c search_path=${schema}` });
        try {
          const { rows } = await pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
          assert.deepEqual(rows, PG_MIGRATIONS.map(({ version, name }) => ({ version, name })));
          assert.deepEqual(await migratePg(pool), []);
          await pool.query(`INSERT INTO schema_migrations VALUES (${PG_MIGRATIONS.length + 1}, 'future', 'x')`);
          await assert.rejects(openPostgresStore(testDbUrl(schema)), /newer|upgrade sitrep/);
          await pool.query(`DELETE FROM schema_migrations WHERE version > ${PG_MIGRATIONS.length}`);
          const broken = [...PG_MIGRATIONS, { version: PG_MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half (a int); SELECT nonsense(' }];
          await assert.rejects(migratePg(pool, broken), /syntax error/);
          assert.equal((await pool.query(`SELECT to_regclass('half') AS t`)).rows[0].t, null);
        } finally {
          await pool.end();
        }
      } finally {
        await dropSchema(schema);
      }
    });

    it('a batch over PostgreSQL\'s 65,535 parameters a statement (ten a document) is stored whole, in its order', () =>
      withStore(openTemp, async (store) => {
        const n = 6601;
        const docs = Array.from({ length: n }, (_, i) => makeAnalysis({ text: `Bulletin ${i}. Shelling hit Kharkiv.` }));
        const results = await store.putMany([...docs, docs[7]!]);
        assert.equal(results.filter((r) => r.status === 'stored').length, n);
        assert.deepEqual(results.at(-1), { status: 'duplicate', id: docs[7]!.document.id });
        assert.equal(await store.count(), n);
        const listed = [];
        for await (const d of store.list({ offset: n - 6 })) listed.push(d.id);
        assert.deepEqual(listed, docs.slice(n - 6).map((d) => d.document.id));
      }));

    it('a document\'s analysis and text are compressed with lz4 where the server has it, and read back whole', async () => {
      const schema = testSchema();
      try {
        const store = await openPostgresStore(testDbUrl(schema));
        const long = makeAnalysis({ text: Array.from({ length: 400 }, (_, i) => `Shelling hit Kharkiv on day ${i}.`).join(' ') });
        await store.putMany([long]);
        assert.deepEqual((await store.get(long.document.id))?.analysis, long);
        await store.close();
        const pool = new pg.Pool({ connectionString: TEST_PG_URL, options: `-c search_path=${schema}` });
        try {
          const lz4 = await pool.query('CREATE TEMP TABLE lz4_probe (a text COMPRESSION lz4)').then(() => true, () => false);
          const { rows } = await pool.query(`SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'documents'::regclass AND attname IN ('analysis', 'text') ORDER BY attname`);
          assert.deepEqual(rows.map((r) => [r.attname, r.attcompression]), [['analysis', lz4 ? 'l' : ''], ['text', lz4 ? 'l' : '']]);
          const method = await pool.query(`SELECT pg_column_compression(analysis) AS m FROM documents`);
          assert.equal(method.rows[0].m, lz4 ? 'lz4' : 'pglz');
        } finally {
          await pool.end();
        }
      } finally {
        await dropSchema(schema);
      }
    });

    it('the same articles from two writers at once, in opposite orders, are stored once', async () => {
      const schema = testSchema();
      const [a, b] = await Promise.all([openPostgresStore(testDbUrl(schema)), openPostgresStore(testDbUrl(schema))]);
      try {
        const docs = Array.from({ length: 60 }, (_, i) => makeAnalysis({ text: `Dispatch ${i}. Shelling hit Kharkiv.` }));
        const results = await Promise.all([a.putMany(docs), b.putMany([...docs].reverse()), a.putMany(docs.slice(20, 40))]);
        assert.equal(results.flat().filter((r) => r.status === 'stored').length, 60);
        assert.equal(await b.count(), 60);
        assert.equal((await b.search('Dispatch 7')).length, 1);
      } finally {
        await Promise.all([a.close(), b.close()]);
        await dropSchema(schema);
      }
    });
  });
}
