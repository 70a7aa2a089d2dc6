/** The report's sections on small hand-made reports: figures side by side, events by day with what was
 * inferred, who said what, disagreements, the filters, and evidence that points at its sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import type { Analysis } from '../model/types.js';
import { buildReport } from './build.js';
import { allEvidence } from './evidence.js';
import { inputOf, withFigure, withQuote } from '../../test/fixtures/report.js';
import { readInput, type ReportStore } from './input.js';
import { renderMarkdown } from './markdown.js';
import { resolveReportOptions } from './options.js';
import { assertReportSchema } from '../../test/report-checks.js';

const OPTIONS = resolveReportOptions({});

/** Two outlets on one strike in Kyiv, with different tolls; the later one also gives a projection and a quote. */
function strike(): Analysis[] {
  let first = report('Wire', '2022-02-26', [{ ...KIND.shelling, sentence: 'A missile hit Kyiv on Saturday, killing 12 people, including two children.', trigger: 'missile hit', date: '2022-02-26', place: PLACES.kyiv, killed: 12 }]);
  first = withFigure(first, 'two', 'killed', 2, { of: 'children' });
  const kyiv = first.annotations!.places!.length - 1;
  first = { ...first, annotations: { ...first.annotations, quantities: first.annotations!.quantities!.map((q) => ({ ...q, place: kyiv, sourceName: q.kind === 'killed' ? 'the mayor' : null })) } };
  let second = report('Daily', '2022-02-27', [{ ...KIND.shelling, sentence: 'The missile strike on Kyiv on Saturday killed 15 people.', trigger: 'missile strike', date: '2022-02-26', place: PLACES.kyiv, killed: 15 }],
    'The UN said the number who fled could reach 1 million. “We will rebuild every house,” the mayor said.');
  second = withFigure(second, '1 million', 'displaced', 1_000_000, { modality: 'projected', sourceName: 'The UN' });
  second = withQuote(second, 'We will rebuild every house,', 'Vitali Klitschko', { speaker: { start: 0, end: 0, text: 'the mayor', raw: [0, 0] } });
  const place = second.annotations!.places!.length - 1;
  second = { ...second, annotations: { ...second.annotations, quantities: second.annotations!.quantities!.map((q) => (q.kind === 'killed' ? { ...q, place } : q)) } };
  return [first, second];
}

test('key figures: one line a kind and place, every source side by side, latest first, the lowest as the conservative figure', () => {
  const r = buildReport(inputOf(strike()), OPTIONS);
  assertReportSchema(r);
  const killed = r.figures.filter((g) => g.kind === 'killed');
  assert.equal(killed.length, 1, JSON.stringify(killed.map((g) => [g.place, g.who])));
  const g = killed[0]!;
  assert.equal(g.place, 'Kyiv');
  assert.deepEqual(g.values.map((v) => [v.value, v.outlet]), [[15, 'Daily'], [12, 'Wire']]);
  assert.deepEqual(g.range, [12, 15]);
  assert.equal(g.conservative, 12);
  assert.equal(g.conflict, true);
  const twelve = g.values[1]!;
  assert.equal(twelve.said, 'the mayor');
  assert.deepEqual(twelve.including.map((p) => [p.value, p.of, p.text]), [[2, 'children', 'two']]);
  assert.match(renderMarkdown(r), /_across reports, latest first:_ 15 \(Daily, 2022-02-27\) ← 12 \(Wire, 2022-02-26\)/);
  assert.deepEqual(r.projections.map((p) => [p.kind, p.value, p.said]), [['displaced', 1_000_000, 'The UN']]);
  assert.ok(!r.figures.some((f) => f.kind === 'displaced'), 'a projection is not a count');
});

test('events by day and place: the merged strike once, told by two reports, its tolls in conflict', () => {
  const r = buildReport(inputOf(strike()), OPTIONS);
  assert.deepEqual(r.days.map((d) => d.day), ['2022-02-26']);
  const [e] = r.days[0]!.places.find((p) => p.place === 'Kyiv')!.events;
  assert.equal(e!.reports, 2);
  assert.deepEqual(e!.outlets, ['Daily', 'Wire']);
  assert.equal(e!.fatalities, 12, 'the lowest report, as ACLED codes');
  assert.deepEqual(e!.conflicts.map((c) => c.field), ['fatalities']);
  assert.deepEqual(e!.inferred, [], 'date and place stated by the sentence');
  assert.ok(r.disagreements.some((d) => /fatalities/.test(d.claim) && d.values.length === 2), JSON.stringify(r.disagreements.map((d) => d.claim)));
  assert.ok(r.disagreements.some((d) => d.claim === 'killed in Kyiv'));
});

