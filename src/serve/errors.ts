/**
 * HTTP errors as JSON: `{ error: { code, message } }` with a status from one catalog. A handler throws
 * `httpError(code, message)`; anything else thrown is logged by the server and answered as INTERNAL
 * with no detail, so a stack trace never reaches a client.
 */
export const HTTP_ERRORS = {
  BAD_REQUEST: 400,
  BAD_ID: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UI_NOT_BUILT: 503,
  INTERNAL: 500,
} as const;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status: number;
  constructor(code: HttpErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.status = HTTP_ERRORS[code];
  }
}

export const httpError = (code: HttpErrorCode, message: string) => new HttpError(code, message);

export const errorBody = (code: HttpErrorCode, message: string) => ({ error: { code, message } });
