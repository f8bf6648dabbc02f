// Route modules are OpenAPIHono routers: each route is declared with zod
// schemas (@hono/zod-openapi), which both validates the request and describes
// it in /api/v1/openapi.json. A request that fails validation becomes one
// ERR_VALIDATION problem+json listing every field issue, and changes nothing.
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationError } from '@keywarden/errors';
import type { GatewayEnv } from './auth/actor.js';

export function openApiRouter(): OpenAPIHono<GatewayEnv> {
  return new OpenAPIHono<GatewayEnv>({ defaultHook: refuseInvalid });
}

type ValidationResult = { success: true } | { success: false; target: string; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };

/** The default hook: ERR_VALIDATION naming each field. A route with a hook of its own calls it for what it does not handle. */
export function refuseInvalid(result: ValidationResult): undefined {
  if (result.success) return undefined;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || result.target, message: issue.message }));
  throw validationError(`the request's ${result.target} is invalid`, { errorId: 'GW-4f6a', issues });
}

/** Security schemes every protected route names. */
export const bearerAuth = [{ bearerAuth: [] }];
