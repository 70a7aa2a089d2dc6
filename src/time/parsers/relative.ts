/**
 * Dates stated relative to the publication date, at the granularity the words give: "yesterday",
 * "last week" (a week), "this year" (a year), "three weeks ago", "earlier this month", "the year" (the report's).
 */
import type { TimeUnit } from '../../lexicon/time.js';
import { PARTS_OF_DAY } from '../../lexicon/time.js';
import { NUMBER, numberValue, unitOf, words } from '../patterns.js';
import { scan } from '../scan.js';
import { weekday } from '../calendar.js';
import { sentenceBefore } from '../sentences.js';
import { clauseTense } from '../tense.js';
import { candidate, type Candidate, type Relative, type TimeParser } from '../types.js';
import { QUALIFIER, QUALIFIERS } from './duration.js';

const PART = `(?:${Object.keys(PARTS_OF_DAY).filter((p) => !/^(?:tonight|overnight)$/.test(p)).join('|')})`;
const DEICTIC = words(`(?:(?:early|late)\\s+)?(today|yesterday|tomorrow|tonight)(?:\\s+(${PART}))?|this\\s+(${PART})`);
const WEEKEND = words('the\\s+weekend');
const SHIFT = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 } as const;
const UNIT_WORDS = 'week|month|year|quarter|weekend|decade|century';
const SHIFTED = words(`(?:(early|late|earlier|later|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|mid-?)\\s*)?(last|this|next|past|coming|current)\\s+(${UNIT_WORDS})`);
/** "the year", "the fiscal year", "the full year": the year of the report; "the latest fiscal year" the one before. */
const THE_YEAR = words(`(?:(the\\s+end|the\\s+beginning|the\\s+start|the\\s+middle)\\s+of\\s+|(earlier|later)\\s+in\\s+)?the\\s+(?:(full|fiscal|calendar|latest|current|whole|entire)\\s+){0,2}year(?!\\s+(?:before|after|earlier|later|ago|to|two|nineteen|\\d))`);
/** "the year ended Sept. 30": a year-long period ending on a date, a duration. */
const YEAR_ENDED = /^\s+(?:ended|ending|to|through)\b/i;
/** "year-earlier profit", "the year-ago results": the adjective alone names the year before (a quarter, in results). */
const YEAR_AGO_ADJECTIVE = words('year-(?:ago|earlier)(?=\\s+(?!quarter|period|nine|three|six|third|second|first|fourth)[a-z])');
/** "by year-end", "around year end", "by year's end": the end of the report's year; "since year-end" the last one. */
const YEAR_END = words(`year[\\s-]end|year['’]s\\s+end`);
const SINCE = /\bsince\s+$/i;
const AGO = words(`(?:(${QUALIFIER})\\s+)?(${NUMBER}|a\\s+few|a\\s+couple\\s+of|a|an)[\\s-]+(second|minute|hour|day|week|month|quarter|year|decade|centurie|centurie)s?\\s+(ago|earlier|before|later|after|from\\s+now|hence)`);

const MODS: Record<string, string> = {
  early: 'START', earlier: 'START', 'the beginning of': 'START', 'the start of': 'START', late: 'END', later: 'END',
  'the end of': 'END', 'the middle of': 'MID', mid: 'MID', 'mid-': 'MID',
};

const TIME_UNITS: TimeUnit[] = ['second', 'minute', 'hour'];

