/**
 * "a year ago", "a year earlier", "year-earlier profit", "the year-ago quarter" in a sentence about quarterly results name the
 * same quarter one year back (the TimeBank convention for company reports), when the sentence or the
 * two before it talk of quarters: the quarter the sentence names, else the last completed one, minus four.
 */
import { sentenceAt } from '../sentences.js';
import type { TimeRefiner } from '../types.js';

const YEAR_AGO = /^(?:(?:a|one)\s+year\s+|year-)(?:ago|earlier)$/i;
const QUARTER_TALK = /\bquarter|\b(?:three|nine) months\b|\bperiod\b/i;
/** Sentences before this one that may set the quarterly context ("Net fell in the third quarter. ..."). */
const CONTEXT_SENTENCES = 2;

export const yearAgoQuarterRefiner: TimeRefiner = {
  name: 'year-ago-quarter',
  refine: (ctx, candidates) => candidates.map((c) => {
    if (!YEAR_AGO.test(ctx.text.slice(c.start, c.end))) return c;
    const index = sentenceAt(ctx, c.start);
    const s = ctx.sentences[index];
    const first = ctx.sentences[Math.max(0, index - CONTEXT_SENTENCES)];
    if (!s || !first || !QUARTER_TALK.test(ctx.text.slice(first.start, s.end))) return c;
    const named = candidates.find((q) => q !== c && q.granularity === 'quarter' && q.start >= s.start && q.end <= s.end && q.relative?.unit === 'quarter');
    const base = named?.relative ?? { anchor: 'published' as const, unit: 'quarter' as const, offset: -1 };
    return { ...c, granularity: 'quarter', relative: { ...base, offset: base.offset - 4 }, rule: `${c.rule}+year-ago-quarter` };
  }),
};
