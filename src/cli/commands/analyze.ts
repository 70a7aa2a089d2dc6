/** `sitrep analyze FILE|-`: one article through the pipeline, no database; JSON or a readable report. */
import { runPipeline } from '../../core/analyze.js';
import { readSources } from '../../ingest/sources.js';
import { resolveOptions, type UserOptions } from '../../options.js';
import { EXIT, type Io } from '../io.js';
import { textReport } from '../report.js';

export interface AnalyzeArgs {
  file: string;
  format: 'json' | 'text';
  options: UserOptions;
}

export async function analyzeCommand(args: AnalyzeArgs, io: Io): Promise<number> {
  const options = resolveOptions(args.options);
  let status: number = EXIT.OK;
  let seen = 0;
  for await (const item of readSources([args.file], { maxBytes: options.maxBytes, ...(io.stdin ? { stdin: io.stdin } : {}) })) {
    seen++;
    const result = 'ok' in item ? item : runPipeline(item, options);
    if (!result.ok) {
      io.err(`sitrep: ${result.origin}: ${result.reason}`);
      status = EXIT.INPUT_FAILED;
      continue;
    }
    io.out(args.format === 'json' ? JSON.stringify(result, null, 2) : textReport(result));
  }
  if (seen === 0) {
    io.err(`sitrep: ${args.file}: no article found there (give a .txt, .html or .jsonl file, a folder of them, or -)`);
    return EXIT.INPUT_FAILED;
  }
  return status;
}