test('an event dated by its publication day and placed by the article says so, with the rule', () => {
  const a = report('Wire', '2022-03-01', [{ ...KIND.clash, sentence: 'Fighting went on near the Kharkiv airport.', trigger: 'Fighting', date: '2022-03-01', place: PLACES.kharkiv }], 'Kharkiv is quiet.');
  const ev = a.annotations!.events![0]!;
  const fixed: Analysis = { ...a, annotations: { ...a.annotations, events: [{ ...ev, dateFrom: 'published', placeFrom: 'article' }] } };
  const r = buildReport(inputOf([fixed]), OPTIONS);
  const e = r.days[0]!.places[0]!.events[0]!;
  assert.deepEqual(e.inferred.map((x) => x.field), ['date', 'place']);
  assert.match(e.inferred[0]!.rule, /publication day/);
  assert.match(renderMarkdown(r), /date inferred: events: the report's publication day/);
});

test('who said what: quotations under the speaker\'s name, with the phrase the report used', () => {
  const r = buildReport(inputOf(strike()), OPTIONS);
  assert.deepEqual(r.speakers.map((s) => s.name), ['Vitali Klitschko']);
  const st = r.speakers[0]!.statements[0]!;
  assert.equal(st.text, 'We will rebuild every house,');
  assert.equal(st.as, 'the mayor');
  assert.deepEqual(st.inferred.map((x) => x.field), ['speaker']);
  assert.equal(st.outlet, 'Daily');
});

test('every evidence item is its document\'s text at its offsets, and every cited sentence is listed', () => {
  const analyses = strike();
  const r = buildReport(inputOf(analyses), OPTIONS);
  const texts = new Map(analyses.map((a) => [a.document.id, a.document.text]));
  const ev = allEvidence(r);
  assert.ok(ev.length >= 6);
  for (const e of ev) assert.equal(texts.get(e.document)!.slice(e.span[0], e.span[1]), e.text);
  for (const e of ev) assert.ok(r.sentences.some((s) => s.document === e.document && s.sentence === e.sentence));
  for (const s of r.sentences) assert.equal(texts.get(s.document)!.slice(s.span[0], s.span[1]), s.text);
});

test('the same input gives the same bytes', () => {
  const a = renderMarkdown(buildReport(inputOf(strike()), OPTIONS));
  const b = renderMarkdown(buildReport(inputOf(strike()), OPTIONS));
  assert.equal(a, b);
});

/** A store whose calls return promises and whose lists are async, as the PostgreSQL one will be. */
function asyncStore(analyses: Analysis[]): ReportStore {
  const input = inputOf(analyses);
  async function* each<T>(xs: T[]) {
    for (const x of xs) yield x;
  }
  return {
    list: () => each(input.documents),
    events: async () => input.events,
    entities: async () => [],
    entityOf: async () => null,
  };
}

test('filters: --from/--to keep the reports and events of the period, --place the events there, from an async store', async () => {
  const other = report('Wire', '2022-03-10', [{ ...KIND.clash, sentence: 'Troops clashed in Kharkiv.', trigger: 'clashed', date: '2022-03-10', place: PLACES.kharkiv }]);
  const store = asyncStore([...strike(), other]);
  const march = await readInput(store, resolveReportOptions({ from: '2022-03-01', to: '2022-03-31' }));
  assert.equal(march.documents.length, 1);
  assert.deepEqual(march.events.map((e) => e.place?.name), ['Kharkiv']);
  const kyiv = await readInput(store, resolveReportOptions({ place: 'kyiv' }));
  assert.deepEqual(kyiv.events.map((e) => e.place?.name), ['Kyiv']);
  const ukraine = await readInput(store, resolveReportOptions({ place: 'Ukraine' }));
  assert.equal(ukraine.events.length, 2, 'a country name takes in its places');
  const r = buildReport(kyiv, resolveReportOptions({ place: 'kyiv' }));
  assert.equal(r.header.area, 'kyiv');
  assert.ok(r.figures.every((g) => g.place === 'Kyiv'));
});

test('options: a bad day, a reversed period, an unknown format are errors that name the value', () => {
  assert.throws(() => resolveReportOptions({ from: '26/02/2022' }), /--from "26\/02\/2022" is not a day/);
  assert.throws(() => resolveReportOptions({ from: '2022-03-02', to: '2022-03-01' }), /after --to/);
  assert.throws(() => resolveReportOptions({ format: 'pdf' }), /"pdf"; report formats are md, html, json/);
});
