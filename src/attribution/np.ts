/**
 * Noun phrases around a cue, read from part-of-speech tags: the speaker before a verb ("the head of the
 * region said"), after it ("said Mr Zelenskyy"), after "according to", and appositions ("His brother,
 * Wladimir, told"). Ranges are token indexes in the sentence, `[start, end)`.
 */
import { NOT_SPEAKERS, SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import type { Tok } from './view.js';

export type Range = [number, number];

/** The longest noun phrase a speaker NP may have, in tokens. */
const MAX_NP = 12;

const MODIFIER = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

function inside(t: Tok): boolean {
  if (MODIFIER.has(t.pos)) return t.pos !== 'PART' || t.w === "'s" || t.w === "'";
  if (t.pos === 'PRON') return POSSESSIVE.has(t.w);
  if (t.text === '-' || t.text === '.' || t.text === '&') return true;
  return false;
}

/** Prepositions that join a head noun to its modifier inside a speaker's phrase. */
const LINKS = new Set(['of', 'for', 'in', 'at', 'from', 'by', 'with']);

const isHead = (t: Tok) => t.pos === 'NOUN' || t.pos === 'PROPN';
const isModifier = (t: Tok) => isHead(t) || t.pos === 'ADJ';

/** The noun phrase ending at token `last` (inclusive), or null. A lone personal pronoun is a phrase. */
export function npEndingAt(toks: readonly Tok[], last: number): Range | null {
  const t = toks[last];
  if (!t) return null;
  // "It says the campaign broke the law": before its verb, "it" may be an organisation speaking.
  if (t.pos === 'PRON') return t.w in SPEAKER_PRONOUNS ? [last, last + 1] : null;
  if (!isHead(t) || NOT_SPEAKERS.has(t.w)) return null;
  let start = last;
  while (start > 0 && last - start < MAX_NP) {
    const p = toks[start - 1]!;
    if (inside(p)) {
      start--;
      continue;
    }
    // "the head of the region", "the Ministry of Defence", "officials in Kyiv", "a video by the party"
    if (LINKS.has(p.w) && start - 2 >= 0 && isHead(toks[start - 2]!)) {
      start -= 2;
      continue;
    }
    // "Europe's security and democracy watchdog", "Secretary for European and Eurasian Affairs":
    // modifiers joined by "and" (never the head: "Russia and Ukraine said" is two subjects).
    if (p.w === 'and' && start < last && start - 2 >= 0 && (isHead(toks[start - 2]!) || toks[start - 2]!.pos === 'ADJ') && isModifier(toks[start]!)) {
      start -= 2;
      continue;
    }
    // "the self-proclaimed Donetsk People's Republic": a participle in a hyphenated modifier
    if (p.pos === 'VERB' && /ed$/.test(p.w) && toks[start - 2]?.text === '-' && isModifier(toks[start]!)) {
      start--;
      continue;
    }
    break;
  }
  while (start < last && (toks[start]!.text === '-' || toks[start]!.text === '.' || toks[start]!.pos === 'PART')) start++;
  return [start, last + 1];
}

/** The noun phrase starting at token `first`, or null. A speaker's phrase (the default) is never
 * a time or a word like "it"; any phrase (`speaker` false) may be, as in "said on Saturday". */
export function npStartingAt(toks: readonly Tok[], first: number, limit = toks.length, speaker = true): Range | null {
  const t = toks[first];
  if (!t) return null;
  if (t.pos === 'PRON') {
    if (t.w in SPEAKER_PRONOUNS && t.w !== 'it') return [first, first + 1];
    if (!POSSESSIVE.has(t.w)) return null;
  }
  if (speaker && NOT_SPEAKERS.has(t.w)) return null;
  let end = first;
  let head = -1;
  while (end < limit && end - first < MAX_NP) {
    const x = toks[end]!;
    if (inside(x)) {
      if (isHead(x)) head = end;
      end++;
      continue;
    }
    if ((x.w === 'of' || x.w === 'for') && head >= 0 && toks[end + 1] && (inside(toks[end + 1]!) || toks[end + 1]!.pos === 'PROPN')) {
      end++;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  return [first, head + 1];
}

/** Whether a range holds a name (a proper noun). */
export const hasName = (toks: readonly Tok[], r: Range) => toks.slice(r[0], r[1]).some((t) => t.pos === 'PROPN');
