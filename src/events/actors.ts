/**
 * Whether two event parties are one. The link stage's entities decide where they can (`sameEntity`);
 * otherwise actor names as comparison keys decide, and two actors are the same when their keys meet: a country's names, official name and demonyms all give `cc:XX` ("Russia",
 * "Russian forces", "the Russian Federation" → `cc:RU`); other words are kept lower-cased, a plural `s`
 * dropped, with generic words and titles left out ("Mayor Vitali Klitschko" → `vitali`, `klitschko`), in
 * the order written, so that a person's surname comes last.
 */
import { createRequire } from 'node:module';
import { compare, type EntityProfile } from '../entities/across.js';
import { CAPITAL_WORDS, GENERIC_ACTOR_WORDS } from '../lexicon/merge.js';
import { DEMONYM_ALIASES } from '../lexicon/places.js';

interface CountryRecord {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  unMember?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

/** Longest country name in words that the key finder tries ("Democratic Republic of the Congo"). */
const MAX_NAME_WORDS = 6;

let countryNames: Map<string, string> | null = null;
/** Country codes and capital-letter short forms ("US", "UK", "USA") → alpha-2 code; matched only as written. */
const codes = new Map<string, string>();
let countryRecords: Map<string, CountryRecord> | null = null;

function loadCountries(): Map<string, CountryRecord> {
  if (!countryRecords) {
    const require = createRequire(import.meta.url);
    const list = require('world-countries/countries.json') as CountryRecord[];
    countryRecords = new Map(list.map((c) => [c.cca2, c]));
  }
  return countryRecords;
}

/** Lower-cased country name, spelling or demonym (singular and plural) → ISO 3166-1 alpha-2 code. */
function names(): Map<string, string> {
  if (countryNames) return countryNames;
  const map = new Map<string, string>();
  // UN members first: "American" is the United States', not also the Northern Mariana Islands'.
  const ordered = [...loadCountries().values()].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));
  for (const c of ordered) {
    const forms = [...(DEMONYM_ALIASES[c.cca2] ?? []), c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3), c.demonyms?.eng?.m, c.demonyms?.eng?.f];
    for (const code of [c.cca2, c.cca3, ...c.altSpellings.filter((s) => /^[A-Z]{2,3}$/.test(s))]) if (!codes.has(code)) codes.set(code, c.cca2);
    for (const form of forms) {
      if (!form) continue;
      const key = words(form).join(' ');
      // Two- and three-letter forms are codes, matched as written in capitals (below).
      if (key.length <= 3) continue;
      if (!key || map.has(key)) continue;
      map.set(key, c.cca2);
      if (!key.endsWith('s') && (form === c.demonyms?.eng?.m || DEMONYM_ALIASES[c.cca2]?.includes(form))) map.set(`${key}s`, c.cca2);
    }
  }
  return (countryNames = map);
}

const fold = (word: string) => word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const words = (text: string) => fold(text).match(/[a-z0-9]+/g) ?? [];

/** The keys of an actor from its names (canonical name and the words as written). */
export function actorKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  const table = names();
  for (const form of forms) {
    // Case matters for codes only: "US" and "UK" are countries, "us" is a pronoun.
    const tokens = form.replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
    const w = tokens.map(fold);
    for (let i = 0; i < w.length; ) {
      const code = /^[A-Z]{2,3}$/.test(tokens[i]!) && !CAPITAL_WORDS.has(tokens[i]!) ? codes.get(tokens[i]!) : undefined;
      let matched = code ? 1 : 0;
      if (code) keys.add(`cc:${code}`);
      for (let n = Math.min(MAX_NAME_WORDS, w.length - i); n >= 1 && !matched; n--) {
        const cc = table.get(w.slice(i, i + n).join(' '));
        if (cc) {
          keys.add(`cc:${cc}`);
          matched = n;
        }
      }
      if (matched) {
        i += matched;
        continue;
      }
      const word = w[i]!;
      if (!GENERIC_ACTOR_WORDS.has(word) && word.length > 1) keys.add(word.length > 3 ? word.replace(/s$/, '') : word);
      i++;
    }
  }
  return [...keys];
}

/**
 * Whether two actors are one: both name a country and share it; or every key of the one with fewer is
 * a key of the other ("Klitschko" and "Vitali Klitschko"); or both are names of two words or more that
 * end alike ("Vitaly Klitschko" and "Vitali Klitschko"). A given name alone is not enough: Gordon Brown
 * is not Gordon Strachan, Viktor Yushchenko not Viktor Yanukovych.
 */
export function sameActor(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.every((k) => large.includes(k))) return true;
  const words = (keys: readonly string[]) => keys.filter((k) => !k.startsWith('cc:'));
  const [wa, wb] = [words(a), words(b)];
  if (wa.length >= 2 && wb.length >= 2 && wa.at(-1) === wb.at(-1)) return true;
  return a.some((k) => k.startsWith('cc:') && b.includes(k)) && wa.length === 0 && wb.length === 0;
}

/** What comparing two parties reads: the link stage's entity and, for a person, its profile. */
export interface Party {
  keys: readonly string[];
  /** `docId/e3`: the entity the link stage gave the argument, qualified by its document. */
  entity?: string | null;
  /** The entity's profile when it is a person (src/entities/across.ts). */
  person?: EntityProfile | null;
}

const docOf = (entity: string) => entity.slice(0, entity.lastIndexOf('/'));

/**
 * One party or two by the link stage's entities; null when they cannot tell and the words must. One
 * entity is one party. Two persons of one document are two (the link stage would have made them one);
 * of two documents, one when the rules that file canonical entities across documents say so (a
 * surname in two spellings, "Vitaly" and "Vitali"; never "Wladimir" and "Vitali" Klitschko). Other
 * entities are compared by their names' keys: "Moscow" standing for Russia has its country's name.
 */
export function sameEntity(a: Party, b: Party): boolean | null {
  if (!a.entity || !b.entity) return null;
  if (a.entity === b.entity) return true;
  if (!a.person || !b.person) return null;
  if (docOf(a.entity) === docOf(b.entity)) return false;
  return compare(a.person, b.person) !== null;
}

/** Whether two parties are one: by their entities when both have one that decides, else by their keys. */
export function sameParty(a: Party, b: Party): boolean {
  return sameEntity(a, b) ?? sameActor(a.keys, b.keys);
}

/** ISO 3166-1 alpha-3 and numeric codes and common name of a country by its alpha-2 code. */
export function countryOf(cca2: string | null): { cca3: string; ccn3: string; name: string } | null {
  if (!cca2) return null;
  const c = loadCountries().get(cca2.toUpperCase());
  return c ? { cca3: c.cca3, ccn3: c.ccn3, name: c.name.common } : null;
}
