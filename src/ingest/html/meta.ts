/**
 * Title, author, outlet, canonical URL and language from the page's metadata. Each field is a short
 * cascade of sources, tried in order; every candidate passes the field's check before it is taken.
 */
import { isArticle, isOutlet, namesOf, resolve, stringOf, type LdObject } from './jsonld.js';
import { AUTHOR_META, BYLINE_PREFIX, LANGUAGE_META, NOT_A_NAME, SITE_META, TITLE_META } from './lexicon.js';
import { firstMeta, type PageIndex } from './page.js';

export interface PageMeta {
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
}

/** Longest author string kept: a few names; longer is a sentence or a bio. */
const MAX_AUTHOR_CHARS = 100;
/** Longest outlet name kept. */
const MAX_SOURCE_CHARS = 100;
/** Longest title kept: headlines are under 200 characters; longer is a description. */
const MAX_TITLE_CHARS = 300;
/** Separators between a headline and the site or section name in `<title>` (not ':', which headlines use). */
const TITLE_SEPARATOR = /\s+[|\-–—·»]{1,2}\s+/g;
/** Fewest words of what is left of a `<title>` for it to be taken as the headline. */
const MIN_HEADLINE_WORDS = 3;
/** Most words of a `<title>` part taken for a site or section name ("BBC News", "World"). */
const MAX_SITE_WORDS = 4;
/** Most site or section names taken off one title ("Headline | World | Site"). */
const MAX_TITLE_SUFFIXES = 2;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const first = <T>(...candidates: Array<() => T | null>): T | null => {
  for (const c of candidates) {
    const v = c();
    if (v !== null) return v;
  }
  return null;
};

export function readMeta(page: PageIndex, url: string | null): PageMeta {
  const article = page.ld.nodes.find(isArticle) ?? null;
  const source = readSource(page, article);
  const author = readAuthor(page, article);
  return {
    title: readTitle(page, article, [source, author]),
    author,
    source,
    url: readUrl(page, article, url),
    language: readLanguage(page),
  };
}

function readTitle(page: PageIndex, article: LdObject | null, names: Array<string | null>): string | null {
  const clean = (s: unknown) => {
    const t = typeof s === 'string' ? names.reduce(withoutName, squash(s)) : '';
    return t !== '' && t.length <= MAX_TITLE_CHARS ? t : null;
  };
  return first(
    () => clean(article?.['headline']) ?? clean(article?.['name']),
    () => clean(firstMeta(page, TITLE_META)),
    () => clean(headlineOfTitle(squash(page.titleText))),
    () => clean(page.h1s[0]?.textContent),
  );
}

const wordCount = (s: string) => s.split(' ').filter((w) => w !== '').length;

/** "Headline - Section | Site" or "Site | Headline" to "Headline": short names at either end go. */
function headlineOfTitle(title: string): string {
  let head = title;
  for (let i = 0; i < MAX_TITLE_SUFFIXES; i++) {
    const seps = [...head.matchAll(TITLE_SEPARATOR)];
    const last = seps[seps.length - 1];
    if (!last) break;
    const [before, after] = [head.slice(0, last.index), head.slice((last.index ?? 0) + last[0].length)];
    if (wordCount(after) > MAX_SITE_WORDS || wordCount(before) < MIN_HEADLINE_WORDS) break;
    head = before;
  }
  if (head !== title) return head;
  const lead = [...title.matchAll(TITLE_SEPARATOR)][0];
  if (!lead) return title;
  const [before, after] = [title.slice(0, lead.index), title.slice((lead.index ?? 0) + lead[0].length)];
  return wordCount(before) <= MAX_SITE_WORDS && wordCount(after) >= MIN_HEADLINE_WORDS ? after : title;
}

/** Removes a name (the outlet's, the author's) that ends or starts the title after a separator. */
function withoutName(title: string, name: string | null): string {
  if (!name) return title;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sep = TITLE_SEPARATOR.source;
  return title.replace(new RegExp(`${sep}${escaped}$`, 'i'), '').replace(new RegExp(`^${escaped}${sep}`, 'i'), '');
}

