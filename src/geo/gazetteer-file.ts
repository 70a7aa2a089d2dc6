/**
 * The gazetteer's file (`data/gazetteer.bin`): its columns as they sit in memory, so loading is reading
 * bytes, not parsing 26 MB of JSON into half a million objects (that took 0.4 s and 45 MB of heap).
 *
 * Layout: the magic `SITREPGZ`, a u32 (little-endian) length and a JSON header, then each part at an
 * offset that is a multiple of 8 (number columns are read in place as Float64Array views):
 * - number columns (gid, lat, lon, pop): float64, exactly the numbers built;
 * - `name` and the name tables (names, alt, demonyms): text, `name` one value a line, in Latin-1 when
 *   every character fits, else UTF-16LE: both decode at memory speed, where UTF-8 with accents and
 *   other scripts took 0.1 s a table;
 * - the few-valued columns (code, cc, a1, a2): a u16 index a row into a list of values in the header,
 *   so every row of a value shares one string.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createError } from '../errors.js';
import type { GazetteerData } from './types.js';

const MAGIC = Buffer.from('SITREPGZ');
const NUMBERS = ['gid', 'lat', 'lon', 'pop'] as const;
const CODES = ['code', 'cc', 'a1', 'a2'] as const;
const TEXTS = ['names', 'alt', 'demonyms'] as const;

interface Part {
  offset: number;
  length: number;
}

type TextPart = Part & { encoding: 'latin1' | 'utf16le' };

interface Header {
  version: number;
  count: number;
  numbers: Record<(typeof NUMBERS)[number], Part>;
  codes: Record<(typeof CODES)[number], Part & { values: string[] }>;
  name: TextPart;
  texts: Record<(typeof TEXTS)[number], TextPart>;
}

const align8 = (n: number) => (n + 7) & ~7;

export function encodeGazetteer(data: GazetteerData): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  const put = (bytes: Buffer): Part => {
    const part = { offset: at, length: bytes.length };
    const padded = align8(bytes.length);
    parts.push(bytes, Buffer.alloc(padded - bytes.length));
    at += padded;
    return part;
  };
  const putText = (text: string): TextPart => {
    const encoding = /[^\u0000-\u00ff]/.test(text) ? 'utf16le' : 'latin1';
    return { ...put(Buffer.from(text, encoding)), encoding };
  };
  const numbers = {} as Header['numbers'];
  for (const key of NUMBERS) numbers[key] = put(Buffer.from(Float64Array.from(data[key]).buffer));
  const codes = {} as Header['codes'];
  for (const key of CODES) {
    const values: string[] = [];
    const index = new Map<string, number>();
    const rows = new Uint16Array(data.count);
    for (let i = 0; i < data.count; i++) {
      const v = data[key][i]!;
      let k = index.get(v);
      if (k === undefined) index.set(v, (k = values.push(v) - 1));
      rows[i] = k;
    }
    if (values.length > 0xffff) throw new Error(`gazetteer column ${key} has ${values.length} values, more than a u16 holds`);
    codes[key] = { ...put(Buffer.from(rows.buffer)), values };
  }
  const names = Array.from({ length: data.count }, (_, i) => data.name[i]!);
  if (names.some((n) => n.includes('\n'))) throw new Error('a gazetteer name holds a line break');
  const name = putText(names.join('\n'));
  const texts = {} as Header['texts'];
  for (const key of TEXTS) texts[key] = putText(data[key]);
  const header: Header = { version: data.version, count: data.count, numbers, codes, name, texts };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const start = align8(MAGIC.length + 4 + head.length);
  return Buffer.concat([MAGIC, len, head, Buffer.alloc(start - MAGIC.length - 4 - head.length), ...parts]);
}

/** The data of the gazetteer file at `path`. Each part is read on its own and dropped once decoded, so
 * the 37 MB file is never in memory whole beside what is made of it. */
export function readGazetteer(path: string): GazetteerData {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const read = (at: number, length: number): Buffer => {
      if (at + length > size) throw createError('BAD_MODEL', `${path} is truncated; rebuild it with node scripts/build-gazetteer.mjs`);
      const buf = Buffer.alloc(length);
      for (let done = 0; done < length;) done += readSync(fd, buf, done, length - done, at + done);
      return buf;
    };
    const start = read(0, Math.min(size, MAGIC.length + 4));
    if (start.length < MAGIC.length + 4 || !start.subarray(0, MAGIC.length).equals(MAGIC)) throw createError('BAD_MODEL', `${path} is not a sitrep gazetteer file; rebuild it with node scripts/build-gazetteer.mjs`);
    const headLength = start.readUInt32LE(MAGIC.length);
    const header = JSON.parse(read(MAGIC.length + 4, headLength).toString('utf8')) as Header;
    const base = align8(MAGIC.length + 4 + headLength);
    // Buffer.alloc's memory of this size is its own ArrayBuffer from offset 0: typed views line up.
    const part = (p: Part) => read(base + p.offset, p.length);
    const float64 = (p: Part) => {
      const b = part(p);
      return new Float64Array(b.buffer, b.byteOffset, p.length / 8);
    };
    const codes = (key: (typeof CODES)[number]) => {
      const { values, ...p } = header.codes[key];
      const b = part(p);
      const rows = new Uint16Array(b.buffer, b.byteOffset, p.length / 2);
      const out = new Array<string>(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
      return out;
    };
    const text = (p: TextPart) => part(p).toString(p.encoding);
    return {
      version: header.version,
      count: header.count,
      gid: float64(header.numbers.gid),
      name: header.count ? text(header.name).split('\n') : [],
      lat: float64(header.numbers.lat),
      lon: float64(header.numbers.lon),
      code: codes('code'),
      cc: codes('cc'),
      a1: codes('a1'),
      a2: codes('a2'),
      pop: float64(header.numbers.pop),
      names: text(header.texts.names),
      alt: text(header.texts.alt),
      demonyms: text(header.texts.demonyms),
    };
  } finally {
    closeSync(fd);
  }
}
