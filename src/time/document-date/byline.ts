/**
 * Rule 2, a date line or byline: a line near the top or the end of the article that holds a date and
 * nothing but a label, a byline name, a clock time and separators ("27 April 2014", "Published: April 27,
 * 2014 10:32 GMT", "By Jane Doe | April 27, 2014"). Rule 3, a photo caption's date: a line marked as
 * a caption or credit ("(AP Photo/...)", "REUTERS/...") with a date in it, unless it says the picture is
 * a file photo. A year-less date takes its year from the article's full dates, or gives nothing.
 */
import { CAPTION_MARKERS, DATE_LINE_LABELS, FILE_PHOTO_MARKERS } from '../../lexicon/time.js';
import { dayOf, type DateContext, type DocumentDate, type NamedDay } from './dates.js';
import { yearFor } from './year.js';

/** A date line stands among the first lines (headline, standfirst, byline) or the last ones. */
export const DATE_LINE_TOP = 5;
export const DATE_LINE_BOTTOM = 2;

const LABEL = `(?:${DATE_LINE_LABELS.map((l) => l.replace(/ /g, '\\s+')).join('|')})(?:\\s+on)?\\s*:?`;
const BYLINE = String.raw`by\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4}`;
const CLOCK = String.raw`(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?`;
const SEPARATOR = String.raw`[\s|,·•/–—\-]`;
/** What a date line may hold besides its date, on either side of it. */
const REST = new RegExp(String.raw`^${SEPARATOR}*(?:(?:${LABEL}|${BYLINE}|${CLOCK})${SEPARATOR}*)*$`, 'i');

const CAPTION = new RegExp(CAPTION_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');
const FILE_PHOTO = new RegExp(FILE_PHOTO_MARKERS.join('|'), 'i');

function withYear(dc: DateContext, d: NamedDay, source: DocumentDate['source'], confidence: number): DocumentDate | null {
  const day = dayOf(d);
  const evidence = { start: d.start, end: d.end };
  if (day) return { day, precision: 'day', source, bound: 'on', evidence: [evidence], confidence };
  const year = yearFor(dc, d);
  return year ? { day: year.day, precision: 'day', source, bound: 'on', evidence: [evidence, { start: year.from.start, end: year.from.end }], confidence: confidence - 0.1 } : null;
}

/** Rule 2: the first date line or byline date. */
export function bylineRule(dc: DateContext): DocumentDate | null {
  const last = dc.lines.length - 1;
  for (const d of dc.days) {
    if (d.line >= DATE_LINE_TOP && d.line <= last - DATE_LINE_BOTTOM) continue;
    const p = dc.lines[d.line]!;
    const text = dc.ctx.text;
    if (!REST.test(text.slice(p.start, d.start)) || !REST.test(text.slice(d.end, p.end))) continue;
    const found = withYear(dc, d, 'text:byline', 0.9);
    if (found) return found;
  }
  return null;
}

/** Rule 3: the date of the first photo caption that has one. */
export function captionRule(dc: DateContext): DocumentDate | null {
  for (const d of dc.days) {
    const p = dc.lines[d.line]!;
    const line = dc.ctx.text.slice(p.start, p.end);
    if (!CAPTION.test(line) || FILE_PHOTO.test(line)) continue;
    const found = withYear(dc, d, 'text:caption', 0.75);
    if (found) return found;
  }
  return null;
}
