/**
 * The publication date of a page, as a numbered cascade from the most to the least trusted source:
 * 1 JSON-LD, 2 meta tags and microdata, 3 a `<time>` element of the article, 4 the URL, 5 a date
 * written on the page (html-date-text: a marked date line, the headline's surroundings, a
 * "Published:" label, the `<title>`). Publication dates only: modification dates are never read.
 * A step that gives only a month (a `/2022/03/` URL) is kept while later steps look for the day in
 * that month, the last of them anywhere in the page text.
 */
import type { MetaSource, PublishedDate } from '../model/types.js';
import { dateFromUrl, findDateInText, parseStructuredDate, type ParsedDate } from './html-date-parse.js';
import { first, fromWrittenDate, headlineOf, marks, PAGE_TEXT, timeValue, type DateContext, type StepContext } from './html-date-text.js';
import { articleFirst, isArticle } from './html-jsonld.js';
import { MODIFIED_MARK, PUBLISHED_MARK, PUBLISHED_META } from './html-lexicon.js';
import type { PageIndex } from './html-page.js';
import { elementText } from './html-text.js';

export type { DateContext } from './html-date-text.js';

interface DateStep {
  source: MetaSource;
  find: (page: PageIndex, ctx: StepContext) => ParsedDate | null;
}

/** Characters of page text searched for a labelled date or the day of a month-only date. */
const PAGE_TEXT_WINDOW = 20_000;
const UNPARSED_DATE = /"datePublished"\s*:\s*"([^"]{4,60})"/;

/** The cascade; order is trust: structured data over markup over URL over prose. */
const STEPS: readonly DateStep[] = [
  { source: 'json-ld', find: fromJsonLd },
  { source: 'meta-tag', find: fromMeta },
  { source: 'time-element', find: fromTimeElement },
  { source: 'url', find: (_, ctx) => first(ctx.urls, (u) => dateFromUrl(u, ctx.now)) },
  // Written dates: a marked date line, the headline's surroundings, a "Published:" label, the <title>.
  { source: 'text', find: fromWrittenDate },
];

export function readPublished(page: PageIndex, context: DateContext): PublishedDate | null {
  let text: string | null = null;
  const pageText = () => (text ??= page.body ? elementText(page.body, PAGE_TEXT).slice(0, PAGE_TEXT_WINDOW) : '');
  const ctx: StepContext = { ...context, pageText };
  let coarse: PublishedDate | null = null;
  for (const step of STEPS) {
    const found = step.find(page, ctx);
    if (!found) continue;
    const date: PublishedDate = { ...found, source: step.source };
    const fine = date.precision !== 'year' && date.precision !== 'month';
    if (!fine) coarse ??= date;
    else if (!coarse || date.value.startsWith(coarse.value)) return date;
  }
  return coarse && (dayInMonth(coarse, ctx) ?? coarse);
}

/** The first date in the page text that falls in the month (or year) of a coarse date. */
function dayInMonth(coarse: PublishedDate, ctx: StepContext): PublishedDate | null {
  let text = ctx.pageText();
  for (let found = findDateInText(text, ctx.now); found; found = findDateInText(text, ctx.now)) {
    if (found.date.value.startsWith(coarse.value)) return { ...found.date, source: 'text' };
    text = text.slice(found.index + 1);
  }
  return null;
}

function fromJsonLd(page: PageIndex, ctx: DateContext): ParsedDate | null {
  const nodes = articleFirst(page.ld);
  const read = (v: unknown) => (typeof v === 'string' ? parseStructuredDate(v, ctx.now) : null);
  return (
    first(nodes, (n) => read(n['datePublished'])) ??
    first(nodes.filter(isArticle), (n) => read(n['dateCreated'])) ??
    first(page.ld.unparsed, (block) => read(UNPARSED_DATE.exec(block)?.[1]))
  );
}

function fromMeta(page: PageIndex, ctx: DateContext): ParsedDate | null {
  const metas = PUBLISHED_META.flatMap((name) => page.metas.get(name) ?? []);
  const items = page.itemprops.get('datepublished') ?? [];
  return first(metas, (v) => parseStructuredDate(v, ctx.now)) ?? first(items, (el) => timeValue(el, ctx.now));
}

/**
 * Step 3: a `<time>` marked as publication (`pubdate`, a "published" class), else the first one in
 * the headline's block or the article, else the only one on the page. Times marked as updates are skipped.
 */
function fromTimeElement(page: PageIndex, ctx: DateContext): ParsedDate | null {
  const times = page.times.filter((t) => !marks(t, MODIFIED_MARK) && !marks(t.parentElement, MODIFIED_MARK));
  const marked = times.filter((t) => t.hasAttribute('pubdate') || marks(t, PUBLISHED_MARK) || marks(t.parentElement, PUBLISHED_MARK));
  const headline = headlineOf(page);
  const container = headline?.closest('article, header, main') ?? page.articles[0] ?? null;
  const inArticle = container ? times.filter((t) => container.contains(t)) : [];
  const only = page.times.length === 1 ? times : [];
  return first([...marked, ...inArticle, ...only], (t) => timeValue(t, ctx.now));
}
