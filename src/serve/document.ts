/**
 * The document view: the cleaned text and every layer's spans as offsets into it (UTF-16, as the
 * browser's strings), each with its rule and confidence, the figures and quotes with their reviews, and
 * what cleaning removed, apart (its offsets are into the input, not the text).
 */
import type { Analysis } from '../model/types.js';
import { reviewItem, type ReviewState } from '../review/apply.js';
import type { Review } from '../store/reviews.js';
import type { StoredDocument } from '../store/store.js';

export type Layer = 'entity' | 'time' | 'place' | 'quote' | 'speaker' | 'cue' | 'figure' | 'event';

export interface LayerSpan {
  layer: Layer;
  start: number;
  end: number;
  /** What the span is: `PER`, `DATE 2022-03-15`, `killed 6`, `Air/drone strike`, ... */
  label: string;
  rule: string;
  confidence: number;
  /** Index into the layer's annotations. */
  index: number;
}

export const figureTarget = (doc: string, index: number) => `${doc}#figure${index}`;
export const quoteTarget = (doc: string, index: number) => `${doc}#quote${index}`;
export const entityLinkTarget = (doc: string, local: string) => `${doc}#entity:${local}`;

export function layerSpans(a: Analysis): LayerSpan[] {
  const an = a.annotations;
  if (!an) return [];
  const out: LayerSpan[] = [];
  const push = (layer: Layer, s: { start: number; end: number }, label: string, rule: string, confidence: number, index: number) =>
    out.push({ layer, start: s.start, end: s.end, label, rule, confidence, index });
  an.mentions?.forEach((m, i) => push('entity', m.span, `${m.type}${m.kind === 'name' ? '' : ` (${m.kind})`}`, m.rule, m.confidence, i));
  an.times?.forEach((t, i) => push('time', t.span, `${t.type} ${t.value ?? '?'}`, t.rule, t.confidence, i));
  an.places?.forEach((p, i) => push('place', p.span, [p.span.text, p.country, p.lat !== null ? `${p.lat.toFixed(2)},${p.lon?.toFixed(2)}` : 'unresolved'].filter(Boolean).join(' · '), p.rule, p.confidence, i));
  an.quotes?.forEach((q, i) => {
    push('quote', q.content, `quote${q.speakerName ? ` by ${q.speakerName}` : ''}`, q.rule, q.confidence, i);
    if (q.speaker) push('speaker', q.speaker, `speaker: ${q.speakerName ?? q.speaker.text}`, q.rule, q.confidence, i);
    if (q.cue) push('cue', q.cue, 'cue', q.rule, q.confidence, i);
  });
  an.quantities?.forEach((f, i) => push('figure', f.span, `${f.kind} ${f.value ?? `${f.min ?? '?'}–${f.max ?? '?'}`}${f.of ? ` (${f.of})` : ''}`, f.rule, f.confidence, i));
  an.events?.forEach((e, i) => push('event', e.trigger, `${e.type}: ${e.subtype}`, e.rule, e.confidence, i));
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

export interface FigureView {
  index: number;
  kind: string;
  value: number | null;
  text: string;
  source: string | null;
  review: ReviewState & { values: Record<string, unknown> };
}

export interface QuoteView {
  index: number;
  text: string;
  speaker: string | null;
  review: ReviewState & { values: Record<string, unknown> };
}

/** `eventOf` gives the merged event a document's event (`doc#index`) is part of, with its review status. */
export function documentView(doc: StoredDocument, reviews: readonly Review[], eventOf: (key: string) => { id: string; reviewed: string | null } | null) {
  const a = doc.analysis;
  const d = a.document;
  const an = a.annotations;
  return {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    published: doc.published,
    url: d.url,
    origin: doc.origin,
    ingestedAt: doc.ingestedAt,
    text: d.text,
    spans: layerSpans(a),
    removed: d.removed.map((r) => ({ text: r.text, rule: r.rule, step: r.step })),
    repairs: d.repairs.map((r) => ({ from: r.from, to: r.to, start: r.start, end: r.end, rule: r.rule })),
    figures: (an?.quantities ?? []).map((f, i): FigureView => ({
      index: i, kind: f.kind, value: f.value, text: f.span.text, source: f.sourceName,
      review: reviewItem(figureTarget(d.id, i), reviews),
    })),
    quotes: (an?.quotes ?? []).map((q, i): QuoteView => ({
      index: i, text: q.content.text, speaker: q.speakerName ?? q.speaker?.text ?? null,
      review: reviewItem(quoteTarget(d.id, i), reviews),
    })),
    /** The merged event each of the document's events belongs to (index → event id). */
    events: (an?.events ?? []).map((e, i) => {
      const merged = eventOf(`${d.id}#${i}`);
      return { index: i, trigger: e.trigger.text, type: e.type, subtype: e.subtype, event: merged?.id ?? null, reviewed: merged?.reviewed ?? null };
    }),
  };
}
