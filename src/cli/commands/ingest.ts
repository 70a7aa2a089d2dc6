/**
 * `sitrep ingest PATH...`: everything under the paths through the pipeline into the store. Each
 * batch is committed in one transaction, so a killed run loses at most the batch in flight, and a rerun
 * skips what is stored: an input seen before (same bytes, metadata and options: src/ingest/hash.ts)
 * before analysis, one whose text is stored (same id) after it. `--update` re-analyzes and replaces.
 * Each document runs within a time and memory budget (src/core/budget.ts). Failures are stored and
 * printed; the batch goes on.
 */
import cliProgress from 'cli-progress';
import { PipelinePool, DEFAULT_BUDGET, type Budget } from '../../core/budget.js';
import { inputHash } from '../../ingest/hash.js';
import { readSources } from '../../ingest/sources.js';
import { readUrlList } from '../../ingest/url-list.js';
import { warcProgress, skippedSummary } from '../../ingest/warc-report.js';
import type { WarcSkip } from '../../ingest/warc.js';
import type { FetchOptions } from '../../ingest/fetch.js';
import type { Analysis, AnalysisResult, Failure } from '../../model/types.js';
import { resolveOptions, type UserOptions } from '../../options.js';
import { createError } from '../../errors.js';
import { openStore } from '../../store/open.js';
import { isPostgresUrl } from '../../store/postgres/url.js';
import { EXIT, type Io } from '../io.js';

/** Documents per transaction: large enough to amortize the commit, small enough that a crash costs little. */
export const DEFAULT_BATCH = 100;

export interface IngestArgs {
  paths: string[];
  db: string;
  batch?: number;
  options: UserOptions;
  /** Per-document time and memory budget (src/core/budget.ts). */
  budget?: Budget;
  /** Pipeline threads (default 1): documents are analyzed N at a time, stored by one writer in input order. */
  threads?: number;
  /** Re-analyze inputs already stored and replace their analysis and metadata. */
  update?: boolean;
  /** A file of URLs to fetch, one a line. */
  urls?: string;
  fetch?: FetchOptions;
  /** Queue the inputs for `sitrep worker` instead of analyzing them here (PostgreSQL only). */
  enqueue?: boolean;
  /** With `enqueue`: seconds before a running job is taken for dead and redone. */
  jobTimeout?: number;
}

export interface IngestSummary {
  ingested: number;
  /** Stored documents given a new analysis by --update. */
  updated: number;
  duplicates: number;
  failed: number;
  ignored: number;
  /** WARC records that are not articles, by why. */
  skipped: Partial<Record<WarcSkip, number>>;
  seconds: number;
}

