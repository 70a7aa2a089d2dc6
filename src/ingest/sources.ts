/**
 * Turns the paths a user names into a stream of inputs: files, folders (recursively, in sorted order),
 * JSONL (plain or gzipped, one record a line) and stdin (`-`). Problems with one path or line become a
 * `Failure` in the stream; the stream goes on.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { fail } from '../errors.js';
import type { Failure } from '../model/types.js';
import type { RawInput } from './input.js';
import { readSidecar } from './sidecar.js';
import { FEED_FILE, feedFromBytes, XML_FILE } from './feed.js';
import { Fetcher, isUrl, type FetchOptions } from './fetch.js';
import { readWarc, WARC_FILE, type WarcSkip } from './warc.js';

const TEXT_FILE = /\.(txt|text)$/i;
const HTML_FILE = /\.(html?|xhtml)(\.gz)?$/i;
const JSONL_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;

export type SourceItem = RawInput | Failure;

export interface SourceOptions {
  maxBytes: number;
  /** Called for files in a folder that are not articles (sidecars, other formats); for the summary. */
  onIgnored?: (path: string) => void;
  stdin?: NodeJS.ReadableStream;
  /** A WARC record that is not an article (request, metadata, not HTTP 200, not HTML...); for the summary. */
  onSkipped?: (why: WarcSkip) => void;
  /** Bytes of a WARC file read so far, of its size; for the progress bar. */
  onProgress?: (read: number, total: number) => void;
  /** URLs to fetch after the paths (`--urls FILE`): each is fetched, never read as a path. */
  urls?: string[];
  /** Timeouts, pauses and the like for URLs (defaults in fetch.ts). */
  fetch?: FetchOptions;
}

export async function* readSources(paths: string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  let fetcher: Fetcher | null = null;
  const fetch = (url: string) => (fetcher ??= new Fetcher({ maxBytes: options.maxBytes, ...options.fetch })).fetch(url);
  for (const path of paths) {
    if (path === '-') yield* readStdin(options);
    else if (isUrl(path)) yield* await fetch(path);
    else yield* readPath(path, options, true);
  }
  for (const url of options.urls ?? []) yield* await fetch(url);
}

/** A file or folder; `named` when the user named it (any file is then read, whatever its ending). */
async function* readPath(path: string, options: SourceOptions, named: boolean): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield fail('ingest', 'UNREADABLE', path, describe(e));
    return;
  }
  if (info.isDirectory()) yield* readFolder(path, options);
  else if (named || TEXT_FILE.test(path) || HTML_FILE.test(path) || JSONL_FILE.test(path) || WARC_FILE.test(path) || FEED_FILE.test(path)) yield* readFile(path, options, named);
  else options.onIgnored?.(path);
}

async function* readFolder(dir: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    yield fail('ingest', 'UNREADABLE', dir, describe(e));
    return;
  }
  const present = new Set(names);
  const isSidecar = (name: string) => name.endsWith('.json') && ['.txt', '.text', '.html', '.htm', '.xhtml'].some((e) => present.has(name.slice(0, -5) + e));
  for (const name of names) {
    if (!name.startsWith('.') && !isSidecar(name)) yield* readPath(join(dir, name), options, false);
  }
}

async function* readFile(path: string, options: SourceOptions, named: boolean): AsyncGenerator<SourceItem> {
  if (JSONL_FILE.test(path)) {
    yield* readJsonl(path, options);
    return;
  }
  if (WARC_FILE.test(path)) {
    yield* readWarc(path, options);
    return;
  }
  if (FEED_FILE.test(path) || (named && XML_FILE.test(path))) {
    const feed = await readLimited(path, options.maxBytes);
    yield* feed instanceof Uint8Array ? feedFromBytes(feed, path) : [feed];
    return;
  }
  const bytes = await readLimited(path, options.maxBytes);
  if (!(bytes instanceof Uint8Array)) {
    yield bytes;
    return;
  }
  const { meta, error } = await readSidecar(path);
  if (error) {
    yield fail('ingest', 'BAD_SIDECAR', path, error);
    return;
  }
  const format = HTML_FILE.test(path) ? 'html' : TEXT_FILE.test(path) ? 'text' : named ? 'auto' : 'text';
  const unzipped = path.endsWith('.gz') ? gunzip(bytes, path) : bytes;
  if (!(unzipped instanceof Uint8Array)) {
    yield unzipped;
    return;
  }
  yield { origin: path, format, bytes: unzipped, meta: meta ?? {}, metaSource: meta ? 'sidecar' : null };
}

async function readLimited(path: string, maxBytes: number): Promise<Uint8Array | Failure> {
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) {
        return fail('ingest', 'TOO_LARGE', path, `${mb(size)} is over the ${mb(maxBytes)} limit; raise it with --max-bytes if this is one article`);
      }
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    return fail('ingest', 'UNREADABLE', path, describe(e));
  }
}

