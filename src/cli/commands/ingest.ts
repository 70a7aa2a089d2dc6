/**
 * `sitrep ingest PATH...`: everything under the paths through the pipeline into the store. Each
 * batch is committed in one transaction, so a killed run loses at most the batch in flight, and a rerun
 * skips what is stored: an input seen before (same bytes, metadata and options: src/ingest/hash.ts)
 * before analysis, one whose text is stored (same id) after it. `--update` re-analyzes and replaces.
 * Each document runs within a time and memory budget (src/core/budget.ts). Failures are stored and
 * printed; the batch goes on.
 */
import cliProgress from 'cli-progress';
import { BudgetedPipeline, DEFAULT_BUDGET, type Budget } from '../../core/budget.js';
import { inputHash } from '../../ingest/hash.js';
import { readSources } from '../../ingest/sources.js';
import type { Analysis, Failure } from '../../model/types.js';
import { resolveOptions, type UserOptions } from '../../options.js';
import { openSqliteStore } from '../../store/sqlite.js';
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
  /** Re-analyze inputs already stored and replace their analysis and metadata. */
  update?: boolean;
}

export interface IngestSummary {
  ingested: number;
  /** Stored documents given a new analysis by --update. */
  updated: number;
  duplicates: number;
  failed: number;
  ignored: number;
  seconds: number;
}

export async function ingestCommand(args: IngestArgs, io: Io): Promise<number> {
  const summary = await ingest(args, io);
  io.err(
    `ingested ${summary.ingested}, ${summary.updated ? `updated ${summary.updated}, ` : ''}skipped ${summary.duplicates} as duplicates, failed ${summary.failed}` +
      (summary.ignored ? `, ignored ${summary.ignored} ${summary.ignored === 1 ? 'file that is not an article' : 'files that are not articles'}` : '') +
      ` (${summary.seconds.toFixed(1)} s)`,
  );
  return summary.failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

export async function ingest(args: IngestArgs, io: Io): Promise<IngestSummary> {
  const options = resolveOptions(args.options);
  const store = openSqliteStore(args.db);
  const pipeline = new BudgetedPipeline(options, args.budget ?? DEFAULT_BUDGET);
  const started = performance.now();
  const summary: IngestSummary = { ingested: 0, updated: 0, duplicates: 0, failed: 0, ignored: 0, seconds: 0 };
  const bar = io.tty ? new cliProgress.SingleBar({ format: 'ingest {value} articles | {failed} failed | {duration_formatted}', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(0, 0, { failed: 0 });
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
  const failed = (f: Failure) => {
    summary.failed++;
    store.putFailure(f);
    bar?.stop();
    io.err(`sitrep: ${f.origin}: ${f.reason}`);
    bar?.start(0, summary.ingested + summary.duplicates, { failed: summary.failed });
  };
  try {
    const sources = readSources(args.paths, { maxBytes: options.maxBytes, onIgnored: () => summary.ignored++, ...(io.stdin ? { stdin: io.stdin } : {}) });
    for await (const item of sources) {
      if ('ok' in item) {
        failed(item);
        continue;
      }
      // Seen before, with the same metadata and options: a duplicate, known without analyzing it.
      const hash = inputHash(item, options);
      if (!args.update && (await store.inputSeen?.(hash))) {
        summary.duplicates++;
        continue;
      }
      const result = await pipeline.run(item);
      if (!result.ok) failed(result);
      else {
        batch.push(result);
        hashes.push(hash);
      }
      if (batch.length >= (args.batch ?? DEFAULT_BATCH)) await flush();
      bar?.update(summary.ingested + summary.duplicates + batch.length, { failed: summary.failed });
    }
    await flush();
  } finally {
    bar?.stop();
    await pipeline.close();
    store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
