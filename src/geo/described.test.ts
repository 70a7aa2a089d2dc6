import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import type { Place } from '../model/annotations.js';
import { describedKinds, describedPlaces } from './described.js';
import { loadGazetteer } from './gazetteer.js';
import { demonymCountries, tagPlaces } from './stage.js';

/** The places of a text (gazetteer finds only, no entity mentions), one sentence. */
function places(text: string) {
  return tagPlaces({ text, sentences: [{ start: 0, end: text.length }] }).map((p) => ({ text: text.slice(p.start, p.end), ...p }));
}

/** Every description of a text (parts or not), its antecedents the places stage's named places. */
function described(text: string) {
  const named = places(text).filter((p) => !p.described);
  const taken = (s: number, e: number) => named.some((p) => p.start < e && s < p.end);
  return { named, found: describedPlaces(loadGazetteer(), text, named, taken, (w) => demonymCountries(loadGazetteer(), w)).map((d) => ({ text: text.slice(d.start, d.end), ...d })) };
}

test('described places: "the city", "the country", "the region" stand for the nearest named place of that kind before them, and are no places of their own', () => {
  const text = 'Fighting spread from Ukraine to Donetsk and Chechnya. The city was shelled, the region was calm and the country mourned.';
  const { named, found } = described(text);
  const city = found.find((p) => p.text === 'The city')!;
  assert.equal(city.noun, 'city');
  assert.equal(text.slice(named[city.antecedent]!.start, named[city.antecedent]!.end), 'Donetsk');
  assert.equal(city.resolution.rule, 'described:city');
  assert.equal(found.find((p) => p.text === 'the region')!.resolution.country, 'RU');
  const country = found.find((p) => p.text === 'the country')!;
  assert.equal(country.resolution.featureType, 'PCLI');
  assert.equal(country.resolution.country, 'UA');
  assert.ok(country.resolution.confidence <= 0.7);
  assert.ok(found.every((d) => !d.part));
  // the same place again: the places stage adds none
  assert.deepEqual(places(text).filter((p) => p.described), []);
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
  assert.ok(east.described && southeast.described);
  const airport = ps.find((p) => p.text === 'the capital’s airport')!;
  assert.equal(airport.resolution.precision, 2);
  assert.equal(airport.resolution.country, 'UA');
  assert.equal(ps[airport.described!.antecedent]!.text, 'Kyiv');
});

test('described places: a part of a town is read near it, but no place of its own', () => {
  const text = 'Rebels blew up a bridge in Horlivka. It connected the central part of the city with the north.';
  const part = described(text).found.find((p) => p.text === 'the central part of the city')!;
  assert.equal(part.resolution.precision, 2);
  assert.equal(part.resolution.rule, 'described:city+part');
  assert.ok(!part.part);
  assert.deepEqual(places(text).filter((p) => p.described), []);
});

test('described places: left alone when the description names its place, is about something else, or has no place of its kind before it', () => {
  const text = 'In the region, shelling went on. Rebels held the city of Horlivka in Ukraine. The Ukrainian capital Kiev was calm, and the country’s military said so.';
  const { found } = described(text);
  // no region before "the region"; "the city of Horlivka" and "the Ukrainian capital Kiev" name their places
  assert.deepEqual(found.filter((d) => !d.modifier).map((d) => d.text), []);
  assert.deepEqual(found.filter((d) => d.modifier).map((d) => d.text), ['the country']);
  // a people's adjective picks the capital's country
  const two = described('Protesters marched in Moscow and in Kyiv. Police in the Russian capital held 20.').found;
  const capital = two.find((p) => p.text === 'the Russian capital')!;
  assert.equal(capital.resolution.country, 'RU');
});

test('described places: kinds by feature code', () => {
  assert.deepEqual(describedKinds('PCLI'), ['country']);
  assert.deepEqual(describedKinds('PPLC'), ['capital', 'town']);
  assert.deepEqual(describedKinds('ADM1'), ['region']);
  assert.deepEqual(describedKinds('CONT'), []);
});

test('described places in the analysis: a part marked, nothing stated, its antecedent given; every description a mention of the place\'s entity', () => {
  const r = analyze({ text: 'Fighting spread in Ukraine. Residents fled the country, the country’s military regrouped, and troops moved into the country’s east.' });
  assert.ok(r.ok);
  const ps: Place[] = r.annotations?.places ?? [];
  const d = ps.filter((p) => p.described);
  assert.deepEqual(d.map((p) => p.span.text), ['the country’s east']);
  assert.deepEqual(d[0]!.stated, []);
  assert.equal(ps[d[0]!.described!.antecedent]!.span.text, 'Ukraine');
  const ms = r.annotations?.mentions ?? [];
  const ukraine = ms.find((m) => m.span.text === 'Ukraine')!.entity;
  const descriptions = ms.filter((m) => m.kind === 'description' && m.span.text === 'the country');
  assert.equal(descriptions.length, 3);
  assert.ok(descriptions.every((m) => m.entity === ukraine && m.type === 'LOC'));
});
