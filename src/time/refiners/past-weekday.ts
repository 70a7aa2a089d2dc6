/**
 * A bare weekday in reporting is the most recent such day on or before the publication date ("said on
 * Friday"); bare chrono takes the nearest, which can be in the future. Only a future cue before it in
 * its clause ("will", "until", "next", "scheduled"; see tense.ts) points it forward (on or after), unless a
 * past cue stands nearer ("had been due to expire Friday"). A month
 * named without a year is read past-leaning (`monthFrom`) unless such a cue points it forward.
 */
import { sentenceBefore } from '../sentences.js';
import { clauseTense } from '../tense.js';
import type { TimeRefiner } from '../types.js';

export const pastWeekdayRefiner: TimeRefiner = {
  name: 'past-weekday',
  refine: (ctx, candidates) => candidates.map((c) => {
    if (c.relative?.month !== undefined && c.relative.direction === 0) {
      const tense = clauseTense(sentenceBefore(ctx, c.start));
      if (!tense) return c;
      return { ...c, relative: { ...c.relative, direction: tense === 'future' ? 1 : -1 }, rule: `${c.rule}+${tense}-month` };
    }
    if (c.relative?.weekday === undefined && c.relative?.holiday === undefined) return c;
    if (c.relative.anchor === 'governing') return c; // "the previous Friday": its parser set the direction
    const future = clauseTense(sentenceBefore(ctx, c.start)) === 'future' || /^next\b/i.test(ctx.text.slice(c.start, c.end));
    const last = /^last\b/i.test(ctx.text.slice(c.start, c.end));
    const direction = last ? -1 : future ? 1 : -1;
    // "last Wednesday" said on a Wednesday is a week back: count from the day before.
    return { ...c, relative: { ...c.relative, direction, offset: last ? -1 : 0 }, rule: `${c.rule}+${future ? 'future' : 'past'}-${c.relative.holiday ? 'holiday' : 'weekday'}` };
  }),
};
