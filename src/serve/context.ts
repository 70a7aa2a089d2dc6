/**
 * What the handlers share: the store, the reviews, the write token, the pipeline options, and the
 * reviewed events, kept in memory between requests and made again when the store or the reviews
 * change (their counts and the reviews' version are the cache key, cheap to ask for each request).
 */
import { GeoJsonCollector, type FeatureCollection } from '../geo/geojson.js';
import type { ResolvedOptions } from '../options.js';
import { reviewEvent, type ReviewedEvent } from '../review/apply.js';
import type { ReviewStore } from '../store/reviews.js';
import type { Store } from '../store/store.js';
import { eventRow, type EventRow } from './events.js';

export interface ApiContext {
  store: Store;
  reviews: ReviewStore;
  token: string;
  options: ResolvedOptions;
  /** Largest upload accepted, in bytes (the adapter enforces it; the handler reports it). */
  maxUpload: number;
}

export interface EventsSnapshot {
  key: string;
  events: ReviewedEvent[];
  rows: EventRow[];
  byId: Map<string, ReviewedEvent>;
  /** `doc#index` of each event mention → the merged event it is part of. */
  byMention: Map<string, string>;
}

export function eventsCache(ctx: ApiContext): () => Promise<EventsSnapshot> {
  let snapshot: EventsSnapshot | null = null;
  let building: Promise<EventsSnapshot> | null = null;
  const build = async (key: string): Promise<EventsSnapshot> => {
    const reviews = await ctx.reviews.all();
    const events: ReviewedEvent[] = [];
    for await (const e of ctx.store.events()) events.push(reviewEvent(e, reviews));
    const byMention = new Map<string, string>();
    for (const e of events) for (const s of e.sources) byMention.set(s.key, e.id);
    return { key, events, rows: events.map(eventRow), byId: new Map(events.map((e) => [e.id, e])), byMention };
  };
  return async () => {
    const key = `${await ctx.store.count()}:${await ctx.store.eventCount()}:${await ctx.store.eventMentionCount()}:${await ctx.reviews.version()}`;
    if (snapshot?.key === key) return snapshot;
    // Concurrent requests after a change share one rebuild.
    building ??= build(key).finally(() => (building = null));
    snapshot = await building;
    return snapshot;
  };
}

/** Every resolved place of every document as GeoJSON (src/geo/geojson.ts), made again when documents are added. */
export function placesCache(ctx: ApiContext): () => Promise<FeatureCollection> {
  let cached: { count: number; collection: Promise<FeatureCollection> } | null = null;
  const build = async () => {
    const collector = new GeoJsonCollector();
    for await (const doc of ctx.store.list()) collector.add(doc.analysis);
    return collector.collection();
  };
  return async () => {
    const count = await ctx.store.count();
    if (cached?.count !== count) {
      // A failed build is not kept: the next request tries again.
      cached = { count, collection: build().catch((e: unknown) => { cached = null; throw e; }) };
    }
    return cached.collection;
  };
}
