/**
 * Content words, for comparing how two reports word an event: lower-cased, accents folded, function
 * words and time words dropped (src/lexicon/merge.ts), a plural or past `s`/`ed`/`es` ending cut, so
 * "resolutions" meets "resolution" and "vetoed" meets "veto". Sorted and unique.
 */
import { SENTENCE_STOP_WORDS } from '../lexicon/merge.js';

/** Shorter words are mostly function words and abbreviations that tell nothing apart. */
const MIN_LENGTH = 3;

export function contentWords(text: string): string[] {
  const out = new Set<string>();
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
  for (const w of words) {
    if (w.length < MIN_LENGTH || SENTENCE_STOP_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return [...out].sort();
}

export const stem = (w: string) => (w.length > 4 ? w.replace(/(?:ies|es|ed|s)$/, '') : w);
