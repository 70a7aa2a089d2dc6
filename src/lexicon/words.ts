/**
 * The English word list used to repair glued words: ~274,000 words from the `word-list` package,
 * loaded once, on first use (most documents never need it).
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { WordSet } from './word-set.js';

let words: WordSet | null = null;

export function englishWords(): WordSet {
  words ??= new WordSet(readFileSync(wordListPath, 'utf8'));
  return words;
}

/** Words that follow a name at the start of a clause, besides verbs in -ed and -ing: what a glued name
 * ("Zelenskyysaid", "Putinand") most often runs into. */
export const GLUE_TAILS: ReadonlySet<string> = new Set(
  ('said says told was were has had have is are will would could should may might can also and but ' +
    'who which that when where while after before during with from into about against ' +
    'announced added warned claimed urged called denied accused insisted stressed noted').split(' '),
);
