/**
 * The time stage: chrono-node and the stage's own parsers find candidates, the refiners below filter,
 * merge and resolve them, in this order (each line says why it is where it is).
 */
import { describeRelative, parseDay } from './calendar.js';
import { anaphoricParser } from './parsers/anaphoric.js';
import { calendarParser } from './parsers/calendar.js';
import { chronoParser } from './parsers/chrono.js';
import { durationParser } from './parsers/duration.js';
import { holidayParser } from './parsers/holiday.js';
import { eventAnchorParser } from './parsers/event-anchor.js';
import { partOfDayParser } from './parsers/part-of-day.js';
import { referenceParser } from './parsers/reference.js';
import { relativeParser } from './parsers/relative.js';
import { setParser } from './parsers/set.js';
import { spelledYearParser } from './parsers/spelled-year.js';
import { clockDateRefiner } from './refiners/clock-date.js';
import { intervalRefiner } from './refiners/interval.js';
import { negativesRefiner } from './refiners/negatives.js';
import { overlapRefiner } from './refiners/overlap.js';
import { pastWeekdayRefiner } from './refiners/past-weekday.js';
import { yearAgoQuarterRefiner } from './refiners/year-ago-quarter.js';
import { resolveAll, type GoverningDate } from './refiners/resolve.js';
import { inferDocumentDate, type DocumentDate } from './document-date/infer.js';
import { pinYears } from './document-date/pins.js';
import { sentenceAt } from './sentences.js';
import type { Candidate, DocumentAnchor, TimeContext, TimeParser } from './types.js';

/** On equal spans the parser listed first wins (see the overlap refiner). */
export const PARSERS: readonly TimeParser[] = [
  eventAnchorParser,
  anaphoricParser, // "the night before" before chrono's bare "night"
  holidayParser, // "Christmas Day" before chrono's reading of its parts
  setParser, // "every week" is a SET, before "week" counts as anything else
  relativeParser,
  durationParser,
  calendarParser,
  spelledYearParser,
  chronoParser,
  partOfDayParser, // after chrono: "Friday morning" is chrono's, the bare "morning" is this one's
  referenceParser,
];

export interface TimeInput {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  /** Paragraph index of each sentence (governing dates do not cross paragraphs, except for anaphora). */
  paragraphOf?: (sentence: number) => number;
  /** ISO 8601 publication date, or null. */
  published: string | null;
  timezone?: string | null;
  debug?: (message: string) => void;
}

export interface TimeOutput {
  times: Array<Candidate & { sentence: number; relativeTo: string | null }>;
  governing: GoverningDate[];
  /** With no publication date: the document date inferred from the text (src/time/document-date/), or null. */
  documentDate: DocumentDate | null;
}

export function tagTimes(input: TimeInput): TimeOutput {
  const ctx: TimeContext = {
    text: input.text,
    sentences: input.sentences,
    published: parseDay(input.published),
    publishedValue: input.published,
    timezone: input.timezone ?? null,
    debug: input.debug ?? (() => {}),
  };
  let candidates = PARSERS.flatMap((p) => p.parse(ctx));
  // Negatives first: a rejected "May" must not win an overlap against a real expression.
  candidates = negativesRefiner.refine(ctx, candidates);
  candidates = overlapRefiner.refine(ctx, candidates);
  // After overlaps, so that each of "7am" and "(5am GMT) on Thursday" is one candidate.
  candidates = clockDateRefiner.refine(ctx, candidates);
  // Direction of weekdays before resolving them.
  candidates = pastWeekdayRefiner.refine(ctx, candidates);
  candidates = yearAgoQuarterRefiner.refine(ctx, candidates);
  const paragraphOf = input.paragraphOf ?? (() => 0);
  // With no publication date, the text's own date: after the refiners above, so that a rejected "May"
  // and a future-pointed month are settled, and before resolving, which anchors on it.
  const documentDate = ctx.published ? null : inferDocumentDate(ctx, candidates);
  // The day the article was written anchors what is relative; a lower bound or a year only gives years (pins.ts).
  const anchor: DocumentAnchor | null = ctx.published
    ? { day: ctx.published, from: 'published' }
    : documentDate?.bound === 'on' && documentDate.precision === 'day' ? { day: documentDate.day, from: 'inferred' } : null;
  const resolved = resolveAll(ctx, pinYears(candidates, documentDate), paragraphOf, anchor);
  // Intervals need the resolved values of both ends.
  candidates = intervalRefiner.refine(ctx, resolved.candidates);
  return {
    times: candidates.map((c) => ({ ...c, sentence: sentenceAt(ctx, c.start), relativeTo: c.relative && c.value === null ? describeRelative(c.relative) : null })),
    governing: resolved.governing,
    documentDate,
  };
}