function gunzip(bytes: Uint8Array, path: string): Uint8Array | Failure {
  try {
    return gunzipSync(bytes);
  } catch (e) {
    return fail('ingest', 'UNREADABLE', path, `not a valid gzip file (${describe(e)})`);
  }
}

const recordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    source: z.string().optional(),
    author: z.string().optional(),
    published: z.string().optional(),
    timezone: z.string().optional(),
    language: z.string().optional(),
  })
  .refine((r) => r.text !== undefined || r.html !== undefined, 'a record needs a "text" or "html" field');

async function* readJsonl(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const stream = createReadStream(path);
  yield* readJsonlStream(path.endsWith('.gz') ? stream.pipe(createGunzip()) : stream, path, options);
}

async function* readJsonlStream(input: NodeJS.ReadableStream, path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const origin = `${path}:${n}`;
      if (line.length > options.maxBytes) {
        yield fail('ingest', 'TOO_LARGE', origin, `the line is over the ${mb(options.maxBytes)} limit`);
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        yield fail('ingest', 'BAD_JSONL', origin, `not valid JSON (${describe(e)})`);
        continue;
      }
      const r = recordSchema.safeParse(json);
      if (!r.success) {
        const issue = r.error.issues[0];
        yield fail('ingest', 'BAD_JSONL', origin, `${issue?.path.join('.') || 'record'}: ${issue?.message}`);
        continue;
      }
      const { id, text, html, ...meta } = r.data;
      const named = id === undefined ? origin : `${origin} (${id})`;
      yield html !== undefined
        ? { origin: named, format: 'jsonl-html', text: html, meta, metaSource: 'record' }
        : { origin: named, format: 'jsonl-text', text: text ?? '', meta, metaSource: 'record' };
    }
  } catch (e) {
    yield fail('ingest', 'UNREADABLE', `${path}:${n + 1}`, describe(e));
  }
}

/**
 * Standard input is sniffed as a file's name would tell: gzip by its magic bytes (unzipped as it is
 * read), then JSONL when its first line is a JSON record with a "text" or "html" field (one document a
 * line, as from a .jsonl file); anything else is one article.
 */
async function* readStdin(options: SourceOptions): AsyncGenerator<SourceItem> {
  let input: NodeJS.ReadableStream = options.stdin ?? process.stdin;
  let head: Buffer;
  let rest: AsyncIterable<Buffer>;
  try {
    [head, rest] = await peek(input, 2);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      const gunzip = createGunzip();
      Readable.from(rest).pipe(gunzip);
      input = gunzip;
      [head, rest] = await peek(input, 2);
    }
    [head, rest] = await peekLine(head, rest, options.maxBytes);
  } catch (e) {
    yield fail('ingest', 'UNREADABLE', 'stdin', `not a valid gzip stream (${describe(e)})`);
    return;
  }
  if (looksLikeJsonl(head)) {
    yield* readJsonlStream(Readable.from(rest), 'stdin', options);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of rest) {
      size += chunk.length;
      if (size > options.maxBytes) {
        yield fail('ingest', 'TOO_LARGE', 'stdin', `over the ${mb(options.maxBytes)} limit`);
        return;
      }
      chunks.push(chunk);
    }
  } catch (e) {
    yield fail('ingest', 'UNREADABLE', 'stdin', describe(e));
    return;
  }
  yield { origin: 'stdin', format: 'auto', bytes: Buffer.concat(chunks), meta: {}, metaSource: null };
}

/** The first `n` bytes of a stream (fewer at its end), and the whole stream again from its start. */
async function peek(input: NodeJS.ReadableStream, n: number): Promise<[Buffer, AsyncIterable<Buffer>]> {
  const it = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  while (size < n) {
    const r = await it.next();
    if (r.done) break;
    const buf = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    seen.push(buf);
    size += buf.length;
  }
  return [Buffer.concat(seen), replay(seen, it)];
}

/** Reads on until the head holds its first line (or `limit` bytes). */
async function peekLine(head: Buffer, rest: AsyncIterable<Buffer>, limit: number): Promise<[Buffer, AsyncIterable<Buffer>]> {
  const it = rest[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let line = head;
  while (line.indexOf(0x0a) === -1 && size < Math.min(limit, 1 << 26)) {
    const r = await it.next();
    if (r.done) break;
    seen.push(r.value);
    size += r.value.length;
    line = Buffer.concat(seen);
  }
  return [line, replay(seen, it)];
}

async function* replay(seen: Buffer[], it: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  yield* seen;
  for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
}

/** A first line that is a JSON object with a "text" or "html" string: a JSONL record. */
function looksLikeJsonl(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return false;
  const end = text.indexOf('\n');
  try {
    const first = JSON.parse(end === -1 ? text : text.slice(0, end)) as Record<string, unknown>;
    return typeof first === 'object' && first !== null && (typeof first.text === 'string' || typeof first.html === 'string');
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or folder';
  if (err.code === 'EACCES') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a folder';
  return err.message ?? String(e);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
