/**
 * URLs as inputs: `sitrep ingest https://…` or a list with `--urls FILE`. A polite fetcher: it says
 * who it is (User-Agent), honours robots.txt (robots.ts), sends one request at a time and waits
 * between two requests to the same host, bounds each request's time, its body's size and the number
 * of redirects, and follows each redirect only where robots.txt allows. Every way a fetch can fail
 * is a typed `Failure` naming the URL, like any other bad input, and the run goes on.
 */
import { fail } from '../errors.js';
import type { Failure } from '../model/types.js';
import { feedFromBytes } from './feed.js';
import { sniffHtml, type RawInput } from './input.js';
import { RobotsCache } from './robots.js';

export const USER_AGENT_TOKEN = 'sitrep';
export const USER_AGENT = `${USER_AGENT_TOKEN}/0.1 (news analysis; one request at a time, honours robots.txt)`;

export interface FetchOptions {
  /** Largest body accepted, in bytes (the ingest `maxBytes`). */
  maxBytes?: number;
  /** Time for one request, headers and body, in ms. */
  timeoutMs?: number;
  /** Pause between two requests to one host, in ms (a longer robots.txt Crawl-delay wins, up to `maxDelayMs`). */
  delayMs?: number;
  maxDelayMs?: number;
  maxRedirects?: number;
  userAgent?: string;
}

type Resolved = Required<FetchOptions>;

/** 30 s: a slow news site answers within a few seconds; past this the host is in trouble. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** 1 s between requests to one host: the common courtesy for a crawler that gives no Crawl-delay. */
export const DEFAULT_DELAY_MS = 1_000;
/** A Crawl-delay is honoured up to a minute; a longer one would stall a run on one site. */
export const MAX_CRAWL_DELAY_MS = 60_000;
/** Browsers stop at 20; five is what RFC 9309 gives robots.txt, and plenty for an article. */
export const DEFAULT_MAX_REDIRECTS = 5;

const STALE_SOCKET = /\b(ECONNRESET|UND_ERR_SOCKET|EPIPE)\b/;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;
const FEED_TYPE = /^\s*(application\/(rss\+xml|atom\+xml|rdf\+xml|feed\+json|xml)|text\/xml)\b/i;

type Got = { ok: true; status: number; url: string; type: string; body: Uint8Array } | { ok: false; failure: Failure };

export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

export class Fetcher {
  private readonly options: Resolved;
  private readonly robots: RobotsCache;
  /** When each host last answered (ms since 1970), and its pause when robots.txt set a longer one. */
  private readonly lastAt = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(options: FetchOptions = {}) {
    this.options = {
      maxBytes: options.maxBytes ?? 25 * 1024 * 1024,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      delayMs: options.delayMs ?? DEFAULT_DELAY_MS,
      maxDelayMs: options.maxDelayMs ?? MAX_CRAWL_DELAY_MS,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      userAgent: options.userAgent ?? USER_AGENT,
    };
    this.robots = new RobotsCache(async (url) => {
      const got = await this.follow(url, url, false);
      return got.ok ? { status: got.status, text: new TextDecoder().decode(got.body) } : null;
    }, USER_AGENT_TOKEN);
  }

  /** The page at `url` as one input, a feed as one input an item, or a failure. */
  async fetch(url: string): Promise<Array<RawInput | Failure>> {
    try {
      new URL(url);
    } catch {
      return [fail('ingest', 'BAD_URL', url, 'the URL cannot be parsed')];
    }
    if (!isUrl(url)) return [fail('ingest', 'BAD_URL', url, 'only http:// and https:// URLs are fetched')];
    const got = await this.follow(url, url, true);
    if (!got.ok) return [got.failure];
    if (got.status !== 200) return [fail('ingest', 'HTTP_STATUS', url, `HTTP ${got.status}${got.url !== url ? ` from ${got.url}` : ''}`)];
    const crawled = new Date().toISOString();
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(got.type)?.[1];
    if (FEED_TYPE.test(got.type)) return feedFromBytes(got.body, url, charset, crawled);
    const format = HTML_TYPE.test(got.type) ? 'html' : TEXT_TYPE.test(got.type) ? 'text' : got.type.trim() === '' && sniffHtml(new TextDecoder().decode(got.body.subarray(0, 1024))) ? 'html' : null;
    if (!format) return [fail('ingest', 'NOT_ARTICLE', url, `the server sent ${got.type || 'no content type'}; give an HTML or text page, or a feed`)];
    return [{ origin: url, format, bytes: got.body, meta: { url: got.url }, metaSource: 'crawl', crawled, ...(charset ? { charset } : {}) }];
  }

