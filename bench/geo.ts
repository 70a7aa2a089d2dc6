/**
 * The places stage's resolver on LGL's gold toponym spans: toponyms resolved a second (context
 * scoring and relations included, whole documents at a time), beside the population baseline in the
 * same run; the gazetteer's load time and the resident memory after it, measured in a fresh process
 * (the first thing this one does). Ends with one summary line.
 *
 *   node --import tsx bench/geo.ts [--data ../shared/eval/geo/lgl.xml] [--rounds 3] [--json]
 */
import { readFileSync } from 'node:fs';
import { readLgl } from '../src/eval/lgl.js';
import { populationBaseline } from '../src/geo/baseline.js';
import { loadGazetteer } from '../src/geo/gazetteer.js';
import { resolveSpans } from '../src/geo/places.js';
import { args, flag, sharedPath } from './args.js';

/** The targets. */
const TARGET_PER_S = 5000;
const TARGET_LOAD_MS = 1500;
const TARGET_RSS_MB = 300;

const rssBefore = process.memoryUsage().rss / 1e6;
const t0 = performance.now();
const g = loadGazetteer();
const loadMs = performance.now() - t0;
const rssMb = process.memoryUsage().rss / 1e6;

const DATA = flag('--data') ?? sharedPath('eval', 'geo', 'lgl.xml');
const ROUNDS = Number(flag('--rounds') ?? 3);
const docs = readLgl(readFileSync(DATA, 'utf8')).map((a) => ({ text: a.text, spans: a.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.phrase })) }));
const toponyms = docs.reduce((n, d) => n + d.spans.length, 0);

function time(run: () => void): number {
  run(); // warm-up
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const sitrepMs = time(() => { for (const d of docs) resolveSpans(g, d.text, d.spans); });
const baselineMs = time(() => { for (const d of docs) for (const s of d.spans) populationBaseline(g, s.text); });
const peakMb = process.memoryUsage().rss / 1e6;
const rate = (ms: number) => Math.round((toponyms / ms) * 1000);

console.log(`${docs.length} LGL documents, ${toponyms} toponyms (gold spans), best of ${ROUNDS} rounds`);
console.log(`contender             toponyms/s`);
console.log(`sitrep (in context)   ${String(rate(sitrepMs)).padStart(10)}`);
console.log(`population baseline   ${String(rate(baselineMs)).padStart(10)}`);
console.log(`gazetteer: ${g.data.count} places, load ${Math.round(loadMs)} ms (target ≤ ${TARGET_LOAD_MS}), RSS ${Math.round(rssMb)} MB after load (${Math.round(rssBefore)} MB before; target ≤ ${TARGET_RSS_MB}), ${Math.round(peakMb)} MB at the end`);
const summary = { toponyms_per_s: rate(sitrepMs), baseline_per_s: rate(baselineMs), load_ms: Math.round(loadMs), rss_mb: Math.round(rssMb), peak_rss_mb: Math.round(peakMb) };
console.log(`geo: ${summary.toponyms_per_s} toponyms/s (target ${TARGET_PER_S}), load ${summary.load_ms} ms, ${summary.rss_mb} MB resident`);
if (args.includes('--json')) console.log(JSON.stringify(summary));
