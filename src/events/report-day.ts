/**
 * The report's day: the day a report is written about. The events and figures stages both date what a
 * report tells with no date of its own to it, so that an event and its own death toll agree.
 */

/** Words that name the day before from the day after. */
const DEICTIC_EVE = /\b(?:yesterday|last (?:night|evening))\b/i;
/** A time of day in the evening or at night: TIMEX3's parts of day, or a clock time from 6 p.m. */
const EVENING = /^T(?:EV|NI|1[89]|2[0-3])/;

export interface ReportDayInput {
  text: string;
  /** Time expressions (the time stage's). */
  times?: ReadonlyArray<{ start: number; end: number; type: string; value: string | null }>;
  /** The publication day (YYYY-MM-DD), when known. */
  published: string | null;
}

/**
 * The day before the publication day when that day (a date, with no time) is the morning after it: a
 * report written in the night tells the day before as its latest ("pushed back an attempt on Tuesday
 * evening", "intensified after dark") and names nothing on the publication day itself (no "today",
 * "this morning", no weekday of that day, and no "yesterday" or "last night", which are said from it).
 * What it then tells with no date of its own ("the leaders have arrived in Kyiv", "a curfew is now in
 * force", "six were injured") happened by that night: on that day, not on the publication day. Null
 * when the text does not show it; the publication day then stands.
 */
export function reportDay(input: ReportDayInput): string | null {
  if (!input.published) return null;
  const p = input.published;
  const eve = new Date(Date.parse(`${p}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  let night = false;
  for (const t of input.times ?? []) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.value || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    const day = t.value.slice(0, 10);
    // "Last night", "yesterday" are said from the publication day: the writer is already on it.
    if (day === p || DEICTIC_EVE.test(input.text.slice(t.start, t.end))) return null;
    if (day === eve && EVENING.test(t.value.slice(10))) night = true;
  }
  return night ? eve : null;
}
