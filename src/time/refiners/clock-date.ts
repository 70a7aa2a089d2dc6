/**
 * Joins a clock time to the day written after it: "7am (5am GMT) on Thursday", "5 p.m. on Saturday".
 * chrono reads these as two results (or takes the bracketed time with the day); the time written
 * first is the one the writer means, the bracket a conversion for readers elsewhere.
 */
import type { Candidate, TimeRefiner } from '../types.js';

const GAP = /^\s*(?:\(\s*)?(?:on\s+)?$/i;

const clockOnly = (c: Candidate) => c.relative?.time !== undefined && c.relative.weekday === undefined && c.value === null && c.relative.anchor === 'governing';

export const clockDateRefiner: TimeRefiner = {
  name: 'clock-date',
  refine(ctx, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const next = candidates[i + 1];
      if (next && clockOnly(c) && next.relative?.weekday !== undefined && GAP.test(ctx.text.slice(c.end, next.start))) {
        out.push({ ...next, start: c.start, type: 'TIME', granularity: 'minute', relative: { ...next.relative, time: c.relative!.time! }, rule: `${next.rule}+clock-date`, stated: [...new Set([...c.stated, ...next.stated])] });
        i++;
      } else out.push(c);
    }
    return out;
  },
};
