import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import type { Place } from '../model/annotations.js';
import { describedKinds } from './described.js';
import { tagPlaces } from './stage.js';

/** The places of a text (gazetteer finds only, no entity mentions), one sentence. */
function places(text: string) {
  return tagPlaces({ text, sentences: [{ start: 0, end: text.length }] }).map((p) => ({ text: text.slice(p.start, p.end), ...p }));
}

test('described places: "the city", "the country", "the region" resolve to the nearest named place of that kind before them', () => {
  const text = 'Fighting spread from Ukraine to Donetsk and Chechnya. The city was shelled, the region was calm and the country mourned.';
  const ps = places(text);
  const city = ps.find((p) => p.text === 'The city')!;
  assert.equal(city.described?.noun, 'city');
  assert.equal(ps[city.described!.antecedent]!.text, 'Donetsk');
  assert.equal(city.resolution.lat, ps.find((p) => p.text === 'Donetsk')!.resolution.lat);
  assert.equal(city.resolution.rule, 'described:city');
  assert.equal(ps.find((p) => p.text === 'the region')!.resolution.country, 'RU');
  const country = ps.find((p) => p.text === 'the country')!;
  assert.equal(country.resolution.featureType, 'PCLI');
  assert.equal(country.resolution.country, 'UA');
  assert.ok(country.resolution.confidence <= 0.7);
});

test('described places: a side of the country is an area on that side; "the capital\'s airport" is near the capital', () => {
  const text = 'Russia and Ukraine met in Kyiv. Troops moved into the country’s east, and then into the southeast of the country. He landed at the capital’s airport.';
  const ps = places(text);
  const east = ps.find((p) => p.text === 'the country’s east')!;
  const southeast = ps.find((p) => p.text === 'the southeast of the country')!;
  const ua = ps.find((p) => p.text === 'Ukraine')!.resolution;
  assert.equal(east.resolution.country, 'UA');
  assert.ok(east.resolution.lon! > ua.lon! && east.resolution.precision === 3, JSON.stringify(east.resolution));
  assert.ok(southeast.resolution.lat! < ua.lat! && southeast.resolution.lon! > ua.lon!, JSON.stringify(southeast.resolution));
  const airport = ps.find((p) => p.text === 'the capital’s airport')!;
  assert.equal(airport.resolution.precision, 2);
  assert.equal(airport.resolution.country, 'UA');
  assert.equal(ps[airport.described!.antecedent]!.text, 'Kyiv');
});

test('described places: left alone when the description names its place, is about something else, or has no place of its kind before it', () => {
  const text = 'In the region, shelling went on. Rebels held the city of Horlivka in Ukraine. The Ukrainian capital Kiev was calm, and the country’s military said so.';
  const ps = places(text);
  // no region before "the region"; "the city of Horlivka" and "the Ukrainian capital Kiev" name their places
  assert.deepEqual(ps.filter((p) => p.described).map((p) => p.text), []);
  // a people's adjective picks the capital's country
  const two = places('Protesters marched in Moscow and in Kyiv. Police in the Russian capital held 20.');
  const capital = two.find((p) => p.text === 'the Russian capital')!;
  assert.equal(capital.resolution.country, 'RU');
});

test('described places: kinds by feature code', () => {
  assert.deepEqual(describedKinds('PCLI'), ['country']);
  assert.deepEqual(describedKinds('PPLC'), ['capital', 'town', 'airport']);
  assert.deepEqual(describedKinds('ADM1'), ['region']);
  assert.deepEqual(describedKinds('CONT'), []);
});

test('described places in the analysis: marked, with nothing stated but the antecedent; the possessive links to the entity only', () => {
  const r = analyze({ text: 'Fighting spread in Ukraine. Residents fled the country, and the country’s military regrouped.' });
  assert.ok(r.ok);
  const ps: Place[] = r.annotations?.places ?? [];
  const d = ps.filter((p) => p.described);
  assert.deepEqual(d.map((p) => p.span.text), ['the country']);
  assert.deepEqual(d[0]!.stated, []);
  assert.equal(ps[d[0]!.described!.antecedent]!.span.text, 'Ukraine');
  const ms = r.annotations?.mentions ?? [];
  const ukraine = ms.find((m) => m.span.text === 'Ukraine')!.entity;
  const descriptions = ms.filter((m) => m.kind === 'description' && m.span.text === 'the country');
  assert.equal(descriptions.length, 2);
  assert.ok(descriptions.every((m) => m.entity === ukraine && m.type === 'LOC'));
});
