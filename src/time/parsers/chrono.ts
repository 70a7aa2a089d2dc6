/**
 * Calendar dates, weekdays and clock times from chrono-node, turned into candidates. chrono is
 * configured here once: its parsers for relative phrases, bare month names and casual words are left
 * out, because the stage's own parsers give those TIMEX3 granularity ("last week" is a week, not a day)
 * and reject their false positives ("for a second day", "They march on").
 */
// The English locale alone: the package's index imports all sixteen (0.2 s of CPU at every start).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { CLOCK_MARKERS, PARTS_OF_DAY } from '../../lexicon/time.js';
import { formatDay, formatMonth, toUtc } from '../calendar.js';
import { candidate, type Candidate, type Relative, type TimeContext, type TimeParser } from '../types.js';

/** chrono parsers the stage replaces with its own (see src/time/parsers/). */
const REPLACED = new Set([
  'ENCasualDateParser', 'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENEndOfCurrentMonthParser',
]);

export function newsChrono(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !REPLACED.has(p.constructor.name));
  return c;
}

const CHRONO = newsChrono();

/** A reference for chrono when the article has no date: its results are then masked to what is stated. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Words chrono keeps at the front of a match that TimeML leaves outside the expression. */
const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|of|between|before|after|during|around|about|this)\s+)+/i;
const CLOCK = new RegExp(`(?:${CLOCK_MARKERS.join('|')})`, 'i');
/** A bare number chrono took for the hour, at either end of a match ("6.43, on Friday", "Jan. 1, 1990 at 1"). */
const BARE_HOUR_LEAD = /^\d[\d.,]*\s*,?\s*/;
const BARE_HOUR_TAIL = /\s*(?:at\s+)?\d[\d.,]*$/i;
/** A line break inside a match, with the white space around it. */
const LINE_BREAK = /[^\S\n]*\n\s*/;
const CONNECTOR = /\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*/gi;

export const chronoParser: TimeParser = {
  name: 'chrono',
  parse(ctx) {
    const ref = ctx.published ? new Date(toUtc(ctx.published) + 12 * 3_600_000) : NO_REFERENCE;
    const out: Candidate[] = [];
    for (const r of chunks(ctx).flatMap(([a, b]) => CHRONO.parse(ctx.text.slice(a, b), ref).map((r) => shifted(r, a)))) {
      const cut = LINE_BREAK.exec(r.text);
      if (cut) {
        // No expression runs over a line break: "Tuesday, 1 March" and "2000 GMT" on the next line are two.
        out.push(...datePartOf(ctx, r.index, r.text.slice(0, cut.index), ref));
        out.push(...datePartOf(ctx, r.index + cut.index + cut[0].length, r.text.slice(cut.index + cut[0].length), ref));
        continue;
      }
      const partOf = PART_OF.exec(r.text);
      if (partOf) {
        out.push(...datePartOf(ctx, r.index + partOf[0].length, r.text.slice(partOf[0].length), ref));
        continue;
      }
      if (r.end) out.push(...splitRange(ctx, r));
      else {
        const c = fromComponents(ctx, r.index, r.text, r.start, r);
        if (c) out.push(c);
      }
    }
    return out;
  },
};

/** chrono reads the text before each match again (its end-of-period refiner tests a `$`-anchored
 * pattern on everything before it), so it is given runs of whole sentences of at most CHUNK characters:
 * an article of ordinary length is one run, read as before; a long one costs linear time. */
const CHUNK = 20_000;

/** A result read from a run, its index moved to the whole text (chrono's results are plain objects). */
function shifted(r: chrono.ParsedResult, by: number): chrono.ParsedResult {
  if (by !== 0) (r as { index: number }).index += by;
  return r;
}

function chunks(ctx: TimeContext): Array<[number, number]> {
  if (ctx.text.length <= CHUNK || ctx.sentences.length === 0) return [[0, ctx.text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const s of ctx.sentences) {
    if (s.end - start > CHUNK && s.start > start) {
      out.push([start, s.start]);
      start = s.start;
    }
  }
  out.push([start, ctx.text.length]);
  return out;
}

/**
 * chrono merges "night of Oct. 23" into one result that has lost the date's certainty. The date is
 * parsed on its own: TimeML marks "Oct. 23" (or "Friday, Oct. 23") and leaves "the night of" outside.
 */
const PART_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;

function datePartOf(ctx: TimeContext, index: number, text: string, ref: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const r of CHRONO.parse(text, ref)) {
    const c = fromComponents(ctx, index + r.index, r.text, r.start, r);
    if (c) out.push(c);
  }
  return out;
}

