// The one check every request passes before a route sees it: no text
// PostgreSQL cannot store (NUL, lone surrogates) in path parameters, the query,
// headers, cookies or anywhere in a JSON body, and no body nested deeper than
// MAX_INPUT_DEPTH or that is not UTF-8. A 400 ERR_VALIDATION names the fields,
// never their values (one may be a token). It reads the body itself (up to the
// gateway's limit) and puts the same bytes back, so routes that pass the raw
// body on (the webhook's signature covers it) still get it byte for byte.
import { KeywardenError, unstorableText, validationError, type FieldIssue } from '@keywarden/errors';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import type { GatewayEnv } from './auth/actor.js';

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** The decoded parameters of every route that will handle the request (what c.req.param() gives each). */
function pathParams(c: Context): Record<string, string> {
  const own = c.req.routeIndex;
  const params: Record<string, string> = {};
  try {
    matchedRoutes(c).forEach((route, index) => {
      if (route.method === 'ALL') return;
      c.req.routeIndex = index;
      Object.assign(params, c.req.param());
    });
  } finally {
    c.req.routeIndex = own;
  }
  return params;
}

/** Reads at most `limit` bytes; undefined when the body is longer (the body limits answer 413 for it). */
async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function bodyIssues(c: Context, maxBodyBytes: number): Promise<FieldIssue[]> {
  const raw = c.req.raw;
  if (!raw.body) return [];
  const tooLarge = () => new KeywardenError('ERR_VALIDATION', 413, `the request body is larger than ${maxBodyBytes} bytes`, { errorId: 'GW-in413' });
  if (Number(raw.headers.get('content-length') ?? 0) > maxBodyBytes) throw tooLarge();
  const bytes = await readUpTo(raw.body, maxBodyBytes);
  if (bytes === undefined) throw tooLarge();
  // The same bytes, readable again, for the route (and any body limit after this).
  c.req.raw = new Request(raw, { body: bytes });
  if (bytes.byteLength === 0) return [];
  const json = JSON_TYPE.test(raw.headers.get('content-type') ?? '');
  let text: string;
  try {
    // fatal: a JSON body in another encoding would become U+FFFD silently; the BOM is dropped as Response.json() does.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return json ? [{ path: '', message: 'must be UTF-8' }] : [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the route refuses it (or, for a non-JSON route, reads it its own way).
    return [];
  }
  return unstorableText(parsed);
}

/** What a refusal of the guard carries: the parts of the request at fault and each field's issue. */
export interface InputRefusal { parts: string[]; issues: FieldIssue[]; bodyNotUtf8: boolean }

export interface InputGuardOptions {
  maxBodyBytes: number;
  /** Paths (prefixes) another guard covers: the webhook has its own, whose refusals the deployer audits. */
  except?: string[];
  /** Answers the refusal instead of the default 400 (the webhook audits it first); must throw or return a response. */
  onRefused?: (c: Context<GatewayEnv>, refusal: InputRefusal) => Promise<Response>;
}

/** Rejects unstorable text anywhere in the request (see above) with 400, and bodies over `maxBodyBytes` with 413. */
export function inputGuard(options: InputGuardOptions): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    if (options.except?.some((prefix) => c.req.path === prefix || c.req.path.startsWith(`${prefix}/`))) return next();
    const parts: Array<[string, FieldIssue[]]> = [
      ['path', unstorableText(pathParams(c))],
      ['query', unstorableText(c.req.queries())],
      ['headers', unstorableText(Object.fromEntries(c.req.raw.headers))],
      // Only the gateway's own cookies (kw_…) reach a service; another site's cookie on the same host is not ours to judge.
      ['cookies', unstorableText(Object.fromEntries(Object.entries(getCookie(c)).filter(([name]) => name.startsWith('kw_'))))],
      ['body', await bodyIssues(c, options.maxBodyBytes)],
    ];
    const failing = parts.filter(([, issues]) => issues.length > 0);
    if (failing.length > 0) {
      const issues = failing.flatMap(([part, list]) => list.map((issue) => ({ path: issue.path || part, message: issue.message })));
      if (options.onRefused) {
        const bodyNotUtf8 = failing.some(([part, list]) => part === 'body' && list.some((issue) => issue.path === ''));
        return options.onRefused(c, { parts: failing.map(([part]) => part), issues, bodyNotUtf8 });
      }
      throw validationError(`the request's ${failing.map(([part]) => part).join(' and ')} hold text that cannot be stored, or nest too deeply`, { issues, errorId: 'GW-text1' });
    }
    await next();
  };
}
