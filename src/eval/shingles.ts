/**
 * The main-content scoring rule of the ScrapingHub article-extraction benchmark, as EVAL.md states it:
 * tokens are `\w+` runs; a page's text is the multiset of its 4-token shingles; per page, true
 * positives, false positives and false negatives are normalized to sum to 1; precision and recall are
 * each averaged over pages, and F1 is computed from those two averages.
 */

const SHINGLE = 4;

/** The multiset of 4-token shingles of a text. A text of 1–3 tokens is one shingle of what it has. */
export function shingles(text: string): Map<string, number> {
  const words = text.match(/\w+/gu) ?? [];
  const bag = new Map<string, number>();
  const add = (key: string) => bag.set(key, (bag.get(key) ?? 0) + 1);
  if (words.length > 0 && words.length < SHINGLE) add(words.join(' '));
  for (let i = 0; i + SHINGLE <= words.length; i++) add(words.slice(i, i + SHINGLE).join(' '));
  return bag;
}

export interface PageScore {
  precision: number;
  recall: number;
}

/**
 * One page. An empty prediction against a non-empty gold scores precision 0 and recall 0; an empty
 * prediction against an empty gold scores 1 and 1 (nothing to find, nothing invented).
 */
export function scorePage(predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of p) {
    const m = g.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of g) fn += Math.max(0, m - (p.get(key) ?? 0));
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  // Normalizing to sum 1 does not change the two ratios; it is what makes every page weigh the same.
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

export interface SetScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export function averageScores(scores: readonly PageScore[]): SetScore {
  const n = scores.length;
  const precision = n === 0 ? 0 : scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = n === 0 ? 0 : scores.reduce((s, x) => s + x.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: n, precision, recall, f1 };
}
