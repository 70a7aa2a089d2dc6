/**
 * The pipeline, written once. Each stage takes the state the stages before it left and returns the
 * next state, or a Failure that stops this document (and only this document).
 */
import { createHash } from 'node:crypto';
import { clean } from '../clean/cascade.js';
import { fail } from '../errors.js';
import { decode } from '../ingest/decode.js';
import type * as HtmlReader from '../ingest/html/extract.js';
import { sniffHtml, type RawInput } from '../ingest/input.js';
import type { Document, Failure, MetaSource, PublishedDate, Stage } from '../model/types.js';
import type { ResolvedOptions } from '../options.js';
import { segment, type Segmented } from '../segment/segment.js';
import { tagEntities, type EntityOutput } from '../ner/stage.js';
import { tagTimes, type TimeOutput } from '../time/stage.js';
import { detectEvents, type EventFound } from '../events/detect.js';
import { tagPlaces, type PlaceFound } from '../geo/stage.js';
import { linkEntities } from '../entities/stage.js';
import type { LinkOutput } from '../entities/link.js';
import { tagQuotes, type QuoteOut } from '../attribution/stage.js';
import { tagFigures, type FigureOut } from '../figures/stage.js';
import { parsePublished } from './published.js';

/**
 * The HTML reader (src/ingest/html/extract.ts, with linkedom and Readability: some 170 modules and a
 * tenth of a second to load), set by src/core/analyze.ts when it is imported, or loaded by
 * `loadHtmlReader` (the worker thread, before the first input that may be HTML). Plain text never
 * needs it.
 */
let loadedReader: typeof HtmlReader | null = null;

export function useHtmlReader(reader: typeof HtmlReader): void {
  loadedReader = reader;
}

export async function loadHtmlReader(): Promise<void> {
  loadedReader ??= await import('../ingest/html/extract.js');
}

/** Whether an input may be an HTML page, so that the pipeline may need the HTML reader for it. */
export function mayBeHtml(input: RawInput): boolean {
  return input.format === 'html' || input.format === 'jsonl-html' || input.format === 'auto';
}

function htmlReader(): typeof HtmlReader {
  if (!loadedReader) throw new Error('the HTML reader is not loaded (import src/core/analyze.js, or await loadHtmlReader() first)');
  return loadedReader;
}

export interface State {
  input: RawInput;
  options: ResolvedOptions;
  /** Decoded input. */
  raw?: string;
  /** Whether the input is an HTML page (by its format, or sniffed once from its start). */
  html?: boolean;
  encoding?: Document['encoding'];
  /** Main text of an HTML input. */
  extracted?: string;
  extraction?: { step: number; name: string; trimmed: number };
  /** Metadata with where each value came from. */
  meta: Partial<Record<'url' | 'source' | 'title' | 'author' | 'timezone' | 'language', { value: string; from: MetaSource }>>;
  published: PublishedDate | null;
  warnings: string[];
  cleaned?: ReturnType<typeof clean>;
  segmented?: Segmented;
  times?: TimeOutput;
  places?: PlaceFound[];
  entities?: EntityOutput;
  /** Entities of the article and every mention's entity (the linking stage). */
  linked?: LinkOutput;
  quotes?: QuoteOut[];
  figures?: FigureOut[];
  events?: EventFound[];
}

export interface PipelineStage {
  name: string;
  stage: Stage;
  run: (state: State) => State | Failure;
}

export const PIPELINE: readonly PipelineStage[] = [
  // Bytes to text first: everything after works on a string.
  { name: 'decode', stage: 'ingest', run: decodeInput },
  // HTML to main text before metadata: the page's own metadata is read here, and user/sidecar values
  // must be able to override it in the next stage.
  { name: 'html', stage: 'ingest', run: readHtml },
  { name: 'metadata', stage: 'ingest', run: mergeMetadata },
  { name: 'clean', stage: 'clean', run: cleanText },
  // Segmentation needs the final text: offsets are into it.
  { name: 'segment', stage: 'segment', run: segmentText },
  // Times after segmentation: each sentence gets its governing date, and tense is read per sentence.
  // They need the publication date, which the metadata stage has settled.
  { name: 'times', stage: 'tag', run: tagTimeExpressions },
  // Named entities on the segment stage's sentences and tokens (the tagger reads whole sentences).
  { name: 'entities', stage: 'tag', run: tagNamedEntities },
  // Places last among the tags: they read the entity mentions when that stage ran, and resolve each
  // name in the context of the whole document.
  { name: 'places', stage: 'resolve', run: resolvePlaces },
  // Linking after places (mentions resolved to one GeoNames id are one entity; a capital that stands for
  // its government joins its country) and before quotes, whose speakers take the mentions' entity ids.
  { name: 'link', stage: 'resolve', run: linkMentions },
  // Quotes after the entities (a speaker is one of their mentions); figures after quotes and places: a
  // figure's source is the attribution that holds it, its place a resolved place, its date a time.
  { name: 'quotes', stage: 'extract', run: extractQuotes },
  { name: 'figures', stage: 'extract', run: extractFigures },
  // Events last: a sentence's event takes its date, place, parties and counts from the layers above.
  { name: 'events', stage: 'extract', run: extractEvents },
];

