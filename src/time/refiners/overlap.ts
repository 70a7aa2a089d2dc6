/**
 * One expression per stretch of text: where candidates overlap, the longest wins ("the past 48 hours"
 * over "48 hours"); on equal length, the parser listed first in the stage wins.
 */
import type { Candidate, TimeRefiner } from '../types.js';

export const overlapRefiner: TimeRefiner = {
  name: 'overlap',
  refine(_ctx, candidates) {
    const ranked = candidates.map((c, order) => ({ c, order })).sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.order - b.order);
    const kept: Candidate[] = [];
    for (const { c } of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  },
};
