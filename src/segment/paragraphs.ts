/**
 * Paragraphs: a line break starts a new paragraph, except a soft wrap inside hard-wrapped text (the
 * line before does not end a sentence and the next starts in lower case); a blank line always does.
 */
export function paragraphSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let i = text.indexOf('\n');
  while (i !== -1) {
    const next = text[i + 1];
    const soft = next !== undefined && next !== '\n' && /[\p{Ll}\d(]/u.test(next) && !/[.!?:”"’]$/.test(text.slice(Math.max(start, i - 2), i));
    if (!soft) {
      push(out, text, start, i);
      start = i + 1;
    }
    i = text.indexOf('\n', i + 1);
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Array<[number, number]>, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}
