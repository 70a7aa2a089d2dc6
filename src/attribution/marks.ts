/**
 * Direct quotations: the text between quotation marks, straight or curly, double or (curly) single.
 * A quotation left open at the end of a paragraph runs over into the next one when that paragraph
 * opens with a mark again, as news style writes a quote over paragraphs; each paragraph's part is its
 * own segment, linked to the part before it. Texts written a sentence a line (many scraped archives)
 * break one quoted paragraph into lines with no marks of their own: "“A.\nB.\nC,” he said." — an open
 * quotation also runs through such unmarked lines when a closing mark, or a line opening with a mark,
 * comes after them.
 */

export interface QuoteSegment {
  /** The quoted words, marks excluded. */
  start: number;
  end: number;
  /** Where the opening mark is (for a run-on line, the line's start), and the closing one (null when
   * the paragraph ends the segment). */
  open: number;
  close: number | null;
  /** The segment of the paragraph before that this one continues, by index; -1 when it opens a quotation. */
  continues: number;
  single: boolean;
}

const OPENERS = new Set(['“', '"', '‘', '«', "''", '``']);
const CLOSER_OF: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', "''": "''", '``': "''", '”': '”' };
/** How many unmarked lines an open quotation may run through before its close: more, and the close
 * was more likely lost than the lines quoted. */
const MAX_RUN_ON = 3;

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

type Paragraph = { start: number; end: number };

/** The longest quotation within a paragraph, in characters: news paragraphs are far shorter (the
 * longest BBC sentence is 490 characters), so only a paragraph run into one line meets it. */
export const MAX_QUOTATION = 3000;

export function quoteSegments(text: string, paragraphs: readonly Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let openAtParagraphEnd = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const carried = openAtParagraphEnd;
    openAtParagraphEnd = -1;
    let i = p.start;
    const closer = carried >= 0 ? closerOf(text, out[carried]!) : null;
    const runOn = closer !== null && runsOn(text, paragraphs, pi, closer);
    if (runOn) {
      // An unmarked line inside an open quotation, or the line that closes it.
      const close = findClose(text, p.start, p.end, closer!);
      const first = firstNonSpace(text, p.start);
      const end = trimEnd(text, first, close ?? p.end);
      if (end > first) out.push({ start: first, end, open: first, close, continues: carried, single: false });
      if (close === null) {
        openAtParagraphEnd = end > first ? out.length - 1 : carried;
        continue;
      }
      i = close + closer!.length;
    }
    while (i < p.end) {
      const c = markAt(text, i);
      if (!c || !(OPENERS.has(c) || reversedOpener(text, i, p.start)) || !opensHere(text, i, p.start)) {
        i += c === "''" ? 2 : 1;
        continue;
      }
      const closeMark = CLOSER_OF[c]!;
      const start = i + c.length;
      // A quotation reaches at most MAX_QUOTATION characters into its paragraph: in a page run into one
      // line with marks left open, every quote of the line took the rest of it as its words (1,409
      // quotes of 300 KB each: output 577 times the input).
      const limit = Math.min(p.end, start + MAX_QUOTATION);
      const close = findClose(text, start, limit, closeMark);
      // A quotation with no close ends where the next one of its kind opens: read on to the paragraph's
      // end (or MAX_QUOTATION), it made every cue in that stretch widen its content to all of it (a mark
      // left open every 90 characters of a long paragraph: JSON 66 times the input).
      const next = close === null ? nextOpening(text, start, limit, p.start, c === '‘') : null;
      const end = trimEnd(text, start, close ?? next ?? limit);
      const continues = i === firstNonSpace(text, p.start) ? carried : -1;
      const kept = end > start && (c !== '‘' || end - start >= MIN_SINGLE);
      if (kept) out.push({ start, end, open: i, close, continues, single: c === '‘' });
      if (next !== null) {
        i = next;
        continue;
      }
      if (close === null && limit < p.end) {
        i = limit;
        continue;
      }
      if (close === null) {
        if (kept && c !== '‘') openAtParagraphEnd = out.length - 1;
        break;
      }
      i = close + closeMark.length;
    }
  }
  return out;
}

