/** Reviews stored apart survive re-ingest and re-merge, and show in the ACLED CSV and the gold export. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportStore } from '../cli/commands/export.js';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import { openSqliteStore } from '../store/sqlite.js';
import { eventKeys, fieldValue, reviewEvent } from './apply.js';
import { goldExport } from './gold.js';

const strike = (outlet: string, published: string, killed: number) => report(outlet, published, [{
  ...KIND.shelling, sentence: `A missile hit Kyiv, killing ${killed} people`, trigger: 'missile hit', date: '2022-02-26', place: PLACES.kyiv, killed,
}]);

test('an edit made before a new report merged in still applies, after re-ingest and a rebuild', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-review-'));
  const path = join(dir, 'r.db');
  try {
    const store = openSqliteStore(path, { now: () => new Date('2022-03-01T10:00:00Z') });
    const first = strike('Sky', '2022-02-26', 5);
    await store.putMany([first]);
    const reviews = store.reviews;
    const [e] = await collect(store.events());
    assert.ok(e);
    await reviews.add({ kind: 'event', target: e.id, anchors: eventKeys(e).slice(1), action: 'edit', field: 'fatalities', old: fieldValue(e, 'fatalities'), new: 4, reviewer: 'ana' });
    await reviews.add({ kind: 'event', target: e.id, anchors: eventKeys(e).slice(1), action: 'edit', field: 'actors', old: [], new: [{ name: 'Russian forces', role: 'actor' }], reviewer: 'ana' });

    await store.putMany([strike('BBC', '2022-02-27', 7), first]); // a new report, and the first again
    const [merged] = await collect(store.events());
    assert.ok(merged);
    assert.notEqual(merged.id, e.id, 'the merged event has a new id');
    const all = await reviews.all();
    const r = reviewEvent(merged, all);
    assert.equal(r.review.status, 'edited');
    assert.equal(r.fatalities, 4);
    assert.equal(r.actors[0]!.name, 'Russian forces');
    assert.deepEqual(r.review.changes.map((c) => [c.field, c.old, c.new, c.reviewer, c.at]), [
      ['fatalities', 5, 4, 'ana', '2022-03-01T10:00:00.000Z'],
      ['actors', [], [{ name: 'Russian forces', role: 'actor' }], 'ana', '2022-03-01T10:00:00.000Z'],
    ]);
    assert.equal(merged.fatalities, 5, 'the machine\'s event is unchanged');

    await store.rebuildEvents();
    assert.equal(reviewEvent((await collect(store.events()))[0]!, all).fatalities, 4);

    const lines: string[] = [];
    await exportStore(store, 'acled-csv', 'events', { out: (l) => lines.push(l), err: () => {}, tty: false }, all);
    const header = csvFields(lines[0]!.trim());
    const row = csvFields(lines[1]!.trim());
    assert.equal(row[header.indexOf('reviewed')], 'edited');
    assert.equal(row[header.indexOf('fatalities')], '4');
    assert.equal(row[header.indexOf('actor1')], 'Russian forces');

    const gold = await goldExport(store, all);
    assert.equal(gold.documents.length, 2, 'each report of the reviewed event');
    const doc = gold.documents.find((d) => d.id === first.document.id)!;
    assert.deepEqual(doc.events[0], {
      type: merged.type, subtype: merged.subtype, trigger: 'missile hit', date: '2022-02-26', where: 'Kyiv', actor: 'Russian forces', fatalities: 4, reviewed: 'edited',
    });
    await store.close();

    // Reopened: the tables are there once, the reviews too.
    const again = openSqliteStore(path);
    assert.equal((await again.reviews.all()).length, 2);
    assert.equal(await again.reviews.version(), 2);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rejected event is left out of the gold export and marked in the CSV', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-review-'));
  const path = join(dir, 'r.db');
  try {
    const store = openSqliteStore(path);
    await store.putMany([strike('Sky', '2022-02-26', 5)]);
    const reviews = store.reviews;
    const [e] = await collect(store.events());
    await reviews.add({ kind: 'event', target: e!.id, anchors: [], action: 'accept', field: null, old: null, new: null, reviewer: 'ana' });
    await reviews.add({ kind: 'event', target: e!.id, anchors: [], action: 'reject', field: null, old: null, new: null, reviewer: 'bo' });
    const all = await reviews.all();
    assert.equal((await goldExport(store, all)).documents.length, 0);
    const lines: string[] = [];
    await exportStore(store, 'acled-csv', 'events', { out: (l) => lines.push(l), err: () => {}, tty: false }, all);
    assert.match(lines[1]!, /,rejected\r$/);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The fields of one CSV record (quoted fields unquoted). */
function csvFields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
}

/** Every item of a store list, whether the store gives an iterable or an async iterable. */
async function collect<T>(items: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
