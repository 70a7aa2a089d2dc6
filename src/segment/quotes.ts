/**
 * Sentence splits inside a quotation that the sentence goes on after: 'he said "No. Never." and
 * left' is one sentence, not three. A split is undone when a quotation is open at it and closes later
 * with the sentence going on in lower case after the closing mark.
 */
import { MAX_SENTENCE } from './cut.js';

const CLOSE = /[”"]/;
const CLOSE_THEN_LOWER = /^[”"]\s*,?\s+\p{Ll}/u;

export function mergeQuoteSplits(text: string, bounds: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < bounds.length) {
    let [start, end] = bounds[i]!;
    let j = i;
    // Merged only up to the sentence bound: an unclosed quotation mark must not glue a whole page
    // into one sentence (and re-read it once per piece).
    while (j + 1 < bounds.length && bounds[j + 1]![1] - start <= MAX_SENTENCE && quoteOpen(text.slice(start, end)) && goesOnAfterClose(text, bounds, j + 1)) {
      j++;
      end = bounds[j]![1];
    }
    // The split right after a closing mark or bracket: '..." | and left.', 'Rep. Ann Webb (D-Ore.) | said'
    while (j + 1 < bounds.length && /[”")]$/.test(text.slice(start, end)) && /^\p{Ll}/u.test(text.slice(bounds[j + 1]![0]))) {
      j++;
      end = bounds[j]![1];
    }
    out.push([start, end]);
    i = j + 1;
  }
  return out;
}

/** More opening than closing double quotes (curly), or an odd number of straight ones. */
function quoteOpen(s: string): boolean {
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  const straight = (s.match(/"/g) ?? []).length;
  return open > close || straight % 2 === 1;
}

/** Whether the first closing mark in sentences k.. is followed by lower case, in its sentence or the next. */
function goesOnAfterClose(text: string, bounds: Array<[number, number]>, k: number): boolean {
  // Looked for no further than a sentence's bound: a mark left open would otherwise send every later
  // piece of the paragraph through this loop again.
  for (let m = k; m < bounds.length && bounds[m]![0] - bounds[k]![0] <= MAX_SENTENCE; m++) {
    const [s, e] = bounds[m]!;
    const sentence = text.slice(s, e);
    const close = sentence.search(CLOSE);
    if (close === -1) continue;
    const after = sentence.slice(close);
    if (CLOSE_THEN_LOWER.test(after)) return true;
    const next = bounds[m + 1];
    return after.length === 1 && next !== undefined && /^\p{Ll}/u.test(text.slice(next[0]));
  }
  return false;
}
