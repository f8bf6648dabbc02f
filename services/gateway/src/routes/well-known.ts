// /.well-known/jwks.json: identity's public signing keys, as the gateway holds
// them (rotation overlap included), for anyone who verifies access tokens.
import { createRoute, z } from '@hono/zod-openapi';
import { unavailable } from '@keywarden/errors';
import type { Jwks } from '../auth/jwks.js';
import { openApiRouter } from '../openapi.js';
import { problem } from './kit.js';

const jwksRoute = createRoute({
  method: 'get',
  path: '/jwks.json',
  tags: ['identity'],
  summary: 'Public keys that verify access tokens (RFC 7517)',
  responses: {
    200: { description: 'The JWKS', content: { 'application/json': { schema: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) } } },
    503: problem('Keys not loaded yet (ERR_UNAVAILABLE)'),
  },
});

export function wellKnownRoutes(jwks: Jwks) {
  const app = openApiRouter();
  app.openapi(jwksRoute, async (c) => {
    // Anyone may ask: a reload is rate-limited like an unknown kid, or identity would take the load.
    const document = jwks.json ?? ((await jwks.reloadForUnknownKey()) ? jwks.json : undefined);
    if (!document) throw unavailable('the signing keys are not available yet', { errorId: 'GW-6fcf' });
    c.header('cache-control', 'public, max-age=60');
    return c.json({ keys: document.keys as Record<string, unknown>[] }, 200);
  });
  return app;
}