function decodeInput(state: State): State | Failure {
  const { input, options } = state;
  if (input.text !== undefined) {
    if (input.text.length > options.maxBytes) return fail('ingest', 'TOO_LARGE', input.origin, `over the ${options.maxBytes}-byte limit`);
    const html = input.format === 'html' || input.format === 'jsonl-html' || (input.format === 'auto' && sniffHtml(input.text));
    // A JSONL record or a library caller can hand over lone surrogates ("\ud800"); they would reach the
    // store as text no other reader can decode. Each becomes U+FFFD, one code unit for one: offsets hold.
    const text = wellFormed(input.text);
    const warnings = text === input.text ? state.warnings : [...state.warnings, 'lone surrogates replaced by U+FFFD'];
    return { ...state, raw: text, html, encoding: { name: 'utf-8', detected: false, confidence: null }, warnings };
  }
  const bytes = input.bytes ?? new Uint8Array();
  if (bytes.length > options.maxBytes) return fail('ingest', 'TOO_LARGE', input.origin, `${bytes.length} bytes is over the ${options.maxBytes}-byte limit`);
  const html = input.format === 'html' || (input.format === 'auto' && sniffHtml(new TextDecoder().decode(bytes.subarray(0, 1024))));
  const result = decode(bytes, input.charset ?? (html ? htmlReader().declaredCharset(bytes.subarray(0, 4096)) : null));
  if (!result.ok) return fail('ingest', result.code, input.origin, result.detail);
  return { ...state, raw: result.value.text, html, encoding: result.value.encoding, warnings: [...state.warnings, ...result.value.warnings] };
}

function readHtml(state: State): State | Failure {
  const { input } = state;
  const raw = state.raw ?? '';
  if (!state.html) return state;
  // A crawl date bounds the publication date: no page can be published after it was fetched.
  const page = htmlReader().extractHtml(raw, { ...(input.meta.url ? { url: input.meta.url } : {}), ...(input.crawled ? { now: Date.parse(input.crawled) } : {}) });
  if (page.text.trim() === '') return fail('ingest', 'NO_CONTENT', input.origin, `no article text in the page (${page.warnings.join('; ') || 'nothing but markup'})`);
  const meta = { ...state.meta };
  for (const key of ['url', 'source', 'title', 'author', 'language'] as const) {
    const value = page[key];
    if (value) meta[key] = { value, from: 'meta-tag' };
  }
  return { ...state, extracted: page.text, extraction: page.method, meta, published: page.published ?? state.published, warnings: [...state.warnings, ...page.warnings] };
}

/** Precedence: the user's options, then the sidecar or JSONL record, then what the page says. */
function mergeMetadata(state: State): State | Failure {
  const { input, options } = state;
  const meta = { ...state.meta };
  let published = state.published;
  const from = input.metaSource ?? 'record';
  for (const key of ['url', 'source', 'title', 'author', 'timezone', 'language'] as const) {
    const value = input.meta[key];
    if (value) meta[key] = { value: wellFormed(value), from };
  }
  // Only a web address is the document's address: a `javascript:` or `file:` URL would be exported as
  // a link to follow.
  if (meta.url && !/^https?:\/\/[^\s]+$/i.test(meta.url.value)) {
    state = { ...state, warnings: [...state.warnings, `url ignored, not an http(s) address: ${meta.url.value.slice(0, 80)}`] };
    delete meta.url;
  }
  if (input.meta.published) {
    published = parsePublished(input.meta.published, from);
    if (!published) return fail('ingest', from === 'sidecar' ? 'BAD_SIDECAR' : 'BAD_JSONL', input.origin, `"published" is not an ISO 8601 date: ${input.meta.published}`);
  }
  for (const key of ['source', 'timezone', 'language'] as const) {
    const value = options[key];
    if (value) meta[key] = { value, from: 'user' };
  }
  if (options.published) published = parsePublished(options.published, 'user');
  return { ...state, meta, published };
}

