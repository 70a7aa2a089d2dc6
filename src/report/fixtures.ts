/**
 * Small reports for the report's tests: the events fixtures (src/events/fixtures.ts) with figures and
 * quotes added as spans of their sentences, and the stored documents and merged events a store would
 * give for them.
 */
import { mergeEvents } from '../events/merge.js';
import { eventMentions } from '../events/mention.js';
import type { Quantity, Quote } from '../model/annotations.js';
import type { Analysis, Span } from '../model/types.js';
import type { StoredDocument } from '../store/store.js';
import type { ReportInput } from './input.js';

function spanOf(a: Analysis, words: string, from = 0): { span: Span; sentence: number } {
  const start = a.document.text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the fixture text`);
  const end = start + words.length;
  const sentence = a.sentences.findIndex((s) => s.span.start <= start && end <= s.span.end);
  return { span: { start, end, text: words, raw: [start, end] }, sentence };
}

/** Adds a figure: `words` as written, its kind and value, and what else the test gives it. */
export function withFigure(a: Analysis, words: string, kind: Quantity['kind'], value: number | null, extra: Partial<Quantity> = {}): Analysis {
  const { span, sentence } = spanOf(a, words);
  const q: Quantity = {
    span, sentence, stage: 'extract', rule: 'fixture', confidence: 0.9, stated: ['value'], kind, value, min: null, max: null, qualifier: null, unit: null,
    of: null, modality: 'reported', source: null, sourceName: null, place: null, time: null, date: null, ...extra,
  };
  const ann = a.annotations ?? {};
  return { ...a, annotations: { ...ann, quantities: [...(ann.quantities ?? []), q] } };
}

/** Adds a quotation: its words, the speaker's name and whether it is a direct quotation. */
export function withQuote(a: Analysis, content: string, speakerName: string, extra: Partial<Quote> = {}): Analysis {
  const { span, sentence } = spanOf(a, content);
  const q: Quote = {
    span, sentence, stage: 'extract', rule: 'fixture', confidence: 0.9, stated: ['content', 'speaker'], content: span, cue: null, speaker: null,
    speakerEntity: null, speakerName, speakerMention: null, reason: null, direct: true, kind: 'speech', ...extra,
  };
  const ann = a.annotations ?? {};
  return { ...a, annotations: { ...ann, quotes: [...(ann.quotes ?? []), q] } };
}

/** What the store would hold for these analyses: documents in order, merged events. */
export function inputOf(analyses: readonly Analysis[]): ReportInput {
  const documents: StoredDocument[] = analyses.map((a, i) => ({
    id: a.document.id, origin: a.document.origin, title: a.document.title, source: a.document.source, published: a.document.published?.value ?? null,
    ingestedAt: `2026-01-01T00:00:0${i}Z`, analysis: a,
  }));
  return { documents, events: mergeEvents(analyses.flatMap(eventMentions)), entityNames: new Map() };
}
