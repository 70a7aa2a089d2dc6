/**
 * `analyze(input, options)`: one article through the pipeline to an `Analysis`, or a typed `Failure`.
 * Knows nothing of the CLI, HTTP or storage. The pipeline itself is `runPipeline` (src/core/run.ts);
 * this module adds the options' validation and the HTML reader, so that any caller of it can give HTML.
 */
import * as htmlReader from '../ingest/html/extract.js';
import type { InputMeta, RawInput } from '../ingest/input.js';
import type { AnalysisResult } from '../model/types.js';
import { resolveOptions, type UserOptions } from '../options.js';
import { useHtmlReader } from './pipeline.js';
import { runPipeline } from './run.js';

export { makeSpan, runPipeline, type StepClock } from './run.js';

useHtmlReader(htmlReader);

/** What a library caller may pass: a plain text string, or an article with its metadata. */
export type AnalyzeInput =
  | string
  | { text: string; html?: never; origin?: string; meta?: InputMeta }
  | { html: string; text?: never; origin?: string; meta?: InputMeta }
  | RawInput;

export function analyze(input: AnalyzeInput, options: UserOptions = {}): AnalysisResult {
  return runPipeline(toRawInput(input), resolveOptions(options));
}

function toRawInput(input: AnalyzeInput): RawInput {
  if (typeof input === 'string') return { origin: 'input', format: 'auto', text: input, meta: {}, metaSource: null };
  if ('format' in input) return input;
  const meta = input.meta ?? {};
  const origin = input.origin ?? 'input';
  return input.html !== undefined
    ? { origin, format: 'jsonl-html', text: input.html, meta, metaSource: 'record' }
    : { origin, format: 'text', text: input.text, meta, metaSource: 'record' };
}
