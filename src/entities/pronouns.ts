/**
 * Subject pronouns ("he", "she") to the most recent person before them whose gender does not clash: the
 * person mentioned last (by name, role or an earlier pronoun) is the one news prose goes on about. In
 * speech contexts ("he said", "she also told", "said he", rule `pronoun-speech`) the antecedent may be
 * three sentences back; elsewhere (`pronoun-subject`, a weaker guess) only in the same sentence or the
 * one before. A person's gender is known only from an honorific or a kinship noun;
 * unknown fits either pronoun, because machine-translated text gets pronouns wrong ("“We will win,” she
 * assured" of a man).
 */
import { SPEAKER_PRONOUNS, SPEECH_ADVERBS, SPEECH_VERBS } from '../lexicon/linking.js';
import type { LinkState } from './clusters.js';
import { partitionPoint } from '../sorted.js';

/** A pronoun's link is a guess from recency and agreement; outside speech, a weaker one. */
const PRONOUN_CONFIDENCE = 0.75;
const SUBJECT_CONFIDENCE = 0.6;
/** Sentences back within which the antecedent must be: further, a speech pronoun refers to no one named. */
const MAX_SENTENCES_BACK = 3;
/** The same outside speech, where a pronoun more often refers to someone the article did not name. */
const MAX_SENTENCES_BACK_SUBJECT = 1;

export function linkPronouns(state: LinkState): void {
  const { view } = state;
  // Person mentions by start (then index), and the pronoun mentions added here (in text order as they
  // come): an antecedent is read backwards from the pronoun, within its few sentences, not looked for
  // among every member of every cluster (which made a long article quadratic).
  const start = (i: number) => state.mentions[i]!.start;
  const persons = [...state.clusterOf].filter(([, c]) => state.clusters[c]!.type === 'PER').map(([i]) => i).sort((a, b) => start(a) - start(b) || a - b);
  const added: number[] = [];
  for (let k = 0; k < view.tokens.length; k++) {
    const gender = SPEAKER_PRONOUNS.get(view.lower[k]!);
    if (!gender) continue;
    const speech = speechContext(state, k);
    const back = speech ? MAX_SENTENCES_BACK : MAX_SENTENCES_BACK_SUBJECT;
    const [from, end] = view.tokens[k]!;
    const sentence = view.sentenceOf[k] ?? 0;
    const best = antecedent(state, [persons, added], from, sentence, gender, back);
    if (best === null) continue;
    const [rule, confidence] = speech ? ['pronoun-speech', PRONOUN_CONFIDENCE] : ['pronoun-subject', SUBJECT_CONFIDENCE];
    added.push(state.addMention({ start: from, end, sentence, type: 'PER', fine: null, kind: 'pronoun', rule: `link:${rule}`, confidence }, best, rule, confidence));
  }
}

/**
 * The person cluster with the latest mention before `offset` within `back` sentences whose gender does
 * not clash (on a tie, the first cluster). `lists` hold mention indexes by start.
 */
function antecedent(state: LinkState, lists: ReadonlyArray<readonly number[]>, offset: number, sentence: number, gender: string, back: number): number | null {
  let best: number | null = null;
  let bestStart = -1;
  for (const list of lists) {
    const lo = partitionPoint(list.length, (mid) => state.mentions[list[mid]!]!.start < offset);
    for (let j = lo - 1; j >= 0; j--) {
      const x = state.mentions[list[j]!]!;
      // Read backwards: nothing earlier can be later than the best, and mentions more than a sentence
      // past the window are behind it for good (sentences follow the text's order).
      if (x.start < bestStart || x.sentence < sentence - back - 1) break;
      if (sentence - x.sentence > back) continue;
      const c = state.clusterOf.get(list[j]!)!;
      const cl = state.clusters[c]!;
      if (cl.gender !== 'unknown' && cl.gender !== gender) continue;
      if (x.start > bestStart || c < best!) [best, bestStart] = [c, x.start];
    }
  }
  return best;
}

/** "he said", "he also said", "he has told", or "…, said he." */
function speechContext(state: LinkState, k: number): boolean {
  const { lower } = state.view;
  let j = k + 1;
  while (j < lower.length && j <= k + 2 && SPEECH_ADVERBS.has(lower[j]!)) j++;
  if (j < lower.length && SPEECH_VERBS.has(lower[j]!)) return true;
  return k > 0 && SPEECH_VERBS.has(lower[k - 1]!) && (k + 1 >= lower.length || /^[.,;!?”"]$/.test(lower[k + 1]!));
}
