/** Regular-expression pieces built once from the word lists in src/lexicon/time.ts. */
import { NUMBER_WORDS, ORDINAL_WORDS, UNITS, type TimeUnit } from '../lexicon/time.js';

const alternation = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.'-]/g, '\\$&')).join('|');

/** A count: digits, or number words ("twenty four", "twenty-four", "several"). */
const TENS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 20 && NUMBER_WORDS[w]! < 100);
const ONES = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! > 0 && NUMBER_WORDS[w]! < 10 && w.length > 2);
export const NUMBER = `(?:\\d+(?:\\.\\d+)?|(?:${alternation(TENS)})[- ](?:${alternation(ONES)})|(?:${alternation(Object.keys(NUMBER_WORDS))}))`;
export const ORDINAL = `(?:${alternation(Object.keys(ORDINAL_WORDS))})`;
export const UNIT = `(?:${alternation(Object.keys(UNITS))})`;

/** The value of a count, or null for vague ones ("several", "a few"). */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^\d/.test(t)) return Number(t);
  let total = 0;
  for (const part of t.split(/[- ]+/)) {
    const n = NUMBER_WORDS[part];
    if (n === undefined || n < 0) return null;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return total;
}

export function unitOf(text: string): { unit: TimeUnit; letter: string; time: boolean; key: string } {
  const key = text.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century');
  const u = UNITS[key] ?? UNITS.day!;
  return { unit: u.granularity, letter: u.letter, time: u.time, key };
}

/** Compiles a pattern case-insensitively with word boundaries and the sticky-free global flag. */
export const words = (source: string, flags = 'gi') => new RegExp(`(?<![\\w'’-])(?:${source})(?![\\w-])`, flags);
