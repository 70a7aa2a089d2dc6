/**
 * One catalog of error codes. `SitrepError` is thrown only for programming or configuration errors;
 * a document that cannot be processed becomes a `Failure` value (see `fail`) and the batch goes on.
 */
import type { Failure, Stage } from './model/types.js';

export const ERRORS = {
  // Configuration and usage: thrown.
  BAD_OPTION: 'invalid option',
  BAD_FORMAT: 'unknown output format',
  NO_DATA: 'evaluation data not found',
  DB_OPEN: 'cannot open database',
  BAD_MODEL: 'a model file cannot be read',
  // Per-document: returned as Failure.
  UNREADABLE: 'cannot read input',
  EMPTY: 'input is empty',
  BINARY: 'input looks binary, not text',
  TOO_LARGE: 'input is larger than the limit',
  BAD_ENCODING: 'input is not valid in any supported encoding',
  BAD_SIDECAR: 'sidecar metadata is invalid',
  BAD_JSONL: 'JSONL line is not a valid record',
  NO_CONTENT: 'no article text found',
  TOO_SLOW: 'the document took longer than its time budget',
  TOO_MUCH_MEMORY: 'the document needed more memory than its budget',
  BAD_WARC: 'WARC archive cannot be read',
  BAD_FEED: 'feed cannot be read',
  BAD_URL: 'not an http(s) URL',
  FETCH_FAILED: 'cannot fetch URL',
  HTTP_STATUS: 'the server did not return the page',
  TIMEOUT: 'the server took too long',
  TOO_MANY_REDIRECTS: 'too many redirects',
  ROBOTS_DISALLOWED: "the site's robots.txt disallows fetching",
  NOT_ARTICLE: 'the content is not HTML, text or a feed',
  INTERNAL: 'unexpected error while processing',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail: string) {
    super(`${ERRORS[code]}: ${detail}`);
    this.name = 'SitrepError';
    this.code = code;
  }
}

export function createError(code: ErrorCode, detail: string): SitrepError {
  return new SitrepError(code, detail);
}

/** A typed per-document failure; `reason` names the problem and, where useful, what to do. */
export function fail(stage: Stage, code: ErrorCode, origin: string, detail: string): Failure {
  return { ok: false, stage, code, origin, reason: `${ERRORS[code]}: ${detail}` };
}
