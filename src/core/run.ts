/**
 * `runPipeline(input, options)`: the stages of src/core/pipeline.ts on one input whose options are
 * resolved, and the analysis assembled from what they found. Apart from src/core/analyze.ts (the
 * library's `analyze`) so that the worker thread of src/core/budget.ts loads neither the options'
 * validation (zod) nor the HTML reader (linkedom, Readability: some 170 modules) unless an input needs
 * it (`loadHtmlReader` in pipeline.ts).
 */
import { fail } from '../errors.js';
import type { RawInput } from '../ingest/input.js';
import { rawEnd, rawStart } from '../clean/edits.js';
import type { Analysis, AnalysisResult, Document, OffsetMap, Span, Stage } from '../model/types.js';
import type { Annotations } from '../model/annotations.js';
import type { SpanOf } from '../model/span.js';
import type { ResolvedOptions } from '../options.js';
import { inferredDate, timeAnnotations } from '../time/annotations.js';
import { entityAnnotations } from '../ner/annotations.js';
import { linkAnnotations } from '../entities/annotations.js';
import { placeAnnotations } from '../geo/stage.js';
import { quoteAnnotations } from '../attribution/annotations.js';
import { quantityAnnotations } from '../figures/annotations.js';
import { eventAnnotations } from '../events/annotations.js';
import { documentId, PIPELINE, type State } from './pipeline.js';

/** Times the steps (the benchmark's shares): `now` reads a clock, `add` is told what each step spent. */
export interface StepClock {
  now: () => number;
  add: (step: string, spent: number) => void;
}

/**
 * The pipeline on one input with options already resolved (a batch resolves them once). `clock`, when
 * given, is told each step's time ('assemble' for building the analysis from the state).
 */
export function runPipeline(raw: RawInput, options: ResolvedOptions, clock?: StepClock): AnalysisResult {
  let state: State = { input: raw, options, meta: {}, published: null, warnings: [...(raw.notes ?? [])] };
  const stages: Stage[] = [];
  for (const step of PIPELINE) {
    let next;
    const t0 = clock ? clock.now() : 0;
    try {
      next = step.run(state);
    } catch (e) {
      return fail(step.stage, 'INTERNAL', raw.origin, `${step.name}: ${(e as Error).message}; please report this with the input`);
    }
    if (clock) clock.add(step.name, clock.now() - t0);
    if ('ok' in next) return next;
    state = next;
    if (stages.at(-1) !== step.stage) stages.push(step.stage);
  }
  const t0 = clock ? clock.now() : 0;
  const analysis = assemble(state, stages);
  if (clock) clock.add('assemble', clock.now() - t0);
  return { ok: true, ...analysis };
}

function assemble(state: State, stages: Stage[]): Analysis {
  const cleaned = state.cleaned!;
  const seg = state.segmented!;
  const text = cleaned.text;
  const span: SpanOf = (start, end) => makeSpan(text, cleaned.offsets, start, end);
  const value = (key: keyof State['meta']) => state.meta[key]?.value ?? null;
  const provenance: Document['provenance'] = {};
  for (const [key, v] of Object.entries(state.meta)) if (v) provenance[key as keyof Document['provenance']] = v.from;
  const document: Document = {
    id: documentId(text),
    url: value('url'),
    source: value('source'),
    title: value('title'),
    author: value('author'),
    published: state.published,
    inferredDate: inferredDate(state.times?.documentDate ?? null, span),
    timezone: value('timezone'),
    language: value('language'),
    origin: state.input.origin,
    format: state.input.format.startsWith('jsonl') ? 'jsonl' : state.extracted !== undefined ? 'html' : 'text',
    raw: state.raw ?? '',
    encoding: state.encoding ?? { name: 'utf-8', detected: false, confidence: null },
    extracted: state.extracted ?? null,
    extraction: state.extraction ?? null,
    text,
    removed: cleaned.removed,
    repairs: cleaned.repairs,
    normalized: cleaned.normalized,
    offsets: cleaned.offsets,
    provenance,
    warnings: state.warnings,
  };
  return {
    schema: 1,
    document,
    paragraphs: seg.paragraphs.map((p) => ({ span: span(p.start, p.end), sentences: p.sentences })),
    sentences: seg.sentences.map((s) => ({ span: span(s.start, s.end), paragraph: s.paragraph, tokens: s.tokens })),
    tokens: state.options.tokens ? seg.tokens : [],
    stages,
    ...annotations(state, span, text),
  };
}

/** Each stage's findings as it maps them to annotations, the layers in the output's order. */
function annotations(state: State, span: SpanOf, text: string): { annotations?: Partial<Annotations> } {
  const tags: Partial<Annotations> | undefined = state.times || state.entities ? {
    ...(state.times ? timeAnnotations(state.times, span) : {}),
    ...(state.entities ? (state.linked ? linkAnnotations(state.linked, span) : entityAnnotations(state.entities, span)) : {}),
    ...(state.places ? { places: placeAnnotations(state.places, span) } : {}),
    ...(state.events ? { events: eventAnnotations(state.events, span) } : {}),
  } : undefined;
  if (!state.quotes && !state.figures) return tags ? { annotations: tags } : {};
  return {
    annotations: {
      ...(tags ?? {}),
      ...(state.quotes ? { quotes: quoteAnnotations(state.quotes, span) } : {}),
      ...(state.figures ? { quantities: quantityAnnotations(state.figures, span, text) } : {}),
    },
  };
}

export function makeSpan(text: string, offsets: OffsetMap, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end), raw: [rawStart(offsets, start), rawEnd(offsets, end)] };
}
