/** Shapes shared by the places stage: the on-disk gazetteer and what resolution returns. */
import type { GeoPrecision } from '../model/annotations.js';

/** Bump when the index layout or its sources change: an index of another version is rebuilt. */
export const GAZETTEER_VERSION = 2;

/** The gazetteer as stored: one column an attribute, one row a place (number columns may be typed arrays);
 * name tables as `key\tid,id` lines. */
export interface GazetteerData {
  version: number;
  count: number;
  /** GeoNames id, 0 for places that are not from GeoNames (countries, divisions, counties, regions). */
  gid: ArrayLike<number>;
  name: readonly string[];
  lat: ArrayLike<number>;
  lon: ArrayLike<number>;
  /** GeoNames feature code: PPL, PPLA, PPLC, PCLI, ADM1, ADM2, RGN, CONT, ... */
  code: readonly string[];
  cc: readonly string[];
  a1: readonly string[];
  a2: readonly string[];
  pop: ArrayLike<number>;
  /** Official and common names. */
  names: string;
  /** Alternate names (other spellings, other languages in Latin script, counties without "County"). */
  alt: string;
  /** Demonyms to the country they name ("Ukrainian", "Ukrainians" → Ukraine). */
  demonyms: string;
}

/** One place a name can mean, as resolution sees it. */
export interface Candidate {
  /** Row in the gazetteer. */
  row: number;
  /** How the name matched: an official or common name, an alternate, or a demonym. */
  match: 'name' | 'alt' | 'demonym';
}

export interface Resolution {
  row: number | null;
  geonameid: number | null;
  name: string | null;
  lat: number | null;
  lon: number | null;
  featureType: string | null;
  country: string | null;
  admin1: string | null;
  precision: GeoPrecision | null;
  /** Which rule decided. */
  rule: string;
  confidence: number;
  /** The span a stated relation widened the mention to ("southwestern edge of Kyiv"), when one did. */
  widened?: [number, number];
}
