/**
 * Political events: a PLOVER verb or noun (src/lexicon/events.ts) in a sentence that names a state,
 * group or person who could have made the act ("Russia vetoed", "the Kremlin urged", "Kiev's decision to
 * suspend the ceasefire", "The decision was declared illegal by the US"), or ACLED's "Other" measures
 * (curfews, evacuations) that the typer found. Acts said of the future or conditionally are no event
 * ("Russia could impose sanctions"), but speech acts are: the saying happened ("will insist",
 * "threatened to").
 */
import { PLOVER, POLITICAL_ACTORS, SPEECH_ACTS } from '../lexicon/events.js';
import { inSentence } from './by-sentence.js';
import type { EventInput } from './detect.js';

/** Subjects that can act politically: a state, its government or leader, an alliance, a group. */
const POLITICAL_ACTOR_TYPES: ReadonlySet<string> = new Set(['ORG', 'GPE', 'NORP', 'PER']);

export interface PoliticalAct {
  category: string;
  /** Offsets relative to the clause text. */
  trigger: [number, number];
  speech: boolean;
}

/**
 * The political act of the clause `text` (starting at `from` in sentence `i`): the first PLOVER
 * category whose pattern matches, given a political actor in the sentence (a state, group or person
 * named, or described: "the rebels", "the foreign ministry", "officials"); else an "Other"
 * measure by the typer's cues (`otherCues`), placed at the first of them.
 */
export function politicalAct(input: EventInput, i: number, from: number, text: string, otherCues: readonly string[]): PoliticalAct | null {
  const s = input.sentences[i]!;
  const actors = inSentence(input.mentions, i).some(([, m]) => POLITICAL_ACTOR_TYPES.has(m.fine ?? m.type) && m.type !== 'MISC') || POLITICAL_ACTORS.test(input.text.slice(s.start, s.end));
  if (actors) {
    for (const [category, pattern] of PLOVER) {
      const m = pattern.exec(text);
      if (m) return { category, trigger: [m.index, m.index + m[0].length], speech: SPEECH_ACTS.has(category) };
    }
  }
  if (otherCues.length > 0) {
    const span = cueSpan(text, otherCues);
    if (span) return { category: 'OTHER', trigger: span, speech: false };
  }
  return null;
}

/** The first of the deciding cues' places in the text. */
export function cueSpan(text: string, cues: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  const lower = text.toLowerCase();
  for (const cue of cues) {
    const at = lower.indexOf(cue.toLowerCase());
    if (at >= 0 && (!best || at < best[0])) best = [at, at + cue.length];
  }
  return best;
}
