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

/**
 * An overlap test over fixed spans: whether `[start, end)` overlaps any of them. The spans are sorted
 * by start once, each with the furthest end up to it, so a test is one binary search.
 */
export function spanOverlapTest(spans: Iterable<{ start: number; end: number }>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -1));
  return (start, end) => {
    const k = partitionPoint(sorted.length, (mid) => sorted[mid]!.start < end) - 1;
    return k >= 0 && reach[k]! > start;
  };
}
