/**
 * The `news` suite: sitrep end to end on real war reports with a hand-made gold of every layer
 * (`corpus/ukraine2014-dev`, the development set, by default; the seeds with `--split seeds`; both with
 * `--split all`), scored by the rules of `../shared/tools/score_realistic.py`, ported here and checked
 * against it to the item (`news.test.ts`). Per layer: gold items, found (recall), right (accuracy among
 * found), system items, matched (precision); per attribute, right of found.
 */
import type { EvalResult, Suite } from '../suites.js';
import { INFO } from './record.js';
import { analyses, newsSets, type NewsSet } from './run.js';
import { scoreSet, setFigures, type SetFigures, type SetScore } from './score.js';
import { LAYERS } from './types.js';

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_');

/** The figures as flat numbers, `SET_LAYER_FIGURE`: counts, rates, each attribute's share right, each
 * subset's precision, and `_false`, the system items that match no gold item (lower is better). */
export function flatFigures(name: string, f: SetFigures): Record<string, number> {
  const out: Record<string, number> = { [`${name}_failed`]: Object.keys(f.failed).length };
  for (const layer of LAYERS) {
    const l = f[layer];
    const p = `${name}_${layer}`;
    for (const k of ['gold', 'found', 'checkable', 'right', 'system', 'matched', 'skipped'] as const) out[`${p}_${k}`] = l[k];
    for (const k of ['recall', 'accuracy', 'precision'] as const) if (l[k] !== null) out[`${p}_${k}`] = l[k];
    out[`${p}_false`] = l.system - l.matched;
    for (const [a, [right, of]] of Object.entries(l.attributes)) if (of) out[`${p}_${key(a)}`] = right / of;
    for (const [s, [matched, of]] of Object.entries(l.subsets)) {
      if (of) out[`${p}_${key(s)}_precision`] = matched / of;
      out[`${p}_${key(s)}_false`] = of - matched;
    }
  }
  return out;
}

function layerTable(name: string, s: SetScore): string[] {
  const row = (cells: Array<string | number>) => cells.map((c, i) => (i === 0 ? String(c).padEnd(28) : String(c).padStart([6, 7, 8, 10, 8, 8, 7, 8][i - 1]!))).join('');
  const lines = [`${name} (${s.gold.documents.length} documents): layer | gold | found (recall) | right (accuracy among found) | system items | precision`,
    row(['layer', 'gold', 'found', 'recall', 'right', 'acc', 'system', 'match', 'prec'])];
  const failed = Object.keys(s.failed);
  if (failed.length) lines.push(`!! sitrep gave no analysis for ${failed.length} documents (${failed.join(', ')}): their gold items count as not found`);
  for (const layer of LAYERS) {
    const r = s.total[layer];
    const n = r.n;
    if (r.na) {
      lines.push(`${layer.padEnd(28)}${String(n.gold).padStart(6)}  NOT SCORED: ${r.na}`);
      continue;
    }
    lines.push(row([layer, n.gold, n.found, pct(n.found, n.gold), `${n.right}/${n.checkable}`, pct(n.right, n.checkable), n.system, n.matched, pct(n.matched, n.system)]));
    for (const [k, [a, b]] of r.attrs) lines.push(row([`  .${k}${INFO.has(k) ? ' (info)' : ''}`, '', '', '', `${a}/${b}`, pct(a, b), '', '', '']));
    for (const [k, [a, b]] of r.subsets) lines.push(row([`  .${k}`, '', '', '', '', '', b, a, pct(a, b)]));
  }
  const skipped = LAYERS.reduce((n, l) => n + s.total[l].skipped.length, 0);
  if (!(s.gold.format ?? '').includes('every')) lines.push('  This gold does not claim to list every item: its precision figures are lower bounds.');
  if (skipped) lines.push(`  ${skipped} gold items skipped: they occur only in lines the gold marks as boilerplate.`);
  return lines;
}

function details(name: string, s: SetScore, misses: number): string[] {
  const lines = [`==================== ${name}: ${s.gold.documents.length} documents ====================`];
  for (const [doc, err] of Object.entries(s.failed)) lines.push(`SITREP FAILED on ${doc}: ${err}`);
  for (const [layer, what] of [['quantities', 'INVENTED casualty figures (casualty-type, matching no gold quantity)'], ['events', 'FALSE-POSITIVE events (matching no gold event)']] as const) {
    lines.push(`-- ${what}: ${s.total[layer].spurious.length}`, ...s.total[layer].spurious.map((m) => `  ${m}`));
  }
  for (const layer of LAYERS) {
    const m = s.total[layer].misses;
    lines.push(`-- ${layer}: misses and wrong attributes (${Math.min(misses, m.length)} of ${m.length})`, ...m.slice(0, misses).map((x) => `  ${x}`));
  }
  return lines;
}

export interface NewsRun { sets: NewsSet[]; scores: SetScore[]; figures: Record<string, SetFigures> }

/** Scores the sets `--split` names (see `newsSets`). */
export async function runNews(data: string, split: string | undefined, options: { save?: string; load?: string } = {}): Promise<NewsRun> {
  const sets = newsSets(data, split);
  const scores: SetScore[] = [];
  for (const set of sets) scores.push(scoreSet(set.gold, await analyses(set, options)));
  return { sets, scores, figures: Object.fromEntries(sets.map((set, i) => [set.name, setFigures(scores[i]!)])) };
}

export const newsSuite: Suite = {
  description: 'end to end on real war reports (ukraine2014-dev; seeds with --split seeds, both with --split all): every layer\'s recall, accuracy and precision, by the rules of score_realistic.py',
  defaultData: 'corpus/ukraine2014-dev',
  async run(data, options): Promise<EvalResult> {
    const r = await runNews(data, options.split, { ...(options.save ? { save: options.save } : {}), ...(options.load ? { load: options.load } : {}) });
    const table: string[] = [];
    const figures: Record<string, number> = {};
    r.sets.forEach((set, i) => {
      if (options.misses) table.push(...details(set.name, r.scores[i]!, options.misses));
      table.push(...layerTable(set.name, r.scores[i]!));
      Object.assign(figures, flatFigures(set.name, r.figures[set.name]!));
    });
    table.push('notes: entities right = all forms in one system entity (items with 2+ forms in the text); places: system',
      '  items are distinct toponyms, right = every resolved mention right; quantities: system items are casualty',
      '  figures only, sitrep kinds age/buildings/distance/votes/year count as \'other\'; events: found by trigger or',
      '  sentence, and one system event may find several gold events. sitrep runs as `sitrep analyze FILE --format json`.');
    const brief = (name: string) => LAYERS.map((l) => `${l} ${pct(r.figures[name]![l].found, r.figures[name]![l].gold)}/${pct(r.figures[name]![l].matched, r.figures[name]![l].system)}`).join(', ');
    return { table, figures, summary: `news: found/precision ${r.sets.map((s) => `${s.name}: ${brief(s.name)}`).join('; ')}` };
  },
};
