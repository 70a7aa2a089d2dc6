/**
 * Step 5 of the date cascade (published.ts), dates written for people: a marked date line (hAtom
 * `published`, `entry-date`, `post-date`...), the headline and the text right after it (what the page
 * shows at the head of the article), a date after a publication label anywhere in the page text, the
 * `<title>`. Also the helpers the markup steps share.
 */
import { findDateInText, parseStructuredDate, type ParsedDate } from './parse.js';
import { MODIFIED_MARK, OTHER_DATES_MARK, OTHER_DATES_TAGS, PUBLISHED_LABEL } from '../lexicon.js';
import type { PageIndex } from '../page.js';
import { elementText, type TextOptions } from '../text.js';

export interface DateContext {
  /** Reference time (ms since 1970) for rejecting future dates. */
  now: number;
  /** URLs of the page (canonical and given), for step 4. */
  urls: string[];
}

/** What the steps share: the caller's context and the page text, made once if a step needs it. */
export interface StepContext extends DateContext {
  /** The page text without navigation, sidebars or link paragraphs (`PAGE_TEXT`). */
  pageText: () => string;
  /** All of the page's text, sidebars and links included: read only when nothing better dates the page. */
  wholeText: () => string;
}

/** Characters after the headline read for a written date: a byline block and the lede. */
const HEADLINE_WINDOW = 600;
/** Longest date-line element read: longer is a container, not a date line. */
const MAX_DATE_LINE_CHARS = 300;
/** Most characters between a "Published:" label and its date. */
const LABEL_GAP = 20;
/** Text of the page for dates: without navigation and link lists. */
export const PAGE_TEXT: TextOptions = { skipChrome: true, dropLinkParagraphs: true };
/** Everything: a blog's "written on 19 May 2010" in an "about this article" sidebar, a teaser list's date links. */
export const WHOLE_TEXT: TextOptions = { skipChrome: false, dropLinkParagraphs: false };
/** Around the headline, asides hold the date line ("<aside class=meta>"); navigation is gone already. */
const HEADLINE_TEXT: TextOptions = { skipChrome: false, dropLinkParagraphs: true };

export function first<T, R>(items: Iterable<T>, f: (item: T) => R | null): R | null {
  for (const item of items) {
    const r = f(item);
    if (r !== null) return r;
  }
  return null;
}

/** Whether an element's class, id or itemprop matches `pattern`. */
export const marks = (el: Element | null, pattern: RegExp): boolean =>
  !!el && pattern.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`);

/** A `<time>` or microdata element's date: its machine value, else the date written in it. */
export function timeValue(el: Element, now: number): ParsedDate | null {
  const machine = el.getAttribute('datetime') ?? el.getAttribute('content');
  const parsed = machine ? parseStructuredDate(machine, now) : null;
  return parsed ?? findDateInText(el.textContent ?? '', now)?.date ?? null;
}

/** The headline: the first `<h1>` (of the article, if there is one), else the first `<h2>`. */
export function headlineOf(page: PageIndex): Element | null {
  return page.articles[0]?.getElementsByTagName('h1')[0] ?? page.h1s[0] ?? page.h2s[0] ?? null;
}

/**
 * Whether a date sits where another article's or a comment's date would: a sidebar, a list of
 * related stories, comments, or the page's banner or footer (a `<header>` without a headline or a
 * `<footer>`, outside the article), where sites print today's date.
 */
export function elsewhere(el: Element): boolean {
  let [inBanner, inArticle] = [false, false];
  for (let up: Element | null = el; up && up.localName !== 'body'; up = up.parentElement) {
    const tag = up.localName;
    if (OTHER_DATES_TAGS.has(tag) || marks(up, OTHER_DATES_MARK)) return true;
    inBanner ||= tag === 'footer' || (tag === 'header' && !up.querySelector('h1'));
    inArticle ||= tag === 'article';
  }
  return inBanner && !inArticle;
}

/**
 * Step 5a: a marked date line (hAtom `published`, `entry-date`, `post-date`...) after the headline or
 * in its block, outside sidebars and comments; its machine value (`datetime`, `title`) first.
 */
export function fromDateLines(page: PageIndex, ctx: DateContext): ParsedDate | null {
  const headline = headlineOf(page);
  const start = headline ? page.position.get(headline) ?? 0 : 0;
  const block = headline?.parentElement;
  const lines = page.dateLines.filter((el) => !marks(el, MODIFIED_MARK) && !elsewhere(el));
  const after = lines.filter((el) => (page.position.get(el) ?? 0) >= start || !!block?.contains(el));
  // Above the headline, the nearest line first: a date line over the title rather than the banner's.
  const before = lines.filter((el) => !after.includes(el)).reverse();
  const dist = (el: Element) => Math.abs((page.position.get(el) ?? 0) - start);
  const order = [...after, ...before].sort((a, b) => dist(a) - dist(b));
  return first(order, (el) => {
    const machine = el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.getAttribute('content');
    const parsed = machine ? parseStructuredDate(machine, ctx.now) : null;
    const text = el.textContent ?? '';
    return parsed ?? (text.length <= MAX_DATE_LINE_CHARS ? findDateInText(text, ctx.now)?.date ?? null : null);
  });
}

/** Step 5b: the first date written in the headline or the text right after it (a byline, the lede). */
export function fromHeadline(page: PageIndex, ctx: DateContext): ParsedDate | null {
  const headline = headlineOf(page);
  if (!headline) return null;
  const parts = [elementText(headline, HEADLINE_TEXT)];
  let length = 0;
  for (let el: Element | null = headline; el && el.localName !== 'body' && length < HEADLINE_WINDOW; ) {
    const next: Element | null = el.nextElementSibling;
    if (!next) {
      el = el.parentElement;
      continue;
    }
    const text = elementText(next, HEADLINE_TEXT);
    parts.push(text);
    length += text.length;
    el = next;
  }
  return findDateInText(parts.join('\n\n').slice(0, parts[0]!.length + HEADLINE_WINDOW), ctx.now)?.date ?? null;
}

/** Step 5c: the first date in the page text right after a publication label ("Published: 16 March 2022"). */
export function fromLabel(ctx: StepContext): ParsedDate | null {
  const text = ctx.pageText();
  for (const label of text.matchAll(PUBLISHED_LABEL)) {
    const after = text.slice((label.index ?? 0) + label[0].length, (label.index ?? 0) + label[0].length + LABEL_GAP + 40);
    const found = findDateInText(after, ctx.now);
    if (found && found.index <= LABEL_GAP) return found.date;
  }
  return null;
}

/** Step 5d: a date in the page's `<title>`. */
export function fromTitle(page: PageIndex, ctx: DateContext): ParsedDate | null {
  return page.titleText ? findDateInText(page.titleText, ctx.now)?.date ?? null : null;
}
