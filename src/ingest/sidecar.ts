/**
 * Sidecar metadata: `NAME.json` beside `NAME.txt` (or `NAME.html`). Unknown keys are kept out of the
 * analysis but allowed (the seeds carry `notes`); known keys must have the right type, and a date must
 * exist. An empty file, or the file this run's output goes to, is no sidecar.
 */
import { fstatSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { parsePublished } from '../core/published.js';

export const sidecarSchema = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  title: z.string().optional(),
  author: z.string().optional(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T.+)?)?)?$/, 'an ISO 8601 date such as 2022-03-16').refine((v) => parsePublished(v, 'sidecar') !== null, 'a date that exists (2005-02-30 does not)').optional(),
  timezone: z.string().optional(),
  language: z.string().optional(),
});

export type Sidecar = z.infer<typeof sidecarSchema>;

export function sidecarPath(path: string): string {
  return path.replace(/\.(txt|text|html?|xhtml)$/i, '') + '.json';
}

/** Reads the sidecar of `path`: null if there is none, or an error message naming the file and problem. */
export async function readSidecar(path: string): Promise<{ meta: Sidecar | null; error: string | null }> {
  const file = sidecarPath(path);
  if (file === path) return { meta: null, error: null };
  let body: string;
  try {
    // `sitrep analyze a.txt --format json > a.json`: the shell made a.json, empty, for the output. The
    // file being written is never read as metadata, and neither is any empty file.
    const info = await stat(file);
    if (!info.isFile() || info.size === 0 || isOutput(info)) return { meta: null, error: null };
    body = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { meta: null, error: null };
    return { meta: null, error: `${file}: ${(e as Error).message}` };
  }
  if (body.trim() === '') return { meta: null, error: null };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { meta: null, error: `${file}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { meta: null, error: `${file}: field "${issue?.path.join('.') || '(root)'}": ${issue?.message}` };
  }
  return { meta: parsed.data, error: null };
}

/** Whether the file is where this process's standard output goes (the same device and inode). */
function isOutput(info: Stats): boolean {
  try {
    const out = fstatSync(1);
    return out.isFile() && out.dev === info.dev && out.ino === info.ino;
  } catch {
    return false;
  }
}
