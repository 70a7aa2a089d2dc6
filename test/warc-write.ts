/**
 * Writes WARC records for tests and benchmarks, by hand (not with the reader's library), so the
 * reader is checked against the format rather than against itself.
 */
import { randomUUID } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface RecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'metadata' | 'revisit' | 'resource';
  uri?: string;
  date?: string;
  id?: string;
  /** For request and response records: the HTTP head (status line and headers, no trailing blank line). */
  httpHead?: string;
  body: Uint8Array | string;
  contentType?: string;
}

const CRLF = '\r\n';

export function warcRecord(spec: RecordSpec): Buffer {
  const body = typeof spec.body === 'string' ? Buffer.from(spec.body) : Buffer.from(spec.body);
  const block = spec.httpHead !== undefined ? Buffer.concat([Buffer.from(spec.httpHead + CRLF + CRLF), body]) : body;
  const contentType = spec.contentType ?? (spec.type === 'response' ? 'application/http; msgtype=response' : spec.type === 'request' ? 'application/http; msgtype=request' : 'application/warc-fields');
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <${spec.id ?? `urn:uuid:${randomUUID()}`}>`,
    `WARC-Date: ${spec.date ?? '2024-05-01T12:00:00Z'}`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join(CRLF) + CRLF + CRLF), block, Buffer.from(CRLF + CRLF)]);
}

/** A response record for a page with an HTTP 200 (or `status`) head. */
export function responseRecord(uri: string, body: Uint8Array | string, options: { status?: number; contentType?: string; id?: string; date?: string; gzipBody?: boolean; brotliBody?: boolean } = {}): Buffer {
  const status = options.status ?? 200;
  let payload = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
  const head = [`HTTP/1.1 ${status} ${status === 200 ? 'OK' : status === 404 ? 'Not Found' : 'Status'}`, `Content-Type: ${options.contentType ?? 'text/html'}`];
  if (options.gzipBody) {
    payload = gzipSync(payload);
    head.push('Content-Encoding: gzip');
  }
  if (options.brotliBody) {
    payload = brotliCompressSync(payload);
    head.push('Content-Encoding: br');
  }
  head.push(`Content-Length: ${payload.length}`);
  return warcRecord({ type: 'response', uri, body: payload, httpHead: head.join(CRLF), ...(options.id ? { id: options.id } : {}), ...(options.date ? { date: options.date } : {}) });
}

export function requestRecord(uri: string): Buffer {
  const url = new URL(uri);
  return warcRecord({ type: 'request', uri, body: '', httpHead: `GET ${url.pathname} HTTP/1.1${CRLF}Host: ${url.host}${CRLF}User-Agent: test` });
}

export function metadataRecord(uri: string): Buffer {
  return warcRecord({ type: 'metadata', uri, body: `via: ${uri}${CRLF}fetchTimeMs: 120${CRLF}` });
}

/** One gzip member per record, as crawlers write `.warc.gz`. */
export function gzipRecord(record: Buffer): Buffer {
  return gzipSync(record);
}
