/**
 * The JSON API: a route table of method, path pattern and handler. `createApi` returns one function from
 * request to response that never throws: an `HttpError` becomes its status and code, anything else a
 * 500 with no detail (the error goes to `onError`, the server's log).
 *
 * Routes (docs/serve.md has the parameters):
 *   GET  /api/status                       counts, limits
 *   GET  /api/events                       filtered, sorted, paged event rows
 *   GET  /api/events/facets                the values the filters can take
 *   GET  /api/timeline                     events and casualty figures a day, same filters
 *   GET  /api/places                       every resolved place, as GeoJSON
 *   GET  /api/events/:id                   the claim view: one merged event, every source's values
 *   POST /api/events/:id/review            accept, reject or edit (token)
 *   GET  /api/documents                    documents, paged
 *   GET  /api/documents/:id                the document view: text and every layer's spans
 *   POST /api/documents/:id/figures/:n/review   review a figure (token)
 *   POST /api/documents/:id/quotes/:n/review    review a quote's speaker (token)
 *   GET  /api/search?q=                    full-text search
 *   GET  /api/entities, /api/entities/:id  canonical entities, and one with its documents and merge rules
 *   GET  /api/reviews                      every review, oldest first
 *   POST /api/ingest?name=FILE             upload one file (token)
 */
import { eventsCache, type ApiContext } from './context.js';
import { errorBody, HttpError, httpError } from './errors.js';
import { readRoutes } from './handlers.js';
import type { ApiRequest, ApiResponse } from './request.js';
import { writeRoutes } from './writes.js';

export type Handler = (req: ApiRequest, params: string[]) => Promise<ApiResponse>;
export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
}

export type Api = (req: ApiRequest) => Promise<ApiResponse>;

export function createApi(ctx: ApiContext, onError: (e: unknown) => void = () => {}): Api {
  const events = eventsCache(ctx);
  const routes: Route[] = [...readRoutes(ctx, events), ...writeRoutes(ctx, events)];
  return async (req) => {
    try {
      const segments = req.path.split('/').map(decodeSegment);
      // A decoded segment that holds a slash or is a dot-segment is not a path the API has.
      if (segments.some((s) => s.includes('/') || s === '..' || s === '.')) throw httpError('NOT_FOUND', 'no such route');
      const path = segments.join('/');
      const found = routes.map((r) => ({ r, m: r.pattern.exec(path) })).filter((x) => x.m);
      if (found.length === 0) throw httpError('NOT_FOUND', `no route ${req.path}`);
      const hit = found.find((x) => x.r.method === req.method || (req.method === 'HEAD' && x.r.method === 'GET'));
      if (!hit) throw httpError('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}; use ${[...new Set(found.map((x) => x.r.method))].join(' or ')}`);
      return await hit.r.handler(req, hit.m!.slice(1));
    } catch (e) {
      if (e instanceof HttpError) return { status: e.status, body: errorBody(e.code, e.message) };
      onError(e);
      return { status: 500, body: errorBody('INTERNAL', 'the server failed on this request; its log has the detail') };
    }
  };
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw httpError('BAD_REQUEST', 'the path is not valid percent-encoding');
  }
}
