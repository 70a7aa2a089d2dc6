/**
 * The segment stage: paragraphs, sentences and tokens with part of speech, all as offsets into the
 * cleaned text. wink-nlp reads the whole text once (its tokens are exact slices with only white space
 * between them, which `segment` checks as it goes); its sentences are then cut at paragraph boundaries,
 * so no sentence crosses a paragraph, splits inside quotations are undone, and runs longer than
 * MAX_SENTENCE without a sentence end are cut (src/segment/cut.ts).
 */
import type { ItemSentence } from 'wink-nlp';
import type { Token } from '../model/types.js';
import { paragraphSpans } from './paragraphs.js';
import { cutLong } from './cut.js';
import { mergeQuoteSplits } from './quotes.js';
import { forgetLearned, wink } from './wink.js';

export interface Segmented {
  paragraphs: Array<{ start: number; end: number; sentences: [number, number] }>;
  sentences: Array<{ start: number; end: number; paragraph: number; tokens: [number, number] }>;
  tokens: Token[];
}

export function segment(text: string): Segmented {
  let read: ReturnType<typeof readWithWink>;
  try {
    read = readWithWink(text);
  } finally {
    // What wink-nlp learned from this text must not change how it reads the next (src/segment/wink.ts).
    forgetLearned();
  }
  const { tokens, sentences } = read;
  const out: Segmented = { paragraphs: [], sentences: [], tokens };
  let si = 0; // first wink sentence that may reach into the current paragraph
  let ti = 0; // first token not yet given to a sentence
  for (const [pStart, pEnd] of paragraphSpans(text)) {
    const pieces: Array<[number, number]> = [];
    while (si < sentences.length && sentences[si]![1] <= pStart) si++;
    for (let k = si; k < sentences.length && sentences[k]![0] < pEnd; k++) {
      const piece = trim(text, Math.max(sentences[k]![0], pStart), Math.min(sentences[k]![1], pEnd));
      if (piece) pieces.push(piece);
    }
    if (pieces.length === 0) pieces.push([pStart, pEnd]);
    const firstSentence = out.sentences.length;
    for (const [mStart, mEnd] of mergeQuoteSplits(text, pieces)) {
      while (ti < tokens.length && tokens[ti]![0] < mStart) ti++;
      for (const [sStart, sEnd] of cutLong(text, tokens, ti, mStart, mEnd)) {
        while (ti < tokens.length && tokens[ti]![0] < sStart) ti++;
        const firstToken = ti;
        while (ti < tokens.length && tokens[ti]![0] < sEnd) ti++;
        out.sentences.push({ start: sStart, end: sEnd, paragraph: out.paragraphs.length, tokens: [firstToken, ti] });
      }
    }
    out.paragraphs.push({ start: pStart, end: pEnd, sentences: [firstSentence, out.sentences.length - 1] });
  }
  return out;
}

/** Tokens (white space left out) and sentence bounds, as character offsets. */
function readWithWink(text: string): { tokens: Token[]; sentences: Array<[number, number]> } {
  const nlp = wink();
  const its = nlp.its;
  // wink reads the text with the long runs masked (same length, same white space: offsets hold).
  const read = maskLongRuns(text);
  const doc = nlp.readDoc(read);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts = new Array<number>(values.length);
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const start = read.indexOf(v, at);
    // Only white space may lie between two tokens: anything else means wink changed the text.
    for (let k = at; k < start; k++) if (!isSpace(read.charCodeAt(k))) throw new Error(`segment: token "${v}" does not match the text at ${at}`);
    if (start === -1) throw new Error(`segment: token "${v}" not found after ${at}`);
    starts[i] = start;
    if (!WHITE.test(v)) tokens.push([start, start + v.length, pos[i]!]);
    at = start + v.length;
  }
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    sentences.push([starts[first]!, starts[last]! + values[last]!.length]);
  });
  return { tokens, sentences };
}

/**
 * Runs of at least LONG_RUN characters with no white space (a megabyte of "=" or "_" in a broken page)
 * are one word: wink's tokenizer tries its patterns (e-mail addresses among them) at every character of
 * such a run, which costs the square of its length (64,000 "_" took 30 s), so it is given a run of one
 * neutral character in their place, which it reads as one token at once. Ordinary words, numbers and
 * web addresses are far shorter and are read as written.
 */
export const LONG_RUN = 200;
const MASK = '\u2500';
const LONG = new RegExp(`[^\\s]{${LONG_RUN},}`, 'g');

export function maskLongRuns(text: string): string {
  LONG.lastIndex = 0;
  return LONG.test(text) ? text.replace(LONG, (run) => MASK.repeat(run.length)) : text;
}

/** wink gives runs of line breaks and other white space as tokens of their own. */
const WHITE = /^\s+$/;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;

function trim(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}
