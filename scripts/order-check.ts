/**
 * Does a document's analysis depend on what the process analyzed before it? Analyzes the first N
 * articles of a corpus in order, then again in reverse order (each then follows a different history),
 * and compares each article's two analyses as JSON. Prints the articles that differ and exits 1 if any.
 * Threads give the output of one thread only if this holds (src/segment/wink.ts).
 *
 *   node --import tsx scripts/order-check.ts [--data FILE.jsonl.gz|DIR] [--limit 300]
 */
import { runPipeline } from '../src/core/analyze.js';
import { readSources } from '../src/ingest/sources.js';
import type { RawInput } from '../src/ingest/input.js';
import { resolveOptions } from '../src/options.js';
import { flag, sharedPath } from '../bench/args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
const LIMIT = Number(flag('--limit') ?? 300);
const options = resolveOptions({});
const inputs: RawInput[] = [];
for await (const item of readSources([DATA], { maxBytes: options.maxBytes })) {
  if ('ok' in item) continue;
  inputs.push(item);
  if (inputs.length >= LIMIT) break;
}
const forward = inputs.map((i) => JSON.stringify(runPipeline(i, options)));
const differ: string[] = [];
for (let k = inputs.length - 1; k >= 0; k--) if (JSON.stringify(runPipeline(inputs[k]!, options)) !== forward[k]) differ.push(inputs[k]!.origin);
console.log(`order-check: ${inputs.length} articles analyzed forward then backward; ${differ.length} differ${differ.length ? ': ' + differ.slice(0, 20).join(', ') : ''}`);
process.exit(differ.length ? 1 : 0);