/** "from 5 p.m. Saturday to 8 a.m. Monday": two expressions, each with the interval it bounds. */
function splitRange(ctx: TimeContext, r: chrono.ParsedResult): Candidate[] {
  const cuts = [...r.text.matchAll(CONNECTOR)];
  const cut = cuts.at(-1);
  if (!cut || cut.index === undefined || !r.end) return [];
  const first = fromComponents(ctx, r.index, r.text.slice(0, cut.index), r.start, r);
  const second = fromComponents(ctx, r.index + cut.index + cut[0].length, r.text.slice(cut.index + cut[0].length), r.end, r);
  if (!first || !second) return [first, second].filter((c): c is Candidate => c !== null);
  first.range = { start: null, end: null, role: 'start' };
  second.range = { start: null, end: null, role: 'end' };
  return [first, second];
}

function fromComponents(ctx: TimeContext, index: number, text: string, p: ParsedComponents, r: chrono.ParsedResult): Candidate | null {
  let clockless = false;
  if (p.isCertain('hour') && !CLOCK.test(r.text)) {
    // No colon, a.m./p.m., noon...: the number is no clock time ("rose 3 to 20"). Keep the date, if any.
    if (!(['day', 'weekday', 'month', 'year'] as const).some((c) => p.isCertain(c))) return null;
    const lead = BARE_HOUR_LEAD.exec(text)?.[0].length ?? 0;
    index += lead;
    text = text.slice(lead).replace(BARE_HOUR_TAIL, '');
    clockless = true;
  }
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const start = index + lead;
  const end = index + text.trimEnd().replace(/[\s,(]+$/, '').length;
  if (end <= start) return null;
  const known = (c: chrono.Component) => p.isCertain(c) && !(clockless && (c === 'hour' || c === 'minute'));
  const stated: string[] = (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const).filter(known);
  const part = nightOrPart(text, partOfDay(p.tags()));
  const time = known('hour') ? { hour: p.get('hour') ?? 0, minute: p.get('minute') ?? 0 } : undefined;
  const type = time || part ? 'TIME' : 'DATE';
  const rule = `chrono:${[...r.tags()].find((t) => t.startsWith('parser/'))?.slice(7) ?? (known('weekday') ? 'ENWeekdayParser' : 'merged')}`;
  const base = { type, rule, stated } as const;
  if (known('weekday') && !known('day')) {
    const rel: Relative = { anchor: 'published', unit: 'day', offset: 0, weekday: p.get('weekday') ?? 0, direction: -1, ...(time ? { time } : {}), ...(part ? { part } : {}) };
    return candidate(start, end, { ...base, relative: rel, granularity: time ? 'minute' : part ? 'part-of-day' : 'day' });
  }
  if (!known('day') && !known('month') && !known('year')) {
    if (!time) return null; // a bare part of day ("evening"): the stage's own parsers decide
    return candidate(start, end, { ...base, relative: { anchor: 'governing', unit: 'day', offset: 0, time }, granularity: 'minute' });
  }
  if (!known('year') && known('month')) {
    // The year is the writer's to imply: resolved by the tense refiner and `monthFrom` against the
    // publication date or the document date inferred from the text, not by chrono; with neither, the
    // value keeps its year open (`XXXX-03-05`).
    const rel: Relative = { anchor: 'published', unit: known('day') ? 'day' : 'month', offset: 0, month: p.get('month') ?? 1, direction: 0, ...(known('day') ? { dayOfMonth: p.get('day') ?? 1 } : {}), ...(time && known('day') ? { time } : {}) };
    return candidate(start, end, { ...base, relative: rel, granularity: known('day') ? (time ? 'minute' : 'day') : 'month' });
  }
  const year = known('year') || ctx.published ? String(p.get('year')).padStart(4, '0') : 'XXXX';
  const day = { year: p.get('year') ?? 0, month: p.get('month') ?? 1, day: p.get('day') ?? 1 };
  let value = known('day') ? formatDay(day) : formatMonth(day);
  value = year + value.slice(4);
  if (known('day') && time) value += `T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  else if (known('day') && part) value += `T${part}`;
  const granularity = !known('day') ? 'month' : time ? 'minute' : part ? 'part-of-day' : 'day';
  return candidate(start, end, { ...base, value, granularity, anchorOf: known('year') ? null : ctx.published ? 'published' : null });
}

function partOfDay(tags: Set<string>): string | undefined {
  for (const t of tags) if (t.startsWith('casualReference/')) return PARTS_OF_DAY[t.slice(16)];
  return undefined;
}

/** chrono tags "night" as evening; TIMEX3 has its own code for it. */
function nightOrPart(text: string, part: string | undefined): string | undefined {
  return part && /\bnight$/i.test(text.trim()) ? 'NI' : part;
}
