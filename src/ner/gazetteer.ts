/**
 * Phrase gazetteers as one lower-cased phrase → category bit mask table, matched over a sentence's
 * tokens. A match only starts at a capitalized token, so "may" and "turkey" in running text are not
 * looked up; every match (not only the longest) gives its tokens B/I/E/S features of its categories.
 */

/** Gazetteer categories, one bit each. */
export const GAZ = {
  /** Any GeoNames populated place of 500 people or more (name or ASCII name). */
  town: 1,
  /** Cities of at least CITY_POPULATION people, with their Latin-script alternate names. */
  city: 2,
  country: 4,
  /** Demonyms and nationality adjectives ("Ukrainian", "Russians"). */
  demonym: 8,
  /** Given names. */
  given: 16,
  /** Organizations: companies, outlets, platforms, bodies, sports teams (compromise's lexicon). */
  org: 32,
  /** Surnames and well-known persons (compromise's lexicon). */
  person: 64,
  /** Regions, states and provinces, continents, seas and other named areas (compromise's lexicon). */
  region: 128,
  /** Places of at least METRO_POPULATION people, with their Latin-script alternate names. */
  metro: 256,
} as const;
export type GazCategory = keyof typeof GAZ;
export const GAZ_NAMES = Object.keys(GAZ) as GazCategory[];

/** Longest phrase kept, in tokens: longer place names are rare and cost a lookup a token each. */
export const MAX_PHRASE_TOKENS = 4;

export interface Gazetteer {
  /** A Map when training builds it; a PhraseTable (phrase-table.ts) when read from the model file. */
  phrases: { get(phrase: string): number | undefined };
}

/** Gazetteer lines `mask<TAB>phrase` (the model file's form) to the lookup table. */
export function gazetteerFromLines(lines: readonly string[]): Gazetteer {
  const phrases = new Map<string, number>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab > 0) phrases.set(line.slice(tab + 1), Number(line.slice(0, tab)));
  }
  return { phrases };
}

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);

/**
 * For each token, the features of the gazetteer matches that cover it: `g<bit><B|I|E|S>`.
 * `lower` holds the sentence's tokens in lower case.
 */
export function gazetteerFeatures(words: readonly string[], lower: readonly string[], gaz: Gazetteer): string[][] {
  const out: string[][] = words.map(() => []);
  for (let i = 0; i < words.length; i++) {
    if (!isUpper(words[i]!.charCodeAt(0))) continue;
    let key = '';
    for (let len = 1; len <= MAX_PHRASE_TOKENS && i + len <= words.length; len++) {
      key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]!}`;
      const mask = gaz.phrases.get(key);
      if (mask === undefined) continue;
      for (let bit = 1; bit <= mask; bit <<= 1) {
        if (!(mask & bit)) continue;
        if (len === 1) out[i]!.push(`g${bit}S`);
        else {
          out[i]!.push(`g${bit}B`);
          for (let k = i + 1; k < i + len - 1; k++) out[k]!.push(`g${bit}I`);
          out[i + len - 1]!.push(`g${bit}E`);
        }
      }
    }
  }
  return out;
}

/** The categories of an exact phrase (lower-cased), 0 if none: for the finer types GPE and NORP. */
export function gazetteerMask(gaz: Gazetteer, phrase: string): number {
  return gaz.phrases.get(phrase.toLowerCase()) ?? 0;
}
