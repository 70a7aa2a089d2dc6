/**
 * HTML page to main text and metadata. The page is cleaned as a string (prepare.ts), parsed once
 * with linkedom, indexed for metadata (page.ts, meta.ts, date/), and only then handed to
 * Readability, which changes the DOM. The text comes from a numbered cascade:
 *   1 Readability's article, trimmed to the article's own paragraphs (trim.ts);
 *   2 the block with the most paragraph text, else every paragraph (on a second parse);
 *   3 the whole body without navigation.
 * Each step runs only when the one before fell short, and `method` records which one won.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PublishedDate } from '../../model/types.js';
import { createError } from '../../errors.js';
import { readPublished } from './date/published.js';
import { allParagraphsText, bodyText, contentParagraphs, largestBlockText } from './fallback.js';
import { cleanAuthor, readMeta, type PageMeta } from './meta.js';
import { indexPage, type PageIndex } from './page.js';
import { looksBinary } from '../binary.js';
import { prepareHtml } from './prepare.js';
import { elementBlocks, MAX_LINK_DENSITY } from './text.js';
import { trimBlocks } from './trim.js';

export { declaredCharset } from './prepare.js';

export interface HtmlExtraction {
  /** Main article text: paragraphs separated by one blank line ("\n\n"), headings and list items as their own paragraphs (list items keep a leading "• "), no HTML, entities decoded, whitespace inside a paragraph collapsed to single spaces. */
  text: string;
  title: string | null;
  /** Never navigation words, never a date, never a URL. */
  author: string | null;
  /** Outlet or site name (og:site_name, JSON-LD publisher.name, application-name...). */
  source: string | null;
  /** Canonical URL (link rel=canonical, og:url, JSON-LD url), else the url passed in. */
  url: string | null;
  /** Primary language subtag: `<html lang>`, content-language meta, og:locale; "en-GB" gives "en". */
  language: string | null;
  published: PublishedDate | null;
  /** Which cascade step produced `text`: 1 readability, 2 fallback (largest text block / all <p>),
   * 3 whole body text; `trimmed` counts the paragraphs of Readability's result left out as not the
   * article (trim.ts). */
  method: { step: number; name: string; trimmed: number };
  warnings: string[];
}

export interface HtmlOptions {
  /** The page's address, used when it names no canonical URL and for dates in the path. */
  url?: string;
  /** Reference time in ms since 1970 (default `Date.now()`): later dates are rejected. */
  now?: number;
}

interface ResolvedHtmlOptions {
  url: string | null;
  now: number;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['url', 'now']);

/** Shortest text a step must produce to win: about two sentences; less is a teaser or a caption. */
export const MIN_ARTICLE_CHARS = 200;
/** Most elements Readability is given: ten times the largest real article page measured (9,900);
 * its scoring grows faster than the element count. */
export const MAX_READABILITY_ELEMENTS = 100_000;
/** Deepest nesting Readability is given: three times the deepest real page measured (40); at a
 * depth of 1,000 it takes over 15 s. */
export const MAX_READABILITY_DEPTH = 120;

type Step = { step: number; name: string; text: string; trimmed?: number };

function resolveOptions(options: HtmlOptions): ResolvedHtmlOptions {
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw createError('BAD_OPTION', `extractHtml does not know the option "${key}"; use url or now`);
  }
  return { url: options.url ?? null, now: options.now ?? Date.now() };
}

