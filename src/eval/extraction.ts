/**
 * The `extraction` suite: main text from HTML pages against gold text, per set under
 * `eval/extraction/{cleaneval-dev,readability,page-signal-master}` (`input/NAME.html.gz`, `gold/NAME.txt`).
 * Three contenders run on the same page in the same run: sitrep's `extractHtml`, raw Readability.js
 * on linkedom (its `textContent`), and the whole page's text (the baseline any extractor must beat).
 *
 * page-signal-master (Google News pages, the L3S-GN1 annotation) gives its gold as the page itself
 * with each block's label in a class: `x-nc-sel1` headline, `x-nc-sel2` full text, `x-nc-sel3`
 * supplemental (dates, captions), `x-nc-sel4` comments, `x-nc-sel5` related links. The gold main
 * text is the full text (`x-nc-sel2`): every contender reports the headline apart from the text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createError } from '../errors.js';
import { clean } from '../clean/cascade.js';
import { extractHtml } from '../ingest/html/extract.js';
import { averageScores, scorePage, type PageScore, type SetScore } from './shingles.js';
import type { EvalResult, Suite } from './suites.js';

export const EXTRACTION_SETS = ['cleaneval-dev', 'readability', 'page-signal-master'] as const;

/** The contenders, in table order. */
export const CONTENDERS = ['sitrep', 'readability.js', 'whole page'] as const;
type Contender = (typeof CONTENDERS)[number];

/** A fixed reference time for dates on these pages: after every page in the sets was collected. */
const CRAWL_TIME = Date.UTC(2024, 0, 1);

/** Label class of the full text in the L3S-GN1 annotation. */
const FULL_TEXT_CLASS = 'x-nc-sel2';

export interface ExtractionPage {
  set: string;
  name: string;
  html: string;
  gold: string;
}

export interface PageResult {
  set: string;
  name: string;
  scores: Record<Contender, PageScore>;
  /** Which step of sitrep's cascade produced the text. */
  step: string;
  ms: Record<Contender, number>;
}

/** Pages of one set, sorted by name. `every` keeps every n-th page (a fixed subset for CI); without
 * `withGold` the gold text is left empty (the benchmark reads pages only). */
export function readExtractionSet(dir: string, set: string, every = 1, withGold = true): ExtractionPage[] {
  const input = join(dir, set, 'input');
  if (!existsSync(input)) throw createError('NO_DATA', `${input} not found; pass --data PATH/TO/shared/eval/extraction`);
  const names = readdirSync(input).filter((f) => f.endsWith('.html.gz')).sort().filter((_, i) => i % every === 0);
  const pages: ExtractionPage[] = [];
  for (const file of names) {
    const name = file.slice(0, -'.html.gz'.length);
    const goldPath = join(dir, set, 'gold', `${name}.txt`);
    if (!existsSync(goldPath)) continue;
    const html = unwrapCleanEval(decodePage(gunzipSync(readFileSync(join(input, file)))));
    pages.push({ set, name, html, gold: withGold ? goldText(readFileSync(goldPath, 'utf8')) : '' });
  }
  return pages;
}

