/**
 * Ingest by upload: the body is one file (text, HTML, JSONL, optionally .gz), named by `?name=`. It is
 * written to a private temporary folder under a cleaned name (never a path the client chose), read by
 * the same code as `sitrep ingest` (src/ingest/sources.ts), and the folder is removed afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../core/analyze.js';
import { readSources } from '../ingest/sources.js';
import type { Analysis } from '../model/types.js';
import type { ResolvedOptions } from '../options.js';
import type { Store } from '../store/store.js';
import { httpError } from './errors.js';

/** Documents stored a transaction, as `sitrep ingest`. */
const BATCH = 100;
/** Failures listed in the answer; the rest are counted (all are stored). */
const MAX_LISTED_FAILURES = 50;

/** The file name kept for its ending and for `origin`: letters, digits, dot, dash, underscore. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '').slice(0, 120);
  if (!clean || !/\.(txt|text|html?|xhtml|jsonl|ndjson)(\.gz)?$/i.test(clean)) {
    throw httpError('BAD_REQUEST', `name "${name.slice(0, 80)}" must end in .txt, .html, .htm, .jsonl or .ndjson (optionally .gz)`);
  }
  return clean;
}

export interface UploadSummary {
  name: string;
  ingested: number;
  duplicates: number;
  failed: number;
  ids: string[];
  failures: Array<{ origin: string; code: string; reason: string }>;
}

export async function ingestUpload(store: Store, options: ResolvedOptions, name: string, bytes: Uint8Array): Promise<UploadSummary> {
  const file = safeName(name);
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-upload-'));
  const summary: UploadSummary = { name: file, ingested: 0, duplicates: 0, failed: 0, ids: [], failures: [] };
  // The temporary path would mean nothing later; the stored origin says where it really came from.
  const origin = (o: string) => `upload:${file}${o.slice(join(dir, file).length)}`;
  try {
    await writeFile(join(dir, file), bytes);
    const batch: Analysis[] = [];
    const flush = async () => {
      for (const r of await store.putMany(batch)) {
        summary[r.status === 'stored' ? 'ingested' : 'duplicates']++;
        summary.ids.push(r.id);
      }
      batch.length = 0;
    };
    for await (const item of readSources([join(dir, file)], { maxBytes: options.maxBytes })) {
      // The pipeline is synchronous work; between documents other requests get their turn.
      await new Promise((resolve) => setImmediate(resolve));
      const result = 'ok' in item ? item : runPipeline({ ...item, origin: origin(item.origin) }, options);
      if (!result.ok) {
        const f = { ...result, origin: result.origin.startsWith('upload:') ? result.origin : origin(result.origin) };
        summary.failed++;
        await store.putFailure(f);
        if (summary.failures.length < MAX_LISTED_FAILURES) summary.failures.push({ origin: f.origin, code: f.code, reason: f.reason.replaceAll(dir, 'upload') });
        continue;
      }
      batch.push(result);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return summary;
}
