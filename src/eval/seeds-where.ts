/** The seeds' times and places checks: the annotations overlapping a gold text, and whether one fits. */
import { distanceKm } from '../geo/distance.js';
import type { Analysis } from '../model/types.js';

/** A gold place: a GeoNames id with its point, a country, or a point the place must lie near. */
export interface GoldPlace {
  text: string;
  geonameid?: number;
  lat?: number;
  lon?: number;
  country?: string;
  near?: { lat: number; lon: number; km: number };
}

/** Time annotations overlapping an occurrence of `text` (gold texts are the expression with context). */
export function timesIn(a: Analysis, text: string) {
  const spans: Array<[number, number]> = [];
  for (let i = a.document.text.indexOf(text); i >= 0; i = a.document.text.indexOf(text, i + 1)) spans.push([i, i + text.length]);
  return (a.annotations?.times ?? []).filter((t) => spans.some(([s, e]) => t.span.start < e && s < t.span.end));
}

export const timeRight = (a: Analysis, t: { text: string; value: string }) => timesIn(a, t.text).some((x) => x.value === t.value);

/** Place annotations overlapping an occurrence of `text`. */
export function placesIn(a: Analysis, text: string) {
  const spans: Array<[number, number]> = [];
  for (let i = a.document.text.indexOf(text); i >= 0; i = a.document.text.indexOf(text, i + 1)) spans.push([i, i + text.length]);
  return (a.annotations?.places ?? []).filter((p) => spans.some(([s, e]) => p.span.start < e && s < p.span.end));
}

/** A gold GeoNames place is matched by its id; a country by its code; a `near` item by distance. */
export function placeRight(a: Analysis, g: GoldPlace): boolean {
  return placesIn(a, g.text).some((p) => {
    if (g.geonameid !== undefined) return p.geonameid === g.geonameid;
    if (g.country !== undefined) return p.country === g.country && (p.featureType === 'PCLI' || p.featureType === 'PCLD');
    if (g.near) return p.lat !== null && p.lon !== null && distanceKm(p.lat, p.lon, g.near.lat, g.near.lon) <= g.near.km;
    return false;
  });
}

export const describePlace = (p: GoldPlace) => (p.geonameid !== undefined ? `GeoNames ${p.geonameid}` : p.country ? `country ${p.country}` : p.near ? `within ${p.near.km} km of ${p.near.lat},${p.near.lon}` : '?');

