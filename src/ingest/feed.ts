/**
 * Feeds (RSS 2.0, Atom, RDF/RSS 1.0, JSON Feed) as inputs, parsed with feedsmith: one input per item,
 * its full content (`content:encoded`, Atom `content`, JSON Feed `content_html`/`content_text`), or when
 * the feed gives only a summary (`description`, `summary`), the summary with a note saying so. The
 * item's title, link, author and date go in as metadata from the `feed`; the feed's title as source.
 */
import { parseFeed } from 'feedsmith';
import { fail } from '../errors.js';
import type { Failure } from '../model/types.js';
import { decode } from './decode.js';
import { feedDate } from './feed-date.js';
import type { InputMeta, RawInput } from './input.js';

/** Files read as feeds: by their ending, or a JSON Feed named `feed.json` / `*.feed.json`. */
export const FEED_FILE = /(\.(rss|atom|rdf)|(^|[/\\.])feed\.json)$/i;
/** Read as a feed only when named: a folder's other XML files (sitemaps...) are not articles. */
export const XML_FILE = /\.xml$/i;
export const SUMMARY_NOTE = 'summary only: the feed gives this item\'s summary, not its full text';

type Text = string | { value?: string; type?: string } | undefined;
type Person = { name?: string } | string;

/** The fields read from an item, across the four formats (feedsmith keeps each format's own names). */
interface Item {
  title?: Text;
  link?: string;
  url?: string;
  links?: Array<{ href?: string; rel?: string }>;
  id?: string;
  guid?: { value?: string } | string;
  description?: string;
  summary?: Text;
  content?: Text | { encoded?: string };
  content_html?: string;
  content_text?: string;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  date_modified?: string;
  authors?: Person[];
  author?: Person;
  dc?: { creators?: string[]; creator?: string; dates?: string[]; date?: string };
}

interface Body {
  text: string;
  html: boolean;
  summary: boolean;
}

/** A feed's bytes (a file, a fetched body) to its items; the charset as the XML declaration or transport gives it. */
export function feedFromBytes(bytes: Uint8Array, origin: string, charset?: string, crawled?: string): Array<RawInput | Failure> {
  const declared = charset ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(new TextDecoder().decode(bytes.subarray(0, 200)))?.[1] ?? null;
  const decoded = decode(bytes, declared);
  if (!decoded.ok) return [fail('ingest', decoded.code, origin, decoded.detail)];
  return feedItems(decoded.value.text, origin, crawled);
}

/** Every item of the feed in `source` (XML or JSON text), or one failure when it is not a feed. */
export function feedItems(source: string, origin: string, crawled?: string): Array<RawInput | Failure> {
  let parsed: { format: string; feed: { title?: Text; items?: Item[]; entries?: Item[] } };
  try {
    parsed = parseFeed(source) as unknown as typeof parsed;
  } catch (e) {
    return [fail('ingest', 'BAD_FEED', origin, `not an RSS, Atom, RDF or JSON feed (${(e as Error).message})`)];
  }
  const items = parsed.feed.items ?? parsed.feed.entries ?? [];
  if (items.length === 0) return [fail('ingest', 'EMPTY', origin, `the ${parsed.format} feed has no items`)];
  const outlet = plain(parsed.feed.title);
  return items.map((item, i) => toInput(item, i + 1, origin, parsed.format, outlet, crawled));
}

function toInput(item: Item, n: number, feedOrigin: string, format: string, source: string | null, crawled: string | undefined): RawInput | Failure {
  const link = itemLink(item);
  const guid = typeof item.guid === 'string' ? item.guid : item.guid?.value ?? item.id;
  const origin = `${feedOrigin}#${n}${link || guid ? ` (${link ?? guid})` : ''}`;
  const body = itemBody(item, format);
  if (!body) return fail('ingest', 'NO_CONTENT', origin, `the ${format} item has neither content nor a summary`);
  const notes = body.summary ? [SUMMARY_NOTE] : [];
  const rawDate = item.pubDate ?? item.published ?? item.date_published ?? item.dc?.dates?.[0] ?? item.dc?.date ?? item.updated ?? item.date_modified;
  const published = feedDate(rawDate);
  if (rawDate && !published) notes.push(`the feed's date "${rawDate}" is neither RFC 822 nor ISO 8601; not used`);
  const meta: InputMeta = {};
  const title = plain(item.title);
  const author = itemAuthor(item);
  if (title) meta.title = title;
  if (link) meta.url = link;
  if (author) meta.author = author;
  if (published) meta.published = published;
  if (source) meta.source = source;
  return { origin, format: body.html ? 'html' : 'text', text: body.text, meta, metaSource: 'feed', ...(crawled ? { crawled } : {}), ...(notes.length ? { notes } : {}) };
}

/**
 * Full content first; the summary only when there is none. RSS and RDF carry HTML; Atom says which
 * with `type` (absent means text); JSON Feed by the field's name, and its summary is plain text.
 */
function itemBody(item: Item, format: string): Body | null {
  const c = item.content;
  const encoded = c && typeof c === 'object' && 'encoded' in c ? c.encoded : undefined;
  const atom = c && typeof c === 'object' && 'value' in c ? c : typeof c === 'string' ? { value: c } : undefined;
  const atomHtml = (t: { type?: string } | undefined) => format !== 'atom' || t?.type === 'html' || t?.type === 'xhtml';
  const full: Array<[string | undefined, boolean]> = [
    [encoded, true],
    [atom?.value, atomHtml(atom)],
    [item.content_html, true],
    [item.content_text, false],
  ];
  for (const [text, html] of full) if (text?.trim()) return { text, html, summary: false };
  const summary = typeof item.summary === 'object' ? item.summary : { value: item.summary };
  const brief: Array<[string | undefined, boolean]> = [
    [item.description, true],
    [summary.value, format !== 'json' && atomHtml(summary)],
  ];
  for (const [text, html] of brief) if (text?.trim()) return { text, html, summary: true };
  return null;
}

function itemLink(item: Item): string | undefined {
  if (item.link) return item.link.trim();
  if (item.url) return item.url.trim();
  const links = item.links ?? [];
  return (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href?.trim();
}

function itemAuthor(item: Item): string | null {
  const names = [...(item.authors ?? []), ...(item.author ? [item.author] : [])].map((p) => (typeof p === 'string' ? p : p.name ?? ''));
  const all = [...names, ...(item.dc?.creators ?? []), ...(item.dc?.creator ? [item.dc.creator] : [])].map(cleanPerson).filter((n) => n !== '');
  return all.length ? [...new Set(all)].join(', ') : null;
}

/** RSS `author` is an e-mail address with the name in parentheses: "jo@example.com (Jo Smith)". */
function cleanPerson(value: string): string {
  const v = value.trim();
  const named = /^\S+@\S+\s*\(([^)]+)\)$/.exec(v);
  if (named) return named[1]!.trim();
  return /^\S+@\S+$/.test(v) ? '' : v;
}

/** A title as plain text: HTML titles (Atom type="html", RSS titles with markup) lose tags and entities. */
function plain(t: Text): string | null {
  const value = typeof t === 'string' ? t : t?.value;
  if (!value) return null;
  const text = value.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => entity(e)).replace(/\s+/g, ' ').trim();
  return text || null;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function entity(e: string): string {
  const lower = e.toLowerCase();
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : null;
  if (code === null) return NAMED[lower] ?? `&${e};`;
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
