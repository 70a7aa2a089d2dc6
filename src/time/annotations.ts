/**
 * The time stage's output as the analysis's annotations: time expressions with spans that carry raw
 * offsets, one governing date a sentence, and the document date inferred from the text.
 */
import type { Annotations, TimeExpression } from '../model/annotations.js';
import type { SpanOf } from '../model/span.js';
import type { InferredDate } from '../model/types.js';
import type { DocumentDate } from './document-date/infer.js';
import type { TimeOutput } from './stage.js';

/** The time stage's output as annotations: spans with raw offsets, one governing date a sentence. */
export function timeAnnotations(out: TimeOutput, span: SpanOf): Partial<Annotations> {
  const times: TimeExpression[] = out.times.map((t) => ({
    span: span(t.start, t.end),
    sentence: t.sentence,
    stage: 'tag',
    rule: t.rule,
    confidence: t.confidence,
    stated: t.stated,
    type: t.type,
    value: t.value,
    granularity: t.granularity,
    anchor: t.anchorOf,
    relative: t.relativeTo,
    mod: t.mod,
    range: t.range,
  }));
  return { times, governing: out.governing };
}

/** The document date the time stage inferred from the text, its evidence as spans; never a publication date. */
export function inferredDate(d: DocumentDate | null, span: SpanOf): InferredDate | null {
  if (!d) return null;
  const year = String(d.day.year).padStart(4, '0');
  const value = d.precision === 'year' ? year : `${year}-${String(d.day.month).padStart(2, '0')}-${String(d.day.day).padStart(2, '0')}`;
  return { value, precision: d.precision, source: d.source, inferred: true, bound: d.bound, evidence: d.evidence.map((e) => span(e.start, e.end)), confidence: d.confidence };
}
