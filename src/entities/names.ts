/**
 * Person and organization names as linking compares them: titles stripped ("Mayor Vitali Klitschko" →
 * "Vitali Klitschko" with the title kept as a role), split into given names and surname, and folded to
 * a transliteration key so that spellings of one Cyrillic or Arabic name meet (Zelenskyy, Zelensky,
 * Zelenskiy; Vitaly, Vitali; Klitschko, Klychko) while different names stay apart (Vitali, Wladimir).
 */
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/linking.js';

export interface PersonName {
  /** The name without titles, as written. */
  name: string;
  /** Titles and honorifics that stood inside the mention, as written ("Mayor", "Mr"). */
  titles: string[];
  given: string[];
  surname: string | null;
}

const isTitleWord = (w: string) => {
  const l = w.toLowerCase();
  return HONORIFICS.has(l) || HONORIFICS.has(l.replace(/\.$/, '')) || ROLE_NOUNS.has(l) || ROLE_MODIFIERS.has(l);
};

/** Splits a person mention into its titles and its name ("President Zelenskyy" → ["President"], "Zelenskyy"). */
export function personName(text: string): PersonName {
  const words = text.split(/\s+/).filter(Boolean);
  // Up to the last honorific or role noun that only title words precede ("Deputy Prime Minister X"),
  // so a modifier alone is not a title ("Military Companies").
  let i = 0;
  for (let k = 0; k < words.length - 1 && isTitleWord(words[k]!); k++) if (!ROLE_MODIFIERS.has(words[k]!.toLowerCase()) || HONORIFICS.has(words[k]!.toLowerCase())) i = k + 1;
  const titles = words.slice(0, i);
  const rest = words.slice(i);
  const surname = rest.length ? rest[rest.length - 1]! : null;
  return { name: rest.join(' '), titles, given: rest.slice(0, -1), surname };
}

/** A title is a role when it is not a mere honorific ("Mayor" is, "Mr" is not). */
export const isRoleTitle = (title: string) => !HONORIFICS.has(title.toLowerCase());

/**
 * A transliteration key of one word: no diacritics, lower case, and the letters that romanizations of
 * one name swap folded together (w/v, j/y/i, kh/h, tsch/tch/ch, ph/f, ck/k; doubled letters once), and
 * British and American spellings of a word in a name (Defence/Defense, Organisation/Organization).
 */
export function foldName(word: string): string {
  // Linking compares each mention with every cluster: the same few words are folded again and again.
  let key = FOLDED.get(word);
  if (key === undefined) {
    if (FOLDED.size >= FOLD_CACHE) FOLDED.clear();
    FOLDED.set(word, (key = fold(word)));
  }
  return key;
}

const FOLDED = new Map<string, string>();
const FOLD_CACHE = 50_000;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.-]/g, '')
    .replace(/ence$/, 'ense')
    .replace(/isation$/, 'ization')
    .replace(/t?sch|tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** The key of a whole name: each word folded, possessive dropped. */
export const nameKey = (name: string) => name.replace(/['’]s$/, '').split(/\s+/).filter(Boolean).map(foldName).join(' ');

/** Whether two given-name lists can be one person's: equal keys word by word, or an initial for a name. */
export function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const n = Math.min(a.length, b.length);
  // Compare the first given names (a middle name may be left out: "Recep Erdogan").
  for (let k = 0; k < Math.min(n, 1); k++) {
    const x = foldName(a[k]!);
    const y = foldName(b[k]!);
    if (x === y) continue;
    const initial = (s: string) => s.length === 1;
    if ((initial(x) && y.startsWith(x)) || (initial(y) && x.startsWith(y))) continue;
    return false;
  }
  return true;
}

/**
 * The initials of a name as an acronym would write them: every capitalized word's first letter, and the
 * first letter of a short function word in lower or upper case ("Ministry of Defence" → "MoD" or "MD").
 */
export function acronymMatches(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  return letters !== null && acronymsOf(name).includes(letters);
}

/** The letters of a possible acronym ("U.N." → "UN"), or null when it cannot be one. */
export function acronymLetters(acronym: string): string | null {
  const letters = acronym.replace(/[.\s]/g, '');
  if (letters.length < 2 || letters.length > 8 || !/^[A-Z][A-Za-z]*$/.test(letters) || !/[A-Z].*[A-Z]/.test(letters)) return null;
  return letters;
}

/** Every acronym `acronymMatches` accepts for a name (at most six), so that many names can be indexed once. */
export function acronymsOf(name: string): string[] {
  const out: string[] = [];
  const all = name.split(/[\s-]+/).filter(Boolean);
  // The name itself, or the name without a leading qualifier or two ("UK Ministry of Defence" → "MoD").
  for (let drop = 0; drop <= Math.min(2, all.length - 2); drop++) {
    const words = all.slice(drop);
    if (!/^\p{Lu}/u.test(words[0]!)) continue;
    out.push(words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''), words.map((w) => w[0]).join(''));
  }
  return out;
}