  /** GET with redirects followed (each checked against robots.txt when `robots`), up to the bound. */
  private async follow(origin: string, url: string, robots: boolean): Promise<Got> {
    let current = url;
    for (let hop = 0; ; hop++) {
      if (robots) {
        const verdict = await this.robots.check(current);
        if (!verdict.allowed) return { ok: false, failure: fail('ingest', 'ROBOTS_DISALLOWED', origin, verdict.reason ?? current) };
        if (verdict.crawlDelay !== undefined) this.crawlDelay(current, verdict.crawlDelay);
      }
      let got = await this.get(origin, current);
      // A kept-alive connection the server closed as we reused it: once more, on a new connection.
      if (!got.ok && got.failure.code === 'FETCH_FAILED' && STALE_SOCKET.test(got.failure.reason)) got = await this.get(origin, current);
      if (!got.ok) return got;
      const location = got.status >= 300 && got.status < 400 ? got.location : null;
      if (!location) return got;
      if (hop >= this.options.maxRedirects) return { ok: false, failure: fail('ingest', 'TOO_MANY_REDIRECTS', origin, `more than ${this.options.maxRedirects} redirects (the last to ${location})`) };
      current = new URL(location, current).href;
      if (!isUrl(current)) return { ok: false, failure: fail('ingest', 'BAD_URL', origin, `redirected to ${current}, which is not http(s)`) };
    }
  }

  /** One GET, after the host's pause, with the time and size bounds. */
  private async get(origin: string, url: string): Promise<(Got & { ok: true; location: string | null }) | { ok: false; failure: Failure }> {
    await this.politely(url);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { 'user-agent': this.options.userAgent, accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, application/rss+xml, application/atom+xml, application/feed+json, */*;q=0.5' } });
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > this.options.maxBytes) {
        await response.body?.cancel();
        return { ok: false, failure: tooLarge(origin, `the server announces ${declared} bytes`, this.options.maxBytes) };
      }
      const body = await readBody(response, this.options.maxBytes);
      if (!body) return { ok: false, failure: tooLarge(origin, `the body passed ${this.options.maxBytes} bytes`, this.options.maxBytes) };
      return { ok: true, status: response.status, url, type: response.headers.get('content-type') ?? '', body, location: response.headers.get('location') };
    } catch (e) {
      if (controller.signal.aborted) return { ok: false, failure: fail('ingest', 'TIMEOUT', origin, `no complete answer from ${url} within ${this.options.timeoutMs / 1000} s`) };
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      return { ok: false, failure: fail('ingest', 'FETCH_FAILED', origin, `${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`) };
    } finally {
      clearTimeout(timer);
      this.lastAt.set(new URL(url).host, Date.now());
    }
  }

  /** Waits until the host may be asked again. */
  private async politely(url: string): Promise<void> {
    const host = new URL(url).host;
    const last = this.lastAt.get(host);
    if (last === undefined) return;
    const wait = last + (this.delays.get(host) ?? this.options.delayMs) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  private crawlDelay(url: string, seconds: number): void {
    const ms = Math.min(seconds * 1000, this.options.maxDelayMs);
    if (ms > this.options.delayMs) this.delays.set(new URL(url).host, ms);
  }
}

/** The body, or null as soon as it passes `max` bytes (the rest is not read). */
async function readBody(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(origin: string, what: string, max: number): Failure {
  return fail('ingest', 'TOO_LARGE', origin, `${what}, over the ${max}-byte limit; raise it with --max-bytes if this is one article`);
}
