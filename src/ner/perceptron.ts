/**
 * The averaged structured perceptron (Collins 2002): decode each training sentence with the current
 * weights; where the best path differs from the gold one, add the gold path's features and subtract the
 * predicted path's. The weights kept are the average over every step, which generalizes far better than
 * the last ones; the average is kept cheaply as w − u/c, where u sums each update times its step c.
 * Sentences are visited in a seeded shuffled order, so training is deterministic.
 *
 * Word dropout (optional): at each visit, each name token's word-identity features (`droppable`) are
 * hidden from the decoder and the update with probability `dropout`. A name the training data repeats is then
 * also learned from what does not name it (its gazetteer classes, shape, affixes, neighbours, how the
 * article writes it elsewhere), which is all the model has for a name it never saw. The same seeded
 * generator draws the drops, so training stays deterministic.
 */
import { allowed } from './labels.js';
import { viterbi } from './viterbi.js';
import { mulberry32 } from '../random.js';

/** A sentence as feature ids: token t's ids are `ids[offsets[t]]` to `ids[offsets[t + 1]]`. */
export interface EncodedSentence {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far, for a dev-set check. */
  onEpoch?: (epoch: number, weights: LinearWeights) => void;
  /** Probability of hiding a token's droppable features at one visit (0: none). */
  dropout?: number;
  /** `droppable[f]` is 1 for the features word dropout hides (the word's own identity). */
  droppable?: Uint8Array;
}

export interface LinearWeights {
  /** `emission[f * L + l]`. */
  emission: Float32Array;
  /** `(L + 1) × (L + 1)`, see viterbi.ts. */
  transition: Float32Array;
  labels: number;
}

/** The transition table with ill-formed moves closed: what training and tagging both decode with. */
export function constrained(transition: ArrayLike<number>, L: number): Float64Array {
  const L1 = L + 1;
  const out = new Float64Array(L1 * L1);
  for (let a = -1; a < L; a++) for (let b = -1; b < L; b++) {
    const k = (a + 1) * L1 + b + 1;
    out[k] = a === -1 && b === -1 ? -Infinity : allowed(a, b) ? transition[k]! : -Infinity;
  }
  return out;
}

/** Emission scores of a sentence; a token t with `dropped[t]` set leaves out its `droppable` features. */
export function emissions(s: EncodedSentence, w: ArrayLike<number>, L: number, dropped?: Uint8Array, droppable?: Uint8Array): Float64Array {
  const n = s.gold.length;
  const out = new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    const drop = dropped !== undefined && dropped[t] === 1;
    for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
      if (drop && droppable![s.ids[k]!]) continue;
      const base = s.ids[k]! * L;
      for (let l = 0; l < L; l++) out[t * L + l] = out[t * L + l]! + w[base + l]!;
    }
  }
  return out;
}

export function trainPerceptron(data: readonly EncodedSentence[], featureCount: number, L: number, options: TrainOptions): LinearWeights {
  const L1 = L + 1;
  const w = new Float64Array(featureCount * L);
  const u = new Float64Array(featureCount * L);
  const tw = new Float64Array(L1 * L1);
  const tu = new Float64Array(L1 * L1);
  let c = 1;
  const order = data.map((_, i) => i);
  const random = mulberry32(options.seed);
  const dropout = options.dropout ?? 0;
  const droppable = options.droppable;
  const dropRandom = mulberry32(options.seed ^ 0x5eed);
  let dropped = new Uint8Array(0);
  const average = (): LinearWeights => ({
    emission: Float32Array.from(w, (x, i) => x - u[i]! / c),
    transition: Float32Array.from(tw, (x, i) => x - tu[i]! / c),
    labels: L,
  });
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const s = data[i]!;
      const n = s.gold.length;
      const drop = dropout > 0 && droppable !== undefined;
      if (drop) {
        if (dropped.length < n) dropped = new Uint8Array(n);
        // only the words of names: hiding "The" would teach that a capitalized word unknown at the
        // start of a sentence is no name, and at run time the unknown words are mostly names
        for (let t = 0; t < n; t++) dropped[t] = dropRandom() < dropout && s.gold[t] !== 0 ? 1 : 0;
      }
      const pred = viterbi(emissions(s, w, L, drop ? dropped : undefined, droppable), n, L, constrained(tw, L));
      let prevG = -1;
      let prevP = -1;
      for (let t = 0; t <= n; t++) {
        const g = t < n ? s.gold[t]! : -1;
        const p = t < n ? pred[t]! : -1;
        if (g !== p || prevG !== prevP) {
          const kg = (prevG + 1) * L1 + g + 1;
          const kp = (prevP + 1) * L1 + p + 1;
          tw[kg] = tw[kg]! + 1; tu[kg] = tu[kg]! + c;
          tw[kp] = tw[kp]! - 1; tu[kp] = tu[kp]! - c;
        }
        if (t < n && g !== p) {
          const hide = drop && dropped[t] === 1;
          for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
            if (hide && droppable![s.ids[k]!]) continue;
            const base = s.ids[k]! * L;
            w[base + g] = w[base + g]! + 1; u[base + g] = u[base + g]! + c;
            w[base + p] = w[base + p]! - 1; u[base + p] = u[base + p]! - c;
          }
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    options.onEpoch?.(epoch, average());
  }
  return average();
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

