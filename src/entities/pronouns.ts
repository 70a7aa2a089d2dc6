/**
 * Pronouns in speech contexts ("he said", "she also told", "said he") to the most recent person before
 * them whose gender does not clash: the person mentioned last (by name, role or an earlier pronoun) is the
 * one news prose goes on quoting. A person's gender is known only from an honorific or a kinship noun;
 * unknown fits either pronoun, because machine-translated text gets pronouns wrong ("“We will win,” she
 * assured" of a man).
 */
import { SPEAKER_PRONOUNS, SPEECH_ADVERBS, SPEECH_VERBS } from '../lexicon/linking.js';
import type { LinkState } from './clusters.js';

/** A pronoun's link is a guess from recency and agreement. */
const PRONOUN_CONFIDENCE = 0.75;
/** Sentences back within which the antecedent must be: further, a speech pronoun refers to no one named. */
const MAX_SENTENCES_BACK = 3;

export function linkPronouns(state: LinkState): void {
  const { view } = state;
  for (let k = 0; k < view.tokens.length; k++) {
    const gender = SPEAKER_PRONOUNS.get(view.lower[k]!);
    if (!gender || !speechContext(state, k)) continue;
    const [start, end] = view.tokens[k]!;
    const sentence = view.sentenceOf[k] ?? 0;
    let best: number | null = null;
    let bestStart = -1;
    for (const c of state.live()) {
      const cl = state.clusters[c]!;
      if (cl.type !== 'PER' || (cl.gender !== 'unknown' && cl.gender !== gender)) continue;
      for (const m of cl.members) {
        const x = state.mentions[m.mention]!;
        if (x.start < start && x.start > bestStart && sentence - x.sentence <= MAX_SENTENCES_BACK) [best, bestStart] = [c, x.start];
      }
    }
    if (best === null) continue;
    state.addMention({ start, end, sentence, type: 'PER', fine: null, kind: 'pronoun', rule: 'link:pronoun-speech', confidence: PRONOUN_CONFIDENCE }, best, 'pronoun-speech', PRONOUN_CONFIDENCE);
  }
}

/** "he said", "he also said", "he has told", or "…, said he." */
function speechContext(state: LinkState, k: number): boolean {
  const { lower } = state.view;
  let j = k + 1;
  while (j < lower.length && j <= k + 2 && SPEECH_ADVERBS.has(lower[j]!)) j++;
  if (j < lower.length && SPEECH_VERBS.has(lower[j]!)) return true;
  return k > 0 && SPEECH_VERBS.has(lower[k - 1]!) && (k + 1 >= lower.length || /^[.,;!?”"]$/.test(lower[k + 1]!));
}