/** A closing double mark used to open ("”Fear. I am truly afraid”", or '' made ” by cleaning): at the
 * start of a line or after a space, before a letter or digit. */
function reversedOpener(text: string, i: number, paragraphStart: number): boolean {
  return text[i] === '”' && (i === paragraphStart || /\s/.test(text[i - 1]!)) && /[\p{L}\d]/u.test(text[i + 1] ?? '');
}

/** Where the next quotation of the same kind (double marks, or single) opens in `[from, to)`, or null. */
function nextOpening(text: string, from: number, to: number, paragraphStart: number, single: boolean): number | null {
  for (let k = from; k < to; k++) {
    const c = markAt(text, k);
    if (!c) continue;
    if (c === "''" || c === '``') k++;
    if ((c === '‘') !== single) continue;
    if ((OPENERS.has(c) || reversedOpener(text, k, paragraphStart)) && opensHere(text, c.length === 2 ? k - 1 : k, paragraphStart)) return c.length === 2 ? k - 1 : k;
  }
  return null;
}

/** The closing mark a segment's quotation waits for. */
function closerOf(text: string, seg: QuoteSegment): string | null {
  if (seg.single) return null;
  const c = markAt(text, seg.open);
  return c && OPENERS.has(c) ? CLOSER_OF[c]! : '”';
}

/** Whether an open quotation runs through paragraph `pi`, which does not open with a mark: it and up
 * to MAX_RUN_ON - 1 unmarked lines after it lead to its closing mark, or to a line opening with a mark
 * (a quotation carried on over lines, news style). Only over single line breaks: a blank line is a
 * paragraph break, after which news style opens the quotation again. */
function runsOn(text: string, paragraphs: readonly Paragraph[], pi: number, closer: string): boolean {
  for (let k = pi; k < paragraphs.length && k - pi < MAX_RUN_ON; k++) {
    const p = paragraphs[k]!;
    if (/\n\s*\n/.test(text.slice(paragraphs[k - 1]!.end, p.start))) return false;
    const first = firstNonSpace(text, p.start);
    const lead = markAt(text, first);
    if (lead && (OPENERS.has(lead) || reversedOpener(text, first, p.start))) return k > pi;
    for (let i = p.start; i < p.end; i++) {
      const c = markAt(text, i);
      if (!c) continue;
      if ((c === closer || mixedClose(closer, c)) && closesHere(text, i)) return true;
      if ((OPENERS.has(c) || reversedOpener(text, i, p.start)) && opensHere(text, i, p.start)) return false;
    }
  }
  return false;
}

/** A closing mark follows a word or punctuation, and is followed by a space, punctuation or the line end. */
function closesHere(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return !/\s/.test(before) && !/[\p{L}\d]/u.test(after);
}

/** An opening mark stands at a paragraph start or after a space, dash or bracket; a straight one must not close a word. */
function opensHere(text: string, i: number, paragraphStart: number): boolean {
  if (i === paragraphStart) return true;
  const before = text[i - 1]!;
  if (text.startsWith("''", i) || text.startsWith('``', i)) return !/\p{L}/u.test(before);
  if (text[i] === '‘') return /[\s(\[—–-]/.test(before) && /\p{L}/u.test(text[i + 1] ?? '');
  return /[\s(\[—–:-]/.test(before) || (text[i] === '“' && !/\p{L}/u.test(before));
}

/** Straight and curly double marks close each other's quotations in pasted text ("more hours”). */
const mixedClose = (closer: string, c: string) => (closer === '"' && c === '”') || (closer === '”' && c === '"');

/** The closing mark: for single quotes, an apostrophe inside a word ("doesn’t") does not close; a
 * straight opening mark may be closed by a curly one ("more hours”) and the other way round. */
function findClose(text: string, from: number, to: number, closer: string): number | null {
  for (let k = from; k < to; k++) {
    if (!text.startsWith(closer, k) && !(mixedClose(closer, text[k]!) && closesHere(text, k))) continue;
    if (closer === '’' && /\p{L}/u.test(text[k + 1] ?? '') && /\p{L}/u.test(text[k - 1] ?? '')) continue;
    if (closer === '”' && !closesHere(text, k)) continue;
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
