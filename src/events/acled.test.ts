import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACLED_COLUMNS, acledRow } from './acled.js';
import { CRLF, csvRecord, parseCsv } from './csv.js';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import { eventFeature } from './geojson.js';
import { mergeEvents } from './merge.js';
import { eventMentions } from './mention.js';

const strike = (outlet: string, published: string, killed: number, sentence = `Russian forces shelled homes in Kyiv, killing ${killed} civilians`) =>
  report(outlet, published, [{
    ...KIND.shelling, sentence, trigger: 'shelled', date: '2022-02-26', place: PLACES.kyiv, killed,
    actors: [{ text: 'Russian forces', actorClass: 'state forces' }, { text: 'civilians', role: 'target', actorClass: 'civilians' }], civilian: true,
  }]);

test('an ACLED row: codebook columns from the merged event, sitrep columns with every report and its spans', () => {
  const a = strike('Sky News', '2022-02-26', 5);
  const b = strike('BBC', '2022-02-27', 7);
  const [e] = mergeEvents([a, b].flatMap(eventMentions));
  const row = acledRow(e!);
  assert.equal(row.event_date, '2022-02-26');
  assert.equal(row.year, 2022);
  assert.equal(row.time_precision, 1);
  assert.equal(row.disorder_type, 'Political violence');
  assert.equal(row.event_type, 'Explosions/Remote violence');
  assert.equal(row.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(row.actor1, 'Russian forces');
  assert.equal(row.inter1, 1);
  assert.equal(row.actor2, 'civilians');
  assert.equal(row.inter2, 7);
  assert.equal(row.interaction, 17);
  assert.equal(row.civilian_targeting, 'Civilian targeting');
  assert.equal(row.iso, 804);
  assert.equal(row.country, 'Ukraine');
  assert.equal(row.location, 'Kyiv');
  assert.equal(row.geo_precision, 1);
  assert.equal(row.fatalities, 5, 'the lowest report');
  assert.equal(row.source, 'Sky News; BBC');
  assert.equal(row.reports, 2);
  assert.match(String(row.fatalities_reported), /^5 \(Sky News, 2022-02-26: "5"\); 7 \(BBC, 2022-02-27: "7"\)$/);
  assert.match(String(row.conflicts), /^fatalities: 5 \(1 report\) \/ 7 \(1 report\)/);
  assert.match(String(row.notes), /fatalities differ: 5 \/ 7; the lowest is coded/);
  for (const [i, part] of String(row.source_spans).split(' ').entries()) {
    const [doc, range] = part.split(':');
    const [start, end] = range!.split('-').map(Number);
    const d = [a, b].find((x) => x.document.id === doc)!;
    assert.equal(d.document.text.slice(start, end), e!.sources[i]!.sentence.text);
  }
  assert.equal(String(row.event_id_cnty).slice(0, 3), 'UKR');
  assert.deepEqual(Object.keys(row), [...ACLED_COLUMNS]);
});

test('an event no report dates or places leaves those columns empty, never guessed', () => {
  const r = report('A', '2022-02-26', [{ ...KIND.other, plover: 'REJECT', sentence: 'Russia vetoed the resolution', trigger: 'vetoed', date: null, actors: [{ text: 'Russia' }] }]);
  const row = acledRow(mergeEvents(eventMentions(r))[0]!);
  for (const c of ['event_date', 'time_precision', 'location', 'latitude', 'geo_precision', 'fatalities', 'actor2', 'inter1'] as const) assert.equal(row[c], null, c);
  assert.equal(row.interaction, null);
  assert.match(String(row.date_source), /^undated/, 'an undated event says so');
  assert.equal(String(row.event_id_cnty).slice(0, 3), 'XXX');
  assert.equal(eventFeature(mergeEvents(eventMentions(r))[0]!), null, 'no place, no feature');
});

test('CSV: RFC 4180 quoting survives a round trip through a parser', () => {
  const rows = [
    ['plain', 'with, comma', 'with "quotes"', 'line\nbreak', 'crlf\r\nbreak', '', null, 42, '=SUM(A1)', '-5', '+ve', '@x'],
    ['Kyiv', 'Missile hits Kyiv, "five dead"', 'ok', 'x', 'y', 'z', 'n', 0, 'a', 'b', 'c', 'd'],
  ];
  const text = rows.map((r) => csvRecord(r) + CRLF).join('');
  const back = parseCsv(text);
  assert.equal(back.length, 2);
  assert.deepEqual(back[0], ['plain', 'with, comma', 'with "quotes"', 'line\nbreak', 'crlf\r\nbreak', '', '', '42', "'=SUM(A1)", '-5', "'+ve", "'@x"]);
  assert.deepEqual(back[1]!.slice(0, 2), ['Kyiv', 'Missile hits Kyiv, "five dead"']);
  // OWASP: a cell a spreadsheet would run gets a quote in front (quoting alone is undone on import).
  assert.equal(csvRecord(['=SUM(A1)']), `"'=SUM(A1)"`, 'a formula is neutralized');
  assert.equal(csvRecord(['=HYPERLINK("http://x","y")']), `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(csvRecord(['\tcmd']), `"'\tcmd"`);
  assert.equal(csvRecord(['\r=1']), `"'\r=1"`);
  assert.equal(csvRecord([-5]), '-5', 'a negative number is not');
});

test('an ACLED CSV of merged events parses back to the same rows', () => {
  const events = mergeEvents([strike('A', '2022-02-26', 5, 'Russian forces shelled homes in Kyiv, killing 5 civilians, the "mayor" said'), strike('B', '2022-02-27', 7)].flatMap(eventMentions));
  const text = [csvRecord(ACLED_COLUMNS), ...events.map((e) => { const r = acledRow(e); return csvRecord(ACLED_COLUMNS.map((c) => r[c])); })].map((l) => l + CRLF).join('');
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, [...ACLED_COLUMNS]);
  assert.equal(rows.length, events.length);
  const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
  assert.match(row.notes!, /the "mayor" said/);
  assert.equal(row.fatalities, '5');
});
