/**
 * Sentence splits inside a quotation that the sentence goes on after: 'he said "No. Never." and
 * left' is one sentence, not three. A split is undone when a quotation is open at it and closes later
 * with the sentence going on in lower case after the closing mark.
 */
const CLOSE = /[”"]/;
const CLOSE_THEN_LOWER = /^[”"]\s*,?\s+\p{Ll}/u;

export function mergeQuoteSplits(text: string, bounds: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < bounds.length) {
    let [start, end] = bounds[i]!;
    let j = i;
    while (j + 1 < bounds.length && quoteOpen(text.slice(start, end)) && goesOnAfterClose(text, bounds, j + 1)) {
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
  for (let m = k; m < bounds.length; m++) {
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
