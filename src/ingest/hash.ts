/**
 * The hash of a raw input: its bytes (or text), its metadata and the options that change its analysis.
 * Ingest looks it up before analysis, so a rerun over a corpus it has stored skips every article at
 * the cost of reading and hashing it. Anything that would change the analysis changes the hash: new
 * metadata in a sidecar or record, another --published, or another sitrep analysis version.
 */
import { createHash } from 'node:crypto';
import type { ResolvedOptions } from '../options.js';
import type { RawInput } from './input.js';

/** Raised when the pipeline changes what it makes of the same input: old hashes then no longer match. */
const PIPELINE_VERSION = '1';

export function inputHash(input: RawInput, options: ResolvedOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([PIPELINE_VERSION, input.format, input.meta, input.metaSource, options.published, options.source, options.timezone, options.language, options.tokens]));
  h.update('\0');
  if (input.bytes) h.update(input.bytes);
  else h.update(input.text ?? '', 'utf8');
  return h.digest('hex').slice(0, 32);
}
