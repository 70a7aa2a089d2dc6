/**
 * Repairs a name glued to the next word by scraping or machine translation: "Klitschkoextended"
 * becomes "Klitschko extended". A token is split only when it is not an English word, occurs once, and
 * splits into a name the document uses on its own (see `vocabulary`) and a word that starts a
 * clause after a name: a verb in -ed or -ing, or one of `GLUE_TAILS` ("said", "was", "and"). Real names
 * that contain a name ("Thailand", "Westminster") end in other words and are kept. Glued lower-case
 * words ("stockmarket") are left alone: too many are real compounds.
 */
import { GLUE_TAILS, englishWords } from '../../lexicon/words.js';
import type { WordSet } from '../../lexicon/word-set.js';
import type { Edit } from '../edits.js';
import { vocabulary, type Vocabulary } from '../vocabulary.js';

/** Shortest token worth trying: a name of 3+ letters and a word of 4+. */
const MIN_GLUED_LENGTH = 7;
/** Shortest name on the left of a split. */
const MIN_LEFT = 3;
/** Shortest word on the right: three-letter tails ("son", "ers", "ans") make surnames and plurals. */
const MIN_RIGHT = 4;

const TOKEN = /\p{Lu}\p{Ll}+/gu;

export function gluedWords(text: string): Edit[] {
  const dict = englishWords();
  // Cheap filters first; the document's vocabulary is counted only when a token could be glued.
  const candidates = [...text.matchAll(TOKEN)].filter((m) => m[0].length >= MIN_GLUED_LENGTH && !dict.has(m[0].toLowerCase()) && hasGlueTail(m[0], dict));
  if (candidates.length === 0) return [];
  const vocab = vocabulary(text);
  const edits: Edit[] = [];
  for (const m of candidates) {
    const word = m[0];
    if (vocab.counts.get(word) !== 1) continue;
    const cut = bestSplit(word, vocab, dict);
    if (cut === null) continue;
    const at = m.index + cut;
    edits.push({ start: at, end: at, insert: ' ', rule: 'glued-words', kind: 'repair', confidence: 0.9, show: [m.index, m.index + word.length] });
  }
  return edits;
}

/** The longest name the document uses that the word starts with, followed by a glue tail. */
function bestSplit(word: string, vocab: Vocabulary, dict: WordSet): number | null {
  for (let cut = word.length - MIN_RIGHT; cut >= MIN_LEFT; cut--) {
    if (vocab.names.has(word.slice(0, cut)) && isGlueTail(word.slice(cut), dict)) return cut;
  }
  return null;
}

function hasGlueTail(word: string, dict: WordSet): boolean {
  for (let cut = word.length - MIN_RIGHT; cut >= MIN_LEFT; cut--) if (isGlueTail(word.slice(cut), dict)) return true;
  return false;
}

const isGlueTail = (tail: string, dict: WordSet) => GLUE_TAILS.has(tail) || (/..(?:ed|ing)$/.test(tail) && dict.has(tail));
