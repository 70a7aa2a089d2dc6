/**
 * The `geo` suite: toponym resolution on LGL, scored as the literature does (Gritta et al. 2018):
 * over toponyms with gold coordinates, the share resolved within 161 km (Acc@161), the mean and
 * median error in km, and the area under the curve of the scaled log error (AUC, lower is better).
 * A toponym left unresolved counts as the largest error on Earth (20,039 km). Settings: gold spans
 * given (resolution alone); end to end, the whole pipeline as `sitrep analyze` runs it (its places, by
 * their offsets in the input; a gold toponym it does not find is unresolved); and the places stage's
 * gazetteer finder alone (`toponymSpans` with no entity mentions, the stage's fallback), to tell the
 * finder's share from the entity tagger's. The population baseline runs on the gold spans in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createError } from '../errors.js';
import { populationBaseline } from '../geo/baseline.js';
import { distanceKm } from '../geo/distance.js';
import { loadGazetteer, type Gazetteer } from '../geo/gazetteer.js';
import { resolveSpans } from '../geo/places.js';
import { toponymSpans } from '../geo/stage.js';
import type { Resolution } from '../geo/types.js';
import { readLgl, type GoldArticle, type GoldToponym } from './lgl.js';
import { analyzeText, rawOf } from './pipeline.js';
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

const errorOf = (t: GoldToponym, r: Pick<Resolution, 'lat' | 'lon'> | undefined) =>
  r && r.lat !== null && r.lon !== null ? distanceKm(t.lat!, t.lon!, r.lat, r.lon) : MAX_ERROR_KM;

/** `--split`: `all` (default), or `every:N` for a fixed subset (every N-th article in file order). */
function pick(articles: GoldArticle[], split: string | undefined): GoldArticle[] {
  const every = /^every:(\d+)$/.exec(split ?? '');
  return every ? articles.filter((_, i) => i % Number(every[1]) === 0) : articles;
}

/** A setting where sitrep finds the toponyms itself: the errors over gold toponyms with coordinates,
 * how many of those it found and resolved, and its finds that are no gold toponym. */
interface FoundRun { errors: number[]; resolved: number; found: number; spurious: number }

export interface GeoRun {
  gold: { sitrep: number[]; baseline: number[]; resolvedSitrep: number; resolvedBaseline: number };
  endToEnd: FoundRun;
  finder: FoundRun;
  mistakes: string[];
  articles: number;
}

type Found = { start: number; end: number; lat: number | null; lon: number | null };

function scoreFound(run: FoundRun, a: GoldArticle, found: Found[]): void {
  for (const t of a.toponyms) {
    if (t.lat === null || t.lon === null) continue;
    const hit = found.find((s) => s.start < t.end && t.start < s.end);
    if (hit) run.found++;
    run.errors.push(errorOf(t, hit));
    if (hit && hit.lat !== null) run.resolved++;
  }
  run.spurious += found.filter((s) => !a.toponyms.some((t) => s.start < t.end && t.start < s.end)).length;
}

/** The places of the whole pipeline named by a name, by their offsets in the article as given (LGL marks
 * toponyms: a part of a place named by a description, "the eastern part of the country", is none). */
function pipelinePlaces(a: GoldArticle): Found[] {
  const analysis = analyzeText(a.text, `lgl:${a.id}`);
  return (analysis.annotations?.places ?? []).filter((p) => !p.described).map((p) => {
    const [start, end] = rawOf(p.span);
    return { start, end, lat: p.lat, lon: p.lon };
  });
}

export function evaluateGeo(g: Gazetteer, articles: GoldArticle[]): GeoRun {
  const empty = (): FoundRun => ({ errors: [], resolved: 0, found: 0, spurious: 0 });
  const run: GeoRun = { gold: { sitrep: [], baseline: [], resolvedSitrep: 0, resolvedBaseline: 0 }, endToEnd: empty(), finder: empty(), mistakes: [], articles: articles.length };
  for (const a of articles) {
    const spans = a.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.phrase }));
    const sitrep = resolveSpans(g, a.text, spans);
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
    });
    scoreFound(run.endToEnd, a, pipelinePlaces(a));
    const finds = toponymSpans({ text: a.text, sentences: [] });
    const resolved = resolveSpans(g, a.text, finds);
    scoreFound(run.finder, a, finds.map((s, i) => ({ start: s.start, end: s.end, lat: resolved[i]!.lat, lon: resolved[i]!.lon })));
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
    const f = geoFigures(r.finder.errors, r.finder.resolved);
    const figures: Record<string, number> = {};
    const share = (n: number, of: number) => Math.round((n / Math.max(1, of)) * 1e4) / 1e4;
    for (const [k, v] of Object.entries(s)) figures[k] = v;
    for (const [k, v] of Object.entries(b)) figures[`baseline_${k}`] = v;
    figures.margin_acc161 = Math.round((s.acc161 - b.acc161) * 1e4) / 1e4;
    for (const [prefix, run, fig] of [['e2e', r.endToEnd, e], ['finder', r.finder, f]] as const) {
      for (const [k, v] of Object.entries(fig)) figures[`${prefix}_${k}`] = v;
      figures[`${prefix}_found`] = share(run.found, fig.n);
      figures[`${prefix}_spurious`] = run.spurious;
    }
    const row = (name: string, x: GeoFigures) =>
      `${name.padEnd(34)} ${x.acc161.toFixed(3).padStart(7)} ${x.mean_km.toFixed(0).padStart(8)} ${x.median_km.toFixed(1).padStart(9)} ${x.auc.toFixed(3).padStart(6)} ${x.resolved.toFixed(3).padStart(9)}`;
    const finds = (name: string, run: FoundRun, n: number) =>
      `${name}: ${run.found} of ${n} gold toponyms found (${(100 * share(run.found, n)).toFixed(1)}%), ${run.spurious} found that are not gold toponyms`;
    const table = [
      `${r.articles} articles, ${s.n} toponyms with gold coordinates`,
      `contender                           Acc@161  mean km  median km    AUC  resolved`,
      row('sitrep, gold spans', s),
      row('population baseline, gold spans', b),
      row('sitrep, end to end (analyze)', e),
      row('places stage finder alone', f),
      finds('end to end (the pipeline: entity tagger and gazetteer finder)', r.endToEnd, e.n),
      finds('the places stage\'s gazetteer finder alone (its fallback without entity mentions)', r.finder, f.n),
      'LGL marks places inside organization names ("Madison County" in "Madison County Health Department"); the pipeline takes such names whole, as organizations',
      'published on LGL, gold spans: CamCoder 0.76, Edinburgh 0.76, Yahoo 0.72, CLAVIN 0.71, population 0.70; Mordecai3 0.827',
      'most frequent sitrep misses (gold spans):',
      ...topMistakes(r.mistakes, Number(process.env.SITREP_GEO_ERRORS ?? 12)),
    ];
    return { table, figures, summary: `geo: sitrep Acc@161 ${s.acc161.toFixed(3)} with gold spans (population baseline ${b.acc161.toFixed(3)}), ${e.acc161.toFixed(3)} end to end through analyze, on ${r.articles} LGL articles` };
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
