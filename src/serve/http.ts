/**
 * The node:http adapter: reads the body within a limit, hands the API a plain request, writes its JSON
 * answer with the security headers, and serves the web UI. A body over the limit is answered 413 as
 * soon as its Content-Length (or its running count) says so; the rest is drained, not stored.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Api } from './api.js';
import { errorBody } from './errors.js';
import type { ApiRequest, ApiResponse } from './request.js';
import { staticFile } from './static.js';

/** JSON bodies (reviews) are small; 64 KB is far above any real one. */
export const MAX_JSON_BODY = 64 * 1024;
/** After a 413, how long the client may go on sending before the connection is cut. */
const DRAIN_MS = 30_000;

/** No inline script or style, nothing from elsewhere: the UI is all files of its own origin. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface ServeOptions {
  api: Api;
  webRoot: string;
  maxUpload: number;
  /** Host names a request may name (its Host header); empty: any. On loopback only loopback names, so
   * a web page on another name that resolves to 127.0.0.1 (DNS rebinding) cannot read the API. */
  hosts?: readonly string[];
  log?: (line: string) => void;
}

export function createHttpServer(o: ServeOptions): Server {
  return createServer((req, res) => {
    handle(req, res, o).catch((e) => {
      o.log?.(`sitrep serve: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) send(res, { status: 500, body: errorBody('INTERNAL', 'the server failed on this request') });
      else res.destroy();
    });
  });
}

/** A dot-dot segment, plain or percent-encoded: URL parsing would quietly fold it away; refuse it instead. */
const TRAVERSAL = /(?:^|\/|%2f|\\|%5c)(?:\.|%2e){2}(?:\/|%2f|\\|%5c|$|\?)/i;

async function handle(req: IncomingMessage, res: ServerResponse, o: ServeOptions): Promise<void> {
  if (o.hosts?.length && !o.hosts.includes(hostName(req.headers.host))) {
    req.resume();
    send(res, { status: 400, body: errorBody('BAD_REQUEST', `this server answers to ${o.hosts.join(', ')}, not "${(req.headers.host ?? '').slice(0, 100)}"`) });
    return;
  }
  if (TRAVERSAL.test(req.url ?? '')) {
    req.resume();
    send(res, { status: 400, body: errorBody('BAD_REQUEST', 'the path climbs out of its folder ("..")') });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
  if (!isApi) return serveStatic(req, res, url.pathname, o.webRoot);
  const limit = url.pathname === '/api/ingest' ? o.maxUpload : MAX_JSON_BODY;
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    tooLarge(req, res, limit);
    return;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  const request: ApiRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers, ...(body.length ? { body } : {}) };
  send(res, await o.api(request), req.method === 'HEAD');
}

function send(res: ServerResponse, r: ApiResponse, head = false): void {
  const json = JSON.stringify(r.body);
  res.writeHead(r.status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(json), ...r.headers });
  res.end(head ? undefined : json);
}

/** The body, or 'too-large' as soon as the declared or counted size passes `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** 413 at once; what the client still sends is read and dropped (a reset mid-send would hide the answer). */
function tooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  send(res, { status: 413, body: errorBody('TOO_LARGE', `the request body is over the ${limit} byte limit${limit > MAX_JSON_BODY ? '; split the upload into smaller files' : ''}`), headers: { Connection: 'close' } });
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  timer.unref();
  req.on('end', () => clearTimeout(timer));
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string, root: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, { status: 405, body: errorBody('METHOD_NOT_ALLOWED', `${req.method} is not allowed here`) });
    req.resume();
    return;
  }
  const file = await staticFile(root, path);
  if (!file) {
    const built = await staticFile(root, '/index.html');
    send(res, built
      ? { status: 404, body: errorBody('NOT_FOUND', 'no such file') }
      : { status: 503, body: errorBody('UI_NOT_BUILT', 'the web UI is not built; run "npm run build" (the API under /api works)') });
    return;
  }
  res.writeHead(file.status, {
    ...SECURITY_HEADERS, 'Content-Type': file.type, 'Content-Length': file.body.length,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/** The host name of a Host header, without the port (`[::1]:8080` → `::1`). */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  const v6 = /^\[([^\]]+)\]/.exec(h);
  return v6 ? v6[1]! : h.replace(/:\d+$/, '');
}

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'] as const;
