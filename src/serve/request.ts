/**
 * The request and response the API handlers see: plain values, no socket, so that tests call the
 * handlers directly (src/serve/api.test.ts) and the node:http adapter (http.ts) only translates.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { httpError } from './errors.js';

export interface ApiRequest {
  method: string;
  /** The path without the query string, percent-decoded segment by segment by the router. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** The body as received (already size-checked by the adapter). */
  body?: Uint8Array;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const ok = (body: unknown, status = 200): ApiResponse => ({ status, body });

/** The query string as an object (the last value of a repeated key), validated by `schema`. */
export function parseQuery<T extends z.ZodType>(req: ApiRequest, schema: T): z.infer<T> {
  const raw: Record<string, string> = {};
  for (const [k, v] of req.query) raw[k] = v;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw httpError('BAD_REQUEST', describeIssues(parsed.error));
  return parsed.data;
}

/** The JSON body validated by `schema`; a body that is not JSON or does not fit is a 400 naming why. */
export function parseBody<T extends z.ZodType>(req: ApiRequest, schema: T): z.infer<T> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw httpError('UNSUPPORTED_MEDIA_TYPE', `send the body as application/json, not "${type || 'nothing'}"`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(req.body ?? new Uint8Array()));
  } catch {
    throw httpError('BAD_REQUEST', 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw httpError('BAD_REQUEST', describeIssues(parsed.error));
  return parsed.data;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'value'}: ${i.message}`).join('; ');
}

/** The write token from `Authorization: Bearer T` or `X-Sitrep-Token: T`, compared in constant time. */
export function requireToken(req: ApiRequest, token: string): void {
  const auth = req.headers.authorization ?? '';
  const given = /^Bearer\s+(\S+)$/i.exec(auth)?.[1] ?? req.headers['x-sitrep-token'] ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw httpError('UNAUTHORIZED', 'writes need the token printed by "sitrep serve" (or $SITREP_TOKEN), as "Authorization: Bearer TOKEN"');
  }
}

/** Page size bounds: the map asks for many events at once, a table for a screenful. */
export const MAX_LIMIT = 5000;
export const DEFAULT_LIMIT = 50;

export const pageSchema = {
  limit: z.coerce.number().int().min(0).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).max(1e9).default(0),
};

/** Ids as the store makes them; anything else is answered 400 before the store is asked. */
export const DOC_ID = /^[0-9a-f]{8,64}$/;
export const EVENT_ID = /^ev[0-9a-f]{16}$/;
