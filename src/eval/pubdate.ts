/**
 * The `pubdate` suite: the publication date `extractHtml` reads from a page, against the htmldate gold
 * set (`gold.json` is `{url: {file, date}}`, the page is `pages/<file>.gz`). A page counts when the
 * answer names the gold day. sitrep may abstain, so three figures: accuracy over all pages, precision
 * over the pages it answered, and coverage (the share it answered).
 *
 * The reference time (`now`: later dates are rejected) is the page's own crawl time when it carries
 * one (the snapshot time of a Wayback Machine copy), else `COLLECTED_BY`, a fixed date after the
 * newest page of the set was collected: the same for every page, never tuned per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createError } from '../errors.js';
import { decode } from '../ingest/decode.js';
import { extractHtml } from '../ingest/html/extract.js';
import type { EvalResult, Suite } from './suites.js';

/** After the newest page of the set (November 2023) was collected. */
const COLLECTED_BY = Date.UTC(2024, 0, 1);
/** The snapshot time of a Wayback Machine copy, in the URLs it rewrote: /web/20130307194448/. */
const WAYBACK_STAMP = /web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/;
/** `--split ci` scores every n-th page (in gold order): the fixed subset behind the pinned floor. */
const CI_EVERY = 2;

interface PageOutcome {
  answered: boolean;
  correct: boolean;
  source: string;
}

export function crawlTime(html: string): number {
  const m = WAYBACK_STAMP.exec(html);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : COLLECTED_BY;
}

function readGold(dir: string): Array<[string, { file: string; date: string }]> {
  const path = join(dir, 'gold.json');
  if (!existsSync(path)) throw createError('NO_DATA', `${path} not found; pass --data PATH/TO/shared/eval/pubdate/htmldate`);
  return Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string; date: string }>);
}

function scorePage(dir: string, url: string, file: string, gold: string): PageOutcome | null {
  const path = join(dir, 'pages', `${file}.gz`);
  if (!existsSync(path)) return null;
  const decoded = decode(gunzipSync(readFileSync(path)));
  if (!decoded.ok) return { answered: false, correct: false, source: 'none' };
  const html = decoded.value.text;
  const published = extractHtml(html, { url, now: crawlTime(html) }).published;
  if (!published) return { answered: false, correct: false, source: 'none' };
  return { answered: true, correct: published.value.slice(0, 10) === gold, source: published.source };
}

export const pubdateSuite: Suite = {
  description: 'publication date of HTML pages against the htmldate gold set (exact day)',
  defaultData: 'eval/pubdate/htmldate',
  async run(data, options): Promise<EvalResult> {
    const every = options.split === 'ci' ? CI_EVERY : 1;
    const t0 = performance.now();
    const outcomes: PageOutcome[] = [];
    readGold(data).forEach(([url, { file, date }], i) => {
      if (i % every !== 0) return;
      const outcome = scorePage(data, url, file, date);
      if (outcome) outcomes.push(outcome);
    });
    const ms = (performance.now() - t0) / Math.max(1, outcomes.length);
    const pages = outcomes.length;
    const answered = outcomes.filter((o) => o.answered).length;
    const correct = outcomes.filter((o) => o.correct).length;
    const figures = {
      pages,
      accuracy: pages === 0 ? 0 : correct / pages,
      precision: answered === 0 ? 0 : correct / answered,
      coverage: pages === 0 ? 0 : answered / pages,
      ms_per_page: ms,
    };
    const bySource = new Map<string, { answers: number; correct: number }>();
    for (const o of outcomes.filter((x) => x.answered)) {
      const s = bySource.get(o.source) ?? { answers: 0, correct: 0 };
      s.answers++;
      if (o.correct) s.correct++;
      bySource.set(o.source, s);
    }
    const table = [
      `pages ${pages}${every > 1 ? ` (every ${every}th page: split ci)` : ''}`,
      `accuracy   ${f3(figures.accuracy)}  (${correct} of ${pages} pages on the gold day)`,
      `precision  ${f3(figures.precision)}  (of ${answered} answers)`,
      `coverage   ${f3(figures.coverage)}  (${pages - answered} abstentions)`,
      `ms/page    ${ms.toFixed(1)}`,
      'sitrep: the pipeline\'s HTML step (extractHtml) with the crawl time as "now", as a crawler running then would see the page',
      'answers by source        answers  correct  precision',
      ...[...bySource].sort((a, b) => b[1].answers - a[1].answers).map(([source, s]) =>
        `  ${source.padEnd(22)} ${String(s.answers).padStart(7)}  ${String(s.correct).padStart(7)}  ${f3(s.correct / s.answers).padStart(9)}`),
    ];
    return { table, figures, summary: `pubdate: accuracy ${f3(figures.accuracy)}, precision ${f3(figures.precision)}, coverage ${f3(figures.coverage)} over ${pages} pages` };
  },
};

const f3 = (x: number) => x.toFixed(3);
