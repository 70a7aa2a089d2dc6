/** Shared test helpers: the span invariant, the JSON Schema check, and where ../shared is. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Analysis, Span } from '../src/model/types.js';

export const SHARED = process.env.SITREP_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
export const sharedPath = (...parts: string[]) => join(SHARED, ...parts);
export const hasShared = (...parts: string[]) => existsSync(sharedPath(...parts));
export const NO_SHARED = `the shared data folder is not at ${SHARED} (set SITREP_SHARED); skipped`;

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

export function assertSchema(output: unknown): void {
  const ok = validate(output);
  assert.ok(ok, `output does not match schema/analysis.schema.json: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

/** Every span's text is the slice it points to, and its raw offsets point at the same text in the
 * cleaning input unless a repair falls inside it. */
export function assertSpans(a: Analysis): void {
  const d = a.document;
  const input = d.extracted ?? d.raw;
  const spans: Span[] = [...a.paragraphs.map((p) => p.span), ...a.sentences.map((s) => s.span)];
  for (const s of spans) {
    assert.equal(s.text, d.text.slice(s.start, s.end), `span [${s.start}, ${s.end}) text differs from document.text`);
    const repaired = d.repairs.some((r) => r.start < s.end && r.end > s.start);
    if (!repaired) assert.equal(input.slice(s.raw[0], s.raw[1]).replace(/\s+/g, ' '), s.text.replace(/\s+/g, ' '), `raw offsets of "${s.text.slice(0, 40)}"`);
  }
  for (const [ts, rs, len] of d.offsets) assert.equal(d.text.slice(ts, ts + len), input.slice(rs, rs + len), 'offset map run');
  for (const [start, end] of a.tokens) assert.ok(start < end && end <= d.text.length && d.text.slice(start, end).trim() !== '', 'token');
}
