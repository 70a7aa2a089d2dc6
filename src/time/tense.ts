/**
 * The tense of the clause an expression stands in, read from the cues before it in its sentence: the
 * cue nearest the expression wins ("said he will begin ... on Friday" is future; "had been due to expire
 * Friday" is past, the plan overtaken). A cue followed by a comma or semicolon before the expression
 * belongs to another clause. No cue: null, and the caller's default (past, in reporting) applies.
 */
import { FUTURE_CUE_WINDOW, FUTURE_CUES, IRREGULAR_PAST, NOT_FUTURE, OPENING_WORDS, PAST_CUES } from '../lexicon/time.js';

export type Tense = 'past' | 'future';

const phrase = (cues: string[]) => cues.sort((a, b) => b.length - a.length).map((c) => c.replace(/'/g, "['’]").replace(/[ -]/g, '[\\s-]+')).join('|');
const CUE = new RegExp(`(?<![\\w'’-])(?:(?<not>${phrase([...NOT_FUTURE])})|(?<past>${phrase([...PAST_CUES])})|(?<future>${phrase([...FUTURE_CUES])}))(?![\\w-])`, 'gi');

export function clauseTense(before: string): Tense | null {
  const clause = before.slice(-FUTURE_CUE_WINDOW);
  let best: { end: number; length: number; tense: Tense | null } | null = null;
  for (const m of clause.matchAll(CUE)) {
    const end = m.index! + m[0].length;
    if (/[,;]/.test(clause.slice(end))) continue; // another clause
    const tense = m.groups?.future ? 'future' : m.groups?.past ? 'past' : null;
    if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, tense };
  }
  return best?.tense ?? null;
}

/** How far after an opening time (in characters) its main verb is looked for: past a long subject. */
const OPENING_VERB_WINDOW = 160;

const PAST_VERB = new RegExp(`(?<![\\w'’-])(?:${IRREGULAR_PAST.join('|')}|[a-z]{3,}ed)(?![\\w'’-])`, 'i');
/** After the time, a cue in the past ("the government planned to pay") reports a plan made then: past. */
const PRESENT_PLANS = ['is expected', 'are expected', 'is scheduled', 'are scheduled', 'is planned', 'are planned'];
const FUTURE_AFTER = new RegExp(`(?<![\\w'’-])(?:${phrase([...FUTURE_CUES.filter((c) => !/ed\b/.test(c)), ...PRESENT_PLANS])})(?![\\w-])`, 'i');
const OPENING = new RegExp(`^[\\s"'“‘(]*(?:(?:${OPENING_WORDS.join('|')})\\s+)*$`, 'i');

/** Whether the expression opens its sentence: only words such as "On", "Until", "Also" before it. */
export const opensSentence = (before: string): boolean => OPENING.test(before);

/**
 * The tense of the main verb after an opening time ("On Tuesday, the league plans to hold ...", "Until
 * Thursday, they had not called ..."): the first future cue or past verb in the rest of the sentence.
 */
export function tenseAfter(after: string): Tense | null {
  const text = after.slice(0, OPENING_VERB_WINDOW);
  const future = FUTURE_AFTER.exec(text);
  const past = PAST_VERB.exec(text);
  if (future && (!past || future.index <= past.index)) return 'future';
  return past ? 'past' : null;
}
