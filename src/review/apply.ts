/**
 * Reviews laid over what the machine produced. The machine's output is never changed: a reviewed event
 * is a copy with the analyst's values in place and, beside them, every change (who, when, old, new) and
 * the review status. Reviews apply in the order they were made, so the latest word on a field wins.
 */
import { dayRange } from '../events/dates.js';
import type { MergedActor, MergedEvent } from '../events/merged.js';
import type { MentionPlace } from '../events/mention.js';
import type { Review } from '../store/reviews.js';

export type ReviewStatus = 'accepted' | 'edited' | 'rejected';

export interface Change {
  field: string;
  old: unknown;
  new: unknown;
  reviewer: string;
  at: string;
}

export interface ReviewState {
  /** The last verdict: `edited` once any field was changed and not rejected or accepted since. */
  status: ReviewStatus | null;
  reviewer: string | null;
  at: string | null;
  changes: Change[];
}

export type ReviewedEvent = MergedEvent & { review: ReviewState };

/** The fields of an event an analyst can edit, with the shape of their new values. */
export const EVENT_FIELDS = ['type', 'subtype', 'date', 'place', 'actors', 'fatalities', 'injured'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export interface PlaceValue {
  name: string;
  lat?: number | null;
  lon?: number | null;
  country?: string | null;
}
export interface ActorValue {
  name: string;
  role: 'actor' | 'target';
}

/** The keys an event's reviews are filed under: its id and its reports' mention keys. */
export const eventKeys = (e: MergedEvent): string[] => [e.id, ...e.sources.map((s) => s.key)];

/** Whether a review is about this event: its id, or one of the reports it was made from. */
export function reviewMatches(e: MergedEvent, r: Review): boolean {
  if (r.kind !== 'event') return false;
  if (r.target === e.id) return true;
  return e.sources.some((s) => r.anchors.includes(s.key));
}

export const noReview = (): ReviewState => ({ status: null, reviewer: null, at: null, changes: [] });

/** The event as reviewed; `reviews` may hold others' reviews too (they are filtered). */
export function reviewEvent(e: MergedEvent, reviews: readonly Review[]): ReviewedEvent {
  const out: ReviewedEvent = { ...e, review: noReview() };
  for (const r of reviews) {
    if (!reviewMatches(e, r)) continue;
    out.review.reviewer = r.reviewer;
    out.review.at = r.at;
    if (r.action === 'accept') out.review.status = 'accepted';
    else if (r.action === 'reject') out.review.status = 'rejected';
    else if (r.field && setField(out, r.field as EventField, r.new)) {
      out.review.status = 'edited';
      out.review.changes.push({ field: r.field, old: r.old, new: r.new, reviewer: r.reviewer, at: r.at });
    }
  }
  return out;
}

/** The current value of an editable field, as an edit gives it (what `old` records). */
export function fieldValue(e: MergedEvent, field: EventField): unknown {
  switch (field) {
    case 'date': return e.date?.value ?? null;
    case 'place': return e.place ? { name: e.place.name, lat: e.place.lat, lon: e.place.lon, country: e.place.country } : null;
    case 'actors': return e.actors.map((a) => ({ name: a.name, role: a.role }));
    default: return e[field];
  }
}

function setField(e: ReviewedEvent, field: EventField, value: unknown): boolean {
  switch (field) {
    case 'type':
    case 'subtype':
      if (typeof value !== 'string') return false;
      e[field] = value;
      return true;
    case 'fatalities':
    case 'injured':
      if (value !== null && typeof value !== 'number') return false;
      e[field] = value;
      return true;
    case 'date': {
      if (value === null) {
        e.date = null;
        e.days = null;
        return true;
      }
      if (typeof value !== 'string') return false;
      const precision = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day' : /^\d{4}-\d{2}$/.test(value) ? 'month' : 'year';
      const days = dayRange(value, precision);
      if (!days) return false;
      e.date = { value, precision };
      e.days = days;
      e.dateFrom = null;
      return true;
    }
    case 'place': {
      const p = value as PlaceValue | null;
      e.place = p ? reviewedPlace(p, e.place) : null;
      e.placeFrom = null;
      return true;
    }
    case 'actors': {
      if (!Array.isArray(value)) return false;
      e.actors = (value as ActorValue[]).map((a): MergedActor => {
        const before = e.actors.find((x) => x.name === a.name && x.role === a.role);
        return before ?? { name: a.name, role: a.role, actorClass: null, keys: [], mentions: 0 };
      });
      return true;
    }
  }
  return false;
}

/** A place the analyst named: the machine's coordinates kept when only the spelling changed. */
function reviewedPlace(p: PlaceValue, before: MentionPlace | null): MentionPlace {
  const same = before && before.name.toLowerCase() === p.name.toLowerCase();
  return {
    name: p.name,
    geonameid: same ? before.geonameid : null,
    lat: p.lat ?? (same ? before.lat : null),
    lon: p.lon ?? (same ? before.lon : null),
    featureType: same ? before.featureType : null,
    country: p.country ?? (same ? before.country : null),
    admin1: same ? before.admin1 : null,
    precision: p.lat != null ? 1 : same ? before.precision : null,
  };
}

/** A figure's or quote's review state: accept, reject, or edits of its value or speaker. */
export function reviewItem(target: string, reviews: readonly Review[]): ReviewState & { values: Record<string, unknown> } {
  const state = { ...noReview(), values: {} as Record<string, unknown> };
  for (const r of reviews) {
    if (r.target !== target) continue;
    state.reviewer = r.reviewer;
    state.at = r.at;
    if (r.action === 'accept') state.status = 'accepted';
    else if (r.action === 'reject') state.status = 'rejected';
    else if (r.field) {
      state.status = 'edited';
      state.values[r.field] = r.new;
      state.changes.push({ field: r.field, old: r.old, new: r.new, reviewer: r.reviewer, at: r.at });
    }
  }
  return state;
}
