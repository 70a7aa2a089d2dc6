/**
 * WARC archives (`.warc`, and `.warc.gz` with one gzip member a record as crawlers write them) as
 * inputs, read with warcio one record at a time: memory stays flat whatever the archive's size.
 * Each `response` record with HTTP 200 and an HTML or plain-text payload is one input; every other
 * record (warcinfo, request, metadata, revisit, resource, other statuses and media types) is skipped
 * and counted through `onSkipped`, so the summary can say what an archive held besides articles.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { fail } from '../errors.js';
import type { Failure } from '../model/types.js';
import type { RawInput } from './input.js';

export const WARC_FILE = /\.warc(\.gz)?$/i;

/** Why a record is not an input; the keys of the summary's count. */
export type WarcSkip = 'warcinfo' | 'request' | 'metadata' | 'revisit' | 'resource' | 'other-type' | 'not-200' | 'not-html';

export interface WarcOptions {
  maxBytes: number;
  onSkipped?: (why: WarcSkip) => void;
  /** Bytes of the file read so far, of its size (compressed bytes for `.warc.gz`). */
  onProgress?: (read: number, total: number) => void;
}

/** Chunk size of the file reads: large enough for speed, small beside the memory budget. */
const READ_CHUNK = 1 << 20;
/** The two CRLFs that close every record of an uncompressed WARC. */
const RECORD_END = '\r\n\r\n';
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;
const SKIPPED_TYPES: ReadonlySet<string> = new Set(['warcinfo', 'request', 'metadata', 'revisit', 'resource']);

export async function* readWarc(path: string, options: WarcOptions): AsyncGenerator<RawInput | Failure> {
  let total: number;
  try {
    total = (await stat(path)).size;
  } catch (e) {
    yield fail('ingest', 'UNREADABLE', path, (e as Error).message);
    return;
  }
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
  let read = 0;
  let gzipped = false;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (read === 0) gzipped = chunk[0] === 0x1f && chunk[1] === 0x8b;
      read += chunk.length;
      options.onProgress?.(read, total);
      yield chunk;
    }
  }
  const parser = new WARCParser(counted());
  let records = 0;
  /** Where the last whole record ends in the file (compressed bytes for gzip). */
  let end = 0;
  try {
    for await (const record of parser) {
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield fail('ingest', 'BAD_WARC', `${path}@${parser.offset}`, `"${record.warcHeaders.statusline.slice(0, 40)}" is not a WARC record's first line (after ${records} records; the rest of the file is not read)`);
        return;
      }
      records++;
      const item = await toInput(record, `${path}#`, parser.offset, options);
      await record.skipFully();
      // warcio hands out a cut-off last record as if it were whole (plain WARC) or drops it (gzip).
      end = parser.offset + parser.recordLength;
      if (!gzipped && end + RECORD_END.length > total) {
        yield fail('ingest', 'BAD_WARC', `${path}@${parser.offset}`, `the file breaks off inside its last record (${records} records read); the record is left out`);
        return;
      }
      if (item) yield item;
    }
    if (records === 0) yield fail('ingest', 'BAD_WARC', path, 'no WARC record found; is this a WARC file?');
    else if (gzipped && end < total) yield fail('ingest', 'BAD_WARC', `${path}@${end}`, `the file breaks off: its last ${total - end} bytes are not a whole gzip record (${records} records read before them)`);
  } catch (e) {
    yield fail('ingest', 'BAD_WARC', `${path}@${parser.offset}`, `${(e as Error).message} (after ${records} records; the rest of the file is not read)`);
  } finally {
    stream.destroy();
  }
}

/** One record as an input, a failure, or null when it is skipped (counted). Unread payloads are skipped by the parser without being held. */
async function toInput(record: WARCRecord, prefix: string, offset: number, options: WarcOptions): Promise<RawInput | Failure | null> {
  const skip = (why: WarcSkip) => {
    options.onSkipped?.(why);
    return null;
  };
  const type = record.warcType ?? '';
  if (type !== 'response') return skip(SKIPPED_TYPES.has(type) ? (type as WarcSkip) : 'other-type');
  const http = record.httpHeaders;
  if (!http || Number(http.statusCode) !== 200) return skip('not-200');
  const contentType = http.headers.get('content-type') ?? '';
  const format = HTML_TYPE.test(contentType) ? 'html' : TEXT_TYPE.test(contentType) ? 'text' : contentType.trim() === '' ? 'auto' : null;
  if (!format) return skip('not-html');
  // The record id names the record for good; a record without one is named by its offset.
  const origin = prefix + ((record.warcHeader('WARC-Record-ID') ?? '').replace(/^<|>$/g, '') || `offset-${offset}`);
  if (record.warcContentLength > options.maxBytes) {
    return fail('ingest', 'TOO_LARGE', origin, `the record's ${record.warcContentLength} bytes are over the ${options.maxBytes}-byte limit`);
  }
  // Content decoded: chunked transfer and gzip/deflate content encoding undone by warcio, which
  // hands brotli (browser-based crawls) back as it is; Node's zlib undoes that.
  let bytes = await record.readFully(true);
  if (/^\s*br\s*$/i.test(http.headers.get('content-encoding') ?? '')) {
    try {
      bytes = brotliDecompressSync(bytes, { maxOutputLength: options.maxBytes });
    } catch (e) {
      return fail('ingest', 'UNREADABLE', origin, `the brotli-encoded payload cannot be decoded (${(e as Error).message})`);
    }
  }
  const url = record.warcTargetURI ?? undefined;
  const date = record.warcDate ?? '';
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  return {
    origin,
    format,
    bytes,
    meta: url ? { url } : {},
    metaSource: url ? 'crawl' : null,
    ...(charset ? { charset } : {}),
    ...(Number.isFinite(Date.parse(date)) ? { crawled: date } : {}),
  };
}
