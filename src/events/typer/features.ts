/**
 * What the event typer sees of a text: its words reduced to crude stems, pairs of neighbouring content
 * words, the stems of the lead sentence apart (news and notes both put the event first), and what the
 * codebook lexicon says (each sub-type whose cue words occur, by strength, and the rule typer's own
 * decision), so the model learns how far to trust each cue. One function serves training and typing.
 * Numbers, dates and capitalized names are reduced to their shape: the model should learn the words
 * of an event (the verb, its object, the weapon, the effect), not the places and actors of ACLED's
 * busiest countries.
 */
import { typeEvent, type EventTyping } from '../typing.js';
import { STOPWORDS } from '../../lexicon/typer.js';

/** The lead sentence ends at the first full stop before a space and a capital (as `typeEvent` reads it). */
const LEAD_END = /[.!?]["”’)]?\s+(?=[A-Z"“])/;
const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/g;

/** A crude stem: lower case, possessives and common inflections cut, so "clashes", "clashed" and
 * "clashing" meet; stems under three letters keep the word. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** A token as the model sees it: a number is `#`, a capitalized word that is not the text's first is
 * `Name` unless it is a word the model should read (a weekday, a known term kept by `keepCase`). */
function token(word: string, first: boolean): string | null {
  if (/^\d/.test(word)) return '#';
  if (!first && /^[A-Z]/.test(word) && !/^[A-Z]+s?$/.test(word)) {
    const lower = word.toLowerCase();
    return STOPWORDS.has(lower) ? null : `Name`;
  }
  const s = stem(word);
  return STOPWORDS.has(word.toLowerCase()) ? null : s;
}

/** Tokens of one span of text, stopwords left out as null (they break pairs). */
function tokens(text: string): Array<string | null> {
  const out: Array<string | null> = [];
  for (const m of text.matchAll(WORD)) out.push(token(m[0], SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))));
  return out;
}

/** What stands before a word that opens a sentence (or the text). */
const SENTENCE_START = /(?:^|[.!?:"“]\s*)$/;

/** The word features of a text: stems and pairs of neighbouring stems, without the lexicon's. */
export function wordFeatures(text: string, out = new Set<string>()): Set<string> {
  const all = tokens(text);
  for (const t of all) if (t && t !== 'Name') out.add(`w:${t}`);
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [all[i - 1], all[i]];
    if (a && b && !(a === 'Name' && b === 'Name')) out.add(`p:${a}_${b}`);
  }
  return out;
}

/** The feature strings of a text; duplicates removed (presence, not counts). `rules` is the codebook
 * typer's reading of the same text, when the caller has it already. */
export function typerFeatures(text: string, rules: EventTyping = typeEvent(text)): string[] {
  const out = wordFeatures(text, new Set<string>(['bias']));
  const cut = LEAD_END.exec(text);
  const lead = cut ? text.slice(0, cut.index + 1) : text;
  for (const t of tokens(lead)) if (t && t !== 'Name') out.add(`l:${t}`);
  for (const [subtype, score] of rules.scores) out.add(`cue:${subtype}:${score >= 3 ? 'named' : 'hint'}`);
  if (rules.score > 0) out.add(`rule:${rules.subtype}`);
  return [...out];
}
