/**
 * The sub-type of an event told in a sentence or short report, as a numbered cascade:
 *  1. `cue`: a cue of the codebook lexicon names a sub-type outright ("airstrike", "kidnapped",
 *     "earthquake"; src/lexicon/events.ts, settled by the family rules of typing.ts): the codebook's
 *     own distinctions decide, and they are the only answer for the classes no training data has
 *     (chemical weapons, and CASE 2021's disasters, organized crime, diplomacy and claims);
 *  2. `model`: else the trained sub-type head (models/events.bin) picks among ACLED's sub-types, with
 *     the lexicon's weaker cues among its features.
 * Measured on CASE 2021 with `sitrep eval events`, beside each step alone.
 */
import type { SubType } from '../../lexicon/events.js';
import { typeEvent, type EventTyping } from '../typing.js';
import { STOPWORDS } from '../../lexicon/typer.js';
import { stem, typerFeatures } from './features.js';
import { eventsModel, probabilities } from './model.js';

/** The weight of a cue that names its sub-type outright (src/lexicon/events.ts). */
const NAMED = 3;

export interface Classification {
  subtype: SubType;
  /** Which step of the cascade decided. */
  step: 'cue' | 'model';
  /** The model's probability of the decided sub-type (0 for a class the model does not know). */
  probability: number;
  /** The model's own best sub-type and its probability. */
  model: { subtype: SubType; probability: number };
  /** The codebook typer's reading (cues, scores). */
  rules: EventTyping;
  /** The typer's features, for the callers that score the same text with the conflict head. */
  features: string[];
}

export function classifyEvent(text: string): Classification {
  const rules = typeEvent(text);
  const features = typerFeatures(text, rules);
  const head = eventsModel().subtype;
  const p = probabilities(head, features);
  let best = 0;
  for (let l = 1; l < p.length; l++) if (p[l]! > p[best]!) best = l;
  const model = { subtype: head.labels[best] as SubType, probability: p[best]! };
  const of = (s: SubType) => {
    const l = head.labels.indexOf(s);
    return l < 0 ? 0 : p[l]!;
  };
  if (rules.score >= NAMED) return { subtype: rules.subtype, step: 'cue', probability: of(rules.subtype), model, rules, features };
  return { subtype: model.subtype, step: 'model', probability: model.probability, model, rules, features };
}

/** The conflict head's probability that a text tells of political violence or unrest. */
export function conflictProbability(features: readonly string[]): number {
  const head = eventsModel().conflict;
  return probabilities(head, features)[head.labels.indexOf('event')]!;
}

/**
 * The word of `text` in lower case (not a name, not a function word) that speaks most for `subtype` in
 * the model (its stem's weight), as the trigger of
 * an event the model found without a cue: what an analyst can check the decision against. Null when no
 * word has a positive weight.
 */
export function modelTrigger(text: string, subtype: SubType): [number, number] | null {
  const head = eventsModel().subtype;
  const l = head.labels.indexOf(subtype);
  if (l < 0) return null;
  let best: { at: [number, number]; weight: number } | null = null;
  for (const m of text.matchAll(/[a-z][a-z'’-]*/g)) {
    if (m.index > 0 && /[A-Za-z'’-]/.test(text[m.index - 1]!)) continue; // inside a word
    if (STOPWORDS.has(m[0])) continue;
    const f = head.features.get(`w:${stem(m[0])}`);
    const weight = f === undefined ? 0 : head.weights[f * head.labels.length + l]!;
    if (weight > 0 && (!best || weight > best.weight)) best = { at: [m.index, m.index + m[0].length], weight };
  }
  return best?.at ?? null;
}
