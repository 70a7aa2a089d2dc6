/** The conlleval rule: a name counts only if both its extent and its type are exactly right; precision,
 * recall and F1 per type and micro-averaged over all types. */
import type { TokenSpan } from './labels.js';
import { TYPES } from './labels.js';

export interface Counts {
  gold: number;
  system: number;
  correct: number;
}

export type Score = Record<string, Counts>;

export function emptyScore(): Score {
  return Object.fromEntries(['ALL', ...TYPES].map((t) => [t, { gold: 0, system: 0, correct: 0 }]));
}

export function scoreSentence(score: Score, gold: readonly TokenSpan[], system: readonly TokenSpan[]): void {
  const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.map(key));
  for (const s of gold) { score[s.type]!.gold++; score.ALL!.gold++; }
  for (const s of system) {
    const c = score[s.type];
    if (!c) continue;
    c.system++;
    score.ALL!.system++;
    if (g.has(key(s))) { c.correct++; score.ALL!.correct++; }
  }
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.system ? c.correct / c.system : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
