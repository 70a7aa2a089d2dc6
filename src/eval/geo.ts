/**
 * The `geo` suite: toponym resolution on LGL, scored as the literature does (Gritta et al. 2018):
 * over toponyms with gold coordinates, the share resolved within 161 km (Acc@161), the mean and
 * median error in km, and the area under the curve of the scaled log error (AUC, lower is better).
 * A toponym left unresolved counts as the largest error on Earth (20,039 km). Two settings: gold spans
 * given (resolution alone) and end to end (sitrep finds the toponyms itself; a gold toponym it does
 * not find is unresolved). The population baseline runs on the gold spans in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createError } from '../errors.js';
import { populationBaseline } from '../geo/baseline.js';
import { distanceKm } from '../geo/distance.js';
import { loadGazetteer, type Gazetteer } from '../geo/gazetteer.js';
import { resolveSpans } from '../geo/places.js';
import { detectToponyms } from '../geo/detect.js';
import type { Resolution } from '../geo/types.js';
import { readLgl, type GoldArticle, type GoldToponym } from './lgl.js';
import type { EvalResult, Suite } from './suites.js';

export const MAX_ERROR_KM = 20039;
export const ACC_KM = 161;

export interface GeoFigures {
  n: number;
  acc161: number;
  mean_km: number;
  median_km: number;
  auc: number;
  resolved: number;
}

export function geoFigures(errors: number[], resolved: number): GeoFigures {
  const e = [...errors].sort((a, b) => a - b);
  const n = e.length;
  const round = (x: number, k = 4) => Math.round(x * 10 ** k) / 10 ** k;
  const scaled = e.map((x) => Math.log(x + 1) / Math.log(MAX_ERROR_KM));
  let area = 0;
  for (let i = 1; i < n; i++) area += (scaled[i - 1]! + scaled[i]!) / 2;
  const median = n === 0 ? 0 : n % 2 ? e[(n - 1) / 2]! : (e[n / 2 - 1]! + e[n / 2]!) / 2;
  return {
    n,
    acc161: round(n ? e.filter((x) => x <= ACC_KM).length / n : 0),
    mean_km: round(n ? e.reduce((a, b) => a + b, 0) / n : 0, 1),
    median_km: round(median, 1),
    auc: round(n > 1 ? area / (n - 1) : 0),
    resolved: round(n ? resolved / n : 0),
  };
}

const errorOf = (t: GoldToponym, r: Resolution | undefined) =>
  r && r.lat !== null && r.lon !== null ? distanceKm(t.lat!, t.lon!, r.lat, r.lon) : MAX_ERROR_KM;

/** `--split`: `all` (default), or `every:N` for a fixed subset (every N-th article in file order). */
function pick(articles: GoldArticle[], split: string | undefined): GoldArticle[] {
  const every = /^every:(\d+)$/.exec(split ?? '');
  return every ? articles.filter((_, i) => i % Number(every[1]) === 0) : articles;
}

export interface GeoRun {
  gold: { sitrep: number[]; baseline: number[]; resolvedSitrep: number; resolvedBaseline: number };
  endToEnd: { errors: number[]; resolved: number; found: number; spurious: number };
  mistakes: string[];
  articles: number;
}

