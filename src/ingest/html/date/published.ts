/**
 * The publication date of a page. Four kinds of evidence are gathered, each the first answer of a
 * short cascade, and then reconciled (reconcile.ts):
 *  - stated: what the page tells machines (1 JSON-LD, 2 meta tags and microdata, 2b a publication
 *    date held as data by another script);
 *  - shown: what it shows readers at the head of the article (3 a `<time>` of the article, 5a a
 *    marked date line nearest the headline, 5b the text right after the headline);
 *  - url: a date in the URL (4);
 *  - written: a date after a "Published:" label in the text, or in the `<title>` (5c, 5d).
 * The stated modification date is gathered too, never taken by itself: it only tells whether a shown
 * date that differs from the stated one is the update the page now dates itself by.
 */
import type { MetaSource, PublishedDate } from '../../../model/types.js';
import { dateFromUrl, parseStructuredDate, type ParsedDate } from './parse.js';
import { reconcile, type Evidence } from './reconcile.js';
import { elsewhere, first, fromDateLines, fromHeadline, fromLabel, fromTitle, headlineOf, marks, PAGE_TEXT, timeValue, WHOLE_TEXT, type DateContext, type StepContext } from './text.js';
import { articleFirst, isArticle } from '../jsonld.js';
import { MODIFIED_MARK, MODIFIED_META, PUBLISHED_MARK, PUBLISHED_META } from '../lexicon.js';
import type { PageIndex } from '../page.js';
import { elementText } from '../text.js';

export type { DateContext } from './text.js';

/** Characters of page text searched for a labelled date or the day of a month-only date. */
const PAGE_TEXT_WINDOW = 20_000;
const UNPARSED_DATE = /"datePublished"\s*:\s*"([^"]{4,60})"/;

export function readPublished(page: PageIndex, context: DateContext): PublishedDate | null {
  const ctx = withPageText(page, context);
  return reconcile(gatherEvidence(page, ctx), ctx);
}

/** Each kind of evidence, for the reconciler and for inspection (`sitrep eval pubdate`). */
export function gatherEvidence(page: PageIndex, context: DateContext | StepContext): Evidence {
  const ctx = 'pageText' in context ? context : withPageText(page, context);
  const tag = (source: MetaSource, date: ParsedDate | null): PublishedDate | null => (date ? { ...date, source } : null);
  return {
    stated: tag('json-ld', fromJsonLd(page, ctx)) ?? tag('meta-tag', fromMeta(page, ctx)) ?? tag('script', first(page.scriptDates, (v) => parseStructuredDate(v, ctx.now))),
    shown: tag('time-element', fromTimeElement(page, ctx)) ?? tag('text', fromDateLines(page, ctx) ?? fromHeadline(page, ctx)),
    url: tag('url', first(ctx.urls, (u) => dateFromUrl(u, ctx.now))),
    written: once(() => tag('text', fromLabel(ctx) ?? fromTitle(page, ctx))),
    modified: tag('json-ld', fromJsonLd(page, ctx, 'dateModified')) ?? tag('meta-tag', fromMeta(page, ctx, MODIFIED_META, 'datemodified')),
  };
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}

function withPageText(page: PageIndex, context: DateContext): StepContext {
  let [text, whole]: Array<string | null> = [null, null];
  const read = (options: typeof PAGE_TEXT) => (page.body ? elementText(page.body, options).slice(0, PAGE_TEXT_WINDOW) : '');
  return { ...context, pageText: () => (text ??= read(PAGE_TEXT)), wholeText: () => (whole ??= read(WHOLE_TEXT)) };
}

function fromJsonLd(page: PageIndex, ctx: DateContext, property = 'datePublished'): ParsedDate | null {
  const nodes = articleFirst(page.ld);
  const read = (v: unknown) => (typeof v === 'string' ? parseStructuredDate(v, ctx.now) : null);
  if (property !== 'datePublished') return first(nodes, (n) => read(n[property]));
  return (
    first(nodes, (n) => read(n['datePublished'])) ??
    first(nodes.filter(isArticle), (n) => read(n['dateCreated'])) ??
    first(page.ld.unparsed, (block) => read(UNPARSED_DATE.exec(block)?.[1]))
  );
}

function fromMeta(page: PageIndex, ctx: DateContext, names: readonly string[] = PUBLISHED_META, itemprop = 'datepublished'): ParsedDate | null {
  const metas = names.flatMap((name) => page.metas.get(name) ?? []);
  const items = page.itemprops.get(itemprop) ?? [];
  return first(metas, (v) => parseStructuredDate(v, ctx.now)) ?? first(items, (el) => timeValue(el, ctx.now));
}

/**
 * Step 3: a `<time>` marked as publication (`pubdate`, a "published" class), else the first one in
 * the headline's block or the article, else the only one on the page. Times marked as updates and
 * times in sidebars, comments, the banner or the footer (`elsewhere`) are skipped.
 */
function fromTimeElement(page: PageIndex, ctx: DateContext): ParsedDate | null {
  const times = page.times.filter((t) => !marks(t, MODIFIED_MARK) && !marks(t.parentElement, MODIFIED_MARK) && !elsewhere(t));
  const marked = times.filter((t) => t.hasAttribute('pubdate') || marks(t, PUBLISHED_MARK) || marks(t.parentElement, PUBLISHED_MARK));
  const headline = headlineOf(page);
  const container = headline?.closest('article, header, main') ?? page.articles[0] ?? null;
  const inArticle = container ? times.filter((t) => container.contains(t)) : [];
  const only = page.times.length === 1 ? times : [];
  return first([...marked.filter((t) => inArticle.includes(t)), ...inArticle, ...marked, ...only], (t) => timeValue(t, ctx.now));
}
