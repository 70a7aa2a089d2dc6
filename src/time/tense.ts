/**
 * The tense of the clause an expression stands in, read from the cues before it in its sentence: the
 * cue nearest the expression wins ("said he will begin ... on Friday" is future; "had been due to expire
 * Friday" is past, the plan overtaken). A cue followed by a comma or semicolon before the expression
 * belongs to another clause. No cue: null, and the caller's default (past, in reporting) applies.
 */
import { FUTURE_CUE_WINDOW, FUTURE_CUES, NOT_FUTURE, PAST_CUES } from '../lexicon/time.js';

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
