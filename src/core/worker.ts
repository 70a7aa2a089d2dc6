/**
 * The worker thread of src/core/budget.ts: runs the pipeline on one input at a time and posts the result
 * back. It warms the models up before saying it is ready, so that a document's time budget is spent on
 * the document, not on loading the tagger and gazetteer. It imports the pipeline without the options'
 * validation (the options come resolved) and loads the HTML reader only for an input that may be HTML.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawInput } from '../ingest/input.js';
import type { ResolvedOptions } from '../options.js';
import { loadHtmlReader, mayBeHtml } from './pipeline.js';
import { runPipeline } from './run.js';

const port = parentPort!;
const { options } = workerData as { options: ResolvedOptions };
runPipeline({ origin: 'warm-up', format: 'text', text: 'Officials said on Monday that 3 people were killed in Kyiv.', meta: {}, metaSource: null }, { ...options, published: '2022-03-01' });
port.on('message', async (job: { id: number; input: RawInput; options: ResolvedOptions }) => {
  if (mayBeHtml(job.input)) await loadHtmlReader();
  // JSON text, not the object: see src/store/serialized.ts.
  port.postMessage({ id: job.id, json: JSON.stringify(runPipeline(job.input, job.options)) });
});
port.postMessage({ ready: true });
