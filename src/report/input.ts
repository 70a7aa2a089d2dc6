/**
 * What the report is made from: the stored documents and merged events that pass the filters, read from
 * any store. Every store call is awaited and lists are read with `for await`, so a store whose calls
 * return promises (PostgreSQL) serves as well as the synchronous SQLite one.
 */
import type { MergedEvent } from '../events/merged.js';
import type { StoredDocument } from '../store/store.js';
import { dayOf, eventInPeriod, eventInPlace, inPeriod, placeMatcher } from './filters.js';
import type { ResolvedReportOptions } from './options.js';

export interface ReportInput {
  documents: StoredDocument[];
  events: MergedEvent[];
  /** The canonical name of a document's entity across the store (`Store.entityOf`), when it has one. */
  entityNames: Map<string, string>;
}

/** The part of the Store interface the report reads, each call synchronous or not. */
export interface ReportStore {
  list(options?: { limit?: number; offset?: number }): Iterable<StoredDocument> | AsyncIterable<StoredDocument> | Promise<Iterable<StoredDocument>>;
  events(options?: { limit?: number; offset?: number }): Iterable<MergedEvent> | AsyncIterable<MergedEvent> | Promise<Iterable<MergedEvent>>;
  entities(options?: { limit?: number; type?: string }): Array<{ id: number; name: string; type: string }> | Promise<Array<{ id: number; name: string; type: string }>>;
  entityOf(docId: string, localId: string): { entityId: number } | null | Promise<{ entityId: number } | null>;
}

const SPEAKER_TYPES = new Set(['PER', 'ORG']);

export async function readInput(store: ReportStore, options: ResolvedReportOptions): Promise<ReportInput> {
  const documents: StoredDocument[] = [];
  for await (const d of await store.list()) {
    if (inPeriod(dayOf(d), options)) documents.push(d);
  }
  const matches = placeMatcher(options.place);
  const ids = new Set(documents.map((d) => d.id));
  const events: MergedEvent[] = [];
  for await (const e of await store.events()) {
    if (!eventInPeriod(e, options) || !eventInPlace(e, matches)) continue;
    // An event is told by the reports in the period; sources outside it stay out of this report.
    const sources = e.sources.filter((s) => ids.has(s.doc));
    if (sources.length) events.push(sources.length === e.sources.length ? e : { ...e, sources });
  }
  const entityNames = new Map<string, string>();
  const hasQuotes = documents.some((d) => d.analysis.annotations?.quotes?.some((q) => q.speakerEntity));
  // Only people and organizations stand for their speakers: a nationality ("Ukrainian") filed as an
  // entity would make one speaker of every Ukrainian official.
  const canonical = new Map(hasQuotes ? (await store.entities()).filter((c) => SPEAKER_TYPES.has(c.type)).map((c) => [c.id, c.name]) : []);
  for (const d of documents) {
    for (const q of d.analysis.annotations?.quotes ?? []) {
      if (!q.speakerEntity || entityNames.has(`${d.id}/${q.speakerEntity}`)) continue;
      const link = await store.entityOf(d.id, q.speakerEntity);
      const name = link ? canonical.get(link.entityId) : undefined;
      if (name) entityNames.set(`${d.id}/${q.speakerEntity}`, name);
    }
  }
  return { documents, events, entityNames };
}
