/** Which sentence an offset falls in (binary search over the sentence spans). */
import type { TimeContext } from './types.js';

export function sentenceAt(ctx: TimeContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The text of the sentence holding `offset`, from its start up to `offset`. */
export function sentenceBefore(ctx: TimeContext, offset: number): string {
  const s = ctx.sentences[sentenceAt(ctx, offset)];
  return s ? ctx.text.slice(s.start, offset) : ctx.text.slice(Math.max(0, offset - 200), offset);
}

export function sentenceText(ctx: TimeContext, offset: number): string {
  const s = ctx.sentences[sentenceAt(ctx, offset)];
  return s ? ctx.text.slice(s.start, s.end) : ctx.text.slice(Math.max(0, offset - 200), offset + 200);
}
