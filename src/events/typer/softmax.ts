/**
 * Multinomial logistic regression (softmax) over sparse binary features, trained by stochastic
 * gradient descent with AdaGrad step sizes and an L2 penalty applied to the weights an example
 * touches. It gives probabilities, which the events stage needs to weigh the model against the
 * codebook's cues and to abstain. Deterministic: examples are visited in a seeded shuffled order and
 * every sum is taken in a fixed order.
 */
import { mulberry32 } from '../../random.js';

export interface Example {
  /** Feature ids, each at most once. */
  ids: Int32Array;
  label: number;
  /** How much the example counts (class balance). */
  weight: number;
}

export interface SoftmaxOptions {
  epochs: number;
  seed: number;
  /** Base step size of AdaGrad. */
  rate: number;
  /** L2 penalty per update on the touched weights. */
  l2: number;
  /** Features (by id, 1 = may be dropped) left out of an example at random with this probability, so
   * the model cannot lean on a few words alone and learns the cues beside them. */
  dropout?: { rate: number; droppable: Uint8Array };
  onEpoch?: (epoch: number, weights: Float32Array) => void;
}

/** `weights[f * labels + l]`; the scores of one example's features. */
export function scores(ids: ArrayLike<number>, weights: ArrayLike<number>, labels: number, out = new Float64Array(labels)): Float64Array {
  out.fill(0);
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * labels;
    for (let l = 0; l < labels; l++) out[l] = out[l]! + weights[base + l]!;
  }
  return out;
}

/** Scores to probabilities, in place. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of z) max = Math.max(max, x);
  let sum = 0;
  for (let l = 0; l < z.length; l++) {
    z[l] = Math.exp(z[l]! - max);
    sum += z[l]!;
  }
  for (let l = 0; l < z.length; l++) z[l] = z[l]! / sum;
  return z;
}

export function trainSoftmax(data: readonly Example[], features: number, labels: number, options: SoftmaxOptions): Float32Array {
  const w = new Float64Array(features * labels);
  const g2 = new Float64Array(features * labels).fill(1e-8);
  const order = data.map((_, i) => i);
  const random = mulberry32(options.seed);
  const z = new Float64Array(labels);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const ex = data[i]!;
      const ids = options.dropout ? thin(ex.ids, options.dropout, random) : ex.ids;
      softmax(scores(ids, w, labels, z));
      for (let k = 0; k < ids.length; k++) {
        const base = ids[k]! * labels;
        for (let l = 0; l < labels; l++) {
          const j = base + l;
          const grad = ex.weight * (z[l]! - (l === ex.label ? 1 : 0)) + options.l2 * w[j]!;
          g2[j] = g2[j]! + grad * grad;
          w[j] = w[j]! - (options.rate * grad) / Math.sqrt(g2[j]!);
        }
      }
    }
    options.onEpoch?.(epoch, Float32Array.from(w));
  }
  return Float32Array.from(w);
}

function thin(ids: Int32Array, dropout: { rate: number; droppable: Uint8Array }, random: () => number): Int32Array {
  const kept = ids.filter((id) => dropout.droppable[id] === 0 || random() >= dropout.rate);
  return kept.length > 0 ? kept : ids;
}


function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
