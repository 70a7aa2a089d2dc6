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
  /** The type of the entity mention the token is in (PER, ORG, LOC, MISC), if any. */
  ent?: string;
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

/** A capitalized word the entities stage found in a name anywhere in the text is a proper noun,
 * whatever the tagger said: a surname opening a sentence ("Cook said ...") is often tagged as a verb.
 * A dateline opening a sentence ("WASHINGTON —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —") is left out:
 * it is never a speaker or part of what was said. */
export function buildView(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number; paragraph: number; tokens: [number, number] }>,
  tokens: readonly Token[],
  names: ReadonlyArray<{ start: number; end: number; type?: string }> = [],
): DocView {
  const byStart = [...names].sort((a, b) => a.start - b.start);
  let m = 0;
  // Tokens come in text order, so one pointer walks the mentions once.
  const typeAt = (start: number): string | undefined => {
    while (m < byStart.length && byStart[m]!.end <= start) m++;
    const here = byStart[m];
    return here && here.start <= start ? here.type : undefined;
  };
  const nameWords = new Set(names.flatMap((m) => text.slice(m.start, m.end).split(/\s+/)).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)));
  const views: SentenceView[] = sentences.map((s, index) => {
    const toks = tokens.slice(s.tokens[0], s.tokens[1]).map(([start, end, pos]) => {
      const t = text.slice(start, end);
      const ent = typeAt(start);
      return { start, end, pos: pos !== 'PROPN' && nameWords.has(t) ? 'PROPN' : pos, text: t, w: t.toLowerCase().replace(/’/g, "'"), ...(ent ? { ent } : {}) };
    });
    // "attorney general", "secretary general": the title's head, which the tagger reads as an adjective.
    toks.forEach((t, k) => {
      if (t.w === 'general' && t.pos === 'ADJ' && (toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN')) t.pos = 'NOUN';
    });
    return { index, paragraph: s.paragraph, start: s.start, end: s.end, toks: toks.slice(datelineLength(toks)) };
  });
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

/** A dateline is at most this many tokens, dash included. */
const MAX_DATELINE = 14;

/** How many tokens of a sentence a dateline takes: an upper-case place name (with optional region,
 * date and agency) closed by a dash. */
function datelineLength(toks: readonly Tok[]): number {
  const first = toks[0];
  if (!first || !/^\p{Lu}{2,}$/u.test(first.text)) return 0;
  for (let k = 1; k < Math.min(toks.length, MAX_DATELINE); k++) {
    const t = toks[k]!;
    if (/^[—–-]$/.test(t.text)) return k + 1 < toks.length ? k + 1 : 0;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t)) return 0;
  }
  return 0;
}

/** Opening and closing quotation marks as tokens. */
export const isQuoteMark = (t: Tok | undefined) => !!t && /^(["“”‘’«»']|''|``)$/.test(t.text);
/** Punctuation that may part content from its attribution: comma, dash, colon, closing mark. */
export const isBoundary = (t: Tok | undefined) => !!t && /^([,:;—–"”’'-]|'')$/.test(t.text);
export const isNominal = (t: Tok | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');

/** The last token of a sentence that is not closing punctuation (a closing quotation mark counts). */
export function lastContentToken(toks: readonly Tok[]): number {
  let k = toks.length - 1;
  while (k > 0 && (toks[k]!.pos === 'PUNCT' || toks[k]!.pos === 'SYM') && !/^[”"’]$/.test(toks[k]!.text)) k--;
  return k;
}

/** The character span of tokens `[a, b)`, without quotation marks and punctuation at its edges. */
export function span(toks: readonly Tok[], a: number, b: number): [number, number] {
  while (a < b - 1 && (isQuoteMark(toks[a]) || toks[a]!.text === ',')) a++;
  while (b > a + 1 && (isQuoteMark(toks[b - 1]) || /^[,.;:—–]$/.test(toks[b - 1]!.text))) b--;
  return [toks[a]!.start, toks[b - 1]!.end];
}
