/**
 * `npm run fuzz [-- --n 10000 --seed 1 --max-bytes 1048576 --timeout 10 --memory 500 --only N
 *   --from A --to B --minutes M --log FILE]`
 *
 * Seeded, reproducible mutations of real pages, texts and JSONL (scripts/fuzz/) through `analyze` (the
 * CLI's path: file reading, then the pipeline in its budgeted worker) and then, all of them, through one
 * `ingest` run. Prints crashes (an exception, or an INTERNAL failure), hangs (over the time budget),
 * inputs over the memory budget, the process's peak memory and the JSON output's size against the
 * input's; exits 1 when any target of issue 20 is missed. Needs ../shared (or $SITREP_SHARED).
 * `--minutes M` starts no new input after M minutes (the summary says how many of the N ran; the ingest
 * then reads those); `--log FILE` appends one JSON line per input as it is done (with its typed failures and the peak RSS while it ran), for a long run watched
 * or cut short. `--from A --to B` runs inputs A to B - 1 of the run alone: input N is the same bytes
 * whatever the slice, so slices `0-2500`, `2500-5000`, ... are together the inputs of one whole run
 * (each slice's ingest is a batch of its own inputs).
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BudgetedPipeline } from '../src/core/budget.js';
import { ingest } from '../src/cli/commands/ingest.js';
import { readSources } from '../src/ingest/sources.js';
import type { AnalysisResult } from '../src/model/types.js';
import { resolveOptions } from '../src/options.js';
import { mutant } from './fuzz/mutate.js';
import { loadSeeds } from './fuzz/seeds.js';

const { values: a } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'max-bytes': { type: 'string', default: String(1 << 20) },
    timeout: { type: 'string', default: '10' },
    memory: { type: 'string', default: '500' },
    only: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'no-ingest': { type: 'boolean', default: false },
    minutes: { type: 'string' },
    log: { type: 'string' },
  },
});
const N = Number(a.n);
const SEED = Number(a.seed);
const LIMIT = Number(a['max-bytes']);
const RATIO = 30;
const MIN_SIZE = 1024;
const shared = process.env.SITREP_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
const seeds = loadSeeds(shared);
if (seeds.length === 0) {
  console.error(`fuzz: no seed inputs under ${shared} (set SITREP_SHARED)`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-fuzz-'));
const inputs = join(dir, 'inputs');
mkdirSync(inputs);
const options = resolveOptions({ maxBytes: LIMIT });
const pipeline = new BudgetedPipeline(options, { seconds: Number(a.timeout), memoryMb: Number(a.memory) });
const EXT = { text: 'txt', html: 'html', jsonl: 'jsonl' } as const;

let peakRss = 0;
let peakAt = '';
let current = '';
/** The peak while the current input runs (the log's `rss`). */
let inputPeak = 0;
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) [peakRss, peakAt] = [rss, current];
  if (rss > inputPeak) inputPeak = rss;
}, 25);

const crashes: string[] = [];
/** Answers later than the budget (a real hang: the deadline did not hold). */
const hangs: string[] = [];
/** Documents the budget stopped: a typed TOO_SLOW failure, the batch went on. */
const stopped: string[] = [];
const memory: string[] = [];
const ratios: Array<[number, string]> = [];
const codes = new Map<string, number>();
let items = 0;
let ok = 0;
let failed = 0;
const started = performance.now();
const FROM = Number(a.from ?? 0);
const TO = Math.min(N, Number(a.to ?? N));
if (!(Number.isInteger(FROM) && Number.isInteger(TO) && FROM >= 0 && FROM <= TO)) {
  console.error(`fuzz: --from ${a.from} --to ${a.to}: want whole numbers, 0 <= from <= to (to at most --n ${N})`);
  process.exit(2);
}
const numbers = a.only !== undefined ? [Number(a.only)] : Array.from({ length: TO - FROM }, (_, k) => FROM + k);
const stopAt = a.minutes !== undefined ? started + Number(a.minutes) * 60_000 : Infinity;
let ran = 0;

