/**
 * Merged events end to end: both seed reports ingested into one database, exported as ACLED CSV, JSONL
 * and GeoJSON; the seeds' cross-document expectations hold; a second ingest changes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACLED_COLUMNS } from '../src/events/acled.js';
import { parseCsv } from '../src/events/csv.js';
import type { MergedEvent } from '../src/events/merged.js';
import { checkCrossDocument } from '../src/eval/seed-merge.js';
import type { Analysis } from '../src/model/types.js';
import { sitrep, summary, tempDir } from './cli-helpers.js';
import { hasShared, NO_SHARED, sharedPath } from './helpers.js';

const SEEDS = sharedPath('corpus', 'seeds');
const skip = hasShared('corpus', 'seeds', 'gold.json') ? false : NO_SHARED;
const FILES = ['000_6131efc8792cde03', '004_7ad8f6d594367497'].map((n) => join(SEEDS, `${n}.txt`));

test('seeds: the cross_document distinct_events pairs are two events each when both seeds are in one store', { skip }, async () => {
  const gold = JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as { cross_document: { distinct_events: string[][] } };
  const c = await checkCrossDocument(SEEDS);
  assert.equal(c.pairs.length, gold.cross_document.distinct_events.length);
  for (const p of c.pairs) assert.ok(p.apart, `"${p.texts[0]}" / "${p.texts[1]}": events ${p.events.join(' / ')}`);
  assert.ok(c.mentions > 10 && c.events <= c.mentions, `${c.mentions} mentions, ${c.events} events`);
});

test('export: ACLED CSV, events JSONL and GeoJSON of the seeds agree, with spans that point at the sentences', { skip }, () => {
  const db = join(tempDir(), 'seeds.db');
  const ingest = sitrep(['ingest', ...FILES, '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.equal(summary(ingest.stderr).ingested, 2);

  const csv = sitrep(['export', '--format', 'acled-csv', '--db', db]);
  assert.equal(csv.status, 0, csv.stderr);
  assert.ok(csv.stdout.endsWith('\r\n'), 'records end with CRLF');
  const [header, ...rows] = parseCsv(csv.stdout);
  assert.deepEqual(header, [...ACLED_COLUMNS]);
  assert.ok(rows.length > 10, `${rows.length} rows`);
  const col = (name: string) => (header as readonly string[]).indexOf(name);
  for (const r of rows) assert.equal(r.length, header!.length, 'every row has every column');

  const docs = new Map(sitrep(['export', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l) as Analysis).map((a) => [a.document.id, a.document.text]));
  for (const r of rows) {
    const sentences = r[col('source_spans')]!.split(' ').map((part) => {
      const m = /^([0-9a-f]+):(\d+)-(\d+)$/.exec(part);
      assert.ok(m, part);
      const text = docs.get(m[1]!);
      assert.ok(text !== undefined, `document ${m[1]} is stored`);
      return text.slice(Number(m[2]), Number(m[3])).replace(/\s+/g, ' ').trim();
    });
    assert.ok(r[col('notes')]!.startsWith(sentences[0]!), `the note starts with the first report's sentence: ${r[col('notes')]}`);
  }
  const curfews = rows.filter((r) => /curfew/.test(r[col('notes')]!));
  assert.equal(curfews.length, 2, 'the two Kyiv curfews are two rows');
  assert.notEqual(curfews[0]![col('event_date')], curfews[1]![col('event_date')]);

  const jsonl = sitrep(['export', '--format', 'jsonl', '--what', 'events', '--db', db]);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const events = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as MergedEvent);
  assert.deepEqual(events.map((e) => e.id), rows.map((r) => r[col('event_id')]));
  for (const e of events) for (const s of e.sources) assert.equal(docs.get(s.doc)!.slice(...s.sentence.span), s.sentence.text);

  const geo = sitrep(['export', '--format', 'geojson', '--what', 'events', '--db', db]);
  assert.equal(geo.status, 0, geo.stderr);
  const collection = JSON.parse(geo.stdout) as { type: string; features: Array<{ id: string; geometry: { coordinates: number[] } }> };
  assert.equal(collection.type, 'FeatureCollection');
  assert.deepEqual(collection.features.map((f) => f.id), events.filter((e) => e.place?.lat != null).map((e) => e.id));
  assert.match(geo.stderr, /with no place left out/);

  const again = sitrep(['ingest', ...FILES, '--db', db]);
  assert.equal(summary(again.stderr).duplicates, 2);
  assert.equal(sitrep(['export', '--format', 'acled-csv', '--db', db]).stdout, csv.stdout, 'a second ingest changes nothing');
});

test('export: a format that cannot carry the layer is a usage error', () => {
  const db = join(tempDir(), 'empty.db');
  const r = sitrep(['export', '--format', 'acled-csv', '--what', 'places', '--db', db]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /acled-csv carries events, not "places"/);
  assert.equal(sitrep(['export', '--format', 'jsonl', '--what', 'places', '--db', db]).status, 2);
});
