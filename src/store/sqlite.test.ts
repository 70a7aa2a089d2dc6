import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { SitrepError } from '../errors.js';
import { MIGRATIONS, migrate, schemaVersion } from './migrations.js';
import { BUSY_TIMEOUT_MS, openDatabase, openSqliteStore } from './sqlite.js';
import { collect, makeAnalysis, storeSuite, withStore } from '../../test/suites/store.suite.js';
import { reviewStoreSuite } from '../../test/suites/reviews.suite.js';
import type { PutResult } from './store.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'sitrep-store-')), 'sitrep.db');
const LATEST = MIGRATIONS.at(-1)!.version;
const KYIV = makeAnalysis({
  origin: 'feeds/kyiv.txt',
  title: 'Kyiv',
  text: 'A missile hit a residential building in Kyiv overnight. Residents were evacuated to shelters.',
});
const isDbOpen = (e: unknown) => e instanceof SitrepError && e.code === 'DB_OPEN';

storeSuite('sqlite', () => openSqliteStore(tempDb()));
reviewStoreSuite('sqlite', () => openSqliteStore(tempDb()));

describe('sqlite store: the connection', () => {
  it('uses WAL, synchronous NORMAL, foreign keys and a busy timeout', async () => {
    const db = openDatabase(tempDb());
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 1);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(db.pragma('busy_timeout', { simple: true }), BUSY_TIMEOUT_MS);
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not a database, or a path that cannot be created, with DB_OPEN', async () => {
    const path = tempDb();
    writeFileSync(path, 'this is a text file, not a database\n'.repeat(100));
    assert.throws(() => openSqliteStore(path), (e) => isDbOpen(e) && /not a database/.test((e as Error).message));
    assert.throws(() => openSqliteStore(join(tempDb(), 'missing', 'x.db')), isDbOpen);
  });

  it('keeps everything when the file is closed and opened again', async () => {
    const path = tempDb();
    const now = () => new Date('2024-05-01T12:00:00Z');
    await withStore(() => openSqliteStore(path, { now }), async (store) => {
      await store.putMany([KYIV]);
      await store.putFailure({ ok: false, stage: 'ingest', code: 'EMPTY', origin: 'empty.txt', reason: 'input is empty' });
    });
    await withStore(() => openSqliteStore(path), async (store) => {
      assert.deepEqual((await store.get(KYIV.document.id))?.analysis, KYIV);
      assert.equal((await store.search('evacuated'))[0]?.docId, KYIV.document.id);
      assert.equal((await store.get(KYIV.document.id))?.ingestedAt, '2024-05-01T12:00:00.000Z');
      assert.deepEqual((await store.failures()).map((f) => [f.origin, f.at]), [['empty.txt', '2024-05-01T12:00:00.000Z']]);
      assert.deepEqual((await store.putMany([KYIV])).map((r) => r.status), ['duplicate']);
    });
  });

  it('writes sentences and the full-text index only for new documents, and they stay consistent', async () => {
    const path = tempDb();
    const other = makeAnalysis({ text: 'Talks resumed in Istanbul. No ceasefire was agreed.' });
    await withStore(() => openSqliteStore(path), async (store) => {
      await store.putMany([KYIV, other, KYIV]);
      await store.putMany([other, KYIV]);
    });
    const db = new Database(path);
    try {
      assert.equal(db.prepare('SELECT count(*) FROM sentences').pluck().get(), KYIV.sentences.length + other.sentences.length);
      db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)`);
      assert.deepEqual(db.prepare('SELECT seq FROM documents ORDER BY seq').pluck().all(), [1, 2]);
    } finally {
      db.close();
    }
  });

  it('search stems English words ("evacuate" finds "evacuated")', async () =>
    await withStore(() => openSqliteStore(tempDb()), async (store) => {
      await store.putMany([KYIV]);
      assert.equal((await store.search('evacuate'))[0]?.snippet, 'Residents were [evacuated] to shelters.');
    }));
});

describe('sqlite store: migrations', () => {
  it('are numbered 1, 2, 3, ... and a new file gets all of them, recorded by name', async () => {
    MIGRATIONS.forEach((m, i) => assert.equal(m.version, i + 1));
    const db = openDatabase(tempDb());
    try {
      const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      assert.deepEqual(rows, MIGRATIONS.map(({ version, name }) => ({ version, name })));
      assert.deepEqual(migrate(db), [], 'an up-to-date database is left alone');
    } finally {
      db.close();
    }
  });

  it('upgrade a database made by an older version, keeping and indexing its documents', async () => {
    const path = tempDb();
    const old = new Database(path);
    assert.deepEqual(migrate(old, MIGRATIONS.slice(0, 1)), [1]);
    old.prepare(`INSERT INTO documents (id, seq, origin, text, analysis, ingested_at) VALUES (?, 1, ?, ?, ?, ?)`)
      .run(KYIV.document.id, KYIV.document.origin, KYIV.document.text, JSON.stringify(KYIV), '2024-01-01T00:00:00.000Z');
    old.close();
    await withStore(() => openSqliteStore(path), async (store) => {
      assert.deepEqual((await store.get(KYIV.document.id))?.analysis, KYIV);
      assert.deepEqual((await store.search('missile')).map((h) => [h.docId, h.sentence]), [[KYIV.document.id, 0]]);
    });
    const db = new Database(path);
    assert.equal(schemaVersion(db), LATEST);
    db.close();
  });

  it('keep the reviews of a store whose review tables sitrep serve made before they were a migration', async () => {
    const path = tempDb();
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 5));
    // As serve made them (src/store/reviews.ts before migration 6), with a review in them.
    old.exec(`CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'edit', 'reject')), field TEXT, old TEXT, new TEXT, reviewer TEXT NOT NULL, at TEXT NOT NULL);
      CREATE TABLE review_keys (review_id INTEGER NOT NULL REFERENCES reviews (id), key TEXT NOT NULL, PRIMARY KEY (key, review_id));
      INSERT INTO reviews (kind, target, action, field, old, new, reviewer, at) VALUES ('event', 'ev1', 'edit', 'fatalities', '5', '4', 'ana', '2022-03-01T10:00:00.000Z');
      INSERT INTO review_keys VALUES (1, 'ev1'), (1, 'd1#0');`);
    old.close();
    await withStore(() => openSqliteStore(path), async (store) => {
      assert.deepEqual(await store.reviews.all(), [{ id: 1, kind: 'event', target: 'ev1', anchors: ['d1#0'], action: 'edit', field: 'fatalities', old: 5, new: 4, reviewer: 'ana', at: '2022-03-01T10:00:00.000Z' }]);
      assert.equal((await store.reviews.add({ kind: 'event', target: 'ev1', anchors: [], action: 'accept', field: null, old: null, new: null, reviewer: 'bo' })).id, 2);
    });
    const db = new Database(path);
    assert.equal(schemaVersion(db), LATEST);
    db.close();
  });

  it('refuse a database made by a newer version, and leave it untouched', async () => {
    const path = tempDb();
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST + 1, 'from the future', 'x');
    db.close();
    assert.throws(() => openSqliteStore(path), (e) => isDbOpen(e) && /newer sitrep/.test((e as Error).message));
    const after = new Database(path);
    assert.equal(schemaVersion(after), LATEST + 1);
    after.close();
  });

  it('roll back a migration that fails, recording nothing', async () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE half (a); SELECT nonsense(' }];
    assert.throws(() => migrate(db, broken), /syntax error|incomplete input/);
    assert.equal(schemaVersion(db), 1);
    assert.equal(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half'`).pluck().get(), 0);
    assert.throws(() => migrate(db, [{ version: 2, name: 'skips one', sql: '' }]), isDbOpen);
    db.close();
  });
});

