/** The shapes the API answers with (src/serve/ on the server). */
export interface EventRow {
  id: string; date: string | null; precision: string | null; type: string; subtype: string;
  place: string | null; country: string | null; lat: number | null; lon: number | null;
  actors: string[]; targets: string[]; fatalities: number | null; injured: number | null;
  sources: number; outlets: string[]; conflicts: number; reviewed: string | null;
}
export interface Page<T> { total: number; limit: number; offset: number; items: T[] }
export interface Facets { types: Array<{ value: string; count: number }>; subtypes: Array<{ value: string; count: number }>; sources: Array<{ value: string; count: number }>; total: number }
export interface Change { field: string; old: unknown; new: unknown; reviewer: string; at: string }
export interface ReviewState { status: string | null; reviewer: string | null; at: string | null; changes: Change[]; values?: Record<string, unknown> }
export interface Review { id: number; kind: string; target: string; action: string; field: string | null; old: unknown; new: unknown; reviewer: string; at: string }
export interface LayerSpan { layer: string; start: number; end: number; label: string; rule: string; confidence: number; index: number }
export interface DocumentView {
  id: string; title: string | null; source: string | null; published: string | null; url: string | null; origin: string;
  text: string; spans: LayerSpan[];
  removed: Array<{ text: string; rule: string; step: number }>;
  repairs: Array<{ from: string; to: string; rule: string }>;
  figures: Array<{ index: number; kind: string; value: number | null; text: string; source: string | null; review: ReviewState }>;
  quotes: Array<{ index: number; text: string; speaker: string | null; review: ReviewState }>;
  events: Array<{ index: number; trigger: string; type: string; subtype: string; event: string | null; reviewed: string | null }>;
}
export interface ClaimView {
  event: { id: string; type: string; subtype: string; review: ReviewState; merge: { rule: string; confidence: number; evidence: string[] } };
  fields: Record<string, unknown>;
  sources: Array<{ doc: string; outlet: string | null; title: string | null; url: string | null; published: string | null; sentence: string; trigger: string; date: string | null; place: string | null; fatalities: number | null; injured: number | null; rule: string; confidence: number }>;
  figures: Array<{ kind: string; value: number; text: string | null; said: string | null; doc: string; outlet: string | null }>;
  conflicts: Array<{ field: string; values: Array<{ value: unknown; docs: string[] }> }>;
  history: Review[];
}
