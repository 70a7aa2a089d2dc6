/**
 * The pipeline as the suites run it: the code path of `sitrep analyze FILE` (runPipeline on the file's
 * bytes, read as a text file with no sidecar), so that a suite measures what ships. Evaluation texts
 * are given to it as UTF-8 bytes, exactly as the CLI reads a `.txt` file; offsets in the gold are
 * then compared with the spans' `raw` offsets, which point into that input.
 */
import { runPipeline } from '../core/analyze.js';
import type { Analysis } from '../model/types.js';
import { resolveOptions, type UserOptions } from '../options.js';

/** One text through the whole pipeline; a failure is a programming or data error here, so it throws. */
export function analyzeText(text: string, origin: string, options: UserOptions = {}): Analysis {
  const bytes = new TextEncoder().encode(text);
  const result = runPipeline({ origin, format: 'text', bytes, meta: {}, metaSource: null }, resolveOptions(options));
  if (!result.ok) throw new Error(`${origin}: the pipeline failed at ${result.stage}: ${result.reason}`);
  return result;
}

/** A span's offsets in the pipeline's input (`span.raw`), as a pair. */
export const rawOf = (span: { raw: [number, number] }): [number, number] => [span.raw[0], span.raw[1]];
