/**
 * The gazetteer in memory: columns of places and three name tables. Loaded once a process from
 * `data/gazetteer.bin` (or $SITREP_GAZETTEER; its layout is in gazetteer-file.ts), which the install
 * builds; when the file is missing or of another version it is built here and written, so a checkout
 * without install scripts still works.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildGazetteer } from './build.js';
import { encodeGazetteer, readGazetteer } from './gazetteer-file.js';
import { nameKey } from './normalize.js';
import { GAZETTEER_VERSION, type Candidate, type GazetteerData } from './types.js';

/** Names whose keys `candidates` keeps; past this it starts again. */
const KEYS_KEPT = 50_000;

export const DEFAULT_GAZETTEER_PATH = join(import.meta.dirname, '..', '..', 'data', 'gazetteer.bin');

export class Gazetteer {
  readonly data: GazetteerData;
  private readonly names: NameTable;
  private readonly alt: NameTable;
  private readonly demonyms: NameTable;
  /** Row of each country by ISO code, and of each first-level division by `CC.A1`. */
  readonly countryRow = new Map<string, number>();
  readonly admin1Row = new Map<string, number>();

  constructor(data: GazetteerData) {
    this.data = data;
    this.names = new NameTable(data.names);
    this.alt = new NameTable(data.alt);
    this.demonyms = new NameTable(data.demonyms);
    for (let i = 0; i < data.count; i++) {
      const code = data.code[i]!;
      if (code === 'PCLI' || code === 'PCLD') this.countryRow.set(data.cc[i]!, i);
      else if (code === 'ADM1' && data.a1[i]) this.admin1Row.set(`${data.cc[i]}.${data.a1[i]}`, i);
    }
  }

  /** Every place the name can mean; names first, then alternates and demonyms (a row once). */
  candidates(name: string): Candidate[] {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      if (this.keys.size >= KEYS_KEPT) this.keys.clear();
      this.keys.set(name, key);
    }
    return this.byKey(key);
  }

  /** The keys of the names asked for lately: a text asks for the same runs of words again and again,
   * and making a key takes eight passes over the name. */
  private readonly keys = new Map<string, string>();

  byKey(key: string): Candidate[] {
    const out: Candidate[] = [];
    // Most keys asked (every run of capitalized words in a text) are in no table: no set, no closure.
    const [n, a, d] = [this.names.find(key), this.alt.find(key), this.demonyms.find(key)];
    if (n < 0 && a < 0 && d < 0) return out;
    const seen = new Set<number>();
    const take = (rows: number[] | undefined, match: Candidate['match']) => {
      for (const row of rows ?? []) if (!seen.has(row)) { seen.add(row); out.push({ row, match }); }
    };
    take(this.names.rowsAt(n), 'name');
    take(this.alt.rowsAt(a), 'alt');
    take(this.demonyms.rowsAt(d), 'demonym');
    return out;
  }

  has(key: string): boolean {
    return this.names.has(key) || this.alt.has(key) || this.demonyms.has(key);
  }

  /** Name of the first-level division a row lies in ("Kharkiv" for a city in GeoNames' UA.07), or its code. */
  admin1Name(row: number): string | null {
    const d = this.data;
    if (!d.a1[row] || d.code[row] === 'ADM1') return d.code[row] === 'ADM1' ? d.name[row] || d.a1[row]! : null;
    const r = this.admin1Row.get(`${d.cc[row]}.${d.a1[row]}`);
    return (r !== undefined && d.name[r]) || d.a1[row]!;
  }
}

/**
 * A sorted `key\trow,row` table searched in place: no map of half a million keys to build at load
 * (that took a second and 100 MB); a lookup is twenty string comparisons, made in the table's text
 * without cutting the keys out of it.
 */
class NameTable {
  private readonly text: string;
  private readonly starts: Int32Array;

  constructor(text: string) {
    this.text = text;
    let n = text.length ? 1 : 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Int32Array(n);
    let k = 0;
    if (n) this.starts[k++] = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
  }

  get(key: string): number[] | undefined {
    return this.rowsAt(this.find(key));
  }

  /** The rows of the line at `line` (from `find`), or undefined for -1. */
  rowsAt(line: number): number[] | undefined {
    if (line < 0) return undefined;
    const tab = this.text.indexOf('\t', this.starts[line]!);
    const end = this.text.indexOf('\n', tab);
    return this.text.slice(tab + 1, end < 0 ? undefined : end).split(',').map(Number);
  }

  /** The line whose key is `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(this.starts[mid]!, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The key of the line at `start` (up to its tab) against `key`, by UTF-16 code units as `<` orders strings. */
  private compare(start: number, key: string): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const c = text.charCodeAt(start + i);
      const ended = c === 9 || Number.isNaN(c); // the line's key ends at its tab
      if (i === key.length) return ended ? 0 : 1;
      if (ended) return -1;
      const d = c - key.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }
}

let loaded: { path: string; gazetteer: Gazetteer } | null = null;

/** The process's gazetteer, loaded (or built) on first call. */
export function loadGazetteer(path = process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER_PATH): Gazetteer {
  if (loaded?.path === path) return loaded.gazetteer;
  let data: GazetteerData | null = null;
  if (existsSync(path)) {
    try {
      data = readGazetteer(path);
    } catch {
      data = null; // an older layout (or a damaged file): rebuilt below
    }
    if (data && data.version !== GAZETTEER_VERSION) data = null;
  }
  if (!data) data = writeGazetteer(path);
  loaded = { path, gazetteer: new Gazetteer(data) };
  return loaded.gazetteer;
}

/** Builds the index and writes it atomically (a reader never sees half a file). */
export function writeGazetteer(path = DEFAULT_GAZETTEER_PATH): GazetteerData {
  const data = buildGazetteer();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeGazetteer(data));
  renameSync(tmp, path);
  return data;
}