function readAuthor(page: PageIndex, article: LdObject | null): string | null {
  const join = (names: Array<string | null>) => {
    const ok: string[] = [];
    for (const name of names.map(cleanAuthor)) {
      if (name !== null && !ok.some((n) => n.toLowerCase() === name.toLowerCase())) ok.push(name);
    }
    return ok.length > 0 && ok.join(', ').length <= MAX_AUTHOR_CHARS ? ok.join(', ') : null;
  };
  const itemName = (el: Element) => {
    const name = el.querySelector('[itemprop~="name"]');
    return name ? name.getAttribute('content') ?? name.textContent : el.textContent;
  };
  return first(
    () => (article ? join(namesOf(article['author'] ?? article['creator'], page.ld)) : null),
    () => join(AUTHOR_META.flatMap((name) => page.metas.get(name) ?? [])),
    () => join((page.itemprops.get('author') ?? []).map(itemName)),
    () => join(page.relAuthors.map((a) => a.textContent)),
  );
}

/**
 * A byline to a name, or null when it is not one: prefixes ("By") go, a trailing date or place after
 * a separator goes, and what is left must not be a URL, an e-mail address, a date, or menu words.
 */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let name = squash(raw).replace(/^[\s,;:|•·—–-]+/, '').replace(BYLINE_PREFIX, '');
  const cut = name.split(/\s+[|•·—–]\s+|\s*\|\s*/)[0] ?? '';
  if (cut !== name && cut !== '') name = cut;
  name = name.replace(/[\s,;:]+$/, '');
  if (name.length < 2 || name.length > MAX_AUTHOR_CHARS) return null;
  if (/(?:https?:\/\/|www\.|\.(?:com|org|net)\b|@\S+\.\w|[/\\{}<>=])/i.test(name)) return null;
  if (/\d/.test(name)) return null; // names have no digits; dates, times and counters do
  const words = name.toLowerCase().split(/[\s,&]+/).filter((w) => w !== '');
  if (words.every((w) => NOT_A_NAME.has(w))) return null;
  if (!/\p{L}/u.test(name)) return null;
  return name;
}

function readSource(page: PageIndex, article: LdObject | null): string | null {
  const ok = (s: string | null | undefined) => {
    const v = squash(s).split(' | ')[0]!; // "Outlet | tagline"
    return v !== '' && v.length <= MAX_SOURCE_CHARS && !/^https?:\/\//i.test(v) ? v : null;
  };
  return first(
    () => ok(page.metas.get('og:site_name')?.[0]),
    () => (article ? ok(namesOf(resolve(article['publisher'], page.ld), page.ld)[0]) : null),
    () => ok(namesOf(page.ld.nodes.find(isOutlet), page.ld)[0]),
    () => ok(firstMeta(page, SITE_META)),
  );
}

function readUrl(page: PageIndex, article: LdObject | null, given: string | null): string | null {
  const absolute = (s: string | null | undefined) => {
    if (!s) return null;
    try {
      const u = new URL(s.trim(), given ?? undefined);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  return first(
    () => absolute(page.canonical),
    () => absolute(page.metas.get('og:url')?.[0]),
    () => (article ? absolute(stringOf(article['url'])) ?? absolute(stringOf(article['mainEntityOfPage'])) : null),
    () => given,
  );
}

/** Primary language subtag, lower-cased: "en-GB" and "en_US" give "en". */
function readLanguage(page: PageIndex): string | null {
  const primary = (s: string | null | undefined) => {
    const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(s ?? '');
    return m ? m[1]!.toLowerCase() : null;
  };
  return first(
    () => primary(page.htmlLang),
    () => primary(page.metas.get('content-language')?.[0]?.split(',')[0]),
    () => primary(firstMeta(page, LANGUAGE_META)),
    () => primary(page.metas.get('og:locale')?.[0]),
  );
}
