import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { KeywardenError, PROBLEM_CONTENT_TYPE, toProblem, type CommonErrorCode } from '@keywarden/errors';

const CODE_BY_STATUS: Readonly<Record<number, CommonErrorCode>> = {
  401: 'ERR_UNAUTHENTICATED',
  403: 'ERR_FORBIDDEN',
  404: 'ERR_NOT_FOUND',
  409: 'ERR_CONFLICT',
  429: 'ERR_RATE_LIMITED',
  503: 'ERR_UNAVAILABLE',
  504: 'ERR_TIMEOUT',
};

/**
 * Hono's own middleware (body limit, validators, malformed JSON) throws HTTPException; its 4xx
 * messages are written by Hono for clients, so they survive as detail. A 5xx stays opaque.
 */
function fromHttpException(error: HTTPException): unknown {
  if (error.status >= 500) return error;
  const code = CODE_BY_STATUS[error.status] ?? 'ERR_VALIDATION';
  return new KeywardenError(code, error.status, error.message || undefined, { errorId: 'HTTP-71b4', cause: error });
}

/** What a 503 problem tells the client to wait before retrying. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Answers with the problem+json form of `error` (see toProblem in @keywarden/errors). */
export function problem(c: Context, error: unknown): Response {
  const subject = error instanceof HTTPException ? fromHttpException(error) : error;
  const requestId = c.get('requestId') as string | undefined;
  const body = toProblem(subject, requestId === undefined ? { instance: c.req.path } : { instance: c.req.path, requestId });
  // A 503 is worth retrying (a service or its database is back in seconds): say when, unless the route did.
  if (body.status === 503 && !c.res.headers.has('retry-after')) c.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  return c.body(JSON.stringify(body), body.status as 500, { 'content-type': PROBLEM_CONTENT_TYPE });
}
