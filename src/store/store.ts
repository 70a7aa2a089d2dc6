/**
 * The storage interface. SQLite (sqlite.ts) is the embedded default; a PostgreSQL implementation will
 * share this interface and the same test suite (store.suite.ts).
 */
import type { MergedEvent } from '../events/merged.js';
import type { Analysis, Failure } from '../model/types.js';

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

export interface Store {
  /** Stores the analyses in one transaction; a document already stored is reported as a duplicate. */
  putMany(analyses: Analysis[]): PutResult[];
  /** Records a failure once per (origin, code); a repeat updates its time. */
  putFailure(failure: Failure): void;
  has(id: string): boolean;
  get(id: string): StoredDocument | null;
  /** Documents in ingest order. */
  list(options?: { limit?: number; offset?: number }): Iterable<StoredDocument>;
  count(): number;
  failures(): StoredFailure[];
  search(query: string, options?: { limit?: number; mark?: [string, string] }): SearchHit[];
  /** Merged events over every stored document (src/events/merge.ts), kept up to date by `putMany`;
   * by date (undated last), then id. */
  events(options?: { limit?: number; offset?: number }): Iterable<MergedEvent>;
  eventCount(): number;
  /** How many event mentions (documents' `annotations.events` items) the merged events are made of. */
  eventMentionCount(): number;
  /** Merges every stored event mention again from nothing; returns the number of events. */
  rebuildEvents(): number;
  close(): void;
}
