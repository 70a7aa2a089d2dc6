/**
 * `npm run bench`: the spine (ingest + clean + segment, and the same with SQLite storage) on the BBC
 * corpus beside bare wink-nlp (tokens, sentences and part of speech) on the same texts, in the same
 * run. Each contender runs in its own child process, so peak RSS is its own; each gets a warm-up pass
 * over the first articles first. Ends with one summary line.
 *
 *   npm run bench [-- --data ../shared/corpus/bbc/bbc.jsonl.gz] [--json]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
/** Articles in the warm-up pass: enough for the JIT to settle on the hot paths. */
const WARMUP = 200;

interface Result {
  name: string;
  articles: number;
  tokens: number;
  seconds: number;
  peakRssMb: number;
}

const contenders: Record<string, () => Promise<Omit<Result, 'name' | 'peakRssMb'>>> = {
  async 'wink-nlp (bare)'() {
    const { wink } = await import('../src/segment/wink.js');
    const nlp = wink();
    const texts = loadTexts();
    const run = (list: string[]) => {
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
    run(texts.slice(0, WARMUP));
    const t0 = performance.now();
    const tokens = run(texts);
    return { articles: texts.length, tokens, seconds: (performance.now() - t0) / 1000 };
  },
  async 'sitrep spine (ingest+clean+segment)'() {
    const { analyze } = await import('../src/core/analyze.js');
    const { readSources } = await import('../src/ingest/sources.js');
    analyzeAll(analyze, loadTexts().slice(0, WARMUP));
    const t0 = performance.now();
    let articles = 0;
    let tokens = 0;
    for await (const item of readSources([DATA], { maxBytes: 25 * 1024 * 1024 })) {
      const r = 'ok' in item ? item : analyze(item);
      if (!r.ok) throw new Error(r.reason);
      articles++;
      tokens += r.tokens.length;
    }
    return { articles, tokens, seconds: (performance.now() - t0) / 1000 };
  },
  async 'sitrep ingest into SQLite'() {
    const { analyze } = await import('../src/core/analyze.js');
    const { ingest } = await import('../src/cli/commands/ingest.js');
    analyzeAll(analyze, loadTexts().slice(0, WARMUP));
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    try {
      const t0 = performance.now();
      const s = await ingest({ paths: [DATA], db: join(dir, 'bench.db'), options: {} }, { out: () => {}, err: () => {}, tty: false });
      const seconds = (performance.now() - t0) / 1000;
      const tokens = loadTexts().reduce((n, t) => n + (analyze(t) as { tokens: unknown[] }).tokens.length, 0);
      return { articles: s.ingested + s.duplicates, tokens, seconds };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function loadTexts(): string[] {
  return gunzipSync(readFileSync(DATA)).toString('utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
}

function analyzeAll(analyze: (t: string) => unknown, texts: string[]): void {
  for (const t of texts) analyze(t);
}

async function child(name: string): Promise<void> {
  const r = await contenders[name]!();
  process.stdout.write(JSON.stringify({ name, ...r, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function parent(): void {
  const results: Result[] = [];
  for (const name of Object.keys(contenders)) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', name, '--data', DATA], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      process.stderr.write(`bench: ${name} failed:\n${run.stderr}\n`);
      process.exit(1);
    }
    results.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Result);
  }
  const row = (c: string[], w: number[]) => c.map((x, i) => (i === 0 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join('  ');
  const w = [38, 9, 11, 12, 10, 9];
  console.log(`BBC corpus: ${DATA}`);
  console.log(row(['contender', 'articles', 'articles/s', 'tokens/s', 'seconds', 'peak MB'], w));
  for (const r of results) {
    console.log(row([r.name, String(r.articles), (r.articles / r.seconds).toFixed(0), (r.tokens / r.seconds).toFixed(0), r.seconds.toFixed(2), r.peakRssMb.toFixed(0)], w));
  }
  const [bare, spine, stored] = results as [Result, Result, Result];
  const ratio = spine.tokens / spine.seconds / (bare.tokens / bare.seconds);
  if (args.includes('--json')) console.log(JSON.stringify({ results, spineToWinkRatio: ratio }));
  console.log(
    `summary: spine ${(spine.tokens / spine.seconds / 1000).toFixed(0)}k tokens/s = ${(100 * ratio).toFixed(0)}% of bare wink-nlp ` +
      `(${(bare.tokens / bare.seconds / 1000).toFixed(0)}k; target ≥ 60%), ${(stored.articles / stored.seconds).toFixed(0)} articles/s stored in SQLite`,
  );
}

const childName = flag('--child');
if (childName) await child(childName);
else parent();
