/**
 * The worker thread of src/core/budget.ts: runs the pipeline on one input at a time and posts the result
 * back. It warms the models up before saying it is ready, so that a document's time budget is spent on
 * the document, not on loading the tagger and gazetteer.
 */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../ingest/input.js';
import type { ResolvedOptions } from '../options.js';
import { runPipeline } from './analyze.js';
import { resolveOptions } from '../options.js';

const port = parentPort!;
runPipeline({ origin: 'warm-up', format: 'text', text: 'Officials said on Monday that 3 people were killed in Kyiv.', meta: {}, metaSource: null }, resolveOptions({ published: '2022-03-01' }));
port.on('message', (job: { id: number; input: RawInput; options: ResolvedOptions }) => {
  port.postMessage({ id: job.id, result: runPipeline(job.input, job.options) });
});
port.postMessage({ ready: true });
