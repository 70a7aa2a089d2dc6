/**
 * The storage interface. SQLite (sqlite.ts) is the embedded default; PostgreSQL (postgres/) is the
 * shared store for many workers. Both pass the same test suites (test/suites/store.suite.ts). Every call is
 * asynchronous because a network database is; SQLite answers at once inside the promise.
 */
import type { MergedEvent } from '../events/merged.js';
import type { Analysis, Failure } from '../model/types.js';
import type { ReviewStore } from './reviews.js';

export interface PutResult {
  /** `stored`: new; `duplicate`: a document with the same id was already there and was left as it was. */
  status: 'stored' | 'duplicate';
  id: string;
}

export interface SearchHit {
  docId: string;
  sentence: number;
  /** The sentence with matches wrapped in `[` and `]` markers chosen by the caller. */
  snippet: string;
  title: string | null;
  rank: number;
}

export interface StoredDocument {
  id: string;
  origin: string;
  title: string | null;
  source: string | null;
  published: string | null;
  ingestedAt: string;
  analysis: Analysis;
}

export interface StoredFailure {
  origin: string;
  stage: string;
  code: string;
  reason: string;
  at: string;
}

/** An entity across documents (src/entities/across.ts decides who joins it). */
export interface CanonicalEntity {
  id: number;
  /** The fullest name any of its documents states. */
  name: string;
  type: string;
  documents: number;
  mentions: number;
  /** Other name forms seen, as written. */
  aliases: string[];
}

/** One document's entity filed under a canonical entity: the rule that put it there, its evidence, how surely. */
export interface EntityLink {
  docId: string;
  /** The entity's id within its document (`e1`, ...: `Entity.id`). */
  localId: string;
  entityId: number;
  /** Its name in that document. */
  name: string;
  /** `new` when it founded the canonical entity; else the merge rule (`same-name`, `spelling`, `surname`, ...). */
  rule: string;
  evidence: string[];
  confidence: number;
  mentions: number;
}

export interface Store {
  /** Stores the analyses in one transaction; a document already stored is reported as a duplicate. */
  putMany(analyses: Analysis[]): Promise<PutResult[]>;
  /** Records a failure once per (origin, code); a repeat updates its time. */
  putFailure(failure: Failure): Promise<void>;
  has(id: string): Promise<boolean>;
  /** Whether an input with this hash (src/ingest/hash.ts) gave a stored document: a rerun skips it
   * before analysis. Optional: a store without it analyzes again and finds the duplicate by id. */
  inputSeen?(hash: string): Promise<boolean>;
  /** Records input hashes and the documents they gave. */
  noteInputs?(pairs: ReadonlyArray<[string, string]>): Promise<void>;
  /** Replaces the analysis and metadata of documents already stored (`ingest --update`); returns how
   * many were there. */
  updateMany?(analyses: Analysis[]): Promise<number>;
  get(id: string): Promise<StoredDocument | null>;
  /** Documents in ingest order, read a page at a time. */
  list(options?: { limit?: number; offset?: number }): AsyncIterable<StoredDocument>;
  count(): Promise<number>;
  failures(): Promise<StoredFailure[]>;
  search(query: string, options?: { limit?: number; mark?: [string, string] }): Promise<SearchHit[]>;
  /** Canonical entities, most documents first (then most mentions, then id), optionally of one type. */
  entities(options?: { limit?: number; type?: string }): Promise<CanonicalEntity[]>;
  /** The documents' entities filed under one canonical entity, in ingest order. */
  entityLinks(entityId: number): Promise<EntityLink[]>;
  /** The canonical entity a document's entity was filed under, or null. */
  entityOf(docId: string, localId: string): Promise<EntityLink | null>;
  /** Merged events over every stored document (src/events/merge.ts), kept up to date by `putMany`;
   * by date (undated last), then id. */
  events(options?: { limit?: number; offset?: number }): AsyncIterable<MergedEvent>;
  eventCount(): Promise<number>;
  /** How many event mentions (documents' `annotations.events` items) the merged events are made of. */
  eventMentionCount(): Promise<number>;
  /** Merges every stored event mention again from nothing; returns the number of events. */
  rebuildEvents(): Promise<number>;
  /** Analysts' corrections, kept apart from the machine's output (src/store/reviews.ts). */
  readonly reviews: ReviewStore;
  close(): Promise<void>;
}
