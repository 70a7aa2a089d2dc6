/**
 * The HTML report in headless Chromium (Debian's `chromium`, driven by playwright-core): it opens with
 * no console error and no script, and every evidence link leads to the sentence it cites (the marked
 * sentence is the report's cited sentence, which is the stored text at its offsets).
 *
 * Skipped when Chromium is not installed (set CHROMIUM_PATH) or the seeds are absent. By default the
 * store holds the two seeds; SITREP_REPORT_DB=FILE runs it on a store made beforehand (the BBC corpus
 * plus the seeds: `sitrep ingest ../shared/corpus/bbc/bbc.jsonl.gz ../shared/corpus/seeds --db FILE`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { sentenceKey } from '../src/report/evidence.js';
import type { Report } from '../src/report/types.js';
import { sitrep, tempDir } from './cli-helpers.js';
import { hasShared, NO_SHARED, sharedPath } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const skip = !CHROMIUM ? 'Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH); skipped'
  : !process.env.SITREP_REPORT_DB && !hasShared('corpus', 'seeds') ? NO_SHARED : false;

test('the HTML report opens in Chromium with no console error, and its links lead to the right sentences', { skip, timeout: 180_000 }, async () => {
  let db = process.env.SITREP_REPORT_DB;
  if (!db) {
    db = join(tempDir(), 'seeds.db');
    const seeds = sharedPath('corpus', 'seeds');
    assert.equal(sitrep(['ingest', join(seeds, '000_6131efc8792cde03.txt'), join(seeds, '004_7ad8f6d594367497.txt'), '--db', db]).status, 0);
  }
  const html = join(tempDir(), 'report.html');
  const run = sitrep(['report', '--db', db, '--format', 'html', '--out', html]);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(sitrep(['report', '--db', db, '--format', 'json']).stdout) as Report;
  const cited = new Map(report.sentences.map((s) => [sentenceKey(s), s.text.replace(/\s+/g, ' ')]));

  const browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(html).href);
    assert.deepEqual(errors, [], 'no console error');
    assert.equal(await page.evaluate(() => document.scripts.length), 0, 'no script');
    const links = await page.evaluate(() => [...document.querySelectorAll('a.ref')].map((a) => {
      const id = a.getAttribute('href')!.slice(1);
      const target = document.getElementById(id);
      return { id, mark: target?.querySelector('mark')?.textContent ?? null };
    }));
    assert.ok(links.length > 0, 'the report has evidence links');
    for (const l of links) {
      const key = l.id.replace(/^s-/, '');
      assert.ok(cited.has(key), `${l.id} is a cited sentence`);
      assert.equal(l.mark?.replace(/\s+/g, ' '), cited.get(key), `${l.id} marks its sentence`);
    }
    const first = links[0]!;
    await page.click(`a.ref[href="#${first.id}"]`);
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), first.id, 'following a link targets its sentence');
    assert.deepEqual(errors, [], 'no console error after following a link');
  } finally {
    await browser.close();
  }
});
