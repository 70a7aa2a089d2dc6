/**
 * The `timex` suite: time expressions against TimeML gold (TimeBank + AQUAINT), scored as TempEval-3
 * does: span F1 with relaxed (any overlap) and strict (same extent) matching, type accuracy over the
 * relaxed matches, and value F1 (a relaxed match with the same value). Each document is normalized
 * against its own creation time. sitrep runs as `sitrep analyze FILE --published DCT` does (the whole
 * pipeline; every time expression it outputs is scored, unresolved event anchors included, as the rule
 * drops nothing); bare chrono-node runs side by side on the same text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../errors.js';
import { bareChrono } from '../time/baseline.js';
import { analyzeText, rawOf } from './pipeline.js';
import type { EvalResult, Suite } from './suites.js';
import { readTimeML, type GoldTimex } from './timeml.js';

interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value: string | null;
}

export interface TimexCounts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  typeRight: number;
  valueRight: number;
}

export interface TimexError {
  kind: 'missed' | 'spurious' | 'extent' | 'value' | 'type';
  gold: string;
  system: string;
}

const empty = (): TimexCounts => ({ gold: 0, system: 0, relaxed: 0, strict: 0, typeRight: 0, valueRight: 0 });

/** One-to-one matching in text order: each gold expression takes the first unused overlapping one. */
export function scoreDocument(text: string, gold: GoldTimex[], system: SystemTimex[], counts: TimexCounts, errors: TimexError[]): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Set<number>();
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
    const s = system[i];
    if (!s) {
      errors.push({ kind: 'missed', gold: `${g.text} [${g.type} ${g.value}]`, system: '' });
      continue;
    }
    used.add(i);
    const shown = `${text.slice(s.start, s.end)} [${s.type} ${s.value}]`;
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    else errors.push({ kind: 'extent', gold: g.text, system: text.slice(s.start, s.end) });
    if (s.type === g.type) counts.typeRight++;
    else errors.push({ kind: 'type', gold: `${g.text} [${g.type}]`, system: shown });
    if (s.value === g.value) counts.valueRight++;
    else errors.push({ kind: 'value', gold: `${g.text} [${g.value}]`, system: shown });
  }
  system.forEach((s, k) => {
    if (!used.has(k)) errors.push({ kind: 'spurious', gold: '', system: `${text.slice(s.start, s.end)} [${s.type} ${s.value}]` });
  });
}

export function timexFigures(c: TimexCounts): Record<string, number> {
  const f1 = (n: number) => (c.gold + c.system === 0 ? 0 : (2 * n) / (c.gold + c.system));
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    strict_f1: round(f1(c.strict)),
    relaxed_f1: round(f1(c.relaxed)),
    type_accuracy: round(c.relaxed === 0 ? 0 : c.typeRight / c.relaxed),
    value_f1: round(f1(c.valueRight)),
    strict_precision: round(c.system === 0 ? 0 : c.strict / c.system),
    strict_recall: round(c.gold === 0 ? 0 : c.strict / c.gold),
  };
}

function tmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw createError('NO_DATA', `${dir} not found; pass --data PATH/TO/shared/eval/timex/tbaq`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tml')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** `--split`: `all` (default), or `every:N` for a fixed subset (every N-th file in name order). */
function pick(files: string[], split: string | undefined): string[] {
  const every = /^every:(\d+)$/.exec(split ?? '');
  if (!every) return files;
  const n = Number(every[1]);
  return files.filter((_, i) => i % n === 0);
}

export async function evaluateTimex(dir: string, split?: string): Promise<{ sitrep: TimexCounts; chrono: TimexCounts; errors: TimexError[]; files: number }> {
  const files = pick(tmlFiles(dir), split);
  const sitrep = empty();
  const chrono = empty();
  const errors: TimexError[] = [];
  for (const file of files) {
    const doc = readTimeML(readFileSync(file, 'utf8'));
    const analysis = analyzeText(doc.text, file, doc.dct ? { published: doc.dct } : {});
    const times = (analysis.annotations?.times ?? []).map((t) => {
      const [start, end] = rawOf(t.span);
      return { start, end, type: t.type, value: t.value };
    });
    scoreDocument(doc.text, doc.timexes, times, sitrep, errors);
    scoreDocument(doc.text, doc.timexes, bareChrono(doc.text, doc.dct), chrono, []);
  }
  return { sitrep, chrono, errors, files: files.length };
}

/** The most frequent errors of each kind, for the table. */
function errorTable(errors: TimexError[], perKind: number): string[] {
  const lines: string[] = [];
  for (const kind of ['missed', 'spurious', 'extent', 'value', 'type'] as const) {
    const counts = new Map<string, number>();
    for (const e of errors) if (e.kind === kind) {
      const key = `${e.gold.toLowerCase()} → ${e.system.toLowerCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = errors.filter((e) => e.kind === kind).length;
    lines.push(`  ${kind}: ${total}`);
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, perKind)) lines.push(`    ${String(n).padStart(3)}  ${k}`);
  }
  return lines;
}

export const timexSuite: Suite = {
  description: 'time expressions against TimeML (TimeBank + AQUAINT), TempEval-3 scoring',
  defaultData: 'eval/timex/tbaq',
  async run(data, options): Promise<EvalResult> {
    const r = await evaluateTimex(data, options.split);
    const s = timexFigures(r.sitrep);
    const c = timexFigures(r.chrono);
    const figures: Record<string, number> = {};
    for (const [k, v] of Object.entries(s)) figures[k] = v;
    for (const [k, v] of Object.entries(c)) figures[`chrono_${k}`] = v;
    for (const k of ['strict_f1', 'relaxed_f1', 'value_f1'] as const) figures[`margin_${k}`] = Math.round((s[k]! - c[k]!) * 1e4) / 1e4;
    const row = (name: string, f: Record<string, number>, n: TimexCounts) =>
      `${name.padEnd(18)} ${[f.strict_f1, f.relaxed_f1, f.type_accuracy, f.value_f1].map((x) => x!.toFixed(3).padStart(9)).join(' ')}  ${String(n.system).padStart(6)}`;
    const table = [
      `${r.files} documents, ${r.sitrep.gold} gold expressions`,
      `contender          strict F1 relaxed F1 type acc  value F1  found`,
      row('sitrep', s, r.sitrep),
      row('bare chrono-node', c, r.chrono),
      'sitrep: the whole pipeline, as `sitrep analyze FILE --published DCT`; every expression it outputs is scored',
      'most frequent sitrep errors (gold → sitrep):',
      ...errorTable(r.errors, Number(process.env.SITREP_TIMEX_ERRORS ?? 8)),
    ];
    return { table, figures, summary: `timex: sitrep value F1 ${s.value_f1!.toFixed(3)}, strict span F1 ${s.strict_f1!.toFixed(3)} (bare chrono-node ${c.value_f1!.toFixed(3)}, ${c.strict_f1!.toFixed(3)}) on ${r.files} TimeML documents` };
  },
};
