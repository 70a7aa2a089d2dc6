/**
 * Direct quotations: the text between quotation marks, straight or curly, double or (curly) single.
 * A quotation left open at the end of a paragraph runs over into the next one when that paragraph
 * opens with a mark again, as news style writes a quote over paragraphs; each paragraph's part is its
 * own segment, linked to the part before it.
 */

export interface QuoteSegment {
  /** The quoted words, marks excluded. */
  start: number;
  end: number;
  /** Where the opening mark is, and the closing one (null when the paragraph ends the segment). */
  open: number;
  close: number | null;
  /** The segment of the paragraph before that this one continues, by index; -1 when it opens a quotation. */
  continues: number;
  single: boolean;
}

const OPENERS = new Set(['“', '"', '‘', '«', "''", '``']);
const CLOSER_OF: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', "''": "''", '``': "''" };

/** The mark at a position: one character, or two apostrophes (or backticks) as some archives write
 * double quotes (''like this''). */
function markAt(text: string, i: number): string | null {
  const two = text.slice(i, i + 2);
  if (two === "''" || two === '``') return two;
  const c = text[i]!;
  return OPENERS.has(c) || c === '”' || c === '’' || c === '»' ? c : null;
}
/** A single quote shorter than this many characters is a scare quote or title, not speech. */
const MIN_SINGLE = 2;

export function quoteSegments(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let openAtParagraphEnd = -1;
  for (const p of paragraphs) {
    const carried = openAtParagraphEnd;
    openAtParagraphEnd = -1;
    let i = p.start;
    while (i < p.end) {
      const c = markAt(text, i);
      if (!c || !OPENERS.has(c) || !opensHere(text, i, p.start)) {
        i += c === "''" ? 2 : 1;
        continue;
      }
      const closer = CLOSER_OF[c]!;
      const close = findClose(text, i + c.length, p.end, closer);
      const start = i + c.length;
      const end = trimEnd(text, start, close ?? p.end);
      const continues = i === firstNonSpace(text, p.start) ? carried : -1;
      const kept = end > start && (c !== '‘' || end - start >= MIN_SINGLE);
      if (kept) out.push({ start, end, open: i, close, continues, single: c === '‘' });
      if (close === null) {
        if (kept && c !== '‘') openAtParagraphEnd = out.length - 1;
        break;
      }
      i = close + closer.length;
    }
  }
  return out;
}

/** An opening mark stands at a paragraph start or after a space, dash or bracket; a straight one must not close a word. */
function opensHere(text: string, i: number, paragraphStart: number): boolean {
  if (i === paragraphStart) return true;
  const before = text[i - 1]!;
  if (text.startsWith("''", i) || text.startsWith('``', i)) return !/\p{L}/u.test(before);
  if (text[i] === '‘') return /[\s(\[—–-]/.test(before) && /\p{L}/u.test(text[i + 1] ?? '');
  return /[\s(\[—–:-]/.test(before) || (text[i] === '“' && !/\p{L}/u.test(before));
}

/** The closing mark: for single quotes, an apostrophe inside a word ("doesn’t") does not close. */
function findClose(text: string, from: number, to: number, closer: string): number | null {
  for (let k = from; k < to; k++) {
    if (!text.startsWith(closer, k)) continue;
    if (closer === '’' && /\p{L}/u.test(text[k + 1] ?? '') && /\p{L}/u.test(text[k - 1] ?? '')) continue;
    return k;
  }
  return null;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function firstNonSpace(text: string, from: number): number {
  while (from < text.length && /\s/.test(text[from]!)) from++;
  return from;
}
