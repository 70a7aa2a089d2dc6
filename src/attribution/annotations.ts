/** The quotes stage's attributions as the analysis's `Quote` annotations, with spans that carry raw offsets. */
import type { Quote } from '../model/annotations.js';
import { ref, type SpanOf } from '../model/span.js';
import type { QuoteOut } from './stage.js';

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
