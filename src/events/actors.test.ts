import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorKeys, countryOf, sameActor } from './actors.js';

const ROWS: Array<[string[], string[]]> = [
  [['Russia'], ['cc:RU']],
  [['Russian forces'], ['cc:RU']],
  [['the Russian Federation'], ['cc:RU']],
  [['Ukrainian troops'], ['cc:UA']],
  [['United States', 'US'], ['cc:US']],
  [['Americans'], ['cc:US']],
  [['UK Ministry of Defence'], ['cc:GB']],
  [['Democratic Republic of the Congo'], ['cc:CD']],
  [['Mayor Vitali Klitschko'], ['vitali', 'klitschko']],
  [["Kyiv's mayor"], ['kyiv']],
  [['NATO'], ['nato']],
  [['rebels'], ['rebel']],
];
/** Capitals that are words, not codes; lower case is never a code. */
const NOT_COUNTRIES: string[] = ['IT workers', 'us', 'IN BRIEF', 'the army'];

test('actor keys: a country by name, official name, demonym or code is one key; other names by their words', () => {
  for (const [forms, keys] of ROWS) assert.deepEqual(actorKeys(forms), keys, forms.join(' / '));
  for (const form of NOT_COUNTRIES) assert.ok(!actorKeys([form]).some((k) => k.startsWith('cc:')), form);
  assert.deepEqual(actorKeys(['the army']), []);
});

test('country of an alpha-2 code', () => {
  assert.deepEqual(countryOf('UA'), { cca3: 'UKR', ccn3: '804', name: 'Ukraine' });
  assert.equal(countryOf(null), null);
  assert.equal(countryOf('ZZ'), null);
});

test('same actor: a country, a name within a fuller one, or one surname; never a given name alone', () => {
  const same = (a: string, b: string) => sameActor(actorKeys([a]), actorKeys([b]));
  const SAME: Array<[string, string]> = [
    ['Russia', 'Russian forces'], ['Klitschko', 'Vitali Klitschko'], ['Vitaly Klitschko', 'Mayor Vitali Klitschko'],
    ['US', 'the United States'], ['NATO', 'NATO'], ['Russian forces', 'Russian-backed separatists'],
  ];
  const DIFFERENT: Array<[string, string]> = [
    ['Gordon Brown', 'Gordon Strachan'], ['Viktor Yushchenko', 'Viktor Yanukovych'], ['Russia', 'Ukraine'],
    ['European Parliament', 'European Trade Union Congress'], ['the army', 'Russia'],
  ];
  for (const [a, b] of SAME) assert.ok(same(a, b), `${a} = ${b}`);
  for (const [a, b] of DIFFERENT) assert.ok(!same(a, b), `${a} ≠ ${b}`);
});
