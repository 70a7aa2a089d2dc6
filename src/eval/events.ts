/**
 * `sitrep eval events`: event typing on the CASE 2021 task 2 snippets (`id, EventSnippet, SubType`,
 * tab-separated): weighted F1 over the sub-types (each class's F1 weighted by its gold count),
 * macro F1 and accuracy, beside the majority-class baseline, and the confusion among the most
 * frequent classes. The snippets are for evaluation only: the typer's cues are never fitted to them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../errors.js';
import { classifyEvent } from '../events/typer/classify.js';
import type { EvalResult, Suite } from './suites.js';

export interface Snippet {
  id: string;
  text: string;
  gold: string;
}

export function readSnippets(path: string): Snippet[] {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'dev.tsv') : path;
  if (!existsSync(file)) throw createError('NO_DATA', `${file} not found; pass --data PATH/TO/shared/eval/events/case2021/dev.tsv`);
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: Snippet[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 3) throw createError('NO_DATA', `${file}:${i + 1}: expected id, EventSnippet and SubType separated by tabs`);
    out.push({ id: cols[0]!, text: cols.slice(1, -1).join('\t'), gold: cols.at(-1)!.trim() });
  }
  return out;
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Per-class precision, recall and F1; weighted F1 (by gold support), macro F1 and accuracy. */
export function classificationScores(gold: readonly string[], predicted: readonly string[]) {
  const classes = [...new Set(gold)].sort();
  const perClass = new Map<string, ClassScores>();
  for (const c of classes) {
    let [tp, fp, fn] = [0, 0, 0];
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass.set(c, { precision, recall, f1, support: tp + fn });
  }
  const n = gold.length;
  const weightedF1 = [...perClass.values()].reduce((s, c) => s + c.f1 * c.support, 0) / n;
  const macroF1 = [...perClass.values()].reduce((s, c) => s + c.f1, 0) / classes.length;
  const accuracy = gold.filter((g, i) => predicted[i] === g).length / n;
  return { perClass, weightedF1, macroF1, accuracy };
}

export function evaluateEvents(path: string) {
  const snippets = readSnippets(path);
  classifyEvent('warm-up: the model loads once');
  const t0 = performance.now();
  const results = snippets.map((s) => classifyEvent(s.text));
  const seconds = (performance.now() - t0) / 1000;
  const predicted = results.map((r) => r.subtype as string);
  const gold = snippets.map((s) => s.gold);
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    snippets,
    predicted,
    seconds,
    sitrep: classificationScores(gold, predicted),
    rulesAlone: classificationScores(gold, results.map((r) => r.rules.subtype)),
    modelAlone: classificationScores(gold, results.map((r) => r.model.subtype)),
    majority: classificationScores(gold, gold.map(() => majority)),
    majorityClass: majority,
  };
}

/** Rows gold, columns predicted, over the `top` most frequent gold classes (others folded into "other"). */
function confusion(gold: readonly string[], predicted: readonly string[], top: number): string[] {
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  const classes = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([c]) => c);
  const key = (c: string) => (classes.includes(c) ? c : '(other)');
  const cols = [...classes, '(other)'];
  const cell = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    if (!classes.includes(gold[i]!)) continue;
    const k = `${gold[i]}|${key(predicted[i]!)}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  const short = (c: string) => c.slice(0, 6);
  const lines = [`${'gold \\ predicted'.padEnd(30)}${cols.map((c) => short(c).padStart(7)).join('')}`];
  for (const g of classes) lines.push(`${g.padEnd(30)}${cols.map((c) => String(cell.get(`${g}|${c}`) ?? '.').padStart(7)).join('')}`);
  return lines;
}

export const eventsSuite: Suite = {
  description: 'event typing against CASE 2021 task 2 snippets (ACLED sub-types and five others), weighted F1',
  defaultData: 'eval/events/case2021/dev.tsv',
  async run(data): Promise<EvalResult> {
    const r = evaluateEvents(data);
    const gold = r.snippets.map((s) => s.gold);
    const f = (x: number) => x.toFixed(3).padStart(9);
    const table = [
      `${r.snippets.length} snippets, ${r.sitrep.perClass.size} classes`,
      `contender              weighted F1  macro F1  accuracy  snippets/s`,
      `sitrep (cue, model)    ${f(r.sitrep.weightedF1)}  ${f(r.sitrep.macroF1)} ${f(r.sitrep.accuracy)}  ${(r.snippets.length / r.seconds).toFixed(0).padStart(10)}`,
      `  codebook cues alone  ${f(r.rulesAlone.weightedF1)}  ${f(r.rulesAlone.macroF1)} ${f(r.rulesAlone.accuracy)}`,
      `  trained model alone  ${f(r.modelAlone.weightedF1)}  ${f(r.modelAlone.macroF1)} ${f(r.modelAlone.accuracy)}  (ACLED's 24 sub-types of the notes only)`,
      `majority class         ${f(r.majority.weightedF1)}  ${f(r.majority.macroF1)} ${f(r.majority.accuracy)}  (${r.majorityClass})`,
      'sitrep: the events stage\'s typer on each snippet (CASE measures typing of given events; detection is measured by `sitrep eval news`)',
      'published (not runnable here): CASE 2021 task 2 best, fine-tuned transformer: 0.839 weighted F1 on 25 classes, 0.771 on 30',
      'per class:                          P        R       F1  support',
      ...[...r.sitrep.perClass].sort((a, b) => b[1].support - a[1].support).map(([c, s]) => `  ${c.padEnd(30)} ${s.precision.toFixed(2).padStart(6)} ${s.recall.toFixed(2).padStart(8)} ${s.f1.toFixed(2).padStart(8)} ${String(s.support).padStart(8)}`),
      'confusion among the 10 most frequent classes:',
      ...confusion(gold, r.predicted, 10),
    ];
    return {
      table,
      figures: { weighted_f1: r.sitrep.weightedF1, macro_f1: r.sitrep.macroF1, accuracy: r.sitrep.accuracy, rules_weighted_f1: r.rulesAlone.weightedF1, model_weighted_f1: r.modelAlone.weightedF1, majority_weighted_f1: r.majority.weightedF1, margin_weighted_f1: r.sitrep.weightedF1 - r.majority.weightedF1 },
      summary: `events: sitrep weighted F1 ${r.sitrep.weightedF1.toFixed(3)} (majority class ${r.majority.weightedF1.toFixed(3)}) on ${r.snippets.length} CASE 2021 snippets, ${r.sitrep.perClass.size} classes`,
    };
  },
};
