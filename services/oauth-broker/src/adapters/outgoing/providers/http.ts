// Outbound HTTP to providers: fetch with a timeout; network failures and
// timeouts become transient ProviderErrors. Bodies are parsed, never logged.
import { SpanKind, getTracer, withSpan } from '@keywarden/telemetry';
import { storableText } from '@keywarden/errors';
import { ProviderError } from './types.js';

const tracer = getTracer('oauth-broker-providers');

export type HttpAnswer = { status: number; body: Record<string, unknown> };

/** The longest one provider call may take (the refresh lock wait is derived from it). */
export const PROVIDER_TIMEOUT_MS = 10_000;

export async function providerFetch(
  url: string,
  init: { method?: string; form?: Record<string, string>; json?: Record<string, unknown>; headers?: Record<string, string>; timeoutMs?: number },
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  let body: string | undefined;
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  } else if (init.json) {
    headers['content-type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(init.json);
  }
  const method = init.method ?? (body ? 'POST' : 'GET');
  const target = new URL(url);
  // A CLIENT span per provider call: host and path only (never a query, a body or a header).
  return withSpan(tracer, `${method} ${target.host}${target.pathname}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'http.request.method': method, 'server.address': target.hostname, 'url.path': target.pathname },
  }, async (span) => {
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(Math.min(init.timeoutMs ?? PROVIDER_TIMEOUT_MS, PROVIDER_TIMEOUT_MS)) });
    } catch (error) {
      const name = (error as Error).name;
      throw new ProviderError('transient', name === 'TimeoutError' ? 'timeout' : 'network', 0, `provider unreachable (${name})`);
    }
    span.setAttribute('http.response.status_code', response.status);
    return parseAnswer(response);
  });
}

async function parseAnswer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let parsed: unknown = {};
  try {
    parsed = text === '' ? {} : JSON.parse(text);
  } catch {
    if (response.status >= 500) throw new ProviderError('transient', `http_${response.status}`, response.status, 'provider error page');
    throw new ProviderError('unknown', `http_${response.status}`, response.status, 'provider answered something that is not JSON');
  }
  const record = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { status: response.status, body: record };
}

/** RFC 6749 §5.2 errors (and HTTP status) as an error class. */
export function classifyOAuthError(answer: HttpAnswer): ProviderError {
  const code = typeof answer.body['error'] === 'string' ? answer.body['error'] : '';
  const description = typeof answer.body['error_description'] === 'string' ? storableText(answer.body['error_description'], 200) : code;
  if (answer.status === 429) return new ProviderError('rate_limited', code || 'http_429', answer.status, description);
  if (answer.status >= 500 || code === 'server_error' || code === 'temporarily_unavailable') {
    return new ProviderError('transient', code || `http_${answer.status}`, answer.status, description);
  }
  if (code === 'invalid_grant') return new ProviderError('invalid_grant', code, answer.status, description);
  if (code === 'invalid_client' || code === 'unauthorized_client') return new ProviderError('invalid_client', code, answer.status, description);
  // A bare 401 without an RFC 6749 error code (a proxy, a gateway, a provider hiccup) says nothing
  // about the app's credentials: it stays `unknown`, retried on the schedule, and never marks the app invalid.
  return new ProviderError('unknown', code || `http_${answer.status}`, answer.status, description);
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * A standard token response as a TokenSet. A missing expires_in gets the
 * provider's documented default, never "does not expire".
 */
export function tokenSet(
  body: Record<string, unknown>,
  now: Date,
  defaults: { expiresInSeconds: number; refreshExpiresInSeconds?: number; keys?: { access?: string; expiresIn?: string; refreshExpiresIn?: string } },
): { accessToken: string; refreshToken: string | undefined; expiresAt: Date; refreshExpiresAt: Date | undefined; scopes: string[] | undefined } {
  const accessToken = str(body[defaults.keys?.access ?? 'access_token']);
  if (!accessToken) throw new ProviderError('unknown', 'no_access_token', 200, 'token response without an access token');
  const expiresIn = num(body[defaults.keys?.expiresIn ?? 'expires_in']) ?? defaults.expiresInSeconds;
  const refreshToken = str(body['refresh_token']);
  const refreshIn = num(body[defaults.keys?.refreshExpiresIn ?? 'refresh_token_expires_in']) ?? defaults.refreshExpiresInSeconds;
  const scope = str(body['scope']);
  return {
    accessToken,
    refreshToken,
    expiresAt: new Date(now.getTime() + expiresIn * 1000),
    refreshExpiresAt: refreshToken && refreshIn !== undefined ? new Date(now.getTime() + refreshIn * 1000) : undefined,
    scopes: scope ? scope.split(/[ ,]+/).filter(Boolean) : undefined,
  };
}
