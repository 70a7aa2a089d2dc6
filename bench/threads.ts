/**
 * `npm run bench` (part): `sitrep ingest` of the BBC corpus into a new SQLite store with one pipeline
 * thread and with two, articles per second of wall time (threads are for the wall clock; CPU time only
 * grows with them), and whether the two stores hold the same documents. Each run is a child process of
 * its own (its peak RSS, the workers' included, is its own); the runs alternate, 1, 2, 1, 2, ... for
 * `--rounds` rounds, and the ratio is the median of the rounds' ratios. The load average is printed
 * with each run: on a machine whose cores are busy with other work two threads cannot be twice as fast,
 * and the load says how busy it was. Ends with one summary line.
 *
 *   node --import tsx bench/threads.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--limit N] [--rounds 1] [--threads 2]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
const LIMIT = flag('--limit') ? Number(flag('--limit')) : Infinity;
const ROUNDS = Number(flag('--rounds') ?? 1);
const THREADS = Number(flag('--threads') ?? 2);
/** The target of issue 19: two threads at least 1.7 times the articles/s of one. */
const TARGET = 1.7;

interface Run {
  threads: number;
  ingested: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** Load averages (1 minute) just before and just after the run. */
  load: [number, number];
  /** A digest of every stored document's id and analysis, in ingest order. */
  digest: string;
}

async function child(threads: number, data: string, db: string): Promise<void> {
  // The heap as the CLI sets it (src/cli/heap.ts): this child stands for `sitrep ingest`.
  (await import('../src/cli/heap.js')).tuneHeap();
  const { ingest } = await import('../src/cli/commands/ingest.js');
  const Database = (await import('better-sqlite3')).default;
  const { createHash } = await import('node:crypto');
  const c0 = process.cpuUsage();
  const summary = await ingest({ paths: [data], db, threads, options: {} }, { out: () => {}, err: (l) => process.stderr.write(l + '\n'), tty: false });
  const c = process.cpuUsage(c0);
  const hash = createHash('sha256');
  const d = new Database(db, { readonly: true });
  for (const row of d.prepare('SELECT id, analysis FROM documents ORDER BY seq').iterate() as Iterable<{ id: string; analysis: string }>) hash.update(row.id).update(row.analysis);
  d.close();
  const out = { ingested: summary.ingested, seconds: summary.seconds, cpuSeconds: (c.user + c.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, digest: hash.digest('hex').slice(0, 16) };
  process.stdout.write(JSON.stringify(out) + '\n');
}

function parent(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-threads-'));
  try {
    let data = DATA;
    if (Number.isFinite(LIMIT)) {
      data = join(dir, 'articles.jsonl');
      writeFileSync(data, gunzipSync(readFileSync(DATA)).toString('utf8').trim().split('\n').slice(0, LIMIT).join('\n') + '\n');
    }
    const runs: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const threads of [1, THREADS]) {
        const db = join(dir, `r${round}-t${threads}.db`);
        const before = loadavg()[0]!;
        const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', String(threads), '--data', data, '--db', db], { encoding: 'utf8', maxBuffer: 1 << 24 });
        if (r.status !== 0) {
          process.stderr.write(`bench: ingest with ${threads} thread(s) failed:\n${r.stderr}\n`);
          process.exit(1);
        }
        const run: Run = { threads, load: [before, loadavg()[0]!], ...(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Omit<Run, 'threads' | 'load'>) };
        runs.push(run);
        console.log(
          `round ${round + 1}, ${threads} thread${threads === 1 ? ' ' : 's'}: ${run.ingested} articles in ${run.seconds.toFixed(1)} s = ${(run.ingested / run.seconds).toFixed(1)} articles/s (wall), ` +
            `CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, load ${run.load[0].toFixed(2)} → ${run.load[1].toFixed(2)}, store ${run.digest}`,
        );
        rmSync(db, { force: true });
      }
    }
    const ratios: number[] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) ratios.push(runs[i]!.seconds / runs[i + 1]!.seconds);
    ratios.sort((a, b) => a - b);
    const ratio = ratios[Math.floor(ratios.length / 2)]!;
    const same = runs.every((r) => r.digest === runs[0]!.digest);
    const loads = runs.flatMap((r) => r.load);
    console.log(
      `summary: ingest with ${THREADS} threads ${ratio.toFixed(2)}x the articles/s of one (target ≥ ${TARGET}; ${runs[0]!.ingested} articles, median of ${ratios.length} round${ratios.length === 1 ? '' : 's'}), ` +
        `stores ${same ? 'identical' : 'DIFFERENT'}; ${availableParallelism()} cores, load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} during the runs`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childThreads = flag('--child');
if (childThreads) await child(Number(childThreads), flag('--data')!, flag('--db')!);
else parent();
