/**
 * A bare weekday in reporting is the most recent such day on or before the publication date ("said on
 * Friday"); bare chrono takes the nearest, which can be in the future. Only a future cue before it in
 * its clause ("will", "until", "next", "scheduled"; see tense.ts) points it forward (on or after), unless a
 * past cue stands nearer ("had been due to expire Friday"). A month
 * named without a year is read past-leaning (`monthFrom`) unless such a cue points it forward. A time
 * that opens its sentence ("On Tuesday, the league plans to ...") takes the tense of the verb after it.
 * Holidays are read as weekdays are.
 */
import { sentenceAt, sentenceBefore } from '../sentences.js';
import { clauseTense, opensSentence, tenseAfter, type Tense } from '../tense.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

/** The tense a weekday or month is read in: an opening time takes its main verb's, else the cue before it. */
function tenseOf(ctx: TimeContext, c: Candidate): Tense | null {
  const before = sentenceBefore(ctx, c.start);
  if (opensSentence(before)) {
    const s = ctx.sentences[sentenceAt(ctx, c.start)];
    const after = tenseAfter(ctx.text.slice(c.end, s ? s.end : c.end + 200));
    if (after) return after;
  }
  return clauseTense(before);
}

export const pastWeekdayRefiner: TimeRefiner = {
  name: 'past-weekday',
  refine: (ctx, candidates) => candidates.map((c) => {
    if (c.relative?.month !== undefined && c.relative.direction === 0) {
      const tense = tenseOf(ctx, c);
      if (!tense) return c;
      return { ...c, relative: { ...c.relative, direction: tense === 'future' ? 1 : -1 }, rule: `${c.rule}+${tense}-month` };
    }
    if (c.relative?.weekday === undefined && c.relative?.holiday === undefined) return c;
    if (c.relative.anchor === 'governing') return c; // "the previous Friday": its parser set the direction
    const future = tenseOf(ctx, c) === 'future' || /^next\b/i.test(ctx.text.slice(c.start, c.end));
    const last = /^last\b/i.test(ctx.text.slice(c.start, c.end));
    const direction = last ? -1 : future ? 1 : -1;
    // "last Wednesday" said on a Wednesday is a week back: count from the day before.
    return { ...c, relative: { ...c.relative, direction, offset: last ? -1 : 0 }, rule: `${c.rule}+${future ? 'future' : 'past'}-${c.relative.holiday ? 'holiday' : 'weekday'}` };
  }),
};