export function extractHtml(html: string, options: HtmlOptions = {}): HtmlExtraction {
  const opts = resolveOptions(options);
  const warnings: string[] = [];
  const result: HtmlExtraction = {
    text: '', title: null, author: null, source: null, url: opts.url, language: null, published: null,
    method: { step: 3, name: 'body-text', trimmed: 0 }, warnings,
  };
  try {
    const input = typeof html === 'string' ? html : String(html ?? '');
    if (looksBinary(input)) {
      warnings.push('the input looks like binary data (NUL or control characters), not HTML');
      return result;
    }
    const prepared = prepareHtml(input);
    warnings.push(...prepared.warnings);
    const parse = () => parseHTML(prepared.html).document as unknown as Document;
    const doc = parse();
    // Metadata first: Readability changes the DOM it reads.
    const page = indexPage(doc, prepared.jsonLd, warnings, prepared.scriptDates);
    Object.assign(result, safely<Partial<PageMeta>>(() => readMeta(page, opts.url), {}, warnings, 'reading metadata'));
    const urls = [result.url, opts.url].filter((u): u is string => !!u);
    result.published = safely(() => readPublished(page, { now: opts.now, urls }), null, warnings, 'reading the date');
    const { step, byline } = extractText(doc, page, parse, warnings);
    result.text = step.text;
    result.method = { step: step.step, name: step.name, trimmed: step.trimmed ?? 0 };
    result.author ??= cleanAuthor(byline);
    if (page.frameset && result.text === '') warnings.push('the page is a frameset; its text is in the framed pages');
  } catch (err) {
    warnings.push(`HTML extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return result;
}

/** The text cascade. `parse` gives a fresh DOM for the fallback steps when Readability changed `doc`. */
function extractText(doc: Document, page: PageIndex, parse: () => Document, warnings: string[]): { step: Step; byline: string | null } {
  const steps: Step[] = [];
  const readable = readabilityFits(page, warnings) ? runReadability(doc, warnings) : null;
  if (readable) steps.push({ step: 1, name: 'readability', text: readable.text, trimmed: readable.trimmed });
  if (!wins(steps)) {
    const fresh = readabilityFits(page) ? parse() : doc;
    const paragraphs = contentParagraphs(fresh);
    steps.push({ step: 2, name: 'largest-block', text: largestBlockText(paragraphs) });
    if (!wins(steps)) steps.push({ step: 2, name: 'all-paragraphs', text: allParagraphsText(paragraphs) });
    if (!wins(steps)) steps.push({ step: 3, name: 'body-text', text: bodyText(fresh) });
  }
  return { step: choose(steps, warnings), byline: readable?.byline ?? null };
}

const wins = (steps: Step[]) => (steps[steps.length - 1]?.text.length ?? 0) >= MIN_ARTICLE_CHARS;

/** The winning step, or when none reached `MIN_ARTICLE_CHARS`, the one with the longest text. */
function choose(steps: Step[], warnings: string[]): Step {
  const last = steps[steps.length - 1] ?? { step: 3, name: 'body-text', text: '' };
  if (last.text.length >= MIN_ARTICLE_CHARS) return last;
  const longest = steps.reduce((a, b) => (b.text.length > a.text.length ? b : a), last);
  if (longest.text !== '') warnings.push(`only ${longest.text.length} characters of text found (step ${longest.step}, ${longest.name})`);
  return longest;
}

/** Whether the page is small and shallow enough for Readability; says why not in `warnings`. */
function readabilityFits(page: PageIndex, warnings?: string[]): boolean {
  const fits = page.elements <= MAX_READABILITY_ELEMENTS && page.maxDepth <= MAX_READABILITY_DEPTH;
  if (!fits) warnings?.push(`the page has ${page.elements} elements nested ${page.maxDepth} deep; Readability was skipped`);
  return fits;
}

/** Step 1. Null when Readability finds nothing; empty text when it finds only a list of links. */
function runReadability(doc: Document, warnings: string[]): { text: string; byline: string | null; trimmed: number } | null {
  return safely(() => {
    const article = new Readability<Element>(doc, { serializer: (node) => node as Element, keepClasses: true, disableJSONLD: true }).parse();
    const content = article?.content;
    if (!content) return null;
    const byline = article.byline ?? null;
    const all = elementBlocks(content, { skipChrome: false, dropLinkParagraphs: false });
    // The link share of the whole result, from the paragraphs' own counts (no second walk of the DOM).
    const chars = all.reduce((n, b) => n + b.chars, 0);
    if (chars > 0 && all.reduce((n, b) => n + b.linkChars, 0) / chars > MAX_LINK_DENSITY) {
      warnings.push('Readability found only a list of links');
      return { text: '', byline, trimmed: 0 };
    }
    const { blocks, dropped } = trimBlocks(all);
    return { text: blocks.map((b) => b.text).join('\n\n'), byline, trimmed: dropped };
  }, null, warnings, 'Readability');
}

function safely<T>(f: () => T, fallback: T, warnings: string[], what: string): T {
  try {
    return f();
  } catch (err) {
    warnings.push(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}