export async function ingestCommand(args: IngestArgs, io: Io): Promise<number> {
  if (args.enqueue) return enqueueCommand(args, io);
  const summary = await ingest(args, io);
  io.err(
    `ingested ${summary.ingested}, ${summary.updated ? `updated ${summary.updated}, ` : ''}skipped ${summary.duplicates} as duplicates, failed ${summary.failed}` +
      (summary.ignored ? `, ignored ${summary.ignored} ${summary.ignored === 1 ? 'file that is not an article' : 'files that are not articles'}` : '') +
      skippedSummary(summary.skipped) +
      ` (${summary.seconds.toFixed(1)} s)`,
  );
  return summary.failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

export async function ingest(args: IngestArgs, io: Io): Promise<IngestSummary> {
  const options = resolveOptions(args.options);
  const threads = args.threads ?? 1;
  const pipeline = new PipelinePool(options, args.budget ?? DEFAULT_BUDGET, threads);
  // The workers load the models while this thread opens the store and starts reading.
  pipeline.prepare();
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(args.db);
  } catch (e) {
    await pipeline.close();
    throw e;
  }
  const started = performance.now();
  const summary: IngestSummary = { ingested: 0, updated: 0, duplicates: 0, failed: 0, ignored: 0, skipped: {}, seconds: 0 };
  const bar = io.tty ? new cliProgress.SingleBar({ format: 'ingest {value} articles | {failed} failed{bytes} | {duration_formatted}', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(0, 0, { failed: 0, bytes: '' });
  const progress = warcProgress();
  const batch: Analysis[] = [];
  const hashes: string[] = [];
  const flush = async () => {
    const results = await store.putMany(batch);
    const again = batch.filter((_, i) => results[i]!.status === 'duplicate');
    // --update: a document already stored takes the new analysis (new metadata) in place of the old.
    const updated = args.update && again.length && store.updateMany ? await store.updateMany(again) : 0;
    summary.ingested += results.filter((r) => r.status === 'stored').length;
    summary.updated += updated;
    summary.duplicates += again.length - updated;
    await store.noteInputs?.(results.map((r, i) => [hashes[i]!, r.id]));
    batch.length = 0;
    hashes.length = 0;
  };
  const failed = async (f: Failure) => {
    summary.failed++;
    await store.putFailure(f);
    bar?.stop();
    io.err(`sitrep: ${f.origin}: ${f.reason}`);
    bar?.start(0, summary.ingested + summary.duplicates, { failed: summary.failed, bytes: '' });
  };
  try {
    const urls = args.urls ? await readUrlList(args.urls) : [];
    const sources = readSources(args.paths, {
      urls,
      maxBytes: options.maxBytes,
      onIgnored: () => summary.ignored++,
      onSkipped: (why) => (summary.skipped[why] = (summary.skipped[why] ?? 0) + 1),
      onProgress: (read, total) => bar?.update({ bytes: progress(read, total) }),
      ...(args.fetch ? { fetch: args.fetch } : {}),
      ...(io.stdin ? { stdin: io.stdin } : {}),
    });
    // Documents in flight, in input order: each is stored (or its failure) only when all before it are,
    // so the store sees exactly the sequence one thread gives. Twice the threads keeps every thread busy
    // while the writer waits for the oldest.
    const inFlight: Array<{ hash: string | null; result: AnalysisResult | Promise<AnalysisResult> }> = [];
    const store1 = async () => {
      const { hash, result: pending } = inFlight.shift()!;
      const result = await pending;
      if (!result.ok) await failed(result);
      else {
        batch.push(result);
        hashes.push(hash!);
      }
      if (batch.length >= (args.batch ?? DEFAULT_BATCH)) await flush();
      bar?.update(summary.ingested + summary.duplicates + batch.length, { failed: summary.failed });
    };
    for await (const item of sources) {
      if ('ok' in item) {
        inFlight.push({ hash: null, result: item });
      } else {
        // Seen before, with the same metadata and options: a duplicate, known without analyzing it.
        // (With threads an input read ahead of a commit may be analyzed and then found a duplicate
        // by id when stored: the same store and counts, a little more work.)
        const hash = inputHash(item, options);
        if (!args.update && (await store.inputSeen?.(hash))) {
          summary.duplicates++;
          continue;
        }
        inFlight.push({ hash, result: pipeline.run(item) });
      }
      while (inFlight.length >= 2 * threads || (threads === 1 && inFlight.length > 0)) await store1();
    }
    while (inFlight.length > 0) await store1();
    await flush();
  } finally {
    bar?.stop();
    await pipeline.close();
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function enqueueCommand(args: IngestArgs, io: Io): Promise<number> {
  // The queue's workers store what they analyze; replacing stored analyses is done by a direct ingest.
  if (args.update) throw createError('BAD_OPTION', '--update cannot be combined with --enqueue; run "sitrep ingest --update" against the store directly');
  if (!isPostgresUrl(args.db)) throw createError('BAD_OPTION', `--enqueue needs --db postgres://... (or SITREP_DB set to one); "${args.db}" is a SQLite file, which has no work queue`);
  const urls = args.urls ? await readUrlList(args.urls) : [];
  const { enqueue } = await import('../../queue/enqueue.js'); // pg-boss only when queueing: a third of a second at start
  const s = await enqueue({ paths: args.paths, db: args.db, options: args.options, urls, ...(args.batch ? { jobSize: args.batch } : {}), ...(args.jobTimeout ? { jobTimeout: args.jobTimeout } : {}), ...(args.budget ? { budget: args.budget } : {}) }, io);
  io.err(`queued ${s.articles} articles in ${s.jobs} jobs, failed ${s.failed}` +
    (s.ignored ? `, ignored ${s.ignored} ${s.ignored === 1 ? 'file that is not an article' : 'files that are not articles'}` : '') +
    ` (${s.seconds.toFixed(1)} s); run "sitrep worker --db ..." to process them`);
  return s.failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
