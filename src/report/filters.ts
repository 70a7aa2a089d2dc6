/** Which documents, events and figures fall in the report's period and area. */
import { countryOf } from '../events/actors.js';
import type { MergedEvent } from '../events/merged.js';
import type { Place } from '../model/annotations.js';
import type { StoredDocument } from '../store/store.js';

interface Period {
  from: string | null;
  to: string | null;
}

/** The day a document is of: its publication day, else the day inferred from its text. */
export function dayOf(d: StoredDocument): string | null {
  const doc = d.analysis.document;
  return (d.published ?? doc.published?.value ?? doc.inferredDate?.value ?? null)?.slice(0, 10) ?? null;
}

/** A day (or a coarser date: `2022-03`) is in the period when it can be; an undated item is kept only
 * when no period was asked for. */
export function inPeriod(day: string | null, p: Period): boolean {
  if (!p.from && !p.to) return true;
  if (!day) return false;
  if (p.from && day < p.from.slice(0, day.length)) return false;
  if (p.to && day > p.to.slice(0, day.length)) return false;
  return true;
}

export function eventInPeriod(e: MergedEvent, p: Period): boolean {
  return inPeriod(e.date?.value ?? null, p);
}

/** Whether a place (its name as written, its country code) is the one asked for, or in it. */
export type PlaceMatcher = (name: string | null, country: string | null) => boolean;

export function placeMatcher(wanted: string | null): PlaceMatcher {
  if (!wanted) return () => true;
  const w = wanted.toLowerCase();
  return (name, country) => {
    if (name && (name.toLowerCase() === w || words(name).includes(w))) return true;
    if (!country) return false;
    const c = countryOf(country);
    return country.toLowerCase() === w || c?.cca3.toLowerCase() === w || c?.name.toLowerCase() === w;
  };
}

/** "the southwestern edge of Kyiv" is in Kyiv: the place asked for as whole words of the name. */
function words(name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  const parts = lower.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) out.push(parts.slice(i, j).join(' '));
  return out;
}

export function eventInPlace(e: MergedEvent, matches: PlaceMatcher): boolean {
  return matches(e.place?.name ?? null, e.place?.country ?? null) || e.sources.some((s) => matches(s.place, null));
}

export function placeInArea(p: Place | undefined, matches: PlaceMatcher): boolean {
  return !!p && matches(p.span.text, p.country);
}
