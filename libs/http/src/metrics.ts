// Requests by route template, method and status, and how long they took: the
// OpenTelemetry HTTP server metric (semantic conventions, http.server.request.duration)
// in its Prometheus form. Labels stay bounded: the route is the template that
// answered ('/api/v1/users/:id'), never the concrete path, and a request no route
// matched is counted under one fixed label.
import { getMeter, metricsInitialized, type Histogram } from '@keywarden/telemetry';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/** The `http_route` of requests that no route matched (404s, probes of random paths). */
export const UNMATCHED_ROUTE = 'unmatched';

// The methods the semantic conventions name; anything else is '_OTHER' (a client could send any token).
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);

// The conventions' advised buckets (seconds).
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

// Made on first use once the process has its MeterProvider: the metrics API hands out
// no-op meters before, and a histogram made from one would stay a no-op.
let histogram: Histogram | undefined;

function requestDuration(): Histogram | undefined {
  if (histogram || !metricsInitialized()) return histogram;
  // The Prometheus exporter in use appends no unit suffix, so the name carries it
  // (http.server.request.duration, unit s, scraped as http_server_request_duration_seconds).
  histogram = getMeter('@keywarden/http').createHistogram('http_server_request_duration_seconds', {
    description: 'Duration of HTTP server requests, by route template, method and status code',
    unit: 's',
    advice: { explicitBucketBoundaries: BUCKETS },
  });
  return histogram;
}

/**
 * The route template that answered the request (e.g. '/api/v1/projects/:id'). Middleware is
 * registered with method 'ALL' and handlers with their method. The handler that answered is
 * the one at routeIndex; when a middleware answered first (a 401 before the route ran), the
 * first handler that matched, which is the one that would have answered ('/users/me' before
 * '/users/:id' when both match and 'me' was registered first).
 */
export function routeTemplate(c: Context): string | undefined {
  const matched = matchedRoutes(c);
  const answered = matched[c.req.routeIndex];
  if (answered && answered.method !== 'ALL') return answered.path;
  return matched.find((route) => route.method !== 'ALL')?.path;
}

export const methodLabel = (method: string): string => (KNOWN_METHODS.has(method) ? method : '_OTHER');

/**
 * Times every request and records it once its response is final. Registered first, so it
 * sees the status the app's error handling settled on; a handler that throws past every
 * other middleware still counts (as the 500 the app answers).
 */
export function httpMetrics(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    let thrown = false;
    try {
      await next();
    } catch (error) {
      thrown = true;
      throw error;
    } finally {
      const status = thrown ? 500 : c.res.status;
      const attributes: Record<string, string | number> = {
        'http.request.method': methodLabel(c.req.method),
        'http.route': routeTemplate(c) ?? UNMATCHED_ROUTE,
        'http.response.status_code': status,
        'url.scheme': new URL(c.req.url).protocol.slice(0, -1),
      };
      // The conventions' error.type for a failed request: the status code, when nothing more specific is known.
      if (status >= 500) attributes['error.type'] = String(status);
      requestDuration()?.record((performance.now() - started) / 1000, attributes);
    }
  };
}
