/** `sitrep analyze FILE|-`: one article through the pipeline, no database; JSON or a readable report. */
import { BudgetedPipeline, DEFAULT_BUDGET, type Budget } from '../../core/budget.js';
import { resolveOptions, type UserOptions } from '../../options.js';
import { EXIT, type Io } from '../io.js';

export interface AnalyzeArgs {
  file: string;
  format: 'json' | 'text';
  options: UserOptions;
  /** Per-document time and memory budget (src/core/budget.ts). */
  budget?: Budget;
}

export async function analyzeCommand(args: AnalyzeArgs, io: Io): Promise<number> {
  const options = resolveOptions(args.options);
  let status: number = EXIT.OK;
  let seen = 0;
  const pipeline = new BudgetedPipeline(options, args.budget ?? DEFAULT_BUDGET);
  // The worker loads the models while this thread imports the readers (feeds, WARC, fetching) and reads.
  pipeline.prepare();
  try {
    const { readSources } = await import('../../ingest/sources.js');
    const { textReport } = await import('../report.js');
    for await (const item of readSources([args.file], { maxBytes: options.maxBytes, ...(io.stdin ? { stdin: io.stdin } : {}) })) {
      seen++;
      const result = 'ok' in item ? item : await pipeline.run(item);
      if (!result.ok) {
        io.err(`sitrep: ${result.origin}: ${result.reason}`);
        status = EXIT.INPUT_FAILED;
        continue;
      }
      io.out(args.format === 'json' ? JSON.stringify(result, null, 2) : textReport(result));
    }
  } finally {
    await pipeline.close();
  }
  if (seen === 0) {
    io.err(`sitrep: ${args.file}: no article found there (give a .txt, .html or .jsonl file, a folder of them, or -)`);
    return EXIT.INPUT_FAILED;
  }
  return status;
}
