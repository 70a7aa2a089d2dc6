/**
 * A bare weekday in reporting is the most recent such day on or before the publication date ("said on
 * Friday"); bare chrono takes the nearest, which can be in the future. Only a future cue before it in
 * the sentence ("will", "until", "next", "scheduled") points it forward (on or after). A month
 * named without a year is read past-leaning (`monthFrom`) unless such a cue points it forward.
 */
import { FUTURE_CUE_WINDOW, FUTURE_CUES } from '../../lexicon/time.js';
import { sentenceBefore } from '../sentences.js';
import type { TimeRefiner } from '../types.js';

const FUTURE = new RegExp(`(?:^|[^\\w'])(?:${FUTURE_CUES.map((c) => c.replace(/'/g, "['’]")).join('|')})(?![\\w])(?![^,;]*[,;])`, 'i');

/** The clause before the expression: up to the window, not across a comma-free boundary check. */
const clauseBefore = (text: string) => text.slice(-FUTURE_CUE_WINDOW);

export const pastWeekdayRefiner: TimeRefiner = {
  name: 'past-weekday',
  refine: (ctx, candidates) => candidates.map((c) => {
    if (c.relative?.month !== undefined && c.relative.direction === 0) {
      const future = FUTURE.test(clauseBefore(sentenceBefore(ctx, c.start)));
      return future ? { ...c, relative: { ...c.relative, direction: 1 }, rule: `${c.rule}+future-month` } : c;
    }
    if (c.relative?.weekday === undefined) return c;
    const future = FUTURE.test(clauseBefore(sentenceBefore(ctx, c.start))) || /^next\b/i.test(ctx.text.slice(c.start, c.end));
    const last = /^last\b/i.test(ctx.text.slice(c.start, c.end));
    const direction = last ? -1 : future ? 1 : -1;
    // "last Wednesday" said on a Wednesday is a week back: count from the day before.
    return { ...c, relative: { ...c.relative, direction, offset: last ? -1 : 0 }, rule: `${c.rule}+${future ? 'future-weekday' : 'past-weekday'}` };
  }),
};
