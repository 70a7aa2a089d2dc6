/**
 * `npm run bench` (last part): the whole pipeline, text to events, on the BBC corpus beside bare
 * wink-nlp (tokens, sentences and part of speech) on the same texts, in the same run. Each contender
 * runs in its own child process, so its peak RSS is its own, and gets a warm-up pass over the first
 * articles. Speeds are by CPU time (user + system) as well as wall time: on a shared machine the wall
 * clock counts other people's work, and the ratio of the two contenders is the figure to quote.
 * Prints each stage's share of the pipeline's time and ends with one summary line.
 *
 *   npm run bench:pipeline [-- --data ../shared/corpus/bbc/bbc.jsonl.gz] [--limit N] [--json]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { RawInput } from '../src/ingest/input.js';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
/** Only the first N articles (a quick look); the default is all of them. */
const LIMIT = flag('--limit') ? Number(flag('--limit')) : Infinity;
/** Articles in the warm-up pass: enough for the JIT to settle on the hot paths. */
const WARMUP = 200;
/** The targets of issue 19. */
const TARGET_RATIO = 0.25;
const TARGET_RSS_MB = 400;

interface Result {
  name: string;
  articles: number;
  tokens: number;
  /** Wall seconds of the timed pass. */
  seconds: number;
  /** CPU seconds (user + system) of the timed pass. */
  cpuSeconds: number;
  peakRssMb: number;
  /** Wall milliseconds per pipeline step over the timed pass. */
  steps?: Record<string, number>;
}

type Timed = Omit<Result, 'name' | 'peakRssMb'>;

/** Wall and CPU seconds of `run()`, and what it returned. */
function timed<T>(run: () => T): { value: T; seconds: number; cpuSeconds: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { value, seconds, cpuSeconds: (c.user + c.system) / 1e6 };
}

const contenders: Record<string, () => Promise<Timed>> = {
  async 'wink-nlp (bare)'() {
    const { wink } = await import('../src/segment/wink.js');
    const nlp = wink();
    const texts = loadTexts();
    const pass = (list: string[]) => {
      let tokens = 0;
      for (const t of list) {
        const doc = nlp.readDoc(t);
        const values = doc.tokens().out(nlp.its.value) as string[];
        doc.tokens().out(nlp.its.pos);
        doc.sentences().out(nlp.its.span);
        for (const v of values) if (v.trim() !== '') tokens++;
      }
      return tokens;
    };
    pass(texts.slice(0, WARMUP));
    const run = timed(() => pass(texts));
    return { articles: texts.length, tokens: run.value, seconds: run.seconds, cpuSeconds: run.cpuSeconds };
  },
  async 'sitrep whole pipeline'() {
    const { runPipeline } = await import('../src/core/analyze.js');
    const { readSources } = await import('../src/ingest/sources.js');
    const { resolveOptions } = await import('../src/options.js');
    const options = resolveOptions({});
    // Read the corpus first (not timed): the pass times the pipeline, not gunzip and JSON.parse.
    const inputs: RawInput[] = [];
    for await (const item of readSources([DATA], { maxBytes: options.maxBytes })) {
      if ('ok' in item) throw new Error(`${item.origin}: ${item.reason}`);
      inputs.push(item);
      if (inputs.length >= LIMIT) break;
    }
    for (const input of inputs.slice(0, WARMUP)) runPipeline(input, options);
    const steps: Record<string, number> = {};
    // Wall milliseconds per step: process.cpuUsage() costs tens of microseconds a call, too much to
    // take around every step; the pass as a whole is timed by CPU.
    const clock = { now: () => performance.now(), add: (step: string, ms: number) => (steps[step] = (steps[step] ?? 0) + ms) };
    const run = timed(() => {
      let tokens = 0;
      for (const input of inputs) {
        const r = runPipeline(input, options, clock);
        if (!r.ok) throw new Error(`${r.origin}: ${r.reason}`);
        tokens += r.tokens.length;
      }
      return tokens;
    });
    return { articles: inputs.length, tokens: run.value, seconds: run.seconds, cpuSeconds: run.cpuSeconds, steps };
  },
};

function loadTexts(): string[] {
  const lines = gunzipSync(readFileSync(DATA)).toString('utf8').trim().split('\n');
  return lines.slice(0, Math.min(lines.length, LIMIT)).map((l) => (JSON.parse(l) as { text: string }).text);
}

async function child(name: string): Promise<void> {
  // Both contenders with the heap as the CLI sets it (src/cli/heap.ts), each in a process of its own.
  (await import('../src/cli/heap.js')).tuneHeap();
  const r = await contenders[name]!();
  process.stdout.write(JSON.stringify({ name, ...r, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function parent(): void {
  const results: Result[] = [];
  for (const name of Object.keys(contenders)) {
    const childArgs = ['--import', 'tsx', import.meta.filename, '--child', name, '--data', DATA];
    if (Number.isFinite(LIMIT)) childArgs.push('--limit', String(LIMIT));
    const run = spawnSync(process.execPath, childArgs, { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      process.stderr.write(`bench: ${name} failed:\n${run.stderr}\n`);
      process.exit(1);
    }
    results.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Result);
  }
  const row = (c: string[], w: number[]) => c.map((x, i) => (i === 0 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join('  ');
  const w = [24, 9, 11, 12, 12, 8, 8, 8];
  console.log(`BBC corpus, whole pipeline: ${DATA}`);
  console.log(row(['contender', 'articles', 'articles/s', 'tokens/s', 'tokens/wall', 'CPU s', 'wall s', 'peak MB'], w));
  for (const r of results) {
    console.log(
      row([r.name, String(r.articles), (r.articles / r.cpuSeconds).toFixed(1), (r.tokens / r.cpuSeconds).toFixed(0), (r.tokens / r.seconds).toFixed(0), r.cpuSeconds.toFixed(2), r.seconds.toFixed(2), r.peakRssMb.toFixed(0)], w),
    );
  }
  const [bare, whole] = results as [Result, Result];
  const total = Object.values(whole.steps ?? {}).reduce((a, b) => a + b, 0);
  console.log('pipeline step shares (of the wall time inside the steps; ms are wall time):');
  for (const [step, ms] of Object.entries(whole.steps ?? {}).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${step.padEnd(10)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / whole.articles).toFixed(2).padStart(7)} ms/article`);
  }
  const ratio = whole.tokens / whole.cpuSeconds / (bare.tokens / bare.cpuSeconds);
  if (args.includes('--json')) console.log(JSON.stringify({ results, pipelineToWinkRatio: ratio }));
  console.log(
    `summary: whole pipeline ${(whole.tokens / whole.cpuSeconds / 1000).toFixed(1)}k tokens/s (CPU), ${(whole.articles / whole.cpuSeconds).toFixed(1)} articles/s = ` +
      `${ratio.toFixed(3)} of bare wink-nlp (${(bare.tokens / bare.cpuSeconds / 1000).toFixed(0)}k; target ≥ ${TARGET_RATIO}), ` +
      `peak RSS ${whole.peakRssMb.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB})`,
  );
}

const childName = flag('--child');
if (childName) await child(childName);
else parent();
