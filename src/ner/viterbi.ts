/**
 * First-order Viterbi decoding over emission scores and a transition table. The table has one row and
 * one column more than there are labels: index 0 stands for the sentence's start (as a row) and end (as
 * a column); ill-formed transitions (I after O, E of another type) hold -Infinity and are never taken.
 */

/** `emissions[t * L + l]`: score of label l at token t. `transitions[(a + 1) * (L + 1) + (b + 1)]`. */
export function viterbi(emissions: Float64Array | Float32Array, n: number, L: number, transitions: Float64Array | Float32Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const L1 = L + 1;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let b = 0; b < L; b++) score[b] = transitions[b + 1]! + emissions[b]!;
  for (let t = 1; t < n; t++) {
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        const s = score[(t - 1) * L + a]! + transitions[(a + 1) * L1 + b + 1]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[t * L + b] = best + emissions[t * L + b]!;
      back[t * L + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let a = 0; a < L; a++) {
    const s = score[(n - 1) * L + a]! + transitions[(a + 1) * L1]!;
    if (s > best) {
      best = s;
      arg = a;
    }
  }
  out[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]!]!;
  return out;
}
