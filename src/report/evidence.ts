/** Evidence: the sentences every line of the report rests on, and those sentences in context. */
import type { Analysis, Span } from '../model/types.js';
import type { CitedSentence, Evidence, Report } from './types.js';

/** A whole sentence of a document as evidence; null when the index is out of range. */
export function sentenceEvidence(a: Analysis, sentence: number): Evidence | null {
  const s = a.sentences[sentence];
  if (!s) return null;
  return { document: a.document.id, sentence, span: [s.span.start, s.span.end], text: s.span.text };
}

/** Part of a sentence (a quotation's words) as evidence. */
export function spanEvidence(a: Analysis, sentence: number, span: Span): Evidence {
  return { document: a.document.id, sentence, span: [span.start, span.end], text: a.document.text.slice(span.start, span.end) };
}

/** Evidence from a span given as offsets (a merged event's source sentence). */
export function offsetEvidence(document: string, sentence: number, span: [number, number], text: string): Evidence {
  return { document, sentence, span: [span[0], span[1]], text };
}

/** Every evidence item of the report, wherever it sits. */
export function allEvidence(r: Pick<Report, 'figures' | 'projections' | 'days' | 'speakers' | 'disagreements'>): Evidence[] {
  const out: Evidence[] = [];
  const figure = (f: Report['projections'][number]) => {
    out.push(...f.evidence);
    f.including.forEach(figure);
  };
  r.figures.forEach((g) => g.values.forEach(figure));
  r.projections.forEach(figure);
  for (const d of r.days) for (const p of d.places) for (const e of p.events) out.push(...e.evidence);
  for (const s of r.speakers) for (const st of s.statements) out.push(...st.evidence);
  for (const d of r.disagreements) for (const v of d.values) out.push(...v.evidence);
  return out;
}

/** The cited sentences with the sentence before and after each, in the order of the sources list. */
export function citedSentences(evidence: readonly Evidence[], analyses: ReadonlyMap<string, Analysis>, order: readonly string[]): CitedSentence[] {
  const keys = new Map<string, Evidence>();
  for (const e of evidence) keys.set(`${e.document}#${e.sentence}`, e);
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...keys.values()]
    .sort((x, y) => (rank.get(x.document) ?? 0) - (rank.get(y.document) ?? 0) || x.sentence - y.sentence)
    .map((e) => {
      const a = analyses.get(e.document);
      const text = (i: number) => a?.sentences[i]?.span.text ?? null;
      const s = a?.sentences[e.sentence]?.span;
      return { document: e.document, sentence: e.sentence, span: s ? [s.start, s.end] : [e.span[0], e.span[1]], text: s?.text ?? e.text, before: text(e.sentence - 1), after: text(e.sentence + 1) };
    });
}

/** An anchor name for a cited sentence (HTML ids, Markdown footnote labels): hex id and a number only. */
export const sentenceKey = (e: { document: string; sentence: number }) => `${e.document.replace(/[^0-9a-zA-Z]/g, '')}-s${e.sentence + 1}`;
