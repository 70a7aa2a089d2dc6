/**
 * Rule 1, the dateline: the place (and agency) that open a wire or state-media story, with the day it was
 * filed: "KIEV, October 7 (RIA Novosti) –", "WASHINGTON (Sputnik), April 27 —", "DONETSK, Ukraine, 27
 * April 2014 –", "KIEV, April 27. /ITAR-TASS/.". A dateline with no year takes one from the article's
 * full dates (`yearFor`), else from a date told relative to the article's year (rule 6, relative-year.ts);
 * with neither it fixes no date, and the cascade stops there: the text says the month and day of writing,
 * and no other rule may contradict it.
 */
import { OPENING_WORDS } from '../../lexicon/time.js';
import { weekday } from '../calendar.js';
import { dayOf, isRealDay, type DateContext, type DocumentDate, type NamedDay } from './dates.js';
import { relativeYearRule } from './relative-year.js';
import { yearFor } from './year.js';

/** A dateline opens one of the first lines: after a headline, a standfirst and a byline at most. */
export const DATELINE_LINES = 4;

const AGENCY = String.raw`(?:\([^()\n]{2,40}\)|/[^/\n]{2,30}/)`;
const CAPS_PLACE = String.raw`[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}`;
const TITLE_PLACE = String.raw`[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}`;
const REGION = String.raw`(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?`;
/** From the line's start to the date: the place, its country or state, the agency, a separator. */
const LEAD = new RegExp(String.raw`^[\s"“‘•*]*(${CAPS_PLACE}|${TITLE_PLACE})${REGION}\s*(?:${AGENCY}\s*)?(?:[,.]|[–—-]+)?\s*$`);
/** After the date: the agency, then the dash that opens the story ("(RIA Novosti) –", ". /ITAR-TASS/."). */
const TAIL = new RegExp(String.raw`^\s*[.,]?\s*(?:(?:${AGENCY})\s*[.,]?\s*)?(?:[–—-]+\s|:\s)|^\s*\.?\s*/[^/\n]{2,30}/`);
const NOT_PLACE = new Set([...OPENING_WORDS, 'at', 'after', 'before', 'around', 'about', 'this', 'last', 'next', 'the', 'a', 'an', 'it', 'we', 'they', 'he', 'she']);

/** The dateline's day, if the article opens with one. */
export function datelineDay(dc: DateContext): NamedDay | null {
  for (const d of dc.days) {
    if (d.line >= DATELINE_LINES) break;
    const lead = LEAD.exec(dc.ctx.text.slice(dc.lines[d.line]!.start, d.start));
    if (!lead || NOT_PLACE.has((lead[1] ?? '').split(/\s+/)[0]!.toLowerCase())) continue;
    if (TAIL.test(dc.ctx.text.slice(d.end, d.end + 60))) return d;
  }
  return null;
}

/** Whether the date at `start`–`end` of `text` is a dateline's: its line opens with the place (and
 * agency) and the story's dash follows it. Such a date says when the story was filed, not when what it
 * tells happened. */
export function isDatelineDate(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = LEAD.exec(text.slice(lineStart, start));
  if (!lead || NOT_PLACE.has((lead[1] ?? '').split(/\s+/)[0]!.toLowerCase())) return false;
  return TAIL.test(text.slice(end, end + 60));
}

/** Rule 1: the dateline's date, or `stop` when the dateline has no year the text can give it. */
export function datelineRule(dc: DateContext): DocumentDate | 'stop' | null {
  const d = datelineDay(dc);
  if (!d) return null;
  const day = dayOf(d);
  const dateline = { start: d.start, end: d.end };
  if (day) return { day, precision: 'day', source: 'text:dateline', bound: 'on', evidence: [dateline], confidence: 0.9 };
  const year = yearFor(dc, d);
  if (!year) {
    // The article's year from a date told relative to it (rule 6), with the dateline's month and day.
    const own = relativeYearRule(dc);
    const day = own ? { year: own.day.year, month: d.month, day: d.day } : null;
    if (!own || !day || !isRealDay(day) || (d.weekday !== null && weekday(day) !== d.weekday)) return 'stop';
    return { day, precision: 'day', source: 'text:dateline', bound: 'on', evidence: [dateline, ...own.evidence], confidence: 0.7 };
  }
  return { day: year.day, precision: 'day', source: 'text:dateline', bound: 'on', evidence: [dateline, { start: year.from.start, end: year.from.end }], confidence: 0.8 };
}
