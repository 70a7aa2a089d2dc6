/**
 * Date strings found in web pages to ISO 8601. Three readers: `parseStructuredDate` for values meant
 * for machines (JSON-LD, meta tags, `<time datetime>`), `findDateInText` for dates written for people
 * ("16 March 2022", "March 16, 2022", "16.03.2022"), and `dateFromUrl` for paths like `/2022/03/16/`.
 * Every reader returns null rather than a date that does not exist or lies outside `plausible`.
 */
import type { DatePrecision } from '../../../model/types.js';
import { MONTHS } from '../lexicon.js';

export interface ParsedDate {
  value: string;
  precision: DatePrecision;
}

/** Earliest year accepted: the web news we read starts in the 1990s; older dates are history in the text. */
export const MIN_YEAR = 1990;
/** How far past the reference time a date may lie: one day covers every time zone ahead of ours. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
/** Century of two-digit years ("16.03.22"): the web news we read is from this one. */
const CENTURY = 2000;
/** Longest structured value read: date strings are short; anything longer is prose or junk. */
const MAX_STRUCTURED_LENGTH = 120;
/** Largest UTC offset in use (Kiribati, +14:00), in minutes. */
const MAX_OFFSET_MINUTES = 14 * 60;

interface Parts {
  y: number;
  mo: number;
  d?: number | undefined;
  h?: number | undefined;
  mi?: number | undefined;
  s?: number | undefined;
  /** 'Z' or '+hh:mm' / '-hh:mm'; absent when the source gives a local time or no time. */
  offset?: string | undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));

/** Validates the parts against the calendar and the plausible range, and writes them as ISO 8601. */
export function buildDate(p: Parts, now: number): ParsedDate | null {
  const { y, mo, d, h, mi, s, offset } = p;
  if (!Number.isInteger(y) || y < MIN_YEAR || mo < 1 || mo > 12) return null;
  if (d !== undefined && (d < 1 || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d)) return null;
  if (h !== undefined && (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59)) return null;
  const offsetMinutes = offset === undefined || offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return null;
  const instant = Date.UTC(y, mo - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0) - offsetMinutes * 60_000;
  if (instant > now + MAX_FUTURE_MS) return null;
  let value = `${pad(y, 4)}-${pad(mo)}`;
  if (d === undefined) return { value, precision: 'month' };
  value += `-${pad(d)}`;
  if (h === undefined) return { value, precision: 'day' };
  value += `T${pad(h)}:${pad(mi ?? 0)}${s !== undefined ? `:${pad(s)}` : ''}${offset ?? ''}`;
  return { value, precision: s !== undefined ? 'second' : 'minute' };
}

/** '+0200', '+02', '+02:00', 'GMT', 'UTC', 'Z' to 'Z' or '+02:00'; undefined for none or an unknown zone. */
function normalizeOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : undefined;
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
/** Seconds (10 digits) or milliseconds (13) since 1970, as some CMSs write into meta tags. */
const EPOCH = /^(\d{10}|\d{13})$/;
/** A time after a written date, kept only with an explicit zone: "16 Mar 2022 07:00:00 GMT". */
const TRAILING_TIME = /^,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4}|[+-]\d{2}:\d{2})\b/i;

/** A value meant for machines: ISO 8601 and its common variants, epoch numbers, RFC 2822, written dates. */
export function parseStructuredDate(raw: string, now: number): ParsedDate | null {
  const text = raw.trim();
  if (text === '' || text.length > MAX_STRUCTURED_LENGTH) return null;
  let m = ISO_LIKE.exec(text);
  if (m) return buildDate({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: num(m[4]), mi: num(m[5]), s: num(m[6]), offset: normalizeOffset(m[7]) }, now);
  m = COMPACT.exec(text);
  if (m) return buildDate({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: num(m[4]), mi: num(m[5]), s: num(m[6]), offset: normalizeOffset(m[7]) }, now);
  m = YEAR_MONTH.exec(text);
  if (m) return buildDate({ y: +m[1]!, mo: +m[2]! }, now);
  m = EPOCH.exec(text);
  if (m) return fromEpoch(m[1]!.length === 13 ? +m[1]! : +m[1]! * 1000, now);
  const found = findDateInText(text, now, true);
  return found?.date ?? null;
}

function fromEpoch(ms: number, now: number): ParsedDate | null {
  const t = new Date(ms);
  return buildDate({ y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(), s: t.getUTCSeconds(), offset: 'Z' }, now);
}

