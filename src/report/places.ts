/** Place names as the report prints them: a place the gazetteer resolved by its shortest name in any
 * report ("Kyiv" for "the southwestern edge of Kyiv"), so that one place is one line. */
import type { Place } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';

/** GeoNames id to the shortest name any report gives it at precision 1 (the place itself). */
export function placeNames(analyses: readonly Analysis[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of analyses) {
    for (const p of a.annotations?.places ?? []) {
      if (p.geonameid === null || (p.precision ?? 1) !== 1) continue;
      const key = String(p.geonameid);
      const name = p.span.text;
      const old = out.get(key);
      if (!old || name.length < old.length || (name.length === old.length && name < old)) out.set(key, name);
    }
  }
  return out;
}

export function placeName(p: Pick<Place, 'geonameid' | 'span'>, names: ReadonlyMap<string, string>): string {
  return (p.geonameid !== null ? names.get(String(p.geonameid)) : undefined) ?? p.span.text;
}
