import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { commonError, errorLogFields, isKeywardenError } from '@keywarden/errors';
import {
  SpanKind,
  SpanStatusCode,
  extractTraceContext,
  getTracer,
  recordSpanError,
  withSpan,
  type Logger,
  type Tracer,
} from '@keywarden/telemetry';
import { httpMetrics, routeTemplate } from './metrics.js';
import { problem } from './problem.js';

/** Variables every request carries; sub-apps use `new Hono<HttpEnv>()` to see them typed. */
export type HttpEnv = {
  Variables: {
    requestId: string;
    /** The service logger bound to this request's id. */
    logger: Logger;
  };
};

export interface HttpAppOptions {
  service: string;
  logger: Logger;
  /** Defaults to a tracer named after the service. */
  tracer?: Tracer;
}

export const REQUEST_ID_HEADER = 'x-request-id';
// Accepting any caller-chosen id would let it inject text into logs; uuids, ulids and
// similar tokens pass.
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function requestIdMiddleware(logger: Logger): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const incoming = c.req.header(REQUEST_ID_HEADER);
    const requestId = incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('logger', logger.child({ request_id: requestId }));
    c.header(REQUEST_ID_HEADER, requestId);
    await next();
    c.header(REQUEST_ID_HEADER, requestId);
  };
}

function observeMiddleware(tracer: Tracer): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const started = performance.now();
    const method = c.req.method;
    const path = c.req.path;
    const parent = extractTraceContext(c.req.header());
    const attributes = { 'http.request.method': method, 'url.path': path, 'url.scheme': new URL(c.req.url).protocol.slice(0, -1) };
    await withSpan(tracer, method, { kind: SpanKind.SERVER, parent, attributes }, async (span) => {
      try {
        await next();
      } catch (error) {
        // Hono hands only Error instances to onError; anything else thrown lands here.
        c.error = error as Error;
        c.res = problem(c, error);
      }
      const status = c.res.status;
      // The template, not the path: it keeps ids out of span names (the same one the request metric is counted under).
      const route = routeTemplate(c);
      if (route !== undefined) {
        span.setAttribute('http.route', route);
        span.updateName(`${method} ${route}`);
      }
      span.setAttribute('http.response.status_code', status);
      span.setAttribute('keywarden.request_id', c.get('requestId'));
      // Server spans fail on 5xx only: a 4xx is the client's mistake, not the server's.
      if (status >= 500) {
        if (c.error !== undefined) recordSpanError(span, c.error);
        else span.setAttribute('error.type', String(status)).setStatus({ code: SpanStatusCode.ERROR });
      } else if (isKeywardenError(c.error)) {
        span.setAttribute('error.type', c.error.code);
      }

      // request_id comes from the request logger's bindings; headers are never logged.
      const line = { method, path, route, status, duration_ms: Math.round((performance.now() - started) * 100) / 100 };
      if (status === 503 || status === 504) {
        // Unavailable or too slow (a database outage, a service restarting, a deadline): answered as retryable, and
        // explained where it happens (the outage's own log lines, the platform's restart lines). A warning naming
        // the error, not an error with its stack for every request a restart turns away.
        const { type, code, error_id, message } = errorLogFields(c.error);
        c.get('logger').warn({ ...line, error: { type, code, error_id, message } }, 'request not served now');
      } else if (status >= 500) c.get('logger').error({ ...line, error: errorLogFields(c.error) }, 'request failed');
      else c.get('logger').info(line, 'request');
    });
  };
}

/**
 * A Hono app with the platform's HTTP conventions: request ids, a SERVER span per request
 * (parented by an incoming traceparent), one JSON access log line per request, every request
 * timed into `http_server_request_duration_seconds` (route template, method, status), and
 * every error or unknown route answered as application/problem+json.
 */
export function createHttpApp(options: HttpAppOptions): Hono<HttpEnv> {
  const tracer = options.tracer ?? getTracer(options.service);
  const app = new Hono<HttpEnv>();
  app.use('*', httpMetrics());
  app.use('*', requestIdMiddleware(options.logger));
  app.use('*', observeMiddleware(tracer));
  app.onError((error, c) => problem(c, error));
  app.notFound((c) => problem(c, commonError('ERR_NOT_FOUND', 'No such route.', { errorId: 'HTTP-2879' })));
  return app;
}
