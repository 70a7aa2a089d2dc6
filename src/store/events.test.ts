/** SQLite only: a database made before merged events gets them from its stored analyses when opened. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { openSqliteStore } from './sqlite.js';
import { collect, withStore } from '../../test/suites/store.suite.js';

test('a database from before migration 3 gets its documents\' merged events, once', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-events-')), 'old.db');
  const strike = (outlet: string, killed: number) => report(outlet, '2022-02-26', [{
    ...KIND.shelling, sentence: `A missile hit Kyiv, killing ${killed} people`, trigger: 'missile hit', date: '2022-02-26', place: PLACES.kyiv, killed,
  }]);
  const old = new Database(path);
  migrate(old, MIGRATIONS.slice(0, 2));
  const insert = old.prepare(`INSERT INTO documents (id, seq, origin, text, analysis, ingested_at) VALUES (?, ?, ?, ?, ?, '2022-03-01T00:00:00Z')`);
  [strike('A', 5), strike('B', 7)].forEach((a, i) => insert.run(a.document.id, i + 1, a.document.origin, a.document.text, JSON.stringify(a)));
  old.close();

  await withStore(() => openSqliteStore(path), async (store) => {
    assert.equal(await store.eventMentionCount(), 2);
    const events = await collect(store.events());
    assert.equal(events.length, 1);
    assert.equal(events[0]!.sources.length, 2);
    assert.equal(events[0]!.fatalities, 5);
    await store.putMany([strike('C', 6)]);
    assert.equal((await collect(store.events()))[0]!.sources.length, 3, 'and new documents merge in as usual');
  });
  await withStore(() => openSqliteStore(path), async (store) => assert.equal((await collect(store.events()))[0]!.sources.length, 3, 'the rebuild ran once'));
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare('SELECT count(*) FROM event_rebuild').pluck().get(), 0);
  db.close();
});

test('a new database asks for no rebuild', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-events-')), 'new.db');
  await withStore(() => openSqliteStore(path), async (store) => assert.equal(await store.eventCount(), 0));
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare('SELECT count(*) FROM event_rebuild').pluck().get(), 0);
  db.close();
});