describe('sqlite store: concurrency and speed', () => {
  it('a reader opens, counts and searches while a writer holds an open transaction (WAL)', async () => {
    const path = tempDb();
    await withStore(() => openSqliteStore(path), async (store) => await store.putMany([KYIV]));
    const writer = openDatabase(path);
    const other = makeAnalysis({ text: 'Shelling hit Kharkiv overnight.' });
    try {
      writer.exec('BEGIN IMMEDIATE');
      writer.prepare(`INSERT INTO documents (id, seq, origin, text, analysis, ingested_at) VALUES (?, 2, 'w', ?, ?, 'now')`)
        .run(other.document.id, other.document.text, JSON.stringify(other));
      writer.prepare(`INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES (?, 0, 0, 31, ?)`)
        .run(other.document.id, other.document.text);
      writer.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE doc_id = ?').run(other.document.id);
      const started = performance.now();
      await withStore(() => openSqliteStore(path), async (reader) => {
        assert.equal(await reader.count(), 1, 'the uncommitted document is not visible');
        assert.deepEqual(await reader.search('Kharkiv'), []);
        assert.equal((await reader.search('missile')).length, 1);
        assert.equal((await collect(reader.list())).length, 1);
        writer.exec('COMMIT');
        assert.equal(await reader.count(), 2);
        assert.equal((await reader.search('Kharkiv'))[0]?.docId, other.document.id);
      });
      assert.ok(performance.now() - started < 1000, 'the reader did not wait for the lock');
    } finally {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('a writer killed mid-batch loses no committed batch, and a rerun stores the rest once', async () => {
    const BATCH = 25;
    const batch = (b: number) => Array.from({ length: BATCH }, (_, i) => makeAnalysis({ text: `Dispatch ${b * BATCH + i}. Shelling hit Kharkiv.` }));
    const path = tempDb();
    // The child writes batches of the same documents forever, until it is killed.
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `
      const { openSqliteStore } = await import(${JSON.stringify(new URL('./sqlite.ts', import.meta.url).href)});
      const { makeAnalysis } = await import(${JSON.stringify(new URL('../../test/suites/store.suite.ts', import.meta.url).href)});
      const store = openSqliteStore(${JSON.stringify(path)});
      for (let b = 0; ; b++) await store.putMany(Array.from({ length: ${BATCH} }, (_, i) =>
        makeAnalysis({ text: \`Dispatch \${b * ${BATCH} + i}. Shelling hit Kharkiv.\` })));`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const reader = openSqliteStore(path);
    try {
      for (let waited = 0; await reader.count() < 10 * BATCH; waited += 20) {
        assert.ok(waited < 30_000 && child.exitCode === null, `the writer did not get going: ${stderr}`);
        await sleep(20);
      }
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');
      const before = await reader.count();
      assert.equal(before % BATCH, 0, 'only whole batches are committed');
      const rerun: PutResult[] = [];
      for (let b = 0; b < before / BATCH + 2; b++) rerun.push(...(await reader.putMany(batch(b))));
      assert.equal(rerun.filter((r) => r.status === 'duplicate').length, before);
      assert.equal(await reader.count(), before + 2 * BATCH);
      assert.equal((await reader.search('Dispatch 0'))[0]?.sentence, 0);
    } finally {
      child.kill('SIGKILL');
      await reader.close();
    }
    const db = new Database(path);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
  });

  it('stores 2,000 BBC-size documents in seconds', async (t) => {
    /** Generous: the point is seconds, not minutes; about 1 s on a laptop. */
    const CEILING_MS = 20_000;
    const docs = Array.from({ length: 2000 }, (_, i) => makeAnalysis({ text: bbcSized(i), title: `Report ${i}` }));
    await withStore(() => openSqliteStore(tempDb()), async (store) => {
      const started = performance.now();
      for (let i = 0; i < docs.length; i += 100) await store.putMany(docs.slice(i, i + 100));
      const ms = performance.now() - started;
      t.diagnostic(`${docs.length} documents in ${(ms / 1000).toFixed(2)} s: ${Math.round(docs.length / (ms / 1000))} documents/s`);
      assert.equal(await store.count(), docs.length);
      assert.ok(ms < CEILING_MS, `${ms.toFixed(0)} ms`);
    });
  });
});

/** About 2,260 characters in 18 sentences and 4 paragraphs, the BBC corpus's mean article size. */
function bbcSized(i: number): string {
  const lines = [
    `Officials in region ${i} said shelling had damaged ${i % 50} homes and a school overnight.`,
    'Emergency crews worked through the morning to clear the roads and restore power to the district.',
    `The regional governor said ${i % 7} people were killed and ${i % 13} were injured in the attack.`,
    'Residents described hearing explosions shortly after midnight, followed by sirens across the city.',
    'Aid agencies said they were sending food, water and medical supplies to families who had fled.',
    'The ministry of defence said its forces had repelled several attempts to advance along the front.',
  ];
  const paragraph = (k: number) => [0, 1, 2, 3, 4, 5].map((j) => lines[(j + k + i) % lines.length]).join(' ');
  return [0, 1, 2, 3].map(paragraph).join('\n').slice(0, 2260 + (i % 40));
}
