/** Helpers for the document-date tests: the inferred date of an undated text, and its times. */
import { tag } from './time-helpers.js';

/** `[value, source, bound]` of the date inferred for `text` (no publication date), or null. */
export function dated(text: string): [string, string, string] | null {
  const d = tag(text, null).documentDate;
  if (!d) return null;
  const day = `${d.day.year}-${String(d.day.month).padStart(2, '0')}-${String(d.day.day).padStart(2, '0')}`;
  return [day, d.source, d.bound];
}

/** The evidence texts of the inferred date. */
export function evidence(text: string): string[] {
  return tag(text, null).documentDate?.evidence.map((e) => text.slice(e.start, e.end)) ?? [];
}

/** `[expression, value, anchor]` of the times of an undated text. */
export function anchored(text: string): Array<[string, string | null, string | null]> {
  return tag(text, null).times.map((t) => [text.slice(t.start, t.end), t.value, t.anchorOf]);
}
