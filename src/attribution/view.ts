/**
 * A sentence as the attribution rules read it: its tokens with lower-case words and part of speech,
 * each a character span into the text. Rules work on token indexes within the sentence.
 */
import type { Token } from '../model/types.js';

export interface Tok {
  start: number;
  end: number;
  pos: string;
  /** The word in lower case, curly apostrophes made straight ("doesn't"). */
  w: string;
  /** The word as written. */
  text: string;
}

export interface SentenceView {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  toks: Tok[];
}

export interface DocView {
  text: string;
  sentences: SentenceView[];
  paragraphs: Array<{ start: number; end: number; sentences: [number, number] }>;
}

export function buildView(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number; paragraph: number; tokens: [number, number] }>,
  tokens: readonly Token[],
): DocView {
  const views: SentenceView[] = sentences.map((s, index) => ({
    index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    toks: tokens.slice(s.tokens[0], s.tokens[1]).map(([start, end, pos]) => {
      const t = text.slice(start, end);
      return { start, end, pos, text: t, w: t.toLowerCase().replace(/’/g, "'") };
    }),
  }));
  const paragraphs: DocView['paragraphs'] = [];
  for (const s of views) {
    const p = paragraphs[s.paragraph];
    if (p) {
      p.end = s.end;
      p.sentences[1] = s.index;
    } else paragraphs[s.paragraph] = { start: s.start, end: s.end, sentences: [s.index, s.index] };
  }
  return { text, sentences: views, paragraphs: paragraphs.filter(Boolean) };
}

/** Opening and closing quotation marks as tokens. */
export const isQuoteMark = (t: Tok | undefined) => !!t && /^(["“”‘’«»']|''|``)$/.test(t.text);
/** Punctuation that may part content from its attribution: comma, dash, colon, closing mark. */
export const isBoundary = (t: Tok | undefined) => !!t && /^([,:;—–"”’'-]|'')$/.test(t.text);
export const isNominal = (t: Tok | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
