/**
 * The tag set of the sequence labeler: BIOES over the four CoNLL types (O, then B/I/E/S of each type),
 * and conversion between labels and typed token spans. BIOES rather than IOB gives the model a separate
 * weight for one-word names and for the last word of a name, which is worth about a point of F1.
 */
import type { EntityType } from '../model/annotations.js';

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const PARTS = ['B', 'I', 'E', 'S'] as const;
type Part = (typeof PARTS)[number];

/** Label names by index: 0 is O, then for each type B, I, E, S. */
export const LABELS: readonly string[] = ['O', ...TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;

/** A typed run of tokens `[start, end)` within one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

export const labelOf = (part: Part, type: EntityType): number => 1 + TYPES.indexOf(type) * 4 + PARTS.indexOf(part);
export const partOf = (label: number): Part | 'O' => (label === 0 ? 'O' : PARTS[(label - 1) % 4]!);
export const typeOf = (label: number): EntityType | null => (label === 0 ? null : TYPES[Math.floor((label - 1) / 4)]!);

export function spansToLabels(n: number, spans: readonly TokenSpan[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = labelOf('S', s.type);
    else {
      out[s.start] = labelOf('B', s.type);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = labelOf('I', s.type);
      out[s.end - 1] = labelOf('E', s.type);
    }
  }
  return out;
}

/** Spans from labels, forgiving ill-formed runs: a name starts at B or S, or wherever the type changes
 * or follows O, and ends at E or S, or where the next label does not continue it. */
export function labelsToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const part = partOf(labels[i]!);
    const type = typeOf(labels[i]!);
    if (open && (type !== open.type || part === 'B' || part === 'S')) {
      out.push(open);
      open = null;
    }
    if (!type) continue;
    if (!open) open = { start: i, end: i + 1, type };
    else open.end = i + 1;
    if (part === 'E' || part === 'S') {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Whether label `b` may follow label `a` (a = -1: sentence start; b = -1: sentence end). */
export function allowed(a: number, b: number): boolean {
  const pa = a < 0 ? 'O' : partOf(a);
  const open = pa === 'B' || pa === 'I';
  if (b < 0) return !open;
  const pb = partOf(b);
  if (open) return (pb === 'I' || pb === 'E') && typeOf(a) === typeOf(b);
  return pb === 'O' || pb === 'B' || pb === 'S';
}
