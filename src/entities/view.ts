/**
 * The article as linking reads it: its tokens as words with their part of speech, which sentence each
 * token is in, and the token at a character offset. Built once a document, shared by the linkers.
 */
import type { Token } from '../model/types.js';
import { partitionPoint } from '../sorted.js';

export interface LinkSentence {
  start: number;
  end: number;
  tokens: [number, number];
}

export interface DocView {
  text: string;
  tokens: readonly Token[];
  /** Lower-cased token texts. */
  lower: string[];
  sentenceOf: number[];
  sentences: readonly LinkSentence[];
  /** Whether a lower-cased word is a demonym ("ukrainian", "turkish"). */
  isDemonym: (word: string) => boolean;
}

export function docView(text: string, sentences: readonly LinkSentence[], tokens: readonly Token[], isDemonym: (w: string) => boolean): DocView {
  const sentenceOf: number[] = new Array(tokens.length).fill(0);
  sentences.forEach((s, si) => { for (let k = s.tokens[0]; k < s.tokens[1]; k++) sentenceOf[k] = si; });
  return { text, tokens, lower: tokens.map((t) => text.slice(t[0], t[1]).toLowerCase()), sentenceOf, sentences, isDemonym };
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(view: DocView, offset: number): number {
  const lo = partitionPoint(view.tokens.length, (mid) => view.tokens[mid]![0] < offset);
  return lo;
}

/** Index of the last token that ends at or before `offset`, or -1. */
export const tokenBefore = (view: DocView, offset: number) => {
  let k = tokenAt(view, offset) - 1;
  while (k >= 0 && view.tokens[k]![1] > offset) k--;
  return k;
};

export const word = (view: DocView, k: number) => view.text.slice(view.tokens[k]![0], view.tokens[k]![1]);
export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
