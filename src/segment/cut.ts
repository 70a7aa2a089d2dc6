/**
 * Long runs without sentence ends (a page of text with no full stop, a list flattened into one line)
 * cut into pieces of at most MAX_SENTENCE characters. Every later stage works sentence by sentence, and
 * several look at every pair of words or cues in a sentence; a bounded sentence keeps their cost (and
 * the output, which spans sentences) linear in the document. News sentences stay far below the bound
 * (the longest of 13,400 BBC sentences is 490 characters), so ordinary text is never cut.
 */
import type { Token } from '../model/types.js';

export const MAX_SENTENCE = 1000;

/** Where a cut reads best: after a semicolon or colon, then a comma or dash, then any token. */
const STRONG = /^[;:]$/;
const WEAK = /^[,—–-]$/;

/**
 * Cuts `[start, end)` into pieces no longer than `max`, each cut between two tokens. `tokens` are the
 * document's tokens; `first` is the index of the first token at or after `start`.
 */
export function cutLong(text: string, tokens: readonly Token[], first: number, start: number, end: number, max = MAX_SENTENCE): Array<[number, number]> {
  if (end - start <= max) return [[start, end]];
  const out: Array<[number, number]> = [];
  let pieceStart = start;
  let best = -1; // token index to cut before, the best so far in this piece
  let bestRank = 0;
  for (let i = first; i < tokens.length && tokens[i]![0] < end; i++) {
    const [tStart, tEnd] = tokens[i]!;
    if (tStart > pieceStart && tEnd - pieceStart > max) {
      // This token would overflow the piece: cut at the best place seen, or right before this token.
      const at = best > 0 && tokens[best]![0] > pieceStart ? tokens[best]![0] : tStart;
      out.push([pieceStart, lastNonSpace(text, pieceStart, at)]);
      pieceStart = at;
      best = -1;
      bestRank = 0;
    }
    // A cut after this token, once the piece is at least half full (pieces not made needlessly short).
    if (i + 1 < tokens.length && tokens[i + 1]![0] < end && tEnd - pieceStart >= max / 2) {
      const value = text.slice(tStart, tEnd);
      const rank = STRONG.test(value) ? 3 : WEAK.test(value) ? 2 : 1;
      if (rank >= bestRank) {
        best = i + 1;
        bestRank = rank;
      }
    }
  }
  out.push([pieceStart, end]);
  // A single token longer than `max` (a megabyte with no space) stays one piece: it is one token, and
  // cutting it would split a token; the stages see one word.
  return out.filter(([a, b]) => b > a);
}

function lastNonSpace(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