function cleanText(state: State): State | Failure {
  const input = state.extracted ?? state.raw ?? '';
  const cleaned = clean(input);
  if (cleaned.text.trim() === '') return fail('clean', 'EMPTY', state.input.origin, input.trim() === '' ? 'the input has no text' : 'nothing is left after removing boilerplate');
  return { ...state, cleaned };
}

function segmentText(state: State): State | Failure {
  return { ...state, segmented: segment(state.cleaned!.text) };
}

function tagTimeExpressions(state: State): State | Failure {
  const seg = state.segmented!;
  const times = tagTimes({
    text: state.cleaned!.text,
    sentences: seg.sentences,
    paragraphOf: (i) => seg.sentences[i]?.paragraph ?? 0,
    published: state.published?.value ?? null,
    timezone: state.meta.timezone?.value ?? null,
  });
  return { ...state, times };
}

function tagNamedEntities(state: State): State | Failure {
  const seg = state.segmented!;
  return { ...state, entities: tagEntities({ text: state.cleaned!.text, sentences: seg.sentences, tokens: seg.tokens }) };
}

/** Toponyms resolved to places (src/geo/stage.ts); the entity stage's mentions when it ran. */
function resolvePlaces(state: State): State | Failure {
  const seg = state.segmented!;
  const mentions = state.entities?.mentions;
  return { ...state, places: tagPlaces({ text: state.cleaned!.text, sentences: seg.sentences, ...(mentions ? { mentions } : {}) }) };
}

/** Events sentence by sentence (src/events/detect.ts), with the arguments the other layers give. */
function extractEvents(state: State): State | Failure {
  const seg = state.segmented!;
  const places = (state.places ?? []).map((p) => ({ start: p.start, end: p.end, sentence: p.sentence, lat: p.resolution.lat, featureType: p.resolution.featureType, country: p.resolution.country }));
  const events = detectEvents({
    text: state.cleaned!.text,
    sentences: seg.sentences,
    mentions: state.entities?.mentions ?? [],
    places,
    quantities: state.figures ?? [],
    governing: state.times?.governing ?? [],
    times: (state.times?.times ?? []).map((t) => ({ start: t.start, end: t.end, sentence: t.sentence, type: t.type, value: t.value, anchor: t.anchorOf })),
    published: state.published?.value.slice(0, 10) ?? null,
  });
  return { ...state, events };
}

/** Quotes and attributions with their speakers (src/attribution/stage.ts). */
function extractQuotes(state: State): State | Failure {
  const seg = state.segmented!;
  const mentions = state.entities?.mentions;
  return { ...state, quotes: tagQuotes({ text: state.cleaned!.text, sentences: seg.sentences, tokens: seg.tokens, ...(mentions ? { mentions } : {}) }) };
}

/** Figures with kind, bounds, source, place and date (src/figures/stage.ts). */
function extractFigures(state: State): State | Failure {
  const seg = state.segmented!;
  const places = state.places?.map((p) => ({ start: p.start, end: p.end, sentence: p.sentence, featureType: p.resolution.featureType, country: p.resolution.country }));
  const figures = tagFigures({
    text: state.cleaned!.text, sentences: seg.sentences, tokens: seg.tokens, quotes: state.quotes ?? [],
    ...(places ? { places } : {}), ...(state.times ? { times: state.times.times, governing: state.times.governing } : {}),
    published: state.published?.value.slice(0, 10) ?? null,
  });
  return { ...state, figures };
}

/** Mentions to entities within the article (src/entities/stage.ts); the mentions get their entity ids. */
function linkMentions(state: State): State | Failure {
  if (!state.entities) return state;
  const seg = state.segmented!;
  const linked = linkEntities({ text: state.cleaned!.text, sentences: seg.sentences, tokens: seg.tokens, mentions: state.entities.mentions, ...(state.places ? { places: state.places } : {}) });
  const mentions = state.entities.mentions.map((m, i) => ({ ...m, entity: linked.mentions[i]!.entity }));
  return { ...state, entities: { ...state.entities, mentions }, linked };
}

/** The string with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, Node 20). */
export function wellFormed(s: string): string {
  return (s as string & { isWellFormed(): boolean; toWellFormed(): string }).isWellFormed() ? s : (s as string & { toWellFormed(): string }).toWellFormed();
}

/** The id of a document: the hash of its text with white space folded and Unicode composed, so the same
 * article from two crawls (or twice from one) is one document. */
export function documentId(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const normal = /[^\x00-\x7f]/.test(folded) ? folded.normalize('NFC') : folded;
  return createHash('sha256').update(normal).digest('hex').slice(0, 32);
}
