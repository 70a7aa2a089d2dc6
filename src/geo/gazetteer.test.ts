import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, loadGazetteer } from './gazetteer.js';
import { nameKey } from './normalize.js';

/** The name tables read the plain way: every line into a Map. */
function tableMap(text: string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) m.set(line.slice(0, tab), line.slice(tab + 1).split(',').map(Number));
  }
  return m;
}

test('gazetteer: the in-place search of the name tables finds what a Map of them finds', () => {
  const data = loadGazetteer().data;
  const g = new Gazetteer(data);
  const names = tableMap(data.names);
  const alt = tableMap(data.alt);
  const demonyms = tableMap(data.demonyms);
  const keys = [...names.keys()].filter((_, i) => i % 97 === 0);
  keys.push(...[...alt.keys()].filter((_, i) => i % 101 === 0), ...[...demonyms.keys()].slice(0, 50));
  // Keys just beside the stored ones, and odd ones.
  keys.push(...keys.slice(0, 2000).flatMap((k) => [k.slice(0, -1), k + 'a', k + ' ', k.toUpperCase()]), '', '\t', 'zzzz', '\uffff', 'ä', nameKey('São Paulo'));
  let found = 0;
  for (const key of keys) {
    const want: Array<{ row: number; match: string }> = [];
    const seen = new Set<number>();
    for (const [rows, match] of [[names.get(key), 'name'], [alt.get(key), 'alt'], [demonyms.get(key), 'demonym']] as const) {
      for (const row of rows ?? []) if (!seen.has(row)) { seen.add(row); want.push({ row, match }); }
    }
    assert.deepEqual(g.byKey(key), want, JSON.stringify(key));
    assert.equal(g.has(key), names.has(key) || alt.has(key) || demonyms.has(key));
    if (want.length) found++;
  }
  assert.ok(found > 5000, `found ${found}`);
});
