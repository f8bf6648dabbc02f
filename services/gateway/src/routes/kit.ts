// Pieces the service route modules (oauth, secrets, notifications) share: the
// problem+json responses every protected route documents, id parameters, and
// the no-store header of responses that carry secret material.
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { internalError, unauthenticated } from '@keywarden/errors';
import type { Context, MiddlewareHandler } from 'hono';
import type { GatewayEnv } from '../auth/actor.js';
import { bearerAuth } from '../openapi.js';

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ example: 'ERR_NOT_FOUND' }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('ProblemDetails');

export const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** Errors any route may answer with (a service's own codes keep their status). */
export const problems = {
  400: problem('Invalid request (ERR_VALIDATION): nothing was changed'),
  401: problem('Missing, invalid, expired or revoked credentials (ERR_UNAUTHENTICATED)'),
  403: problem('The credentials lack the scope, or the service refuses the actor (ERR_FORBIDDEN)'),
  404: problem('Not found, or not visible to the actor (ERR_NOT_FOUND)'),
  409: problem('Conflict with the current state (ERR_CONFLICT)'),
  429: problem('Too many attempts (ERR_RATE_LIMITED)'),
  503: problem('A service, or the revocation feed, cannot be reached right now (ERR_UNAVAILABLE); retry later'),
} as const;

/**
 * `createRoute` for an area whose routes all need a signed-in actor: its tags, the bearer
 * security scheme and the common problem responses filled in (a route's own description of a
 * status, naming its specific codes, wins).
 */
export const protectedRoute = (tags: string[]) => <R extends Omit<RouteConfig, 'tags' | 'security'>>(config: R) =>
  createRoute({ ...config, tags, security: bearerAuth, responses: { ...problems, ...config.responses } });

/** A JSON response of `schema`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A required JSON request body of `schema`: a missing or non-JSON body is ERR_VALIDATION too. */
export const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** Path parameter `name` holding a UUID (the services' ids). */
export const uuidParam = <N extends string>(name: N) =>
  z.object({ [name]: z.uuid().openapi({ param: { name, in: 'path' }, example: '0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11' }) } as { [K in N]: z.ZodUUID });

export const Empty = z.object({}).openapi('Empty');

/** Responses carrying plaintext secrets must never be stored by a browser or proxy. */
export function noStore(c: Context): void {
  c.header('Cache-Control', 'no-store');
  c.header('Pragma', 'no-cache');
}

/** Query booleans arrive as text. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * A service reply as the route documents it: parsing drops any field the schema does not
 * name, so what leaves the gateway is exactly what openapi.json promises.
 */
export function reply<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  // A reply that does not fit is the platform's fault, not the caller's: 500, not a 400 listing fields.
  if (!parsed.success) throw internalError('a service answered in an unexpected shape', { errorId: 'GW-e2c0' });
  return parsed.data;
}

/**
 * Every route of these areas needs a signed-in actor: anonymous callers get 401 before their
 * input is validated. Scopes are checked per route (requireActor).
 */
export const signedIn: MiddlewareHandler<GatewayEnv> = async (c, next) => {
  if (!c.get('actor')) throw unauthenticated('sign in or present a personal access token', { errorId: 'GW-1613' });
  await next();
};
