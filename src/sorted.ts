/**
 * Binary search over anything indexed in order: the stages keep their mentions, sentences and spans
 * sorted so that a long article costs n log n, not n².
 */

/**
 * The first index in [0, length) at which `before` turns false, or `length` when it never does.
 * `before` must be true for a prefix of the indexes and false for the rest (as "starts at or before
 * `pos`" is over spans sorted by start).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
