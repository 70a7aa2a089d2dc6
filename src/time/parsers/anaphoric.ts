/**
 * Times that hang on the date the sentence is about, not on the publication date: "the night before",
 * "the day before", "earlier in the day", "later that day", "that night", "last night", "overnight",
 * "(said) at the time";
 * at coarser units "later that year", "that same month" (see `coarseAnchor` in refiners/resolve.ts); and
 * weekdays counted from that date, "the previous Friday", "the following Monday".
 */
import type { TimeUnit } from '../../lexicon/time.js';
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

/** The same for a year, a month or a week: "later that year" is the year of the date the sentence is about. */
const COARSE: Record<string, TimeUnit> = {};
for (const unit of ['year', 'month', 'week'] as const) {
  for (const lead of ['that', 'later that', 'earlier that', 'that same', 'the same', 'later in the same', 'later in that', 'earlier in that']) COARSE[`${lead} ${unit}`] = unit;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_FROM = words(`the\\s+(previous|preceding|following|next)\\s+(${DAYS.join('|')})`);
const COARSE_RE = words(Object.keys(COARSE).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+'));

/** "he said at the time.": "the time" ending its clause points back to the time the sentence is about
 * ("at the time of its founding", "at the time Howes was captured" name their own time and are left out). */
const AT_THE_TIME = /(?<![\w'’-])at\s+(the\s+time)(?=\s*(?:[,.;:!?"”’)]|$))/gi;

const RE = words(Object.keys(PHRASES).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+'));

export const anaphoricParser: TimeParser = {
  name: 'anaphoric',
  parse: (ctx) => [
    ...scan(ctx, RE, (m, start, end) => {
      const key = m[0].toLowerCase().replace(/\s+/g, ' ');
      const p = PHRASES[key];
      if (!p) return null;
      const rel: Relative = { anchor: 'governing', unit: 'day', offset: p.offset, ...(p.part ? { part: p.part } : {}) };
      return candidate(start, end, { type: p.part ? 'TIME' : 'DATE', relative: rel, granularity: p.part ? 'part-of-day' : 'day', rule: `governing:${key.replace(/\s+/g, '-')}`, stated: ['offset'] });
    }),
    ...scan(ctx, COARSE_RE, (m, start, end) => {
      const key = m[0].toLowerCase().replace(/\s+/g, ' ');
      const unit = COARSE[key];
      if (!unit) return null;
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'governing', unit, offset: 0 }, granularity: unit, rule: `governing:that-${unit}`, stated: ['unit'], confidence: 0.7 });
    }),
    ...scan(ctx, AT_THE_TIME, (m, start) => {
      const from = start + m[0].length - m[1]!.length;
      return candidate(from, from + m[1]!.length, { type: 'DATE', relative: { anchor: 'governing', unit: 'day', offset: 0 }, granularity: 'day', rule: 'governing:at-the-time', stated: [], confidence: 0.6 });
    }, /at\s+the\s+time/i),
    // Strictly before or after the governing day: a Friday governing its sentence has "the previous Friday" a week back.
    ...scan(ctx, WEEKDAY_FROM, (m, start, end) => {
      const back = /^p/i.test(m[1] ?? '');
      const rel: Relative = { anchor: 'governing', unit: 'day', offset: back ? -1 : 1, weekday: DAYS.indexOf((m[2] ?? '').toLowerCase()), direction: back ? -1 : 1 };
      return candidate(start, end, { type: 'DATE', relative: rel, granularity: 'day', rule: `governing:${back ? 'previous' : 'following'}-weekday`, stated: ['weekday'] });
    }),
  ],
};
