/** Read-only opens and the sitrep marker (issue 20): read commands write nothing, and another
 * application's SQLite file is never migrated. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SitrepError } from '../errors.js';
import { openSqliteStore } from './sqlite.js';
import { makeAnalysis } from '../../test/suites/store.suite.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'sitrep-ro-'));
const isDbOpen = (e: unknown) => e instanceof SitrepError && e.code === 'DB_OPEN';
const KYIV = makeAnalysis({ origin: 'kyiv.txt', title: 'Kyiv', text: 'A missile hit a residential building in Kyiv overnight. Residents were evacuated.' });

function foreign(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'mine\');');
  db.close();
}

describe('sqlite store: read-only and the marker', () => {
  it('never migrates another application\'s database, read-only or not, and names the file', () => {
    const path = join(tempDir(), 'other.db');
    foreign(path);
    const before = readFileSync(path);
    for (const readOnly of [true, false]) {
      assert.throws(() => openSqliteStore(path, { readOnly }), (e) => isDbOpen(e) && (e as Error).message.includes(path) && /another application/.test((e as Error).message));
    }
    assert.deepEqual(readFileSync(path), before, 'the file is byte for byte as it was');
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'delete');
    db.close();
  });

  it('a read-only open reads a store in a read-only folder and writes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'sitrep.db');
    const w = openSqliteStore(path);
    await w.putMany([KYIV]);
    await w.close();
    // The last writer leaves a rollback journal: readable where no -shm file can be made.
    const check = new Database(path, { readonly: true });
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
    check.close();
    chmodSync(dir, 0o555);
    try {
      const before = readFileSync(path);
      const r = openSqliteStore(path, { readOnly: true });
      assert.equal(await r.count(), 1);
      assert.equal((await r.search('missile')).length, 1);
      await r.close();
      assert.deepEqual(readFileSync(path), before);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a read-only open of a missing file says so and creates nothing', () => {
    const path = join(tempDir(), 'missing.db');
    assert.throws(() => openSqliteStore(path, { readOnly: true }), (e) => isDbOpen(e) && /no such database/.test((e as Error).message));
  });

  it('input hashes and --update: a known input is recognized; an update replaces metadata', async () => {
    const path = join(tempDir(), 'sitrep.db');
    const s = openSqliteStore(path);
    try {
      await s.putMany([KYIV]);
      assert.equal(await s.inputSeen!('h1'), false);
      await s.noteInputs!([['h1', KYIV.document.id]]);
      assert.equal(await s.inputSeen!('h1'), true);
      const dated = { ...KYIV, document: { ...KYIV.document, published: { value: '2022-03-01', precision: 'day' as const, source: 'user' as const } } };
      assert.equal(await s.updateMany!([dated]), 1);
      assert.equal((await s.get(KYIV.document.id))!.published, '2022-03-01');
    } finally {
      await s.close();
    }
  });
});
