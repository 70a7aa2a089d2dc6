import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../cli/commands/ingest.js';
import type { Failure } from '../model/types.js';
import { openSqliteStore } from '../store/sqlite.js';
import { Fetcher, USER_AGENT } from './fetch.js';
import type { RawInput } from './input.js';

const ARTICLE = `<!doctype html><html><head><title>Shelling in the north</title></head><body><article><h1>Shelling in the north</h1>
<p>Shelling damaged several buildings in the northern suburbs overnight, the regional governor said on Tuesday morning.</p>
<p>Rescue teams worked through the night to clear the rubble, and officials said the water supply had been cut in two districts.</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>One</title><link>https://desk.example/1</link><description>First report.</description><pubDate>Tue, 15 Mar 2022 07:30:00 GMT</pubDate></item>
<item><title>Two</title><link>https://desk.example/2</link><description>Second report.</description></item></channel></rss>`;
/** Each test's fetcher: short bounds so the slow and large cases end fast. */
const LIMITS = { timeoutMs: 400, delayMs: 60, maxBytes: 50_000 };

interface Site {
  server: Server;
  base: string;
  /** Each request as [path, user-agent, ms since 1970]. */
  log: Array<[string, string, number]>;
}

function site(robots: { status: number; body: string }, routes: Record<string, (res: ServerResponse) => void>): Promise<Site> {
  const log: Site['log'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    log.push([req.url ?? '', req.headers['user-agent'] ?? '', Date.now()]);
    if (req.url === '/robots.txt') {
      res.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body);
      return;
    }
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, log });
  }));
}

const html = (body: string, type = 'text/html; charset=utf-8') => (res: ServerResponse) => res.writeHead(200, { 'content-type': type }).end(body);
const redirect = (to: string, status = 301) => (res: ServerResponse) => res.writeHead(status, { location: to }).end();

let main: Site;
let broken: Site;
let open: Site;

before(async () => {
  main = await site({ status: 200, body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n' }, {
    '/ok': html(ARTICLE),
    '/moved': redirect('/ok'),
    '/hop1': redirect('/hop2', 302),
    '/hop2': redirect('/ok', 307),
    '/loop': redirect('/loop', 302),
    '/to-private': redirect('/private/page'),
    '/private/page': html(ARTICLE),
    '/slow': (res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 3_000).unref(),
    '/slow-body': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      setTimeout(() => res.end('</p></body></html>'), 3_000).unref();
    },
    '/big': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 200; i++) res.write(`<p>${'word '.repeat(100)}</p>`);
      res.end();
    },
    '/big-announced': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000_000) }).end(),
    '/feed': html(FEED, 'application/rss+xml'),
    '/logo.png': html('PNG', 'image/png'),
    '/plain': html('Shelling damaged several buildings, the governor said.', 'text/plain; charset=windows-1251'),
  });
  broken = await site({ status: 503, body: '' }, { '/ok': html(ARTICLE) });
  open = await site({ status: 404, body: '' }, { '/ok': html(ARTICLE) });
});

after(() => {
  for (const s of [main, broken, open]) {
    s.server.closeAllConnections();
    s.server.close();
  }
});

async function one(url: string, fetcher = new Fetcher(LIMITS)): Promise<RawInput | Failure> {
  const got = await fetcher.fetch(url);
  assert.equal(got.length, 1, url);
  return got[0]!;
}

const codeOf = (x: RawInput | Failure) => ('ok' in x ? x.code : 'input');

