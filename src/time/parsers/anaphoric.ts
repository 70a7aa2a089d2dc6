/**
 * Times that hang on the date the sentence is about, not on the publication date: "the night before",
 * "the day before", "earlier in the day", "later that day", "that night", "last night", "overnight".
 */
import { words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type Relative, type TimeParser } from '../types.js';

/** Phrase → the day offset from the governing date and the part of day. */
const PHRASES: Record<string, { offset: number; part?: string }> = {
  'the night before': { offset: -1, part: 'NI' }, 'the previous night': { offset: -1, part: 'NI' },
  'the day before': { offset: -1 }, 'the previous day': { offset: -1 }, 'the preceding day': { offset: -1 },
  'the next day': { offset: 1 }, 'the following day': { offset: 1 }, 'the day after': { offset: 1 },
  'the next morning': { offset: 1, part: 'MO' }, 'the following morning': { offset: 1, part: 'MO' },
  'earlier in the day': { offset: 0 }, 'later in the day': { offset: 0 }, 'later that day': { offset: 0 },
  'earlier that day': { offset: 0 }, 'the same day': { offset: 0 }, 'that day': { offset: 0 },
  'that night': { offset: 0, part: 'NI' }, 'that morning': { offset: 0, part: 'MO' }, 'that evening': { offset: 0, part: 'EV' },
  'that afternoon': { offset: 0, part: 'AF' }, 'last night': { offset: -1, part: 'NI' }, overnight: { offset: -1, part: 'NI' },
  'later today': { offset: 0 },
};

const RE = words(Object.keys(PHRASES).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+'));

export const anaphoricParser: TimeParser = {
  name: 'anaphoric',
  parse: (ctx) => scan(ctx, RE, (m, start, end) => {
    const key = m[0].toLowerCase().replace(/\s+/g, ' ');
    const p = PHRASES[key];
    if (!p) return null;
    const rel: Relative = { anchor: 'governing', unit: 'day', offset: p.offset, ...(p.part ? { part: p.part } : {}) };
    return candidate(start, end, { type: p.part ? 'TIME' : 'DATE', relative: rel, granularity: p.part ? 'part-of-day' : 'day', rule: `governing:${key.replace(/\s+/g, '-')}`, stated: ['offset'] });
  }),
};
