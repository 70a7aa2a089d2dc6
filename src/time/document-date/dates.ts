/**
 * What the document-date rules read: the calendar dates the parsers found (full, or a month and day with
 * no year), the lines they stand on, and whether a full date can speak for the time of writing (not
 * announced for the future, not put in history). Datelines, date lines and timeline entries are lines of
 * their own: the rules read lines, not the segmenter's paragraphs (which join a line that starts with a
 * digit to the line before it, as a soft wrap).
 */
import { HISTORIC_CUES } from '../../lexicon/time.js';
import type { InferredDate, InferredDateSource } from '../../model/types.js';
import { toUtc } from '../calendar.js';
import { sentenceBefore, sentenceText } from '../sentences.js';
import { clauseTense } from '../tense.js';
import type { Candidate, Day, TimeContext } from '../types.js';

/** A day named by a candidate: `year` is null when the text gives only a month and a day ("October 25"). */
export interface NamedDay {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** Index of its line among the text's non-blank lines. */
  line: number;
  /** The weekday written with it ("Tuesday, 1 March"), 0 = Sunday, or null. */
  weekday: number | null;
}

/** A non-blank line of the text, trimmed. */
export interface Line {
  index: number;
  start: number;
  end: number;
}

/** A document date a rule read from the text; offsets into the text (the stage makes spans of them). */
export interface DocumentDate {
  /** The day; with `precision: 'year'`, only its year counts. */
  day: Day;
  precision: InferredDate['precision'];
  source: InferredDateSource;
  bound: InferredDate['bound'];
  /** The date the rule read, then the full date a year-less one took its year from. */
  evidence: Array<{ start: number; end: number }>;
  confidence: number;
  /** With a `not-before` date: the year-less days that take a year from a full date near them, and which. */
  pins?: Array<{ start: number; end: number; day: Day; from: { start: number; end: number } }>;
}

/** What every rule is given. */
export interface DateContext {
  ctx: TimeContext;
  /** The candidates the parsers and refiners left, in text order. */
  candidates: readonly Candidate[];
  days: NamedDay[];
  /** Every year the text states (in a full date, a month, a year alone), with where. */
  years: Array<{ start: number; year: number }>;
  lines: Line[];
}

const STATED_YEAR = /^(\d{4})(?:$|-)/;

/** The year a candidate states, if it states one ("in 2012", "late November 2013", "May 2, 2014"). */
export function statedYear(c: Candidate): number | null {
  if (!c.stated.includes('year') || c.type === 'DURATION' || c.type === 'SET') return null;
  const m = STATED_YEAR.exec(c.value ?? '');
  return m ? Number(m[1]) : null;
}

const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_NAME = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;

/** The day a candidate names, if it names one (a date with a month and a day, stated with or without a year). */
export function namedDay(text: string, c: Candidate, lines: readonly Line[]): NamedDay | null {
  if (c.type !== 'DATE' && c.type !== 'TIME') return null;
  if (!c.stated.includes('month') || !c.stated.includes('day') || c.range?.role === 'end') return null;
  const name = c.stated.includes('weekday') ? WEEKDAY_NAME.exec(text.slice(c.start, c.end)) : null;
  const weekday = name ? WEEKDAYS.findIndex((w) => name[1]!.toLowerCase().startsWith(w)) : -1;
  const where = { start: c.start, end: c.end, line: lineAt(lines, c.start), weekday: weekday >= 0 ? weekday : null };
  const m = c.stated.includes('year') && c.value ? FULL_DAY.exec(c.value) : null;
  if (m) return { ...where, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const r = c.relative;
  if (!r || r.anchor !== 'published' || r.month === undefined || r.dayOfMonth === undefined || r.weekday !== undefined) return null;
  return { ...where, year: null, month: r.month, day: r.dayOfMonth };
}

/** The text's non-blank lines, trimmed. */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ index: out.length, start: a, end: b });
    start = end + 1;
  }
  return out;
}

/** Index of the line holding `offset` (binary search). */
function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const dayOf = (d: NamedDay): Day | null => (d.year === null ? null : { year: d.year, month: d.month, day: d.day });

const HISTORIC = new RegExp(`(?:${HISTORIC_CUES.join('|')})`, 'i');

/**
 * A full date that tells when the article stands: not in a clause pointing ahead ("elections will be
 * held on May 25, 2014"), and not in a sentence that puts it in history ("the anniversary of").
 */
export function speaksForNow(ctx: TimeContext, d: NamedDay): boolean {
  if (d.year === null) return false;
  if (clauseTense(sentenceBefore(ctx, d.start)) === 'future') return false;
  return !HISTORIC.test(sentenceText(ctx, d.start));
}

/** Whether the day exists (no 29 February in a common year). */
export const isRealDay = (d: Day): boolean => new Date(toUtc(d)).getUTCDate() === d.day;

const MS_DAY = 86_400_000;
export const daysBetween = (a: Day, b: Day): number => Math.round((toUtc(b) - toUtc(a)) / MS_DAY);
export const compareDays = (a: Day, b: Day): number => toUtc(a) - toUtc(b);