test('URL ingest: success, redirects, 404, timeout, oversized body and robots.txt each give the documented result', async () => {
  const fetcher = new Fetcher(LIMITS);
  const ok = (await one(`${main.base}/ok`, fetcher)) as RawInput;
  assert.deepEqual([ok.origin, ok.format, ok.meta.url, ok.metaSource, ok.charset], [`${main.base}/ok`, 'html', `${main.base}/ok`, 'crawl', 'utf-8']);
  assert.ok(ok.crawled && Date.parse(ok.crawled) <= Date.now());
  assert.match(new TextDecoder().decode(ok.bytes), /Shelling damaged/);

  const moved = (await one(`${main.base}/hop1`, fetcher)) as RawInput;
  assert.deepEqual([moved.origin, moved.meta.url], [`${main.base}/hop1`, `${main.base}/ok`], 'origin as given, url where the page was');

  const rows: Array<[string, string, RegExp]> = [
    ['/missing', 'HTTP_STATUS', /HTTP 404/],
    ['/loop', 'TOO_MANY_REDIRECTS', /more than 5 redirects/],
    ['/slow', 'TIMEOUT', /within 0.4 s/],
    ['/slow-body', 'TIMEOUT', /within 0.4 s/],
    ['/big', 'TOO_LARGE', /passed 50000 bytes/],
    ['/big-announced', 'TOO_LARGE', /announces 10000000 bytes/],
    ['/private/page', 'ROBOTS_DISALLOWED', /robots\.txt disallows \/private\/page/],
    ['/to-private', 'ROBOTS_DISALLOWED', /robots\.txt disallows \/private\/page/],
    ['/logo.png', 'NOT_ARTICLE', /image\/png/],
  ];
  for (const [path, code, reason] of rows) {
    const got = await one(`${main.base}${path}`, fetcher);
    assert.equal(codeOf(got), code, path);
    assert.equal(got.origin, `${main.base}${path}`);
    assert.match((got as Failure).reason, reason, path);
  }
  assert.equal(main.log.filter(([p]) => p === '/private/page').length, 0, 'a disallowed page is never asked for');
  assert.equal(main.log.filter(([p]) => p === '/robots.txt').length, 1, 'robots.txt is read once a site');
  assert.ok(main.log.every(([, agent]) => agent === USER_AGENT), 'every request says who it is');
  const gaps = main.log.slice(1).map(([, , t], i) => t - main.log[i]![2]);
  assert.ok(gaps.every((g) => g >= LIMITS.delayMs - 5), `one request at a time with a pause: ${gaps.join(', ')} ms`);
});

test('URL ingest: a feed URL gives its items, text/plain its text with the declared charset, bad URLs and dead hosts fail', async () => {
  const fetcher = new Fetcher(LIMITS);
  const feed = await fetcher.fetch(`${main.base}/feed`);
  assert.deepEqual(feed.map((i) => i.origin), [`${main.base}/feed#1 (https://desk.example/1)`, `${main.base}/feed#2 (https://desk.example/2)`]);
  assert.equal((feed[0] as RawInput).meta.published, '2022-03-15T07:30:00+00:00');
  const plain = (await one(`${main.base}/plain`, fetcher)) as RawInput;
  assert.deepEqual([plain.format, plain.charset], ['text', 'windows-1251']);
  assert.equal(codeOf(await one('ftp://files.example/a.txt', fetcher)), 'BAD_URL');
  assert.equal(codeOf(await one('http://exa mple', fetcher)), 'BAD_URL');
  const dead = createServer();
  const port = await new Promise<number>((resolve) => dead.listen(0, '127.0.0.1', () => resolve((dead.address() as { port: number }).port)));
  await new Promise((resolve) => dead.close(resolve));
  const refused = await one(`http://127.0.0.1:${port}/ok`, fetcher);
  assert.equal(codeOf(refused), 'ROBOTS_DISALLOWED', 'an unreachable robots.txt disallows the site (RFC 9309)');
  assert.match((refused as Failure).reason, /could not be read/);
});

test('robots.txt: a 5xx answer disallows the whole site, a 4xx allows it', async () => {
  assert.match((await one(`${broken.base}/ok`) as Failure).reason, /answered HTTP 503/);
  assert.equal(codeOf(await one(`${open.base}/ok`)), 'input');
  assert.deepEqual(broken.log.map(([p]) => p), ['/robots.txt']);
});

test('sitrep ingest with URLs and --urls: documents and failures in the store under the URL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fetch-'));
  try {
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# morning list\n${main.base}/missing\n\n${main.base}/private/page\nnot a url\n`);
    const db = join(dir, 'fetch.db');
    const lines: string[] = [];
    const summary = await ingest({ paths: [`${main.base}/moved`], urls: list, db, fetch: LIMITS, options: {} }, { out: () => {}, err: (l) => lines.push(l), tty: false });
    assert.deepEqual([summary.ingested, summary.failed], [1, 3], lines.join('\n'));
    const store = openSqliteStore(db);
    try {
      const origins: string[] = [];
      // for await: the store's list is iterable now and may become async.
      for await (const d of await store.list()) origins.push(d.origin);
      assert.deepEqual(origins, [`${main.base}/moved`]);
      const failures = await store.failures();
      assert.deepEqual(failures.map((f) => [f.origin, f.code]).sort(), [[`${main.base}/missing`, 'HTTP_STATUS'], [`${main.base}/private/page`, 'ROBOTS_DISALLOWED'], ['not a url', 'BAD_URL']].sort(), lines.join('\n'));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
