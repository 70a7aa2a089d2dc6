/** The read routes (GET): events, timeline, claim view, documents, search, entities, reviews, status. */
import { z } from 'zod';
import { fieldValue, EVENT_FIELDS, reviewItem } from '../review/apply.js';
import type { Route } from './api.js';
import { placesCache, type ApiContext, type EventsSnapshot } from './context.js';
import { documentView, entityLinkTarget } from './document.js';
import { httpError } from './errors.js';
import { facets, filterSchema, queryEvents, timeline } from './events.js';
import { DOC_ID, EVENT_ID, ok, pageSchema, parseQuery, type ApiRequest } from './request.js';

const searchSchema = z.object({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).default(20) }).strict();
const entitiesSchema = z.object({ type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(), ...pageSchema }).strict();
const documentsSchema = z.object(pageSchema).strict();
const noQuery = z.object({}).strict();

export function docId(raw: string): string {
  if (!DOC_ID.test(raw)) throw httpError('BAD_ID', `"${raw.slice(0, 80)}" is not a document id (hexadecimal digits)`);
  return raw;
}

export function eventId(raw: string): string {
  if (!EVENT_ID.test(raw)) throw httpError('BAD_ID', `"${raw.slice(0, 80)}" is not an event id ("ev" and 16 hexadecimal digits)`);
  return raw;
}

export function readRoutes(ctx: ApiContext, events: () => Promise<EventsSnapshot>): Route[] {
  const { store } = ctx;
  const places = placesCache(ctx);
  return [
    { method: 'GET', pattern: /^\/api\/status$/, handler: async (req) => {
      parseQuery(req, noQuery);
      return ok({ documents: await store.count(), events: await store.eventCount(), mentions: await store.eventMentionCount(), reviews: await ctx.reviews.version(), maxUpload: ctx.maxUpload });
    } },
    { method: 'GET', pattern: /^\/api\/events$/, handler: async (req) => ok(queryEvents((await events()).rows, parseQuery(req, filterSchema))) },
    { method: 'GET', pattern: /^\/api\/events\/facets$/, handler: async (req) => {
      parseQuery(req, noQuery);
      return ok(facets((await events()).rows));
    } },
    { method: 'GET', pattern: /^\/api\/timeline$/, handler: async (req) => ok(timeline((await events()).rows, parseQuery(req, filterSchema))) },
    { method: 'GET', pattern: /^\/api\/events\/([^/]+)$/, handler: async (req, [id]) => claimView(req, eventId(id!), await events(), ctx) },
    { method: 'GET', pattern: /^\/api\/places$/, handler: async (req) => {
      parseQuery(req, noQuery);
      return ok(await places());
    } },
    { method: 'GET', pattern: /^\/api\/documents$/, handler: async (req) => {
      const q = parseQuery(req, documentsSchema);
      const items = [];
      for await (const d of store.list({ limit: q.limit, offset: q.offset })) items.push({ id: d.id, title: d.title, source: d.source, published: d.published, origin: d.origin, ingestedAt: d.ingestedAt });
      return ok({ total: await store.count(), limit: q.limit, offset: q.offset, items });
    } },
    { method: 'GET', pattern: /^\/api\/documents\/([^/]+)$/, handler: async (req, [raw]) => {
      parseQuery(req, noQuery);
      const id = docId(raw!);
      const doc = await store.get(id);
      if (!doc) throw httpError('NOT_FOUND', `no document ${id}`);
      const reviews = (await ctx.reviews.all()).filter((r) => r.target.startsWith(`${id}#`));
      const snap = await events();
      return ok(documentView(doc, reviews, (key) => {
        const id = snap.byMention.get(key);
        return id ? { id, reviewed: snap.byId.get(id)?.review.status ?? null } : null;
      }));
    } },
    { method: 'GET', pattern: /^\/api\/search$/, handler: async (req) => {
      const q = parseQuery(req, searchSchema);
      // Marks that cannot occur in article text, so the UI splits on them and renders every piece as text.
      return ok({ items: await store.search(q.q, { limit: q.limit, mark: ['\u0002', '\u0003'] }) });
    } },
    { method: 'GET', pattern: /^\/api\/entities$/, handler: async (req) => {
      const q = parseQuery(req, entitiesSchema);
      const all = await store.entities({ ...(q.type ? { type: q.type } : {}) });
      return ok({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit) });
    } },
    { method: 'GET', pattern: /^\/api\/entities\/([^/]+)$/, handler: async (req, [raw]) => {
      parseQuery(req, noQuery);
      if (!/^\d{1,12}$/.test(raw!)) throw httpError('BAD_ID', `"${raw!.slice(0, 80)}" is not an entity id (a whole number)`);
      const id = Number(raw);
      const entity = (await store.entities()).find((e) => e.id === id);
      if (!entity) throw httpError('NOT_FOUND', `no entity ${id}`);
      const reviews = await ctx.reviews.about('entity', [`entity:${id}`]);
      const links = (await store.entityLinks(id)).map((l) => ({ ...l, review: reviewItem(entityLinkTarget(l.docId, l.localId), reviews) }));
      return ok({ ...entity, links });
    } },
    { method: 'GET', pattern: /^\/api\/reviews$/, handler: async (req) => {
      parseQuery(req, noQuery);
      return ok({ items: await ctx.reviews.all() });
    } },
  ];
}

/** One merged event with each source's values side by side, the conflicts, and its reviews. */
async function claimView(req: ApiRequest, id: string, snap: EventsSnapshot, ctx: ApiContext) {
  parseQuery(req, noQuery);
  const e = snap.byId.get(id);
  if (!e) throw httpError('NOT_FOUND', `no event ${id}`);
  const history = await ctx.reviews.about('event', [e.id, ...e.sources.map((s) => s.key)]);
  return ok({
    event: e,
    fields: Object.fromEntries(EVENT_FIELDS.map((f) => [f, fieldValue(e, f)])),
    sources: e.sources.map((s) => ({
      doc: s.doc, outlet: s.outlet, title: s.title, url: s.url, published: s.published, sentence: s.sentence.text,
      trigger: s.trigger.text, date: s.date?.value ?? null, place: s.place, fatalities: s.fatalities, injured: s.injured, rule: s.rule, confidence: s.confidence,
    })),
    figures: e.figures,
    conflicts: e.conflicts,
    history,
  });
}
