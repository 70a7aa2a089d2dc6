/**
 * End to end in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): the seeds, a
 * slice of the BBC corpus, two reports of one strike that disagree and a hostile article are ingested;
 * the UI is used as an analyst would, and a screenshot of each view is saved (to $SITREP_E2E_SHOTS, else
 * scratch/e2e/). Skips with a message when Chromium, the built UI or the shared data is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { ingest } from '../src/cli/commands/ingest.js';
import { startServer } from '../src/cli/commands/serve.js';
import { KIND, PLACES, report } from './fixtures/events.js';
import { DEFAULT_WEB_ROOT } from '../src/serve/static.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { hasShared, NO_SHARED, sharedPath } from './helpers.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = process.env.SITREP_E2E_SHOTS ?? join(import.meta.dirname, '..', 'scratch', 'e2e');
const TOKEN = 'e2e-token-0123456789abcdef';
/** BBC articles ingested besides the seeds: enough for paging and search, quick to analyze. */
const BBC_SLICE = 25;

const skip = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium); skipped`
  : !existsSync(join(DEFAULT_WEB_ROOT, 'index.html')) ? `the web UI is not built at ${DEFAULT_WEB_ROOT} (npm run build); skipped`
  : !hasShared('corpus', 'seeds') ? NO_SHARED
  : false;

const HOSTILE = [
  'Officials said <script>window.__pwned = "script"</script> was found in the statement.',
  'A picture <img src=x onerror="window.__pwned = \'img\'"> was posted, and a link <a href="javascript:window.__pwned=\'link\'">click here</a> too.',
  'Shelling killed two people in Kharkiv on Monday, officials said.',
].join('\n\n');

test('sitrep serve in a browser: filter, highlights, claim view, review kept, hostile text inert, limits', { skip, timeout: 600_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const db = join(dir, 'e2e.db');
  mkdirSync(SHOTS, { recursive: true });
  const quiet = { out: () => {}, err: () => {}, tty: false };
  // Inputs: the seeds, a BBC slice, a hostile JSONL record (its url a javascript: link), and two reports that disagree.
  const inputs = [sharedPath('corpus', 'seeds')];
  if (hasShared('corpus', 'bbc', 'bbc.jsonl.gz')) {
    const lines = gunzipSync(readFileSync(sharedPath('corpus', 'bbc', 'bbc.jsonl.gz'))).toString('utf8').split('\n').filter((l) => l.includes('"bbc/politics/')).slice(0, BBC_SLICE);
    writeFileSync(join(dir, 'bbc-slice.jsonl'), lines.join('\n') + '\n');
    inputs.push(join(dir, 'bbc-slice.jsonl'));
  }
  writeFileSync(join(dir, 'hostile.jsonl'), JSON.stringify({ text: HOSTILE, title: '<img src=x onerror="window.__pwned=\'title\'">Hostile', url: 'javascript:window.__pwned="url"', source: 'Hostile Outlet', published: '2022-03-07' }) + '\n');
  inputs.push(join(dir, 'hostile.jsonl'));
  await ingest({ paths: inputs, db, options: {} }, quiet);
  const store = openSqliteStore(db);
  const strike = (outlet: string, published: string, killed: number) => report(outlet, published, [{
    ...KIND.shelling, sentence: `A missile hit Lviv, killing ${killed} people`, trigger: 'missile hit', date: '2022-03-18', place: PLACES.lviv, killed,
  }]);
  await store.putMany([strike('Kyiv Independent', '2022-03-18', 3), strike('Reuters', '2022-03-19', 5)]);
  store.close();

  const server = await startServer({ db, host: '127.0.0.1', port: 0, token: TOKEN }, quiet);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const offsite: string[] = [];
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) offsite.push(r.url()); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    const view = (hash: string) => page.goto(`${server.url}#/${hash}`);

    // The token arrives in the fragment, as `sitrep serve` prints it.
    await page.goto(`${server.url}#token=${TOKEN}`);
    await page.waitForSelector('[data-testid=event-count]');
    const before = await page.textContent('[data-testid=event-count]');
    const total = Number(/^(\d+)/.exec(before ?? '')?.[1]);
    assert.ok(total > 5, `events listed: ${before}`);
    await shot('events');

    // Filter the events table by place.
    await page.fill('form.filters input[name=place]', 'Lviv');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction((t) => document.querySelector('[data-testid=event-count]')?.textContent !== t, before);
    const places = await page.$$eval('table.events tbody tr td:nth-child(4)', (tds) => tds.map((td) => td.textContent));
    assert.ok(places.length >= 1 && places.every((p) => /Lviv/.test(p ?? '')), `filtered rows: ${places.join(', ')}`);
    assert.match(page.url(), /place=Lviv/, 'the filter is in the address, so a reload keeps it');
    await shot('events-filtered');

    // The claim view of the strike the two reports disagree on.
    await page.click('table.events tbody tr:first-child td:first-child a');
    await page.waitForSelector('[data-testid=conflicts]');
    assert.match(await page.textContent('[data-testid=conflicts]') ?? '', /fatalities: 3 \(1 report\) \/ 5 \(1 report\)/);
    await shot('claim');

    // Accept, then edit the death toll; reload; the review is kept.
    const claimUrl = page.url();
    await page.click('button.accept');
    await page.waitForFunction(() => /accepted/.test(document.querySelector('[data-testid=review-status]')?.textContent ?? ''));
    await page.fill('input[name=fatalities]', '4');
    await page.click('button[data-field=fatalities]');
    await page.waitForFunction(() => /edited/.test(document.querySelector('[data-testid=review-status]')?.textContent ?? ''));
    await page.reload();
    await page.waitForSelector('[data-testid=history]');
    assert.equal(claimUrl, page.url());
    assert.equal(await page.inputValue('input[name=fatalities]'), '4');
    assert.match(await page.textContent('[data-testid=review-status]') ?? '', /edited/);
    assert.match(await page.textContent('[data-testid=history]') ?? '', /fatalities 3 → 4/);
    await view('events?reviewed=edited');
    await page.waitForSelector('table.events tbody tr');
    assert.equal(await page.textContent('table.events tbody tr td:nth-child(6)'), '4');
    await shot('claim-reviewed');

    // A seed document with its highlights.
    await view('documents');
    await page.waitForSelector('table.events tbody tr');
    await shot('documents');
    const seed = await page.evaluate(async () => (await (await fetch('/api/search?q=Klitschko&limit=1')).json()).items[0].docId as string);
    await view(`doc/${seed}`);
    await page.waitForSelector('[data-testid=doc-text]');
    for (const layer of ['entity', 'time', 'place', 'event']) {
      assert.ok(await page.locator(`[data-testid=doc-text] .hl-${layer}`).count() > 0, `${layer} highlights shown`);
    }
    const title = await page.getAttribute('[data-testid=doc-text] .hl-event >> nth=0', 'title');
    assert.match(title ?? '', /rule .+, confidence \d/);
    await shot('document');

    // The hostile article: its markup is text, nothing runs, the javascript: url is not a link.
    await view('search?q=onerror');
    await page.waitForSelector('ol.hits li a');
    await shot('search');
    await page.click('ol.hits li a');
    await page.waitForSelector('[data-testid=doc-text]');
    const text = await page.textContent('[data-testid=doc-text]');
    assert.match(text ?? '', /<script>window.__pwned = "script"<\/script>/);
    assert.match(text ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('main script, main img, [data-testid=doc-text] a').count(), 0);
    assert.match(await page.textContent('[data-testid=doc-title]') ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    // Ingest keeps only http(s) URLs (docs/robustness.md): the record's javascript: url never reaches the
    // store, so the document view has no url to show at all, not even as inert text.
    assert.equal(await page.locator('code.unsafe-url').count(), 0);
    const docId = /doc\/([^/?#]+)/.exec(page.url())?.[1];
    assert.ok(docId, `the document view's address names its id: ${page.url()}`);
    const stored = await page.evaluate(async (id) => (await (await fetch(`/api/documents/${id}`)).json()) as { title: string; url: string | null }, docId);
    assert.match(stored.title, /onerror/, 'the document API answers with the hostile document');
    assert.equal(stored.url, null, 'the javascript: url was not stored');
    await page.click('[data-testid=doc-text] >> text=click here').catch(() => {});
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, 'no article script ran');
    assert.deepEqual(dialogs, []);
    await shot('document-hostile');

    // Map and timeline.
    await view('map');
    await page.waitForSelector('.leaflet-marker-icon');
    // The base map: Natural Earth's countries, drawn from the bundle (nothing fetched, checked below).
    await page.waitForFunction(() => document.querySelectorAll('path.leaflet-interactive').length > 100);
    await shot('map');
    // The places the articles name, as a second layer.
    await page.check('.leaflet-control-layers-overlays label:has-text("places named") input');
    await page.waitForSelector('path.place-dot');
    await shot('map-places');
    await view('timeline');
    await page.waitForSelector('svg.chart rect');
    await shot('timeline');
    await view('entities');
    await page.waitForSelector('table.events tbody tr');
    await shot('entities');

    // Upload through the UI, with its progress bar, then the summary.
    await view('upload');
    await page.setInputFiles('[data-testid=upload-input]', { name: 'odesa.txt', mimeType: 'text/plain', buffer: Buffer.from('ODESA, March 21 (Reuters) - A drone strike hit a warehouse in Odesa on Monday, killing one guard, the regional governor said.\n') });
    await page.click('text=Upload >> nth=-1');
    await page.waitForFunction(() => /ingested 1, duplicates 0, failed 0/.test(document.querySelector('[data-testid=upload-log]')?.textContent ?? ''));
    assert.equal(await page.evaluate(() => (document.querySelector('[data-testid=upload-log] progress') as HTMLProgressElement).value), 1, 'the progress bar is full');
    await shot('upload');

    // Writes: refused without the token; a 100 MB upload refused cleanly with 413.
    const noToken = await page.evaluate(async (id) => {
      const r = await fetch(`/api/events/${id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"reject"}' });
      return { status: r.status, body: await r.json() };
    }, /event\/(ev[0-9a-f]+)/.exec(claimUrl)![1]!);
    assert.equal(noToken.status, 401);
    assert.equal(noToken.body.error.code, 'UNAUTHORIZED');
    const big = await page.evaluate(async (token) => {
      // A Blob, as a file input gives: the browser does not copy its bytes into the DevTools protocol.
      const body = new Blob([new Uint8Array(100 * 1024 * 1024)]);
      const r = await fetch('/api/ingest?name=big.txt', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body });
      return { status: r.status, body: await r.json() };
    }, TOKEN);
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, 'TOO_LARGE');
    const status = await page.evaluate(async () => (await fetch('/api/status')).json());
    assert.ok(status.documents > 0, 'the server is still up and answering');

    assert.deepEqual(offsite, [], 'nothing fetched from outside');
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