export function evaluateGeo(g: Gazetteer, articles: GoldArticle[]): GeoRun {
  const run: GeoRun = { gold: { sitrep: [], baseline: [], resolvedSitrep: 0, resolvedBaseline: 0 }, endToEnd: { errors: [], resolved: 0, found: 0, spurious: 0 }, mistakes: [], articles: articles.length };
  for (const a of articles) {
    const spans = a.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.phrase }));
    const sitrep = resolveSpans(g, a.text, spans);
    const detected = detectToponyms(g, a.text, { demonyms: true });
    const e2e = resolveSpans(g, a.text, detected);
    a.toponyms.forEach((t, i) => {
      if (t.lat === null || t.lon === null) return;
      const r = sitrep[i];
      const err = errorOf(t, r);
      run.gold.sitrep.push(err);
      if (r?.lat !== null) run.gold.resolvedSitrep++;
      if (err > ACC_KM) run.mistakes.push(`${t.phrase} [${t.fcode} ${t.country}] → ${r?.name ?? '-'} ${r?.featureType ?? ''} ${r?.country ?? ''}.${r?.admin1 ?? ''} (${r?.rule}) ${Math.round(err)} km`);
      const b = populationBaseline(g, t.phrase);
      run.gold.baseline.push(errorOf(t, b));
      if (b.lat !== null) run.gold.resolvedBaseline++;
      const k = detected.findIndex((s) => s.start < t.end && t.start < s.end);
      if (k >= 0) run.endToEnd.found++;
      const er = k >= 0 ? e2e[k] : undefined;
      run.endToEnd.errors.push(errorOf(t, er));
      if (er?.lat !== null && er !== undefined) run.endToEnd.resolved++;
    });
    run.endToEnd.spurious += detected.filter((s) => !a.toponyms.some((t) => s.start < t.end && t.start < s.end)).length;
  }
  return run;
}

export const geoSuite: Suite = {
  description: 'toponym resolution on LGL (Acc@161, mean/median km, AUC), gold spans and end to end, with the population baseline',
  defaultData: 'eval/geo/lgl.xml',
  async run(data, options): Promise<EvalResult> {
    if (!existsSync(data)) throw createError('NO_DATA', `${data} not found; pass --data PATH/TO/shared/eval/geo/lgl.xml`);
    const articles = pick(readLgl(readFileSync(data, 'utf8')), options.split);
    const g = loadGazetteer();
    const r = evaluateGeo(g, articles);
    const s = geoFigures(r.gold.sitrep, r.gold.resolvedSitrep);
    const b = geoFigures(r.gold.baseline, r.gold.resolvedBaseline);
    const e = geoFigures(r.endToEnd.errors, r.endToEnd.resolved);
    const figures: Record<string, number> = {};
    for (const [k, v] of Object.entries(s)) figures[k] = v;
    for (const [k, v] of Object.entries(b)) figures[`baseline_${k}`] = v;
    for (const [k, v] of Object.entries(e)) figures[`e2e_${k}`] = v;
    figures.e2e_found = Math.round((r.endToEnd.found / Math.max(1, e.n)) * 1e4) / 1e4;
    figures.e2e_spurious = r.endToEnd.spurious;
    const row = (name: string, f: GeoFigures) =>
      `${name.padEnd(30)} ${f.acc161.toFixed(3).padStart(7)} ${f.mean_km.toFixed(0).padStart(8)} ${f.median_km.toFixed(1).padStart(9)} ${f.auc.toFixed(3).padStart(6)} ${f.resolved.toFixed(3).padStart(9)}`;
    const table = [
      `${r.articles} articles, ${s.n} toponyms with gold coordinates`,
      `contender                       Acc@161  mean km  median km    AUC  resolved`,
      row('sitrep, gold spans', s),
      row('population baseline, gold', b),
      row('sitrep, end to end', e),
      `end to end: ${r.endToEnd.found} of ${e.n} gold toponyms found (${(100 * figures.e2e_found).toFixed(1)}%), ${r.endToEnd.spurious} found that are not gold toponyms`,
      'published on LGL, gold spans: CamCoder 0.76, Edinburgh 0.76, Yahoo 0.72, CLAVIN 0.71, population 0.70; Mordecai3 0.827',
      'most frequent sitrep misses (gold spans):',
      ...topMistakes(r.mistakes, Number(process.env.SITREP_GEO_ERRORS ?? 12)),
    ];
    return { table, figures, summary: `geo: sitrep Acc@161 ${s.acc161.toFixed(3)} with gold spans (population baseline ${b.acc161.toFixed(3)}), ${e.acc161.toFixed(3)} end to end, on ${r.articles} LGL articles` };
  },
};

function topMistakes(mistakes: string[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const m of mistakes) {
    const key = m.replace(/ \d+ km$/, '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k, c]) => `  ${String(c).padStart(3)}  ${k}`);
}
