/**
 * `sitrep ingest PATH...`: everything under the paths through the pipeline into the store. Each
 * batch is committed in one transaction, so a killed run loses at most the batch in flight, and a rerun
 * skips what is stored (same text, same id). Failures are stored and printed; the batch goes on.
 */
import cliProgress from 'cli-progress';
import { runPipeline } from '../../core/analyze.js';
import { readSources } from '../../ingest/sources.js';
import type { RawInput } from '../../ingest/input.js';
import type { Analysis, AnalysisResult, Failure } from '../../model/types.js';
import { resolveOptions, type ResolvedOptions, type UserOptions } from '../../options.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { EXIT, type Io } from '../io.js';
import { analyzeInParallel } from '../pool.js';

/** Documents per transaction: large enough to amortize the commit, small enough that a crash costs little. */
export const DEFAULT_BATCH = 100;

export interface IngestArgs {
  paths: string[];
  db: string;
  batch?: number;
  /** Pipeline threads (pool.ts); 1 or none analyses on this thread. */
  threads?: number;
  options: UserOptions;
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: number;
  ignored: number;
  seconds: number;
}

export async function ingestCommand(args: IngestArgs, io: Io): Promise<number> {
  const summary = await ingest(args, io);
  io.err(
    `ingested ${summary.ingested}, skipped ${summary.duplicates} as duplicates, failed ${summary.failed}` +
      (summary.ignored ? `, ignored ${summary.ignored} ${summary.ignored === 1 ? 'file that is not an article' : 'files that are not articles'}` : '') +
      ` (${summary.seconds.toFixed(1)} s)`,
  );
  return summary.failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

export async function ingest(args: IngestArgs, io: Io): Promise<IngestSummary> {
  const options = resolveOptions(args.options);
  const store = openSqliteStore(args.db);
  const started = performance.now();
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, ignored: 0, seconds: 0 };
  const bar = io.tty ? new cliProgress.SingleBar({ format: 'ingest {value} articles | {failed} failed | {duration_formatted}', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(0, 0, { failed: 0 });
  const batch: Analysis[] = [];
  const flush = () => {
    for (const r of store.putMany(batch)) summary[r.status === 'stored' ? 'ingested' : 'duplicates']++;
    batch.length = 0;
  };
  const failed = (f: Failure) => {
    summary.failed++;
    store.putFailure(f);
    bar?.stop();
    io.err(`sitrep: ${f.origin}: ${f.reason}`);
    bar?.start(0, summary.ingested + summary.duplicates, { failed: summary.failed });
  };
  try {
    const sources = readSources(args.paths, { maxBytes: options.maxBytes, onIgnored: () => summary.ignored++, ...(io.stdin ? { stdin: io.stdin } : {}) });
    const results = (args.threads ?? 1) > 1 ? analyzeInParallel(sources, options, args.threads!) : inline(sources, options);
    for await (const result of results) {
      if (!result.ok) failed(result);
      else batch.push(result);
      if (batch.length >= (args.batch ?? DEFAULT_BATCH)) flush();
      bar?.update(summary.ingested + summary.duplicates + batch.length, { failed: summary.failed });
    }
    flush();
  } finally {
    bar?.stop();
    store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The pipeline on this thread, item by item. */
async function* inline(items: AsyncIterable<RawInput | Failure>, options: ResolvedOptions): AsyncGenerator<AnalysisResult> {
  for await (const item of items) yield 'ok' in item ? item : runPipeline(item, options);
}
