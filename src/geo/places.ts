/**
 * Resolution of a document's toponym spans: candidates for each span (src/geo/lookup.ts), scored in
 * the document's context (src/geo/resolve.ts), then the stated relations that move a place off its
 * gazetteer point (src/geo/relations.ts).
 */
import type { Gazetteer } from './gazetteer.js';
import { lookupName } from './lookup.js';
import { applyRelations } from './relations.js';
import { decide, scoreDocument, type ToponymSpan } from './resolve.js';
import type { Resolution } from './types.js';

export function resolveSpans(g: Gazetteer, text: string, spans: ToponymSpan[]): Resolution[] {
  const scored = scoreDocument(g, text, spans, (s) => lookupName(g, s.text));
  const decided = scored.map((s) => decide(g, s, 'context'));
  return applyRelations(g, text, spans, decided);
}
