/**
 * GeoJSON of the resolved places of many analyses: one Point feature a place (its GeoNames id, or
 * its point and name when it has none), with how often it is mentioned and in how many documents,
 * and the names it was written as. Unresolved mentions are left out.
 */
import type { Analysis } from '../model/types.js';

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    geonameid: number | null;
    name: string;
    names: string[];
    featureType: string | null;
    country: string | null;
    admin1: string | null;
    precision: number | null;
    mentions: number;
    documents: number;
  };
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

export class GeoJsonCollector {
  private readonly places = new Map<string, { feature: PlaceFeature; docs: Set<string>; names: Map<string, number> }>();

  add(a: Analysis): void {
    for (const p of a.annotations?.places ?? []) {
      if (p.lat === null || p.lon === null) continue;
      const key = p.geonameid !== null ? `g${p.geonameid}` : `${p.lat},${p.lon},${p.featureType},${p.country}`;
      let entry = this.places.get(key);
      if (!entry) {
        const feature: PlaceFeature = {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: { geonameid: p.geonameid, name: '', names: [], featureType: p.featureType, country: p.country, admin1: p.admin1, precision: p.precision, mentions: 0, documents: 0 },
        };
        this.places.set(key, (entry = { feature, docs: new Set(), names: new Map() }));
      }
      entry.feature.properties.mentions++;
      entry.docs.add(a.document.id);
      entry.names.set(p.span.text, (entry.names.get(p.span.text) ?? 0) + 1);
    }
  }

  /** Features most mentioned first; ties by key, so the output is deterministic. */
  collection(): FeatureCollection {
    const features = [...this.places].map(([key, e]) => {
      const names = [...e.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([n]) => n);
      const props = { ...e.feature.properties, name: names[0] ?? '', names, documents: e.docs.size };
      return { key, feature: { ...e.feature, properties: props } };
    });
    features.sort((a, b) => b.feature.properties.mentions - a.feature.properties.mentions || (a.key < b.key ? -1 : 1));
    return { type: 'FeatureCollection', features: features.map((f) => f.feature) };
  }
}
