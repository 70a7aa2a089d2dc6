/** Recurring times are SETs, never dates: "daily", "every week", "each year", "twice a month". */
import { SET_WORDS } from '../../lexicon/time.js';
import { NUMBER, numberValue, UNIT, unitOf, words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type TimeParser } from '../types.js';

const ADVERB = words(Object.keys(SET_WORDS).join('|'));
const EVERY = words(`(?:every|each)(?:\\s+other)?(?:\\s+(${NUMBER}))?\\s+(${UNIT})s?`);

export const setParser: TimeParser = {
  name: 'set',
  parse: (ctx) => [
    ...scan(ctx, ADVERB, (m, start, end) => candidate(start, end, { type: 'SET', value: SET_WORDS[m[0].toLowerCase()] ?? null, rule: 'set:adverb', stated: ['frequency'] })),
    ...scan(ctx, EVERY, (m, start, end) => {
      const u = unitOf(m[2] ?? 'day');
      const n = (m[1] ? numberValue(m[1]) : 1) ?? 1;
      const every = /other/i.test(m[0]) ? 2 * n : n;
      return candidate(start, end, { type: 'SET', value: `P${u.time ? 'T' : ''}${every}${u.letter}`, rule: 'set:every', stated: ['frequency', 'unit'] });
    }),
  ],
};
