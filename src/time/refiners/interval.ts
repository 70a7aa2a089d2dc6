/**
 * Intervals as start and end: the two ends of "from 5 p.m. Saturday to 8 a.m. Monday" (split by the
 * chrono parser) point at each other's values; "until 7am on Thursday" is an interval's end and
 * "since Friday" its start, the other end unstated. Runs after values are resolved.
 */
import type { Candidate, TimeRefiner } from '../types.js';

const OPEN_END = /\b(?:until|till|through|by)\s+(?:to\s+)?(?:\w+\s+){0,1}$/i;
const OPEN_START = /\b(?:since|starting|beginning)\s+(?:\w+\s+){0,1}$/i;

export const intervalRefiner: TimeRefiner = {
  name: 'interval',
  refine(ctx, candidates) {
    const out: Candidate[] = candidates.map((c) => ({ ...c }));
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      const next = out[i + 1];
      if (c.range?.role === 'start' && next?.range?.role === 'end') {
        c.range = { start: c.value, end: next.value, role: 'start' };
        next.range = { start: c.value, end: next.value, role: 'end' };
        i++;
        continue;
      }
      if (c.type !== 'DATE' && c.type !== 'TIME') continue;
      const before = ctx.text.slice(Math.max(0, c.start - 24), c.start);
      if (OPEN_END.test(before)) c.range = { start: null, end: c.value, role: 'end' };
      else if (OPEN_START.test(before)) c.range = { start: c.value, end: null, role: 'start' };
    }
    return out;
  },
};
