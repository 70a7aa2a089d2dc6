/**
 * `analyze(input, options)`: one article through the pipeline to an `Analysis`, or a typed `Failure`.
 * Knows nothing of the CLI, HTTP or storage.
 */
import { fail } from '../errors.js';
import type { InputMeta, RawInput } from '../ingest/input.js';
import { rawEnd, rawStart } from '../clean/edits.js';
import type { Analysis, AnalysisResult, Document, InferredDate, OffsetMap, Span, Stage } from '../model/types.js';
import { resolveOptions, type ResolvedOptions, type UserOptions } from '../options.js';
import type { Annotations, Event, Mention, MentionKind, TimeExpression } from '../model/annotations.js';
import type { EventFound } from '../events/detect.js';
import type { EntityOutput } from '../ner/stage.js';
import type { LinkOutput } from '../entities/link.js';
import type { TimeOutput } from '../time/stage.js';
import type { DocumentDate } from '../time/document-date/infer.js';
import { placeAnnotations } from '../geo/stage.js';
import { ref, withExtracts } from '../figures/annotations.js';
import { documentId, PIPELINE, type State } from './pipeline.js';

/** What a library caller may pass: a plain text string, or an article with its metadata. */
export type AnalyzeInput =
  | string
  | { text: string; html?: never; origin?: string; meta?: InputMeta }
  | { html: string; text?: never; origin?: string; meta?: InputMeta }
  | RawInput;

export function analyze(input: AnalyzeInput, options: UserOptions = {}): AnalysisResult {
  return runPipeline(toRawInput(input), resolveOptions(options));
}

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
  const cleaned = state.cleaned!;
  const span = (start: number, end: number) => makeSpan(cleaned.text, cleaned.offsets, start, end);
  const analysis = withExtracts(assemble(state, stages), state.quotes, state.figures, span, cleaned.text);
  if (clock) clock.add('assemble', clock.now() - t0);
  return { ok: true, ...analysis };
}

function toRawInput(input: AnalyzeInput): RawInput {
  if (typeof input === 'string') return { origin: 'input', format: 'auto', text: input, meta: {}, metaSource: null };
  if ('format' in input) return input;
  const meta = input.meta ?? {};
  const origin = input.origin ?? 'input';
  return input.html !== undefined
    ? { origin, format: 'jsonl-html', text: input.html, meta, metaSource: 'record' }
    : { origin, format: 'text', text: input.text, meta, metaSource: 'record' };
}

function assemble(state: State, stages: Stage[]): Analysis {
  const cleaned = state.cleaned!;
  const seg = state.segmented!;
  const text = cleaned.text;
  const span = (start: number, end: number): Span => makeSpan(text, cleaned.offsets, start, end);
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
    ...(state.times || state.entities ? { annotations: { ...(state.times ? timeAnnotations(state.times, span) : {}), ...(state.entities ? entityAnnotations(state.entities, state.linked, span) : {}), ...(state.places ? { places: placeAnnotations(state.places, span) } : {}), ...(state.events ? { events: eventAnnotations(state.events, span) } : {}) } } : {}),
  };
}

/** The document date the time stage inferred from the text, its evidence as spans; never a publication date. */
function inferredDate(d: DocumentDate | null, span: (start: number, end: number) => Span): InferredDate | null {
  if (!d) return null;
  const year = String(d.day.year).padStart(4, '0');
  const value = d.precision === 'year' ? year : `${year}-${String(d.day.month).padStart(2, '0')}-${String(d.day.day).padStart(2, '0')}`;
  return { value, precision: d.precision, source: d.source, inferred: true, bound: d.bound, evidence: d.evidence.map((e) => span(e.start, e.end)), confidence: d.confidence };
}

/** The time stage's output as annotations: spans with raw offsets, one governing date a sentence. */
function timeAnnotations(out: TimeOutput, span: (start: number, end: number) => Span): Partial<Annotations> {
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

/** The events stage's events as annotations: the sentence is the span, the trigger and parties spans of their own. */
function eventAnnotations(events: readonly EventFound[], span: (start: number, end: number) => Span): Event[] {
  return events.map((e) => ({
    span: ref(span(e.start, e.end)),
    sentence: e.sentence,
    stage: 'extract',
    rule: e.rule,
    confidence: e.confidence,
    stated: ['type', ...(e.placeFrom === 'sentence' ? ['place'] : []), ...(e.dateFrom === 'sentence' || e.dateFrom === 'paragraph' ? ['date'] : []), ...(e.fatalities !== null ? ['fatalities'] : []), ...(e.injured !== null ? ['injured'] : [])],
    type: e.type,
    subtype: e.subtype,
    code: e.code,
    plover: e.plover,
    trigger: span(e.trigger[0], e.trigger[1]),
    also: e.also.map(([start, end]) => span(start, end)),
    arguments: e.arguments.map((a) => ({ role: a.role, span: span(a.start, a.end), entity: a.entity, actorClass: a.actorClass })),
    place: e.place,
    placeFrom: e.placeFrom,
    date: e.date,
    dateFrom: e.dateFrom,
    fatalities: e.fatalities,
    injured: e.injured,
    figures: e.figures,
    civilianTargeting: e.civilianTargeting,
  }));
}

/** The entities stage's mentions as annotations, with the linking stage's entity ids, role and pronoun
 * mentions (listed after the tagger's) and entities when it ran. */
function entityAnnotations(out: EntityOutput, linked: LinkOutput | undefined, span: (start: number, end: number) => Span): Partial<Annotations> {
  const list: ReadonlyArray<EntityOutput['mentions'][number] & { kind?: MentionKind }> = linked?.mentions ?? out.mentions;
  const mentions: Mention[] = list.map((m) => ({
    span: span(m.start, m.end),
    sentence: m.sentence,
    stage: m.kind && m.kind !== 'name' ? 'resolve' : 'tag',
    rule: m.rule,
    confidence: m.confidence,
    stated: [],
    type: m.type,
    fine: m.fine,
    kind: m.kind ?? 'name',
    entity: m.entity ?? null,
  }));
  return linked ? { mentions, entities: linked.entities } : { mentions };
}

export function makeSpan(text: string, offsets: OffsetMap, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end), raw: [rawStart(offsets, start), rawEnd(offsets, end)] };
}
