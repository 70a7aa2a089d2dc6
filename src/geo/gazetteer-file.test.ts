import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGazetteer, readGazetteer } from './gazetteer-file.js';
import type { GazetteerData } from './types.js';

const DATA: GazetteerData = {
  version: 1,
  count: 3,
  gid: [706483, 0, 3099434],
  name: ['Kharkiv', 'Ukraine', 'Łódź'],
  lat: [49.98081, 49, 51.75],
  lon: [36.25272, 32, 19.46667],
  code: ['PPLA', 'PCLI', 'PPLA'],
  cc: ['UA', 'UA', 'PL'],
  a1: ['07', '', '74'],
  a2: ['', '', ''],
  pop: [1430885, 41000000, 768755],
  names: 'kharkiv\t0\nlodz\t2\nukraine\t1',
  alt: 'charkow\t0\nharkov\t0\nłódź\t2',
  demonyms: 'ukrainian\t1',
};

function roundTrip(data: GazetteerData): { back: GazetteerData; path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  const path = join(dir, 'gazetteer.bin');
  writeFileSync(path, encodeGazetteer(data));
  return { back: readGazetteer(path), path, dir };
}

test('the binary gazetteer gives back every column as built, Latin-1 and other scripts alike', () => {
  const { back, dir } = roundTrip(DATA);
  try {
    for (const key of Object.keys(DATA) as Array<keyof GazetteerData>) {
      const want = DATA[key];
      const got = back[key];
      if (typeof want === 'object') assert.deepEqual(Array.from(got as ArrayLike<unknown>), Array.from(want as ArrayLike<unknown>), key);
      else assert.equal(got, want, key);
    }
    // Rows of one code share one string; numbers come back exactly.
    assert.equal(back.lat[2], 51.75);
    assert.ok(back.gid instanceof Float64Array);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty gazetteer round-trips; a truncated or foreign file is an error naming it', () => {
  const empty: GazetteerData = { ...DATA, count: 0, gid: [], name: [], lat: [], lon: [], code: [], cc: [], a1: [], a2: [], pop: [], names: '', alt: '', demonyms: '' };
  const { back, path, dir } = roundTrip(empty);
  try {
    assert.equal(back.count, 0);
    assert.deepEqual(back.name, []);
    writeFileSync(path, encodeGazetteer(DATA).subarray(0, 200));
    assert.throws(() => readGazetteer(path), (e: Error) => e.message.includes(path) && /truncated/.test(e.message));
    writeFileSync(path, JSON.stringify(DATA));
    assert.throws(() => readGazetteer(path), (e: Error) => e.message.includes(path) && /not a sitrep gazetteer/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
