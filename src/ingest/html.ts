/**
 * HTML pages: main text through a numbered cascade (1 Readability, 2 the page's paragraphs, 3 the
 * body's text) and metadata from the page (title, outlet, author, canonical URL, language, publication
 * date with where it came from). Never throws: problems go into `warnings`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PublishedDate } from '../model/types.js';

export interface HtmlExtraction {
  text: string;
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  published: PublishedDate | null;
  method: { step: number; name: string };
  warnings: string[];
}

/** Readability output shorter than this is taken as a miss and the next step is tried. */
const MIN_ARTICLE_CHARS = 200;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption';

export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  const warnings: string[] = [];
  // Scripts and styles out before parsing (they are most of a large page); JSON-LD stays: it holds metadata.
  const source = html.replace(/<(script|style|noscript|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, (all, _tag: string, attrs: string) => (/ld\+json/i.test(attrs) ? all : ''));
  let document: Document | null = null;
  try {
    document = parseHTML(source).document as unknown as Document;
  } catch (e) {
    warnings.push(`the page could not be parsed: ${(e as Error).message}`);
  }
  const meta = document ? readMeta(document, options.url) : emptyMeta(options.url);
  let text = '';
  let method = { step: 3, name: 'body-text' };
  if (document) {
    try {
      const article = new Readability(parseHTML(source).document as unknown as Document).parse();
      if (article?.content) text = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document as unknown as Document);
      if (article?.byline && !meta.author) meta.author = cleanAuthor(article.byline);
      if (article?.siteName && !meta.source) meta.source = article.siteName.trim();
      if (text.length >= MIN_ARTICLE_CHARS) method = { step: 1, name: 'readability' };
    } catch (e) {
      warnings.push(`readability failed: ${(e as Error).message}`);
    }
    if (method.step !== 1) {
      const paragraphs = blockText(document);
      if (paragraphs.length > text.length) text = paragraphs;
      if (text.length >= MIN_ARTICLE_CHARS) method = { step: 2, name: 'page-paragraphs' };
      else if (text.trim() === '') text = squash(document.body?.textContent ?? '');
    }
  }
  return { text, ...meta, method, warnings };
}

type Meta = Pick<HtmlExtraction, 'title' | 'author' | 'source' | 'url' | 'language' | 'published'>;

function emptyMeta(url?: string): Meta {
  return { title: null, author: null, source: null, url: url ?? null, language: null, published: null };
}

function readMeta(doc: Document, url?: string): Meta {
  const m = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(doc);
  const title = m('meta[property="og:title"]') ?? (ld.headline as string | undefined) ?? squash(doc.querySelector('title')?.textContent ?? '') ?? null;
  const authorLd = ld.author as { name?: string } | Array<{ name?: string }> | string | undefined;
  const author = m('meta[name="author"]') ?? (typeof authorLd === 'string' ? authorLd : Array.isArray(authorLd) ? authorLd.map((a) => a.name).filter(Boolean).join(', ') : authorLd?.name) ?? null;
  const lang = doc.documentElement?.getAttribute('lang') ?? m('meta[http-equiv="content-language"]') ?? m('meta[property="og:locale"]');
  return {
    title: title || null,
    author: author ? cleanAuthor(author) : null,
    source: m('meta[property="og:site_name"]') ?? ((ld.publisher as { name?: string } | undefined)?.name ?? null),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? m('meta[property="og:url"]') ?? url ?? null,
    language: lang ? lang.slice(0, 2).toLowerCase() : null,
    published: publishedDate(doc, ld, url),
  };
}

function jsonLd(doc: Document): Record<string, unknown> {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const json = JSON.parse(s.textContent ?? '') as unknown;
      const items = (Array.isArray(json) ? json : [json]).flatMap((x) => ((x as { '@graph'?: unknown[] })['@graph'] ?? [x]) as Array<Record<string, unknown>>);
      const article = items.find((x) => /Article|Posting|Report/i.test(String(x['@type'])));
      if (article) return article;
    } catch {
      // a broken JSON-LD block is common and harmless: the other sources remain
    }
  }
  return {};
}

function publishedDate(doc: Document, ld: Record<string, unknown>, url?: string): PublishedDate | null {
  const m = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? null;
  const candidates: Array<[string | null | undefined, PublishedDate['source']]> = [
    [ld.datePublished as string | undefined, 'json-ld'],
    [m('meta[property="article:published_time"]') ?? m('meta[name="pubdate"]') ?? m('meta[itemprop="datePublished"]') ?? m('meta[name="date"]') ?? m('meta[name="DC.date.issued"]'), 'meta-tag'],
    [doc.querySelector('time[datetime]')?.getAttribute('datetime'), 'time-element'],
    [/\/(\d{4})[/-](\d{2})[/-](\d{2})\//.exec(url ?? '')?.slice(1).join('-'), 'url'],
  ];
  for (const [value, source] of candidates) {
    const d = value ? isoDate(value) : null;
    if (d) return { ...d, source };
  }
  return null;
}

function isoDate(value: string): Omit<PublishedDate, 'source'> | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, hm, s, tz] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || Number(y) < 1990 || day.getTime() > Date.now() + 86_400_000) return null;
  if (!hm) return { value: `${y}-${mo}-${d}`, precision: 'day' };
  return { value: `${y}-${mo}-${d}T${hm}${s ?? ''}${tz ?? ''}`, precision: s ? 'second' : 'minute' };
}

/** Text of the block elements, one paragraph each, with list items marked. Nested blocks count once. */
function blockText(doc: Document): string {
  const out: string[] = [];
  for (const el of doc.querySelectorAll(BLOCKS)) {
    if (el.parentElement?.closest(BLOCKS)) continue;
    const t = squash(el.textContent ?? '');
    if (t) out.push(el.tagName === 'LI' ? `• ${t}` : t);
  }
  return out.join('\n\n');
}

function cleanAuthor(s: string): string | null {
  const a = squash(s).replace(/^by\s+/i, '');
  return a && !/\d{4}|https?:|home|menu|news$/i.test(a) ? a : null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The charset a page declares in its first bytes, lower-cased, or null. */
export function declaredCharset(head: Uint8Array): string | null {
  const ascii = new TextDecoder('latin1').decode(head);
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(ascii)?.[1]?.toLowerCase() ?? null;
}
