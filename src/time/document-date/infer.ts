/**
 * The document date of an article whose metadata gives none, read from its own text by a numbered
 * cascade: each rule runs only if the ones before it found nothing, and the date records which rule
 * won (`source`) and the text it read (`evidence`).
 *   1 dateline      "KIEV, October 7 (RIA Novosti) –"        (dateline.ts)
 *   2 byline        "Published: 27 April 2014", "By X | April 27, 2014"  (byline.ts)
 *   3 caption       a photo caption's date                    (byline.ts)
 *   4 timeline      the latest entry of a dated timeline or live-blog  (timeline.ts)
 *   5 latest-date   the latest date stated, when a year-less day lies near a full date: a lower bound
 *                   that only gives such days their year  (latest.ts, pins.ts)
 *   6 relative-year the article's year, from a date told as "of last year" near a dated reference
 *                   ("December 3 of last year" beside "late November 2013"): a year  (relative-year.ts)
 * A dateline with a month and day but no year the text can fix stops the cascade: the article says when
 * it was written, only not the year, and a later rule's date would contradict it. An article that states
 * no date stays undated.
 */
import type { Candidate, TimeContext } from '../types.js';
import { bylineRule, captionRule } from './byline.js';
import { linesOf, namedDay, statedYear, type DateContext, type DocumentDate, type NamedDay } from './dates.js';
import { datelineRule } from './dateline.js';
import { latestRule } from './latest.js';
import { relativeYearRule } from './relative-year.js';
import { timelineRule } from './timeline.js';

export type { DocumentDate };

const CASCADE: ReadonlyArray<(dc: DateContext) => DocumentDate | 'stop' | null> = [datelineRule, bylineRule, captionRule, timelineRule, latestRule, relativeYearRule];

export function inferDocumentDate(ctx: TimeContext, candidates: readonly Candidate[]): DocumentDate | null {
  const lines = linesOf(ctx.text);
  const days: NamedDay[] = [];
  const years: DateContext['years'] = [];
  for (const c of candidates) {
    const d = namedDay(ctx.text, c, lines);
    if (d) days.push(d);
    const year = statedYear(c);
    if (year !== null) years.push({ start: c.start, year });
  }
  if (days.length === 0 && years.length === 0) return null;
  const dc: DateContext = { ctx, candidates, days, years, lines };
  for (const rule of CASCADE) {
    const found = rule(dc);
    if (found === 'stop') {
      ctx.debug('document date: a dateline with no year the text fixes; no date inferred');
      return null;
    }
    if (found) return found;
  }
  return null;
}