for (const i of numbers) {
  if (performance.now() > stopAt) break;
  ran++;
  const before = { crashes: crashes.length, hangs: hangs.length, stopped: stopped.length, memory: memory.length, ratios: ratios.length };
  const inputStarted = performance.now();
  inputPeak = process.memoryUsage().rss;
  const inputCodes: string[] = [];
  const m = mutant(seeds, SEED, i, LIMIT);
  const file = join(inputs, `${String(i).padStart(5, '0')}.${EXT[m.kind]}`);
  writeFileSync(file, m.bytes);
  current = `#${i} ${m.name} (${m.bytes.length} bytes)`;
  try {
    for await (const item of readSources([file], { maxBytes: LIMIT })) {
      items++;
      const result: AnalysisResult = 'ok' in item ? item : await pipeline.run(item);
      // The document's own time in the worker: a worker (re)start loading the models is not the input's.
      const seconds = 'ok' in item ? 0 : pipeline.lastSeconds;
      if (result.ok) {
        ok++;
        const size = 'ok' in item ? 0 : item.bytes?.length ?? Buffer.byteLength(item.text ?? '');
        // An analysis has a fixed skeleton of about 2 KB: inputs under MIN_SIZE are measured against it.
        ratios.push([JSON.stringify(result).length / Math.max(size, MIN_SIZE), `${current}: ${result.document.origin}`]);
      } else {
        failed++;
        inputCodes.push(result.code);
        codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
        if (result.code === 'INTERNAL') crashes.push(`${current}: ${result.reason}`);
        if (result.code === 'TOO_SLOW') stopped.push(`${current}: stopped at ${a.timeout} s`);
        if (result.code === 'TOO_MUCH_MEMORY') memory.push(`${current}: ${result.reason}`);
      }
      if (seconds > Number(a.timeout) + 1) hangs.push(`${current}: ${seconds.toFixed(1)} s to answer`);
    }
  } catch (e) {
    crashes.push(`${current}: threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
  }
  if (a.log) {
    const line = { i, name: m.name, bytes: m.bytes.length, seconds: Number(((performance.now() - inputStarted) / 1000).toFixed(2)), crash: crashes.length > before.crashes, hang: hangs.length > before.hangs, stopped: stopped.length > before.stopped, memory: memory.length > before.memory, ratio: ratios.length > before.ratios ? Number(ratios.at(-1)![0].toFixed(2)) : null, failed: inputCodes, rss: Math.round(inputPeak / 1e6) };
    appendFileSync(a.log, JSON.stringify(line) + '\n');
  }
  if ((i + 1) % 100 === 0) console.error(`fuzz: ${i + 1}/${N} inputs, ${crashes.length} crashes, ${hangs.length} hangs, ${stopped.length} stopped at the budget (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
await pipeline.close();
const analyzeSeconds = (performance.now() - started) / 1000;

// One ingest run over every input: each valid input stored (or a duplicate of one), each invalid named.
let ingestLine = 'ingest: skipped (--no-ingest)';
let ingestOk = true;
if (!a['no-ingest']) {
  const named: string[] = [];
  const io = { out: () => {}, err: (line: string) => void named.push(line), tty: false };
  const t = performance.now();
  const s = await ingest({ paths: [inputs], db: join(dir, 'fuzz.db'), options: { maxBytes: LIMIT }, budget: { seconds: Number(a.timeout), memoryMb: Number(a.memory) } }, io);
  const unnamed = named.filter((l) => !/^sitrep: \S/.test(l));
  ingestOk = s.ingested + s.duplicates + s.failed === items && unnamed.length === 0;
  ingestLine = `ingest: ${items} inputs -> stored ${s.ingested}, duplicates ${s.duplicates}, failed ${s.failed} (each named: ${unnamed.length === 0 ? 'yes' : `no, ${unnamed.length} not`}); analyze said ${ok} ok / ${failed} failed; ${((performance.now() - t) / 1000).toFixed(0)} s`;
}
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });

ratios.sort((x, y) => y[0] - x[0]);
const over = ratios.filter(([r]) => r > RATIO);
/** The ratio a share `p` of the inputs reach or exceed (ratios are sorted largest first). */
const q = (p: number) => (ratios.length ? ratios[Math.min(ratios.length - 1, Math.floor(ratios.length * p))]![0] : 0);
const slice = numbers.length ? `inputs ${numbers[0]}-${numbers[Math.max(0, ran - 1)]}` : 'no inputs';
console.log(`fuzz seed ${SEED}, ${slice}: ${ran} inputs${ran < numbers.length ? ` of the ${numbers.length} asked (stopped at --minutes ${a.minutes})` : ''} (${items} documents and records, up to ${LIMIT} bytes) in ${analyzeSeconds.toFixed(0)} s`);
console.log(`  results: ${ok} analyzed, ${failed} failed (${[...codes].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'})`);
console.log(`  crashes: ${crashes.length}`);
for (const c of crashes.slice(0, 20)) console.log(`    ${c}`);
console.log(`  hangs (no answer within ${a.timeout} s + 1 s): ${hangs.length}`);
for (const h of hangs.slice(0, 20)) console.log(`    ${h}`);
console.log(`  stopped by the ${a.timeout} s budget (typed TOO_SLOW failures): ${stopped.length}`);
for (const h of stopped.slice(0, 20)) console.log(`    ${h}`);
console.log(`  over the ${a.memory} MB memory budget: ${memory.length}`);
for (const m of memory.slice(0, 20)) console.log(`    ${m}`);
console.log(`  peak memory (process RSS, main thread and worker): ${(peakRss / 1e6).toFixed(0)} MB, at ${peakAt}`);
console.log(`  JSON output / input size (inputs under ${MIN_SIZE} bytes counted as ${MIN_SIZE}): median ${q(0.5).toFixed(1)}x, p99 ${q(0.01).toFixed(1)}x, max ${(ratios[0]?.[0] ?? 0).toFixed(1)}x${ratios[0] ? ` (${ratios[0][1]})` : ''}; over ${RATIO}x: ${over.length}`);
for (const [r, name] of over.slice(0, 10)) console.log(`    ${r.toFixed(1)}x ${name}`);
console.log(`  ${ingestLine}`);
console.log(`reproduce one input: npm run fuzz -- --seed ${SEED} --only N; this slice: --seed ${SEED} --from ${numbers[0] ?? 0} --to ${(numbers[0] ?? 0) + ran}`);
// TOO_SLOW is counted apart and is no failure of the run: on a loaded machine ordinary large inputs reach
// the budget; the target is that nothing runs past it.
process.exit(crashes.length || hangs.length || memory.length || over.length || !ingestOk ? 1 : 0);