export const relativeParser: TimeParser = {
  name: 'relative',
  parse: (ctx) => [
    ...scan(ctx, DEICTIC, (m, start, end) => {
      const word = (m[1] ?? 'this').toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part = word === 'tonight' ? 'NI' : PARTS_OF_DAY[(m[2] ?? m[3] ?? '').toLowerCase()];
      const rel: Relative = { anchor: 'published', unit: 'day', offset, ...(part ? { part } : {}) };
      return candidate(start, end, { type: part ? 'TIME' : 'DATE', relative: rel, granularity: part ? 'part-of-day' : 'day', rule: `relative:${word}`, stated: ['offset'] });
    }),
    ...scan(ctx, SHIFTED, (m, start, end) => {
      const unitWord = (m[3] ?? 'week').toLowerCase();
      const offset = SHIFT[(m[2] ?? 'this').toLowerCase() as keyof typeof SHIFT];
      const mod = m[1] ? MODS[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? null : null;
      if (unitWord === 'weekend') {
        return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'week', offset, suffix: '-WE' }, granularity: 'week', mod, rule: 'relative:weekend', stated: ['offset', 'unit'] });
      }
      const unit = unitOf(unitWord).unit;
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit, offset }, granularity: unit, mod, rule: 'relative:shifted-unit', stated: ['offset', 'unit'] });
    }),
    ...scan(ctx, AGO, (m, start, end) => agoCandidate(m, start, end)),
    ...scan(ctx, YEAR_END, (_m, start, end) => {
      const offset = SINCE.test(ctx.text.slice(Math.max(0, start - 8), start)) ? -1 : 0;
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'year', offset }, granularity: 'year', mod: 'END', rule: 'relative:year-end', stated: ['unit'], confidence: 0.7 });
    }),
    ...scan(ctx, YEAR_AGO_ADJECTIVE, (_m, start, end) => candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'year', offset: -1 }, granularity: 'year', rule: 'relative:year-ago-adjective', stated: ['offset', 'unit'], confidence: 0.6 })),
    ...scan(ctx, THE_YEAR, (m, start, end) => {
      if (YEAR_ENDED.test(ctx.text.slice(end, end + 12))) return candidate(start, end, { type: 'DURATION', value: 'P1Y', granularity: 'year', rule: 'duration:the-year-ended', stated: ['unit'], confidence: 0.7 });
      const offset = /\blatest\b/i.test(m[0]) ? -1 : 0;
      const edge = m[1] ? `${m[1]} of` : m[2];
      const mod = edge ? MODS[edge.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'year', offset }, granularity: 'year', mod, rule: 'relative:the-year', stated: ['unit'], confidence: 0.6 });
    }),
    // Past tense reporting: the weekend just gone, the current one if published on it; with a future
    // cue in its clause ("ahead of the weekend"), the one of the publication week.
    ...scan(ctx, WEEKEND, (_m, start, end) => {
      const onIt = ctx.published !== null && [0, 6].includes(weekday(ctx.published));
      const ahead = clauseTense(sentenceBefore(ctx, start)) === 'future';
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'week', offset: onIt || ahead ? 0 : -1, suffix: '-WE' }, granularity: 'week', rule: ahead ? 'relative:the-coming-weekend' : 'relative:the-weekend', stated: ['unit'], confidence: 0.7 });
    }),
  ],
};

function agoCandidate(m: RegExpExecArray, start: number, end: number): Candidate | null {
  const count = /^an?$/i.test(m[2] ?? '') ? 1 : numberValue((m[2] ?? '').replace(/^a\s+(?=couple)|\s+of$/gi, ''));
  const unit = unitOf(m[3] ?? 'day').unit;
  const way = (m[4] ?? 'ago').toLowerCase();
  const sign = /^(?:ago|earlier|before)$/.test(way) ? -1 : 1;
  if (way === 'before' || way === 'after') {
    // "90 days after the vote": the amount is the expression; "after" is a signal, outside it.
    const length = m[0].length - m[0].match(/\s+(?:before|after)$/i)![0].length;
    const u = unitOf(m[3] ?? 'day');
    return candidate(start, start + length, { type: 'DURATION', value: `P${u.time ? 'T' : ''}${count ?? 'X'}${u.letter}`, granularity: unit, rule: 'duration:before-after', stated: ['count', 'unit'] });
  }
  const mod = m[1] ? QUALIFIERS[m[1].toLowerCase()] ?? null : null;
  if (count === null) return candidate(start, end, { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod, rule: 'relative:vague-ago', stated: ['unit'], confidence: 0.6 });
  // Clock units resolve to the day: the publication time is rarely known to the minute.
  const rel: Relative = TIME_UNITS.includes(unit)
    ? { anchor: 'published', unit: 'day', offset: unit === 'hour' ? Math.round((sign * count) / 24) : 0 }
    : { anchor: 'published', unit, offset: sign * count };
  return candidate(start, end, { type: 'DATE', relative: rel, granularity: rel.unit, mod, rule: `relative:${way.replace(/\s+/g, '-')}`, stated: ['count', 'unit'] });
}
