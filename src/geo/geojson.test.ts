import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import { GeoJsonCollector } from './geojson.js';

test('geojson: one feature a resolved place, with mention and document counts', () => {
  const c = new GeoJsonCollector();
  for (const text of ['Missiles hit Kyiv and Kharkiv overnight. Kyiv was quiet by noon.', 'Shelling went on in Kharkiv, officials in Kiev said.']) {
    const a = analyze(text);
    assert.ok(a.ok);
    c.add(a);
  }
  const fc = c.collection();
  assert.equal(fc.type, 'FeatureCollection');
  const kyiv = fc.features.find((f) => f.properties.geonameid === 703448);
  assert.ok(kyiv, 'Kyiv is a feature');
  assert.equal(kyiv.properties.mentions, 3);
  assert.equal(kyiv.properties.documents, 2);
  assert.deepEqual(kyiv.properties.names, ['Kyiv', 'Kiev']);
  assert.deepEqual(kyiv.geometry.coordinates, [30.5238, 50.4547]);
  const kharkiv = fc.features.find((f) => f.properties.geonameid === 706483);
  assert.equal(kharkiv?.properties.documents, 2);
});
