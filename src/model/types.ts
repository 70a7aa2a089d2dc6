/**
 * The data model of DESIGN.md, as TypeScript types.
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices). A span is half-open:
 * `[start, end)` into `Document.text`, and `span.text === document.text.slice(start, end)` always.
 * `raw` gives the same span as offsets into the cleaning input (`Document.raw` for text input, the
 * extracted main text for HTML), so every fact maps back to what was received.
 */

/** Where a metadata value came from, most trusted first. */
export type MetaSource =
  | 'user' // command-line flag or library option
  | 'sidecar' // NAME.json beside NAME.txt
  | 'record' // a field of the JSONL record
  | 'feed' // an RSS, Atom, RDF or JSON Feed item
  | 'crawl' // what a crawl recorded: a WARC record's target URI, a fetched URL
  | 'json-ld'
  | 'meta-tag'
  | 'script' // a publication date held as data by a page's script (not JSON-LD)
  | 'time-element'
  | 'url'
  | 'text';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

import type { Annotations } from './annotations.js';

export interface PublishedDate {
  /** ISO 8601 as precise as the source allows: `2022-03-16`, `2022-03-16T07:00:00+02:00`. */
  value: string;
  precision: DatePrecision;
  source: MetaSource;
}

/** The rule that read a document date from the text (src/time/document-date/): a dateline ("KIEV, April
 * 27 (Reuters) –"), a byline or date line, a photo caption's date, a dated timeline or live-blog, or the
 * latest date the article states, or the year a date told as "of last year" takes from a dated reference. */
export type InferredDateSource = 'text:dateline' | 'text:byline' | 'text:caption' | 'text:timeline' | 'text:latest-date' | 'text:relative-year';

/**
 * A document date the time stage inferred from the article's own text because its metadata gave no
 * publication date. It is never the outlet's stated publication date (`published` stays null), and every
 * value resolved against it says so (time anchors `inferred`, governing dates `inferred: true`).
 */
export interface InferredDate {
  /** The day, `2014-04-27`, or with `precision: 'year'` the year, `2014`. */
  value: string;
  precision: 'day' | 'year';
  source: InferredDateSource;
  inferred: true;
  /**
   * `on`: the article was written that day (dateline, byline, caption, timeline): weekdays, "yesterday"
   * and year-less dates resolve against it, and it governs sentences that state no date; at `year`
   * precision (rule 6), in that year: year-less dates, months and years resolve in it, nothing else,
   * and it governs nothing. `not-before`:
   * the latest date the article states, a lower bound; it anchors and governs nothing, and only year-less
   * days within a month of a full date take that date's year.
   */
  bound: 'on' | 'not-before';
  /** The date the rule read, then, when that date has no year, the full date its year came from. */
  evidence: Span[];
  confidence: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
  /** The same span in the cleaning input: `[start, end)` offsets into `Document.raw` (or extracted text). */
  raw: [number, number];
}

/**
 * A span that points into `Document.text` without a copy of its text: for annotations whose span is
 * a sentence or repeats another span of theirs (`Event.span` is its sentence, `Quote.span` its content).
 * Copying those texts made the output grow with the square of a long sentence's length; the text is
 * `document.text.slice(start, end)` (or the sentence's `span.text`).
 */
export type SpanRef = Omit<Span, 'text'>;

/** Something the clean stage took out of the input. Offsets are into the cleaning input. */
export interface Removal {
  rawStart: number;
  rawEnd: number;
  text: string;
  rule: string;
  /** Step number of the cleaning cascade that removed it. */
  step: number;
}

/** Something the clean stage changed: `from` in the input became `to` in `Document.text`. */
export interface Repair {
  rawStart: number;
  rawEnd: number;
  from: string;
  to: string;
  /** Where the repaired text sits in `Document.text`. */
  start: number;
  end: number;
  rule: string;
  step: number;
  confidence: number;
}

/**
 * Piecewise map from `Document.text` back to the cleaning input: each entry `[textStart, rawStart,
 * length]` is a run copied unchanged. Text between runs was written by a repair.
 */
export type OffsetMap = Array<[number, number, number]>;

export interface Document {
  /** Hash of the normalized text (see `documentId`): the same article always gets the same id. */
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  author: string | null;
  published: PublishedDate | null;
  /** With no publication date: the date the time stage inferred from the text, marked as inferred. Absent
   * from analyses made before it existed. */
  inferredDate?: InferredDate | null;
  timezone: string | null;
  language: string | null;
  /** Where the input came from: a file path, `path:line` for JSONL, `stdin`. */
  origin: string;
  /** What kind of input it was. */
  format: 'text' | 'html' | 'jsonl';
  /** The input as received, decoded to a string. */
  raw: string;
  /** The encoding it was decoded from, and whether that was detected or declared. */
  encoding: { name: string; detected: boolean; confidence: number | null };
  /**
   * For HTML input, the main text extracted from `raw`, which the clean stage works on; null otherwise.
   * Span `raw` offsets point into this string when it is present.
   */
  extracted: string | null;
  /** For HTML input, which step of the extraction cascade produced `extracted` (1 readability,
   * 2 largest-block or all-paragraphs, 3 body-text) and how many of Readability's paragraphs were
   * left out as not the article; null otherwise. */
  extraction: { step: number; name: string; trimmed: number } | null;
  /** Cleaned text; immutable from here on. */
  text: string;
  removed: Removal[];
  repairs: Repair[];
  /** How many normalizing edits (white space, control characters, quotation marks) each rule made;
   * they are in `offsets` but not listed one by one. */
  normalized: Record<string, number>;
  offsets: OffsetMap;
  /** Where each metadata field came from. */
  provenance: Partial<Record<'url' | 'source' | 'title' | 'author' | 'timezone' | 'language', MetaSource>>;
  warnings: string[];
}

/** Fields every annotation carries (DESIGN.md "Annotations"). */
export interface AnnotationBase {
  span: Span;
  /** Index into `Analysis.sentences`, or -1 for annotations that are not inside one sentence. */
  sentence: number;
  stage: Stage;
  rule: string;
  confidence: number;
  /** Names of the values the text states; everything else was inferred by `rule`. */
  stated: string[];
}

export interface Paragraph {
  span: Span;
  /** Indexes into `Analysis.sentences`: `[first, last]` inclusive. */
  sentences: [number, number];
}

export interface Sentence {
  span: Span;
  paragraph: number;
  /** Indexes into `Analysis.tokens`: `[first, end)`. */
  tokens: [number, number];
}

/** A token: `[start, end, pos]`; compact because an article has thousands. */
export type Token = [number, number, string];

export type Stage = 'ingest' | 'clean' | 'segment' | 'tag' | 'extract' | 'resolve' | 'store';

export type Failure = { ok: false; stage: Stage; reason: string; code: string; origin: string };

export interface Analysis {
  /** Version of this output's shape (schema/analysis.schema.json). */
  schema: 1;
  document: Document;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Which pipeline stages ran, in order. */
  stages: Stage[];
  /** Annotation layers of the stages that exist so far (src/model/annotations.ts). */
  annotations?: Partial<Annotations>;
}

export type AnalysisResult = ({ ok: true } & Analysis) | Failure;
