/**
 * `npm run bench` (part): re-ingesting a corpus costs a small share of ingesting it (issue 20's target:
 * at most 10%). The BBC corpus is ingested into a new SQLite store, then the same files again: the
 * second run recognizes every input by the hash of its raw bytes and metadata (src/ingest/hash.ts)
 * before analyzing it. Wall and CPU seconds of both runs (the per-document budget's worker threads are
 * counted in the process's CPU), and their ratio.
 *
 *   npm run bench:reingest [-- --data ../shared/corpus/bbc/bbc.jsonl.gz] [--limit N]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../src/cli/commands/ingest.js';
import { flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
/** Only the first N records (a quick look); the default is the whole corpus. */
const LIMIT = flag('--limit') ? Number(flag('--limit')) : Infinity;
const TARGET = 0.1;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-reingest-'));
let input = DATA;
if (Number.isFinite(LIMIT)) {
  const lines = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean).slice(0, LIMIT);
  input = join(dir, 'corpus.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
}
const db = join(dir, 'store.db');
const io = { out: () => {}, err: () => {}, tty: false };

async function run(): Promise<{ seconds: number; cpu: number; ingested: number; duplicates: number; failed: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await ingest({ paths: [input], db, options: {} }, io);
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, ingested: s.ingested, duplicates: s.duplicates, failed: s.failed };
}

try {
  const first = await run();
  const again = await run();
  const row = (name: string, r: typeof first) =>
    `  ${name.padEnd(7)} ${r.seconds.toFixed(2).padStart(8)} s wall ${r.cpu.toFixed(2).padStart(8)} s CPU   stored ${r.ingested}, duplicates ${r.duplicates}, failed ${r.failed}`;
  console.log(`re-ingest: ${DATA}${Number.isFinite(LIMIT) ? ` (first ${LIMIT} records)` : ''}`);
  console.log(row('first', first));
  console.log(row('again', again));
  const ratio = again.seconds / first.seconds;
  console.log(`summary: re-ingesting took ${(100 * ratio).toFixed(2)}% of the first ingest's wall time (${(100 * again.cpu / first.cpu).toFixed(2)}% of its CPU; target ≤ ${100 * TARGET}%), ${again.ingested} stored again`);
  if (ratio > TARGET || again.ingested > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
