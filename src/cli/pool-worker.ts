/** A pipeline worker thread of pool.ts: analyses each input it is sent and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawInput } from '../ingest/input.js';
import type { ResolvedOptions } from '../options.js';
import type { WorkerReply } from './pool.js';

const port = parentPort!;
const { options } = workerData as { options: ResolvedOptions };

try {
  const { runPipeline } = await import('../core/analyze.js');
  port.on('message', ({ seq, input }: { seq: number; input: RawInput }) => {
    port.postMessage({ seq, result: runPipeline(input, options) } satisfies WorkerReply);
  });
} catch (e) {
  port.on('message', ({ seq }: { seq: number }) => port.postMessage({ seq, error: (e as Error).message } satisfies WorkerReply));
}
