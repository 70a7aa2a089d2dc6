/** One seed report through the pipeline, as `sitrep analyze` reads it (the text with its sidecar). */
import { analyze } from '../core/analyze.js';
import { createError } from '../errors.js';
import { readSources } from '../ingest/sources.js';
import type { Analysis } from '../model/types.js';
import { DEFAULT_MAX_BYTES } from '../options.js';

export async function analyzeSeedFile(path: string): Promise<Analysis> {
  for await (const item of readSources([path], { maxBytes: DEFAULT_MAX_BYTES })) {
    const r = 'ok' in item ? item : analyze(item);
    if (!r.ok) throw new Error(`${path}: ${r.reason}`);
    return r;
  }
  throw createError('NO_DATA', `${path} not found`);
}
