/**
 * Text that remembers where it came from. Each cleaning step proposes edits on the current text;
 * `applyEdits` makes the new text and keeps the piecewise offset map back to the cleaning input.
 */
import type { OffsetMap } from '../model/types.js';

export interface Edit {
  start: number;
  end: number;
  /** What replaces `[start, end)`; '' for a removal. */
  insert: string;
  rule: string;
  /** `removal` and `repair` edits are listed in the document; `normalize` ones are only counted. */
  kind: 'removal' | 'repair' | 'normalize';
  confidence?: number;
  /** For repairs: the wider range to show as `from`/`to` (e.g. the whole glued word), in current text. */
  show?: [number, number];
}

export interface Tracked {
  text: string;
  map: OffsetMap;
}

export function track(text: string): Tracked {
  return { text, map: text.length ? [[0, 0, text.length]] : [] };
}

/** Applies non-overlapping edits (overlapping later ones are dropped) and returns the new text, its map,
 * the edits kept, and `move`, which carries a position of the old text to the new one. */
export function applyEdits(cur: Tracked, proposed: Edit[]) {
  const edits = dropOverlaps(proposed);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(cur.text.slice(at, e.start), e.insert);
    at = e.end;
  }
  parts.push(cur.text.slice(at));
  const kept = keptRanges(edits, cur.text.length);
  const move = (p: number): number => {
    for (const [a, b, n] of kept) if (p >= a && p <= b) return n + (p - a);
    // Inside an edited range: the end of what replaced it.
    let shift = 0;
    for (const e of edits) {
      if (e.end <= p) shift += e.insert.length - (e.end - e.start);
      else return e.start + shift + e.insert.length;
    }
    return p + shift;
  };
  return { next: { text: parts.join(''), map: remap(cur.map, kept) }, edits, move };
}

function dropOverlaps(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.start < end || (e.start === end && e.start === e.end)) continue;
    kept.push(e);
    end = e.end;
  }
  return kept;
}

/** Ranges of the old text that no edit touches: `[oldStart, oldEnd, newStart]`. */
function keptRanges(edits: Edit[], length: number): Array<[number, number, number]> {
  const kept: Array<[number, number, number]> = [];
  let pos = 0;
  let shift = 0;
  for (const e of edits) {
    if (e.start > pos) kept.push([pos, e.start, pos + shift]);
    shift += e.insert.length - (e.end - e.start);
    pos = e.end;
  }
  if (pos < length) kept.push([pos, length, pos + shift]);
  return kept;
}

/** The copied runs of the new text: the old runs cut to the kept ranges, moved to new positions. */
function remap(map: OffsetMap, kept: Array<[number, number, number]>): OffsetMap {
  const out: OffsetMap = [];
  let ri = 0;
  for (const [a, b, n] of kept) {
    while (ri < map.length && map[ri]![0] + map[ri]![2] <= a) ri++;
    for (let j = ri; j < map.length && map[j]![0] < b; j++) {
      const [ts, rs, len] = map[j]!;
      const lo = Math.max(ts, a);
      const hi = Math.min(ts + len, b);
      if (hi > lo) push(out, n + (lo - a), rs + (lo - ts), hi - lo);
    }
  }
  return out;
}

function push(out: OffsetMap, t: number, r: number, len: number): void {
  const last = out.at(-1);
  if (last && last[0] + last[2] === t && last[1] + last[2] === r) last[2] += len;
  else out.push([t, r, len]);
}

/** Raw offset of text position `p` as a span start: inside written text, the start of what it replaced. */
export function rawStart(map: OffsetMap, p: number): number {
  const i = runAt(map, p);
  const run = map[i];
  if (!run) return 0;
  if (p < run[0] + run[2] && p >= run[0]) return run[1] + (p - run[0]);
  return run[1] + run[2];
}

/** Raw offset of text position `e` as a span end (exclusive). */
export function rawEnd(map: OffsetMap, e: number): number {
  if (e <= 0) return 0;
  const i = runAt(map, e - 1);
  const run = map[i];
  if (!run) return 0;
  if (e - 1 < run[0] + run[2] && e - 1 >= run[0]) return run[1] + (e - run[0]);
  const next = map[i + 1];
  return next ? next[1] : run[1] + run[2];
}

/** Index of the last run starting at or before `p` (0 if none). */
function runAt(map: OffsetMap, p: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]![0] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