/**
 * Letters a month name is written in (Latin with accents, Cyrillic). Explicit ranges, not \p{L}: a
 * Unicode property class makes V8 compile each pattern for milliseconds, again after code flushing.
 */
const L = 'A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF';
const words = (source: string, flags = 'g') => new RegExp(source.replaceAll('LETTER', L), flags);

type Reader = { pattern: RegExp; parts: (m: RegExpMatchArray) => Parts | null };

const monthOf = (word: string | undefined) => (word ? MONTHS.get(word.toLowerCase().replace(/\.$/, '')) : undefined);

/** Day and month from "a/b/yyyy" when only one reading is possible; null when both are. */
function slashParts(a: number, b: number, y: number): Parts | null {
  if (a === b) return { y, mo: a, d: a };
  if (a > 12 && b <= 12) return { y, mo: b, d: a };
  if (b > 12 && a <= 12) return { y, mo: a, d: b };
  return null;
}

/** Written dates, each pattern global so that a match whose word is not a month does not end the search. */
const TEXT_READERS: readonly Reader[] = [
  { // 16 March 2022, 16. März 2022, 16 de marzo de 2022, 16th of March, 2022
    pattern: words(String.raw`(?<![LETTER\d])(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:(?:de|of)\s+)?([LETTER]{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`),
    parts: (m) => { const mo = monthOf(m[2]); return mo ? { y: +m[3]!, mo, d: +m[1]! } : null; },
  },
  { // March 16, 2022, Mar. 16 2022
    pattern: words(String.raw`(?<![LETTER\d])([LETTER]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`),
    parts: (m) => { const mo = monthOf(m[1]); return mo ? { y: +m[3]!, mo, d: +m[2]! } : null; },
  },
  { // 2022-03-16, 2022/03/16, 2022.03.16
    pattern: /(?<![\d.\/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
    parts: (m) => ({ y: +m[1]!, mo: +m[3]!, d: +m[4]! }),
  },
  { // 16.03.2022 (day first, as everywhere dots are used)
    pattern: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g,
    parts: (m) => ({ y: +m[3]!, mo: +m[2]!, d: +m[1]! }),
  },
  { // 16.03.22: a short year only with two-digit day and month, as German and Swiss date lines write it
    pattern: /(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/g,
    parts: (m) => ({ y: CENTURY + +m[3]!, mo: +m[2]!, d: +m[1]! }),
  },
  { // 16/03/2022 or 03/16/2022, only when the order is unambiguous
    pattern: /(?<![\d\/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d\/])/g,
    parts: (m) => slashParts(+m[1]!, +m[2]!, +m[3]!),
  },
];

/** A date found in text: where it starts and where it ends. */
export interface FoundDate {
  date: ParsedDate;
  index: number;
  end: number;
}

/**
 * The earliest date written in `text` that exists and is plausible, with its position. With
 * `withTime`, a time right after it that names its zone is kept (RFC 2822 in meta tags).
 */
export function findDateInText(text: string, now: number, withTime = false): FoundDate | null {
  let best: FoundDate | null = null;
  for (const reader of TEXT_READERS) {
    for (const m of text.matchAll(reader.pattern)) {
      if (best && (m.index ?? 0) >= best.index) break;
      let parts = reader.parts(m);
      if (!parts) continue;
      if (withTime) parts = { ...parts, ...trailingTime(text.slice((m.index ?? 0) + m[0].length)) };
      const date = buildDate(parts, now);
      if (date) { best = { date, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }; break; }
    }
  }
  return best;
}

function trailingTime(rest: string): Partial<Parts> {
  const t = TRAILING_TIME.exec(rest);
  if (!t) return {};
  return { h: +t[1]!, mi: +t[2]!, s: num(t[3]), offset: normalizeOffset(t[4]) };
}

/** A date in a URL's path: /2022/03/16/, /2022-03-16-title, /20220316/, or only the month: /2022/03/. */
const URL_READERS: readonly Reader[] = [
  { pattern: /(?<!\d)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)/g, parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]! }) },
  { pattern: /(?<![\d.])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])/g, parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]! }) },
  { pattern: /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\//g, parts: (m) => ({ y: +m[1]!, mo: +m[2]! }) },
];

export function dateFromUrl(url: string, now: number): ParsedDate | null {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    // not absolute: read it as a path
  }
  for (const reader of URL_READERS) {
    for (const m of path.matchAll(reader.pattern)) {
      const parts = reader.parts(m);
      const date = parts && buildDate(parts, now);
      if (date) return date;
    }
  }
  return null;
}
