/** `sitrep analyze --format text`: every layer of the article, confidences as people read them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import { textReport } from '../cli/report.js';
import { layerLines } from './article.js';

const a = report('Wire', '2022-02-26', [{
  ...KIND.shelling, sentence: 'Russian forces shelled Kyiv at 1700, killing 3 people.', trigger: 'shelled', date: '2022-02-26', place: PLACES.kyiv, killed: 3,
  actors: [{ text: 'Russian forces', actorClass: 'state forces', entity: { id: 'e1', name: 'Russian forces', type: 'ORG' } }], terms: [{ text: '1700', value: '2022-02-26T17:00' }],
}]);
const withConfidence = { ...a, annotations: { ...a.annotations, events: a.annotations!.events!.map((e) => ({ ...e, confidence: 0.6649999999999999, dateFrom: 'published' as const })) } };

test('the text report lists entities, places with coordinates, times with values and events with their fields', () => {
  const lines = layerLines(withConfidence).join('\n');
  assert.match(lines, /^Entities \(1\)$/m);
  assert.match(lines, /e1 ORG Russian forces/);
  assert.match(lines, /^Places \(1; 1 with coordinates\)$/m);
  assert.match(lines, /s1 "Kyiv" — 50\.4547, 30\.5238 — .*geonameid 703448/);
  assert.match(lines, /^Times \(1\)$/m);
  assert.match(lines, /"1700" — TIME 2022-02-26T17:00/);
  assert.match(lines, /^Events \(1\)$/m);
  assert.match(lines, /Explosions\/Remote violence \/ Shelling\/artillery\/missile attack "shelled" — 2022-02-26 \(day, inferred from published\) — Kyiv — Russian forces \(actor, state forces\) — killed 3/);
  assert.match(lines, / 0\.66$/m, 'confidence rounded');
  assert.doesNotMatch(lines, /0\.66499/);
});

test('the article text comes last, after every layer', () => {
  const text = textReport(withConfidence);
  const at = (s: string) => text.indexOf(s);
  assert.ok(at('\nEvents (1)') > 0 && at('\nEvents (1)') < at('\nText\n'), text);
  assert.ok(at('\nPlaces (1') < at('\nText\n'));
});
