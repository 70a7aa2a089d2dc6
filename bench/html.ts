/**
 * `npm run bench` (second part): HTML pages to main text, sitrep's `extractHtml` (text, metadata and
 * date) beside raw Readability.js on linkedom (text only) and, when Debian's python3-readability is
 * installed, readability-lxml, on the same pages of the three extraction sets, in the same run. Each
 * contender runs in its own process, so its peak RSS is its own, after a warm-up pass over the first
 * pages; the JavaScript contenders take turns for three rounds and keep their fastest. Speed is
 * CPU time (user + system of the contender's process): on a shared machine, wall time mostly
 * measures the other jobs; wall time is shown beside it. Ends with one summary line.
 *
 *   node --import tsx bench/html.ts [--data ../shared/eval/extraction] [--rounds 3] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PYTHON, PYTHON_PEER, pythonPeerMissing } from '../src/eval/extraction.js';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('eval', 'extraction');
/** Pages in the warm-up pass. */
const WARMUP = 60;
/** Timed rounds per JavaScript contender. */
const ROUNDS = Number(flag('--rounds') ?? 3);

interface Result {
  name: string;
  pages: number;
  megabytes: number;
  /** CPU seconds of the timed pass. */
  seconds: number;
  wallSeconds: number;
  peakRssMb: number;
}

async function loadPages(): Promise<string[]> {
  const { EXTRACTION_SETS, readExtractionSet } = await import('../src/eval/extraction.js');
  return EXTRACTION_SETS.flatMap((set) => readExtractionSet(DATA, set, 1, false).map((p) => p.html));
}

async function child(name: string): Promise<void> {
  const pages = await loadPages();
  let run: (html: string) => number;
  if (name === 'sitrep') {
    const { extractHtml } = await import('../src/ingest/html/extract.js');
    run = (html) => extractHtml(html, { now: Date.UTC(2024, 0, 1) }).text.length;
  } else {
    const { readabilityText } = await import('../src/eval/extraction.js');
    run = (html) => readabilityText(html).length;
  }
  for (const html of pages.slice(0, WARMUP)) run(html);
  const [t0, cpu0] = [performance.now(), process.cpuUsage()];
  for (const html of pages) run(html);
  const cpu = process.cpuUsage(cpu0);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - t0) / 1000;
  const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
  process.stdout.write(JSON.stringify({ name, pages: pages.length, megabytes, seconds, wallSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function runChild(name: string, command: string, commandArgs: string[]): Result | string {
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) return `${name} failed: ${run.stderr.trim().split('\n').at(-1) ?? run.status}`;
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Result;
}


function parent(): void {
  if (!existsSync(DATA)) {
    console.log(`HTML bench skipped: ${DATA} is absent`);
    return;
  }
  const results: Result[] = [];
  const notes: string[] = [];
  const self = ['--import', 'tsx', import.meta.filename, '--data', DATA, '--child'];
  const js = [['sitrep', 'sitrep extractHtml'], ['readability', 'Readability.js 0.6 on linkedom']] as const;
  // The two run in turn, ROUNDS times each, and each keeps its fastest round: on a shared machine a
  // burst of load elsewhere then slows one round, not one contender.
  const best = new Map<string, Result>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, label] of js) {
      const r = runChild(label, process.execPath, [...self, name]);
      if (typeof r === 'string') {
        console.error(`bench: ${r}`);
        process.exit(1);
      }
      const prev = best.get(label);
      if (!prev || r.seconds < prev.seconds) best.set(label, { ...r, name: label, peakRssMb: Math.max(r.peakRssMb, prev?.peakRssMb ?? 0) });
    }
  }
  for (const [, label] of js) results.push(best.get(label)!);
  const missing = pythonPeerMissing();
  if (missing === null) {
    const r = runChild('readability-lxml', DEBIAN_PYTHON, [PYTHON_PEER, DATA, String(WARMUP)]);
    if (typeof r === 'string') notes.push(r);
    else results.push({ ...r, name: 'readability-lxml (python3)' });
  } else {
    notes.push(`readability-lxml not measured: ${missing}`);
  }
  const row = (c: string[], w: number[]) => c.map((x, i) => (i === 0 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join('  ');
  const w = [32, 6, 8, 8, 8, 8, 8];
  console.log(`HTML pages: ${DATA} (cleaneval-dev, readability, page-signal-master)`);
  console.log(row(['contender (CPU time)', 'pages', 'pages/s', 'ms/page', 'MB/s', 'peak MB', 'wall ms'], w));
  for (const r of results) {
    const wall = r.wallSeconds === undefined ? '' : ((1000 * r.wallSeconds) / r.pages).toFixed(1);
    console.log(row([r.name, String(r.pages), (r.pages / r.seconds).toFixed(1), ((1000 * r.seconds) / r.pages).toFixed(1), (r.megabytes / r.seconds).toFixed(2), r.peakRssMb.toFixed(0), wall], w));
  }
  for (const n of notes) console.log(n);
  const [mine, raw] = results as [Result, Result];
  const ratio = mine.pages / mine.seconds / (raw.pages / raw.seconds);
  if (args.includes('--json')) console.log(JSON.stringify({ results, sitrepToReadabilitySpeed: ratio }));
  console.log(
    `summary: sitrep ${((1000 * mine.seconds) / mine.pages).toFixed(1)} CPU ms/page (text, metadata and date) vs Readability.js ` +
      `${((1000 * raw.seconds) / raw.pages).toFixed(1)} CPU ms/page (text only): ${ratio.toFixed(2)}× its speed (target ≥ 1), ` +
      `peak ${mine.peakRssMb.toFixed(0)} MB vs ${raw.peakRssMb.toFixed(0)} MB`,
  );
}

const childName = flag('--child');
if (childName) await child(childName);
else parent();
