/**
 * Resolution of a document's toponym spans: candidates for each span (src/geo/lookup.ts), scored in
 * the document's context (src/geo/resolve.ts), then the stated relations that move a place off its
 * gazetteer point (src/geo/relations.ts) and the side of a country a compass word names (src/geo/parts.ts).
 */
import type { Gazetteer } from './gazetteer.js';
import { lookupName } from './lookup.js';
import { compassInside, sideOf } from './parts.js';
import { applyRelations } from './relations.js';
import { decide, scoreDocument, type ToponymSpan } from './resolve.js';
import type { Resolution } from './types.js';

export function resolveSpans(g: Gazetteer, text: string, spans: ToponymSpan[]): Resolution[] {
  const scored = scoreDocument(g, text, spans, (s) => lookupName(g, s.text));
  const decided = scored.map((s) => decide(g, s, 'context'));
  return applyRelations(g, text, spans, decided).map((r, i) => {
    // a side of a country ("eastern Ukraine") that is no gazetteer name of its own ("South Africa" is)
    const side = g.candidates(spans[i]!.text).length ? null : compassInside(spans[i]!.text);
    return side ? sideOf(g, r, side.bearing) : r;
  });
}
