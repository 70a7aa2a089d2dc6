/**
 * Golden cases of the document date inferred from an undated article's text (src/time/document-date/):
 * each `test/fixtures/document-date/<case>/input.txt` through `analyze()`, its output valid against the
 * schema, and the inferred date, times and governing dates equal to `expected.json`. After a deliberate
 * change, regenerate with `SITREP_UPDATE_GOLDEN=1 npm test -- test/document-date.test.ts` and review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze.js';
import type { Analysis } from '../src/model/types.js';
import { assertSchema } from './helpers.js';

const DIR = join(import.meta.dirname, 'fixtures', 'document-date');

function summary(a: Analysis) {
  const d = a.document.inferredDate ?? null;
  return {
    published: a.document.published,
    inferredDate: d && { value: d.value, source: d.source, bound: d.bound, evidence: d.evidence.map((e) => e.text), confidence: d.confidence },
    times: (a.annotations?.times ?? []).map((t) => [t.span.text, t.value, t.anchor, t.relative]),
    governing: (a.annotations?.governing ?? []).map((g) => [g.sentence, g.value, g.from, g.inferred ?? false]),
  };
}

for (const name of readdirSync(DIR).sort()) {
  test(`document date, golden: ${name}`, () => {
    const result = analyze({ text: readFileSync(join(DIR, name, 'input.txt'), 'utf8'), origin: `${name}/input.txt` });
    assert.ok(result.ok, 'analysis failed');
    assertSchema(result);
    const got = summary(result);
    const file = join(DIR, name, 'expected.json');
    if (process.env.SITREP_UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(got, null, 1)}\n`);
    assert.deepEqual(got, JSON.parse(readFileSync(file, 'utf8')));
  });
}
