/**
 * Reconciling the date evidence of a page (published.ts): what it states for machines, what it shows
 * readers at the head of the article, its URL, and a date written elsewhere. Trust runs in that
 * order, with exceptions where the page contradicts its own metadata:
 *  1. the URL breaks a tie: when stated and shown dates differ, the one the URL agrees with wins;
 *  2. local day: a stated UTC time whose instant falls on the shown day in some real time zone is
 *     the shown day: the page prints the day in its own zone (23:30 UTC is the next morning in Kyiv);
 *  3. the page dates the version we read: a shown date that is the stated modification date wins
 *     (the text, and its "yesterday", is that of the update);
 *  4. a re-save: a meta tag's date a few days off the shown one, with no modification date stated,
 *     gives way to the shown date (`savedNotPublished`);
 *  5. two places agree: a shown date that the written one ("Published: ...") confirms wins.
 * Otherwise the stated date stands. A month-only date is kept while later evidence is searched for a
 * day in that month; with no evidence at all, the first date in the page text is taken, else the
 * first in all of the page's text (sidebars and links too) that is not labelled as an edit's.
 */
import type { PublishedDate } from '../../../model/types.js';
import { findDateInText } from './parse.js';
import type { StepContext } from './text.js';
import { MODIFIED_BEFORE } from '../lexicon.js';

export interface Evidence {
  /** JSON-LD, else meta tags and microdata. */
  stated: PublishedDate | null;
  /** A `<time>` of the article, else a date line or the text around the headline. */
  shown: PublishedDate | null;
  url: PublishedDate | null;
  /** After a "Published:" label in the page text, else in the `<title>`: read only when needed (it
   * takes the page's whole text), so a function. */
  written: () => PublishedDate | null;
  /** The stated date of the last update: JSON-LD `dateModified`, else meta tags and microdata. */
  modified: PublishedDate | null;
}

/** Time zones in use run from UTC-12:00 to UTC+14:00 (in ms). */
const WESTMOST_OFFSET_MS = -12 * 3600_000;
const EASTMOST_OFFSET_MS = 14 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** Widest gap between a meta tag's date and the shown one still read as a re-save of the same article. */
const MAX_RESAVE_GAP_DAYS = 10;

const isCoarse = (d: PublishedDate) => d.precision === 'year' || d.precision === 'month';
const dayOf = (d: PublishedDate) => d.value.slice(0, 10);

export function reconcile(ev: Evidence, ctx: StepContext): PublishedDate | null {
  let coarse: PublishedDate | null = null;
  const fine: PublishedDate[] = [];
  // A full date in the URL outranks one written in the text, not a `<time>`; a month-only URL
  // outranks nothing, it only narrows what follows.
  const urlFirst = ev.url && !isCoarse(ev.url) && ev.shown?.source !== 'time-element';
  const order = urlFirst ? [ev.stated, ev.url, ev.shown] : [ev.stated, ev.shown, ev.url];
  const take = (date: PublishedDate | null) => {
    if (!date) return;
    if (isCoarse(date)) coarse ??= date;
    else if (!coarse || date.value.startsWith(coarse.value)) fine.push(date);
  };
  order.forEach(take);
  // The written date comes last, so it only counts when nothing before it gave a day.
  if (fine.length === 0) take(ev.written());
  const best = fine[0];
  if (best && best === ev.stated && ev.shown && fine.includes(ev.shown) && dayOf(best) !== dayOf(ev.shown)) return settle(ev, best, ev.shown);
  if (best) return best;
  if (coarse) return dayInMonth(coarse, ctx.pageText(), ctx) ?? dayInMonth(coarse, ctx.wholeText(), ctx) ?? coarse;
  // Last resort: the first date in the page text (navigation and link lists left out), most often
  // the article's own date line where no markup named it; else the first in all of the page's text
  // (a date line the template put in a sidebar or made a link), never one labelled as an edit's.
  const found = findDateInText(ctx.pageText(), ctx.now);
  return found ? { ...found.date, source: 'text' } : firstUnmodified(ctx.wholeText(), ctx);
}

function firstUnmodified(text: string, ctx: StepContext): PublishedDate | null {
  for (let at = 0, found = findDateInText(text, ctx.now); found; found = findDateInText(text.slice(at), ctx.now)) {
    if (!MODIFIED_BEFORE.test(text.slice(Math.max(0, at + found.index - 40), at + found.index))) return { ...found.date, source: 'text' };
    at += found.end;
  }
  return null;
}

/** Stated and shown dates that name different days. */
function settle(ev: Evidence, stated: PublishedDate, shown: PublishedDate): PublishedDate {
  const { url, modified } = ev;
  if (url) {
    const key = url.value.slice(0, isCoarse(url) ? url.value.length : 10);
    const [s, v] = [stated.value.startsWith(key), shown.value.startsWith(key)];
    if (s !== v) return s ? stated : shown;
  }
  if (sameInstantElsewhere(stated, shown)) return shown;
  if (savedNotPublished(stated, shown, modified)) return shown;
  const written = ev.written();
  if (written && !isCoarse(written) && dayOf(written) === dayOf(shown)) return shown;
  if (modified && dayOf(shown) === dayOf(modified)) return shown;
  return stated;
}

/**
 * A meta tag's date a few days off the date the article shows, on a page that states no
 * modification date: content systems that write no `dateModified` often fill their date meta tag
 * with the last save (a correction, a re-publication), while the head of the article keeps the day
 * readers saw it first. JSON-LD `datePublished` is not second-guessed this way: it names publication.
 */
function savedNotPublished(stated: PublishedDate, shown: PublishedDate, modified: PublishedDate | null): boolean {
  if (stated.source !== 'meta-tag' || modified || isCoarse(shown)) return false;
  const gap = Math.abs(Date.parse(dayOf(stated)) - Date.parse(dayOf(shown))) / DAY_MS;
  return gap <= MAX_RESAVE_GAP_DAYS;
}

/** Whether a stated UTC time falls on the shown day in some time zone in use. */
export function sameInstantElsewhere(stated: PublishedDate, shown: PublishedDate): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|\+00:00)$/.exec(stated.value);
  if (!m) return false;
  const instant = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}Z`);
  const shownStart = Date.parse(`${dayOf(shown)}T00:00:00Z`);
  return instant + EASTMOST_OFFSET_MS >= shownStart && instant + WESTMOST_OFFSET_MS < shownStart + DAY_MS;
}

/** The first date in `text` that falls in the month (or year) of a coarse date. */
function dayInMonth(coarse: PublishedDate, text: string, ctx: StepContext): PublishedDate | null {
  for (let found = findDateInText(text, ctx.now); found; found = findDateInText(text, ctx.now)) {
    if (found.date.value.startsWith(coarse.value)) return { ...found.date, source: 'text' };
    text = text.slice(found.end);
  }
  return null;
}
