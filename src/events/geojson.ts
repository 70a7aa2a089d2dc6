/**
 * Merged events as GeoJSON: a Point feature an event with coordinates, with the ACLED-style values a
 * map needs (date and its precision, type, counts, conflicts, how many reports). Events with no place
 * are left out; the caller counts them.
 */
import { TIME_PRECISION } from '../lexicon/acled.js';
import { isoDay } from './dates.js';
import type { MergedEvent } from './merged.js';
import { outletOf } from './acled.js';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    event_id_cnty: string;
    event_date: string | null;
    time_precision: number | null;
    event_type: string;
    sub_event_type: string;
    plover: string | null;
    location: string;
    geo_precision: number | null;
    actors: string[];
    targets: string[];
    fatalities: number | null;
    injured: number | null;
    civilian_targeting: boolean | null;
    conflicts: string[];
    reports: number;
    sources: string[];
    merge_rule: string;
    merge_confidence: number;
  };
}

export function eventFeature(e: MergedEvent): EventFeature | null {
  const p = e.place;
  if (!p || p.lat === null || p.lon === null) return null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      event_id_cnty: e.idCnty,
      event_date: e.days ? isoDay(e.days[0]) : null,
      time_precision: e.date ? TIME_PRECISION[e.date.precision] ?? null : null,
      event_type: e.type,
      sub_event_type: e.subtype,
      plover: e.plover,
      location: p.name,
      geo_precision: p.precision,
      actors: e.actors.filter((a) => a.role === 'actor').map((a) => a.name),
      targets: e.actors.filter((a) => a.role === 'target').map((a) => a.name),
      fatalities: e.fatalities,
      injured: e.injured,
      civilian_targeting: e.civilianTargeting,
      conflicts: e.conflicts.map((c) => c.field),
      reports: new Set(e.sources.map((s) => s.doc)).size,
      sources: [...new Set(e.sources.map(outletOf).filter((o): o is string => o !== null))],
      merge_rule: e.merge.rule,
      merge_confidence: e.merge.confidence,
    },
  };
}
