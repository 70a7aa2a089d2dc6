/**
 * The segment stage: paragraphs, sentences and tokens with part of speech, all as offsets into the
 * cleaned text. wink-nlp tokenizes each paragraph (so no sentence crosses a paragraph); tokens and the
 * white space before them rejoin to the paragraph exactly, which `segment` checks as it goes.
 */
import type { ItemSentence } from 'wink-nlp';
import type { Token } from '../model/types.js';
import { paragraphSpans } from './paragraphs.js';
import { mergeQuoteSplits } from './quotes.js';
import { wink } from './wink.js';

export interface Segmented {
  paragraphs: Array<{ start: number; end: number; sentences: [number, number] }>;
  sentences: Array<{ start: number; end: number; paragraph: number; tokens: [number, number] }>;
  tokens: Token[];
}

export function segment(text: string): Segmented {
  const nlp = wink();
  const its = nlp.its;
  const out: Segmented = { paragraphs: [], sentences: [], tokens: [] };
  for (const [pStart, pEnd] of paragraphSpans(text)) {
    const para = text.slice(pStart, pEnd);
    const doc = nlp.readDoc(para);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // Character offset of every wink token; whitespace tokens are kept out of the token list.
    const starts: number[] = [];
    let at = pStart;
    for (let i = 0; i < values.length; i++) {
      at += spaces[i]!.length;
      if (text.startsWith(values[i]!, at) === false) throw new Error(`segment: token "${values[i]}" does not match the text at ${at}`);
      starts.push(at);
      at += values[i]!.length;
    }
    const bounds: Array<[number, number]> = [];
    doc.sentences().each((s: ItemSentence) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      bounds.push([starts[first]!, starts[last]! + values[last]!.length]);
    });
    const firstSentence = out.sentences.length;
    for (const [sStart, sEnd] of mergeQuoteSplits(text, bounds)) {
      const firstToken = out.tokens.length;
      for (let i = 0; i < values.length; i++) {
        const s = starts[i]!;
        if (s >= sStart && s < sEnd && values[i]!.trim() !== '') out.tokens.push([s, s + values[i]!.length, pos[i]!]);
      }
      out.sentences.push({ start: sStart, end: sEnd, paragraph: out.paragraphs.length, tokens: [firstToken, out.tokens.length] });
    }
    out.paragraphs.push({ start: pStart, end: pEnd, sentences: [firstSentence, out.sentences.length - 1] });
  }
  return out;
}