/** UTF-8, else Latin-1 (a few CleanEval pages are in windows-1252). */
function decodePage(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** CleanEval wraps each page in `<text id=URL title=... encoding=...>`: a dataset artifact, removed
 * so that every contender sees the page as it was served. */
export function unwrapCleanEval(html: string): string {
  const open = /^\s*<text id=[^>]*>\s*/u.exec(html);
  if (!open) return html;
  return html.slice(open[0].length).replace(/<\/text>\s*$/u, '');
}

/**
 * Gold text in each set's format: CleanEval's text with its `URL:` line and its `<p>`, `<h>`, `<l>`
 * block marks (which would otherwise count as words); Readability's expected HTML as its text; an
 * L3S-GN1 annotated page as the text of its full-text blocks, in order.
 */
export function goldText(raw: string): string {
  const gold = raw.replace(/^\uFEFF/u, '');
  if (gold.startsWith('URL: ')) {
    return gold.replace(/^URL: .*\n/u, '').replace(/<[phl]>/gu, '\n');
  }
  if (!gold.trimStart().startsWith('<')) return gold;
  const { document } = parseHTML(`<!doctype html><html><body>${gold}</body></html>`);
  if (!gold.includes(FULL_TEXT_CLASS)) return document.body?.textContent ?? '';
  const blocks: string[] = [];
  for (const el of Array.from(document.querySelectorAll(`.${FULL_TEXT_CLASS}`)) as Element[]) {
    if (el.parentElement?.closest(`.${FULL_TEXT_CLASS}`)) continue;
    blocks.push(el.textContent ?? '');
  }
  return blocks.join('\n');
}

/**
 * The page as a browser's parser would build it: linkedom leaves a page without `<html>`/`<body>`
 * tags (many CleanEval pages) without a body, where a browser adds both. The peers get that DOM, so
 * that they are not scored on a parser quirk.
 */
export function browserDom(html: string): Document {
  const whole = /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

/** Raw Readability.js on linkedom, as a user of the library would call it. */
export function readabilityText(html: string): string {
  try {
    const document = browserDom(html);
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Every character of text on the page outside scripts, styles and templates. */
export function wholePageText(html: string): string {
  try {
    const document = browserDom(html);
    for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
    return document.body?.textContent ?? '';
  } catch {
    return '';
  }
}

export function scoreExtractionPage(page: ExtractionPage): PageResult {
  const texts = {} as Record<Contender, string>;
  const ms = {} as Record<Contender, number>;
  let step = '';
  const timed = (who: Contender, run: () => string) => {
    const t0 = performance.now();
    texts[who] = run();
    ms[who] = performance.now() - t0;
  };
  // sitrep's text is the pipeline's `document.text` for a page: the HTML step's main text, then the
  // clean stage (boilerplate lines and repairs), as `sitrep analyze page.html` gives it.
  timed('sitrep', () => {
    const r = extractHtml(page.html, { now: CRAWL_TIME });
    step = r.method.name;
    return clean(r.text).text;
  });
  timed('readability.js', () => readabilityText(page.html));
  timed('whole page', () => wholePageText(page.html));
  const scores = {} as Record<Contender, PageScore>;
  for (const who of CONTENDERS) scores[who] = scorePage(texts[who], page.gold);
  return { set: page.set, name: page.name, scores, step, ms };
}

export interface SetSummary {
  set: string;
  scores: Record<Contender, SetScore>;
  msPerPage: Record<Contender, number>;
  steps: Record<string, number>;
}

export function summarizeSet(set: string, results: readonly PageResult[]): SetSummary {
  const scores = {} as Record<Contender, SetScore>;
  const msPerPage = {} as Record<Contender, number>;
  for (const who of CONTENDERS) {
    scores[who] = averageScores(results.map((r) => r.scores[who]));
    msPerPage[who] = results.length === 0 ? 0 : results.reduce((s, r) => s + r.ms[who], 0) / results.length;
  }
  const steps: Record<string, number> = {};
  for (const r of results) steps[r.step] = (steps[r.step] ?? 0) + 1;
  return { set, scores, msPerPage, steps };
}

const f3 = (x: number) => x.toFixed(3);

/** Debian's python3-readability (readability-lxml), driven by bench/peers/readability_lxml.py. */
export const PYTHON_PEER = join(import.meta.dirname, '..', '..', 'bench', 'peers', 'readability_lxml.py');
/** Debian's own interpreter, where apt installs python3-readability (a `python3` on PATH may be another). */
export const DEBIAN_PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Why readability-lxml cannot run here, or null when it can. */
export function pythonPeerMissing(): string | null {
  if (!existsSync(PYTHON_PEER)) return `${PYTHON_PEER} is absent`;
  if (spawnSync(DEBIAN_PYTHON, ['-c', 'import readability'], { encoding: 'utf8' }).status !== 0) {
    return 'not installed (apt-get install python3-readability)';
  }
  return null;
}

/** readability-lxml's text of every page, keyed `set/name`; or why it could not run. */
export function pythonPeerTexts(data: string): Map<string, string> | string {
  const missing = pythonPeerMissing();
  if (missing) return missing;
  const run = spawnSync(DEBIAN_PYTHON, [PYTHON_PEER, data, '--texts'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').at(-1) ?? run.status}`;
  const texts = new Map<string, string>();
  for (const line of run.stdout.split('\n')) {
    if (line === '') continue;
    const r = JSON.parse(line) as { set: string; name: string; text: string };
    texts.set(`${r.set}/${r.name}`, r.text);
  }
  return texts;
}

export const extractionSuite: Suite = {
  description: 'main text from HTML pages (ScrapingHub shingle rule), sitrep vs Readability.js vs whole page',
  defaultData: 'eval/extraction',
  async run(data, options): Promise<EvalResult> {
    // `--split ci` scores every 4th page of each set: the fixed subset behind the pinned floors.
    const every = options.split === 'ci' ? 4 : 1;
    if (options.split && options.split !== 'ci') throw createError('BAD_OPTION', `unknown split "${options.split}" for extraction; use ci or nothing`);
    const table = [`set                  pages  contender          precision  recall     F1   ms/page`];
    const figures: Record<string, number> = {};
    const summaries: SetSummary[] = [];
    // The Python peer runs on the full sets only: the CI subset scores what runs in this process.
    const python = every === 1 ? pythonPeerTexts(data) : 'not run on the ci split';
    for (const set of EXTRACTION_SETS) {
      const pages = readExtractionSet(data, set, every);
      const summary = summarizeSet(set, pages.map(scoreExtractionPage));
      summaries.push(summary);
      const row = (who: string, s: SetScore, ms: string) =>
        table.push(`${set.padEnd(20)} ${String(s.pages).padStart(5)}  ${who.padEnd(17)} ${f3(s.precision).padStart(9)}  ${f3(s.recall).padStart(6)}  ${f3(s.f1)}  ${ms.padStart(7)}`);
      if (typeof python !== 'string') {
        const s = averageScores(pages.map((p) => scorePage(python.get(`${set}/${p.name}`) ?? '', p.gold)));
        row('readability-lxml', s, 'bench');
        figures[`${set}_readability_lxml_f1`] = s.f1;
      }
      for (const who of CONTENDERS) {
        const s = summary.scores[who];
        row(who, s, summary.msPerPage[who].toFixed(1));
        const key = `${set}_${who === 'sitrep' ? 'sitrep' : who === 'readability.js' ? 'readability' : 'whole_page'}`;
        figures[`${key}_f1`] = s.f1;
        figures[`${key}_precision`] = s.precision;
        figures[`${key}_recall`] = s.recall;
      }
      figures[`${set}_margin`] = summary.scores.sitrep.f1 - summary.scores['readability.js'].f1;
      table.push(`${''.padEnd(20)} sitrep steps: ${Object.entries(summary.steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    if (typeof python === 'string') table.push(`readability-lxml (python3-readability): ${python}`);
    const margins = summaries.map((s) => `${s.set} ${f3(s.scores.sitrep.f1)} vs ${f3(s.scores['readability.js'].f1)}`);
    return { table, figures, summary: `extraction: F1 sitrep vs Readability.js: ${margins.join('; ')}` };
  },
};
