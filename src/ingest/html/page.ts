/**
 * One walk over the parsed page that gathers what the metadata and date readers look at (meta tags,
 * canonical link, `<time>`, microdata, headings, bylines) and the size figures that decide whether
 * Readability can run in reasonable time. Iterative, so that a page nested 100,000 levels deep
 * cannot overflow the stack.
 */
import { parseJsonLd, type LdGraph } from './jsonld.js';
import { DATE_LINE_MARK } from './lexicon.js';

export interface PageIndex {
  /** Meta tags by lower-cased `property`, `name`, `itemprop` and `http-equiv`; a space-separated
   * property names each of its parts. */
  metas: Map<string, string[]>;
  /** `href` of the first `<link rel="canonical">`. */
  canonical: string | null;
  /** `lang` of `<html>`. */
  htmlLang: string | null;
  /** Text of `<title>`. */
  titleText: string | null;
  /** Microdata elements (not meta tags) by lower-cased `itemprop`. */
  itemprops: Map<string, Element[]>;
  times: Element[];
  h1s: Element[];
  /** The first few `<h2>`: a blog's post title when the page has no `<h1>`. */
  h2s: Element[];
  body: Element | null;
  /** Document-order position of the elements listed above, to tell what comes after the headline. */
  position: Map<Element, number>;
  /** Links with `rel="author"`. */
  relAuthors: Element[];
  articles: Element[];
  /** Elements whose class or id marks a date line (`DATE_LINE_MARK`), first `MAX_DATE_LINES`. */
  dateLines: Element[];
  ld: LdGraph;
  /** Publication dates held as data by the page's other scripts (prepare.ts). */
  scriptDates: readonly string[];
  /** Whether the page is made of `<frameset>`/`<frame>`, whose text lives in other pages. */
  frameset: boolean;
  elements: number;
  maxDepth: number;
}

/** Microdata properties the readers use; others are not kept. */
const ITEMPROPS = new Set(['datepublished', 'datecreated', 'datemodified', 'author', 'headline']);
/** Date-line elements kept: the article's own comes early; later ones are lists of other posts. */
const MAX_DATE_LINES = 40;
/** Second-level headings kept. */
const MAX_H2 = 5;

export function indexPage(doc: Document, jsonLd: readonly string[], warnings: string[], scriptDates: readonly string[] = []): PageIndex {
  const page: PageIndex = {
    metas: new Map(), canonical: null, htmlLang: null, titleText: null, itemprops: new Map(),
    times: [], h1s: [], h2s: [], body: null, position: new Map(), relAuthors: [], articles: [], dateLines: [], ld: parseJsonLd(jsonLd, warnings), scriptDates, frameset: false, elements: 0, maxDepth: 0,
  };
  let el: Element | null = doc.documentElement;
  let depth = 0;
  while (el) {
    page.elements++;
    if (depth > page.maxDepth) page.maxDepth = depth;
    visit(el, page);
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el ? el.nextElementSibling : null;
  }
  return page;
}

function visit(el: Element, page: PageIndex): void {
  const tag = el.localName;
  switch (tag) {
    case 'meta': return addMeta(el, page);
    case 'link':
      if (!page.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) page.canonical = el.getAttribute('href');
      break;
    case 'html': page.htmlLang ??= el.getAttribute('lang') ?? el.getAttribute('xml:lang'); break;
    case 'title': page.titleText ??= el.textContent; break;
    case 'body': page.body ??= el; break;
    case 'time': page.times.push(el); break;
    case 'h1': page.h1s.push(el); break;
    case 'h2': if (page.h2s.length < MAX_H2) page.h2s.push(el); break;
    case 'article': page.articles.push(el); break;
    case 'frameset': case 'frame': page.frameset = true; break;
  }
  if (tag === 'h1' || tag === 'h2') page.position.set(el, page.elements);
  if (!el.hasAttributes()) return;
  if (tag === 'a' && /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) page.relAuthors.push(el);
  if (page.dateLines.length < MAX_DATE_LINES && DATE_LINE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
    page.dateLines.push(el);
    page.position.set(el, page.elements);
  }
  const prop = el.getAttribute('itemprop');
  if (prop) {
    for (const name of prop.toLowerCase().split(/\s+/)) {
      if (!ITEMPROPS.has(name)) continue;
      const list = page.itemprops.get(name) ?? [];
      list.push(el);
      page.itemprops.set(name, list);
    }
  }
}

function addMeta(el: Element, page: PageIndex): void {
  const content = el.getAttribute('content') ?? el.getAttribute('value');
  if (content === null || content.trim() === '') return;
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
    for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
      if (key === '') continue;
      const list = page.metas.get(key) ?? [];
      list.push(content.trim());
      page.metas.set(key, list);
    }
  }
}

/** The first value of the first of `names` the page has. */
export function firstMeta(page: PageIndex, names: readonly string[]): string | null {
  for (const name of names) {
    const v = page.metas.get(name)?.[0];
    if (v) return v;
  }
  return null;
}
