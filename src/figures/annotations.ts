/**
 * The quotes and figures stages' output as annotations (`Quote`, `Quantity`), with spans that carry
 * raw offsets. Kept here, beside the stages, so that src/core/analyze.ts only calls it.
 */
import type { QuoteOut } from '../attribution/stage.js';
import type { Annotations, Quantity, Quote } from '../model/annotations.js';
import type { Span, SpanRef } from '../model/types.js';
import type { FigureOut } from './stage.js';

type SpanOf = (start: number, end: number) => Span;

/** The span without its text (the content span carries it once). */
export const ref = ({ start, end, raw }: Span): SpanRef => ({ start, end, raw });

export function quoteAnnotations(quotes: readonly QuoteOut[], span: SpanOf): Quote[] {
  return quotes.map((q) => ({
    span: ref(span(q.start, q.end)),
    sentence: q.sentence,
    stage: 'extract',
    rule: q.rule,
    confidence: q.confidence,
    stated: ['content', ...(q.cue ? ['cue'] : []), ...(q.source ? ['speaker'] : [])],
    content: span(q.start, q.end),
    cue: q.cue ? span(q.cue[0], q.cue[1]) : null,
    speaker: q.source ? span(q.source[0], q.source[1]) : null,
    speakerEntity: q.speaker.entity,
    speakerName: q.speaker.name,
    speakerMention: q.speaker.mention ? span(q.speaker.mention[0], q.speaker.mention[1]) : null,
    reason: q.speaker.reason,
    direct: q.direct,
    kind: q.kind,
  }));
}

export function quantityAnnotations(figures: readonly FigureOut[], span: SpanOf, text: string): Quantity[] {
  return figures.map((f) => ({
    span: span(f.start, f.end),
    sentence: f.sentence,
    stage: 'extract',
    rule: f.rule,
    confidence: f.confidence,
    stated: ['value', ...(f.qualifier ? ['qualifier'] : []), ...(f.of ? ['of'] : []), ...(f.quote ? ['source'] : [])],
    kind: f.kind,
    value: f.value,
    min: f.min,
    max: f.max,
    qualifier: f.qualifier,
    unit: f.unit,
    of: f.ofText ?? (f.of ? text.slice(f.of[0], f.of[1]) : null),
    modality: f.modality,
    source: f.quote?.source ? span(f.quote.source[0], f.quote.source[1]) : null,
    sourceName: f.quote?.speaker.name ?? null,
    place: f.place,
    time: f.time,
    date: f.date,
  }));
}

/** Adds the two layers to an analysis's annotations (created when no earlier stage made them). */
export function withExtracts<A extends { annotations?: Partial<Annotations> }>(analysis: A, quotes: readonly QuoteOut[] | undefined, figures: readonly FigureOut[] | undefined, span: SpanOf, text: string): A {
  if (!quotes && !figures) return analysis;
  const annotations = { ...(analysis.annotations ?? {}) };
  if (quotes) annotations.quotes = quoteAnnotations(quotes, span);
  if (figures) annotations.quantities = quantityAnnotations(figures, span, text);
  return { ...analysis, annotations };
}
