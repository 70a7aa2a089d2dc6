/**
 * A document's annotations grouped by sentence, built once an array (cached on it): an event reads the
 * mentions, places and figures of its own sentence without a look at every one of the article's, which
 * made a long article quadratic. Each group keeps the array's order and every item's index in it.
 */
import { partitionPoint } from '../sorted.js';

type Sentenced = { sentence: number };

const groups = new WeakMap<readonly Sentenced[], Map<number, Array<[number, Sentenced]>>>();

/** The items of `list` in sentence `i`, in the list's order, each with its index in `list`. */
export function inSentence<T extends Sentenced>(list: readonly T[], i: number): ReadonlyArray<readonly [number, T]> {
  let bySentence = groups.get(list);
  if (!bySentence) {
    bySentence = new Map();
    list.forEach((item, k) => {
      const group = bySentence!.get(item.sentence);
      if (group) group.push([k, item]);
      else bySentence!.set(item.sentence, [[k, item]]);
    });
    groups.set(list, bySentence);
  }
  return (bySentence.get(i) ?? []) as unknown as ReadonlyArray<readonly [number, T]>;
}

type Spanned = { start: number; end: number };
const reaches = new WeakMap<object, { sorted: Spanned[]; reach: number[] }>();

/**
 * Whether `[start, end)` overlaps one of the spans `pick` keeps from `list` (cached on `list`, so `pick`
 * must be the same for every call on one list): among those starting before `end`, the furthest end.
 */
export function overlapsAny<T extends Spanned>(list: readonly T[], pick: (x: T) => boolean, start: number, end: number): boolean {
  let index = reaches.get(list);
  if (!index) {
    const sorted = list.filter(pick).sort((a, b) => a.start - b.start);
    let max = -Infinity;
    index = { sorted, reach: sorted.map((x) => (max = Math.max(max, x.end))) };
    reaches.set(list, index);
  }
  const lo = partitionPoint(index.sorted.length, (mid) => index.sorted[mid]!.start < end);
  return lo > 0 && index.reach[lo - 1]! > start;
}
