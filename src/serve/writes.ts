/**
 * The write routes (POST, each needing the token): reviews of events, figures and quotes, and ingest
 * by upload. A review stores who, when, the old value (as the machine or an earlier review left it) and
 * the new one; it never touches the machine's output.
 */
import { z } from 'zod';
import { EVENT_FIELDS, fieldValue } from '../review/apply.js';
import type { Route } from './api.js';
import type { ApiContext, EventsSnapshot } from './context.js';
import { entityLinkTarget, figureTarget, quoteTarget } from './document.js';
import { httpError } from './errors.js';
import { docId, eventId } from './handlers.js';
import { ok, parseBody, parseQuery, requireToken } from './request.js';
import { ingestUpload } from './upload.js';

const name = z.string().trim().min(1).max(200);
const reviewer = z.string().trim().min(1).max(100).default('analyst');

const eventValue = {
  type: name,
  subtype: name,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  place: z.object({ name, lat: z.number().min(-90).max(90).nullable().optional(), lon: z.number().min(-180).max(180).nullable().optional(), country: z.string().max(100).nullable().optional() }).strict().nullable(),
  actors: z.array(z.object({ name, role: z.enum(['actor', 'target']) }).strict()).max(50),
  fatalities: z.number().int().min(0).max(10_000_000).nullable(),
  injured: z.number().int().min(0).max(10_000_000).nullable(),
} as const;

const verdict = z.object({ action: z.enum(['accept', 'reject']), reviewer }).strict();
const eventEdit = z.discriminatedUnion('field', EVENT_FIELDS.map((f) =>
  z.object({ action: z.literal('edit'), field: z.literal(f), value: eventValue[f], reviewer }).strict()) as unknown as [z.ZodObject, ...z.ZodObject[]]);
const eventReview = z.union([verdict, eventEdit]);
const figureReview = z.union([verdict, z.object({ action: z.literal('edit'), field: z.literal('value'), value: z.number().min(0).max(1e9).nullable(), reviewer }).strict()]);
const quoteReview = z.union([verdict, z.object({ action: z.literal('edit'), field: z.literal('speaker'), value: z.string().trim().min(1).max(200).nullable(), reviewer }).strict()]);
/** An entity merge: whether a document's entity belongs under the canonical entity it was filed under. */
const linkReview = z.object({ doc: z.string().regex(/^[0-9a-f]{8,64}$/), local: z.string().regex(/^[a-z]\d{1,6}$/), action: z.enum(['accept', 'reject']), reviewer }).strict();
const uploadQuery = z.object({ name: z.string().min(1).max(300) }).strict();

interface Edit { action: 'accept' | 'reject' | 'edit'; field?: string; value?: unknown; reviewer: string }

export function writeRoutes(ctx: ApiContext, events: () => Promise<EventsSnapshot>): Route[] {
  const { store, reviews } = ctx;
  return [
    { method: 'POST', pattern: /^\/api\/events\/([^/]+)\/review$/, handler: async (req, [raw]) => {
      requireToken(req, ctx.token);
      const id = eventId(raw!);
      const body = parseBody(req, eventReview) as Edit;
      const e = (await events()).byId.get(id);
      if (!e) throw httpError('NOT_FOUND', `no event ${id}`);
      const field = body.action === 'edit' ? body.field! : null;
      const review = await reviews.add({
        kind: 'event', target: e.id, anchors: e.sources.map((s) => s.key), action: body.action, field,
        old: field ? fieldValue(e, field as (typeof EVENT_FIELDS)[number]) : null, new: field ? body.value : null, reviewer: body.reviewer,
      });
      return ok({ review, event: (await events()).byId.get(id) ?? null }, 201);
    } },
    { method: 'POST', pattern: /^\/api\/documents\/([^/]+)\/(figures|quotes)\/(\d{1,6})\/review$/, handler: async (req, [raw, layer, n]) => {
      requireToken(req, ctx.token);
      const id = docId(raw!);
      const index = Number(n);
      const doc = await store.get(id);
      if (!doc) throw httpError('NOT_FOUND', `no document ${id}`);
      const an = doc.analysis.annotations;
      const figure = layer === 'figures' ? an?.quantities?.[index] : undefined;
      const quote = layer === 'quotes' ? an?.quotes?.[index] : undefined;
      const item = figure ?? quote;
      if (!item) throw httpError('NOT_FOUND', `document ${id} has no ${layer === 'figures' ? 'figure' : 'quote'} ${index}`);
      const body = parseBody(req, layer === 'figures' ? figureReview : quoteReview) as Edit;
      const target = layer === 'figures' ? figureTarget(id, index) : quoteTarget(id, index);
      const old = figure ? figure.value : quote ? quote.speakerName ?? quote.speaker?.text ?? null : null;
      const review = await reviews.add({
        kind: layer === 'figures' ? 'figure' : 'quote', target, anchors: [`${id}@${item.span.start}-${item.span.end}`],
        action: body.action, field: body.action === 'edit' ? body.field! : null, old: body.action === 'edit' ? old : null,
        new: body.action === 'edit' ? body.value : null, reviewer: body.reviewer,
      });
      return ok({ review }, 201);
    } },
    { method: 'POST', pattern: /^\/api\/entities\/(\d{1,12})\/links\/review$/, handler: async (req, [raw]) => {
      requireToken(req, ctx.token);
      const body = parseBody(req, linkReview);
      const entityId = Number(raw);
      const link = (await store.entityLinks(entityId)).find((l) => l.docId === body.doc && l.localId === body.local);
      if (!link) throw httpError('NOT_FOUND', `entity ${entityId} has no link from ${body.doc} ${body.local}`);
      const review = await reviews.add({
        kind: 'entity', target: entityLinkTarget(body.doc, body.local), anchors: [`entity:${entityId}`], action: body.action,
        field: null, old: null, new: null, reviewer: body.reviewer,
      });
      return ok({ review }, 201);
    } },
    { method: 'POST', pattern: /^\/api\/ingest$/, handler: async (req) => {
      requireToken(req, ctx.token);
      const q = parseQuery(req, uploadQuery);
      const bytes = req.body ?? new Uint8Array();
      if (bytes.length > ctx.maxUpload) throw httpError('TOO_LARGE', `the upload is ${bytes.length} bytes; the limit is ${ctx.maxUpload}`);
      if (bytes.length === 0) throw httpError('BAD_REQUEST', 'the upload is empty; send the file as the request body');
      return ok(await ingestUpload(store, ctx.options, q.name, bytes), 201);
    } },
  ];
}
