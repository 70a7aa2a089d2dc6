/**
 * `sitrep report` end to end: both seed reports in one store. The figures the seeds hold are there with
 * their sources (198 killed with three children among them from the health minister, 120,000 fled from
 * the UN with 4 million a projection, the evacuations from Mariupol and Sumy, the hostages in the
 * Mariupol hospital), the two Kyiv curfews are two events, every evidence span is its document's text,
 * and the Markdown matches its golden file (UPDATE_GOLDEN=1 rewrites it; review the diff).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/model/types.js';
import { allEvidence } from '../src/report/evidence.js';
import type { FigureGroup, Report } from '../src/report/types.js';
import { assertInert, assertReportSchema } from './report-checks.js';
import { sitrep, tempDir } from './cli-helpers.js';
import { hasShared, NO_SHARED, sharedPath } from './helpers.js';

const SEEDS = sharedPath('corpus', 'seeds');
const skip = hasShared('corpus', 'seeds', 'gold.json') ? false : NO_SHARED;
const FILES = ['000_6131efc8792cde03', '004_7ad8f6d594367497'].map((n) => join(SEEDS, `${n}.txt`));
const GOLDEN = join(import.meta.dirname, 'fixtures', 'report', 'seeds.md');

function seedStore(): string {
  const db = join(tempDir(), 'seeds.db');
  const r = sitrep(['ingest', ...FILES, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  return db;
}

const values = (r: Report, kind: string) => r.figures.filter((g) => g.kind === kind).flatMap((g: FigureGroup) => g.values.map((v) => ({ ...v, group: g })));

test('seeds: the report\'s figures, events, statements and evidence', { skip }, () => {
  const db = seedStore();
  const run = sitrep(['report', '--db', db, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout) as Report;
  assertReportSchema(r);
  assert.equal(r.header.reports, 2);
  assert.deepEqual(r.header.period, { from: '2022-02-26', to: '2022-03-16' });

  const killed = values(r, 'killed').find((v) => v.value === 198);
  assert.ok(killed, 'the 198 killed');
  assert.match(killed.said ?? '', /Minister of Health|health minister/i);
  assert.deepEqual(killed.including.map((p) => [p.value, p.of]), [[3, 'children']]);

  const fled = values(r, 'displaced').find((v) => v.text === 'more than 120,000');
  assert.ok(fled, 'the 120,000 who fled');
  assert.match(fled.said ?? '', /United Nations/);
  const projected = r.projections.find((p) => p.value === 4_000_000);
  assert.ok(projected, '4 million, a projection');
  assert.match(projected.said ?? '', /United Nations/);
  assert.ok(!values(r, 'displaced').some((v) => v.value === 4_000_000), 'the projection is not among the counts');

  const evacuated = values(r, 'evacuated');
  const mariupol = evacuated.find((v) => v.place === 'Mariupol');
  const sumy = evacuated.find((v) => /Sumy/.test(v.place ?? ''));
  assert.equal(mariupol?.value, 20_000);
  assert.equal(sumy?.value, 8_533);
  assert.equal(sumy?.said, 'Iryna Vereshchuk');
  assert.match(mariupol!.evidence[0]!.text, /Mariupol/);

  const hostages = values(r, 'hostages').find((v) => v.place === 'Mariupol');
  assert.equal(hostages?.value, 500);
  assert.equal(hostages?.said, 'Pavlo Kyrylenko');
  assert.match(hostages!.evidence[0]!.text, /hospital in Mariupol/);

  const events = r.days.flatMap((d) => d.places.flatMap((p) => p.events.map((e) => ({ ...e, day: d.day, group: p.place }))));
  const curfews = events.filter((e) => e.trigger === 'curfew' && e.group === 'Kyiv');
  assert.equal(curfews.length, 2, 'the two Kyiv curfews are two events');
  assert.notEqual(curfews[0]!.day, curfews[1]!.day);

  // Conflicting values side by side: every group marked so has values from two sources, listed in Disagreements.
  for (const g of r.figures.filter((f) => f.conflict)) {
    assert.ok(new Set(g.values.map((v) => `${v.document}|${v.said}`)).size >= 2, `${g.kind} in ${g.place}`);
    assert.ok(r.disagreements.some((d) => d.claim.startsWith(g.kind) && d.values.length >= 2), `${g.kind} in ${g.place} is among the disagreements`);
  }

  const docs = new Map(sitrep(['export', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l) as Analysis).map((a) => [a.document.id, a]));
  const evidence = allEvidence(r);
  assert.ok(evidence.length > 40, `${evidence.length} evidence items`);
  for (const e of evidence) {
    const a = docs.get(e.document);
    assert.ok(a, `document ${e.document} is stored`);
    assert.equal(a.document.text.slice(e.span[0], e.span[1]), e.text, `${e.document} ${e.span}`);
    const s = a.sentences[e.sentence]!.span;
    assert.ok(s.start <= e.span[0] + 1 || e.span[1] <= s.end + 1, 'the span is at its sentence');
  }
  for (const s of r.sentences) assert.equal(docs.get(s.document)!.document.text.slice(s.span[0], s.span[1]), s.text);
  // A figure's words are in its first evidence sentence.
  for (const g of r.figures) for (const v of g.values) assert.ok(v.evidence[0]!.text.includes(v.text), `"${v.text}" in "${v.evidence[0]!.text}"`);
  // Nothing invented: a name or count the evidence does not write is marked inferred, with its rule.
  const written = (ev: Array<{ text: string }>, words: string) => ev.some((x) => x.text.toLowerCase().includes(words.toLowerCase()));
  const inferred = (xs: Array<{ field: string; rule: string }>, field: string) => xs.some((x) => x.field === field && x.rule.length > 0);
  for (const e of events) {
    for (const a of e.actors) assert.ok(written(e.evidence, a.name) || inferred(e.inferred, 'actor'), `actor ${a.name} of ${e.id}`);
    if (e.place) assert.ok(written(e.evidence, e.place) || inferred(e.inferred, 'place'), `place ${e.place} of ${e.id}`);
    if (e.fatalities !== null) assert.ok(written(e.evidence, String(e.fatalities)) || inferred(e.inferred, 'fatalities'), `fatalities of ${e.id}`);
  }
  for (const sp of r.speakers) for (const st of sp.statements) assert.ok(written(st.evidence, sp.name) || inferred(st.inferred, 'speaker'), `${sp.name}: ${st.text}`);
  for (const g of r.figures) for (const v of g.values) if (v.place) assert.ok(written(v.evidence, v.place) || inferred(v.inferred, 'place'), `${v.text} in ${v.place}`);
});

test('seeds: the Markdown report matches its golden file and says the same again', { skip }, () => {
  const db = seedStore();
  const run = sitrep(['report', '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  // The as-of time is the ingest time: masked, so that the golden file holds.
  // So are the seeds' paths, which depend on where ../shared lies on the machine running the test.
  const md = `${run.stdout.replace(/^- \*\*As of:\*\* .*$/m, '- **As of:** (ingest time)').replace(/ [^ ]*?corpus\/seeds\//g, ' <shared>/corpus/seeds/')}\n`;
  assert.match(md, /198 killed \(“198” people\), including 3 children \(“three”\) — Ukrainian Minister of Health/);
  assert.match(md, /^### Projections$/m);
  assert.equal(sitrep(['report', '--db', db]).stdout, run.stdout, 'the same store gives the same bytes');
  if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) {
    mkdirSync(join(GOLDEN, '..'), { recursive: true });
    writeFileSync(GOLDEN, md);
  }
  assert.equal(md, readFileSync(GOLDEN, 'utf8'), `the report differs from ${GOLDEN}; if the change is right, rerun with UPDATE_GOLDEN=1 and review the diff`);
});

test('report: --out writes the file; a missing database and a bad --from are clear errors', { skip }, () => {
  const db = seedStore();
  const out = join(tempDir(), 'r.html');
  const run = sitrep(['report', '--db', db, '--format', 'html', '--out', out, '--place', 'Mariupol']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /around 500/);
  assert.doesNotMatch(html, /<script/i);
  const missing = sitrep(['report', '--db', join(tempDir(), 'none.db')]);
  assert.equal(missing.status, 3);
  assert.match(missing.stderr, /none\.db does not exist/);
  const bad = sitrep(['report', '--db', db, '--from', 'March']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--from "March" is not a day; give it as YYYY-MM-DD/);
});

test('report --format html: an ingested article with a script tag and onerror attributes gives an inert page', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'evil.txt'), 'Russian forces shelled Kyiv on Monday, killing 4 people <script>alert(1)</script>, the mayor said.\n\n'
    + '"We will not give up <img src=x onerror="alert(2)">," said Vitali Klitschko, the mayor of Kyiv.\n');
  writeFileSync(join(dir, 'evil.json'), JSON.stringify({ source: '<i onmouseover="alert(3)">Evil</i> News', published: '2022-03-01' }));
  const db = join(dir, 'evil.db');
  assert.equal(sitrep(['ingest', join(dir, 'evil.txt'), '--db', db]).status, 0);
  const run = sitrep(['report', '--db', db, '--format', 'html']);
  assert.equal(run.status, 0, run.stderr);
  assertInert(run.stdout);
  assert.ok(run.stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag is there, as text');
  assert.ok(run.stdout.includes('&lt;i onmouseover=&quot;alert(3)&quot;&gt;Evil&lt;/i&gt; News'), 'the outlet is there, as text');
});
