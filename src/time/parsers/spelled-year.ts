/**
 * Years written out in words, as broadcast transcripts do: "nineteen ninety-six", "in nineteen
 * seventy-nine", "January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two
 * thousand". A bare "two thousand" is a count ("two thousand people"); only "the year two thousand
 * (and) N" is read as a year.
 */
import { NUMBER_WORDS, SEASONS, SPELLED_CENTURIES } from '../../lexicon/time.js';
import { words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type TimeParser } from '../types.js';
import { MONTHS } from './calendar.js';

const word = (min: number, max: number) => Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= min && NUMBER_WORDS[w]! <= max && w.length > 2);
/** The last two digits: "ten" to "nineteen", "twenty" to "ninety" with an optional "-one" to "-nine", "oh five". */
const TAIL = `(?:(?:${word(20, 90).filter((w) => NUMBER_WORDS[w]! % 10 === 0).join('|')})(?:[\\s-](?:${word(1, 9).join('|')}))?|${word(10, 19).join('|')}|oh[\\s-](?:${word(1, 9).join('|')}))`;
const LEAD = `(?:(?<month>${MONTHS.join('|')})\\s+|(?:the\\s+)?(?<season>${Object.keys(SEASONS).join('|')})\\s+of\\s+)?`;
/** Words after which the number counts something: "nineteen twenty-dollar bills". */
const COUNTED = /^[\w-]*\s+(?:percent|per\s+cent|dollars?|people|persons|men|women|times|years|points|miles)\b/i;
const RE = words(`${LEAD}(?:(?<century>${Object.keys(SPELLED_CENTURIES).join('|')})[\\s-]+(?<tail>${TAIL})|the\\s+year\\s+two\\s+thousand(?:(?:\\s+and)?[\\s-]+(?<tail2>${TAIL}|${word(1, 9).join('|')}))?)`);

const HINT = new RegExp(`${Object.keys(SPELLED_CENTURIES).join('|')}|two\\s+thousand`, 'i');

function twoDigits(text: string): number {
  const parts = text.toLowerCase().split(/[\s-]+/).filter((p) => p !== 'oh');
  return parts.reduce((n, p) => n + (NUMBER_WORDS[p] ?? 0), 0);
}

export const spelledYearParser: TimeParser = {
  name: 'spelled-year',
  parse: (ctx) => scan(ctx, RE, (m, start, end) => {
    const g = m.groups ?? {};
    if (COUNTED.test(ctx.text.slice(end, end + 24))) return null;
    const year = g.century ? SPELLED_CENTURIES[g.century.toLowerCase()]! + twoDigits(g.tail ?? '') : 2000 + (g.tail2 ? twoDigits(g.tail2) : 0);
    const y = String(year);
    if (g.month) return candidate(start, end, { type: 'DATE', value: `${y}-${String(MONTHS.indexOf(g.month) + 1).padStart(2, '0')}`, granularity: 'month', rule: 'spelled-year:month', stated: ['year', 'month'] });
    if (g.season) return candidate(start, end, { type: 'DATE', value: `${y}-${SEASONS[g.season.toLowerCase()]}`, granularity: 'season', rule: 'spelled-year:season', stated: ['year', 'season'] });
    return candidate(start, end, { type: 'DATE', value: y, granularity: 'year', rule: 'spelled-year', stated: ['year'] });
  }, HINT),
};
