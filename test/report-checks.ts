/** Test helpers for the report: whether an HTML page is inert (shared by the unit and end-to-end tests). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** Every element the renderer writes; anything else in the page came from somewhere else. */
export const OWN_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'ul', 'ol', 'li', 'a', 'em', 'strong', 'span', 'q', 'mark', 'br', 'figure', 'figcaption', 'svg', 'g', 'rect', 'text', 'path', 'circle']);

export function assertInert(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(OWN_TAGS.has(m[1]!.toLowerCase()), `a <${m[1]}> tag in the page`);
  assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'an event-handler attribute');
  assert.doesNotMatch(html, /javascript:/i);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
}

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The report's JSON matches schema/report.schema.json. */
export function assertReportSchema(report: unknown): void {
  assert.ok(validate(JSON.parse(JSON.stringify(report))), `the report does not match schema/report.schema.json: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}
