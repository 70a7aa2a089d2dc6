/** The figures stage's output as the analysis's `Quantity` annotations, with spans that carry raw offsets. */
import type { Quantity } from '../model/annotations.js';
import type { SpanOf } from '../model/span.js';
import type { FigureOut } from './stage.js';

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
