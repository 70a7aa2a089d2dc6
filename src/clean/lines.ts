/** Lines of the text with their offsets, and the edit that removes a line cleanly. */
import type { Edit } from './edits.js';

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** Removes the line with the line breaks after it (or, for the last line, the ones before it), so no
 * blank gap is left where it was. */
export function removeLine(text: string, line: Line, rule: string): Edit {
  let end = line.end;
  while (text[end] === '\n') end++;
  let start = line.start;
  if (end === text.length) while (start > 0 && text[start - 1] === '\n') start--;
  return { start, end, insert: '', rule, kind: 'removal' };
}

/** Ends like a sentence: . ! ? or one of them inside closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return /[.!?…][”’"')\]]*$|[”"]$/.test(line.trimEnd());
}

/** A list item: bullet, dash or number at the start. */
export function isListItem(line: string): boolean {
  return /^\s*(?:[•·▪◦‣●○■□➤►\-–—*]\s|\d{1,2}[.)]\s)/.test(line);
}
