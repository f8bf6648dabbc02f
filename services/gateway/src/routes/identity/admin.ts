// /admin: identity providers, signing-key rotation and token cleanup
// (administrators; identity checks the role, the gateway the credential and
// the identity:write scope for PATs).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor, rpcActor, type GatewayEnv } from '../../auth/actor.js';
import { authenticationOf } from '../../auth/middleware.js';
import { bearerAuth } from '../../openapi.js';
import { rpcCaller, type GatewayDeps } from '../../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from '../idempotency.js';
import { IdentityProvider, body, json, problems, toIdp } from './schemas.js';

const tags = ['administration'];
const security = bearerAuth;
const ProviderInput = z.object({
  name: z.string().min(1).max(200),
  issuer: z.url().max(500).openapi({ description: 'Discovery reads <issuer>/.well-known/openid-configuration' }),
  clientId: z.string().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).optional().openapi({ description: 'Required on creation; kept when left out on update. Never shown again.' }),
  scopes: z.array(z.string().min(1).max(100)).max(20).default(['openid', 'email', 'profile']),
  claimMapping: z.record(z.string(), z.string()).default({}),
  identifierFilter: z.string().max(500).default(''),
  enabled: z.boolean().default(true),
});

const listProviders = createRoute({
  method: 'get', path: '/admin/identity-providers', tags, security, summary: 'Every identity provider, enabled or not',
  responses: { 200: json(z.object({ identityProviders: z.array(IdentityProvider) }), 'The providers'), ...problems },
});
const createProvider = createRoute({
  method: 'post', path: '/admin/identity-providers', tags, security, summary: 'Configure a new OIDC identity provider',
  request: { headers: idempotentHeaders, ...body(ProviderInput) },
  responses: { 201: replayable(json(z.object({ identityProvider: IdentityProvider }), 'The provider')), ...problems },
});
const updateProvider = createRoute({
  method: 'put', path: '/admin/identity-providers/{id}', tags, security, summary: 'Change an OIDC identity provider',
  request: { params: z.object({ id: z.string().min(1).max(100) }), ...body(ProviderInput) },
  responses: { 200: json(z.object({ identityProvider: IdentityProvider }), 'The provider'), ...problems },
});
const rotate = createRoute({
  method: 'post', path: '/admin/signing-keys/rotate', tags, security, summary: 'Make a new signing key active; the previous one verifies until its tokens expire',
  responses: { 200: json(z.object({ keyId: z.string(), previousKeyId: z.string(), retirePreviousAt: z.string().optional() }), 'The keys'), ...problems },
});
const cleanup = createRoute({
  method: 'post', path: '/admin/token-cleanup', tags, security, summary: 'Purge expired and revoked tokens now',
  responses: {
    200: json(z.object({
      runId: z.string(), cleanedCount: z.number(), remainingTokens: z.number(), durationMs: z.number(), timestamp: z.string().optional(),
      cleanedRefreshTokenCount: z.number(), cleanedPersonalAccessTokenCount: z.number(),
    }), 'The figures'),
    ...problems,
  },
});

export function adminRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);
  const configure = async (actor: ReturnType<typeof rpcActor>, id: string, input: z.infer<typeof ProviderInput>, idempotencyKey = '') =>
    rpc('identity.ConfigureIdentityProvider', { actor, identityProviderId: id, ...input, clientSecret: input.clientSecret ?? '', idempotencyKey });

  app.openapi(listProviders, async (c) => {
    const actor = requireActor(c, 'identity:read');
    const r = await rpc('identity.ListIdentityProviders', { actor: rpcActor(actor) });
    return c.json({ identityProviders: r.identityProviders.map(toIdp) }, 200);
  });

  app.openapi(createProvider, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const r = await configure(rpcActor(actor), '', c.req.valid('json'), idempotencyKeyOf(c));
    markReplay(c, r);
    return c.json({ identityProvider: toIdp(r.identityProvider!) }, 201);
  });

  app.openapi(updateProvider, async (c) => {
    const actor = requireActor(c, 'identity:write');
    return c.json({ identityProvider: toIdp((await configure(rpcActor(actor), c.req.valid('param').id, c.req.valid('json'))).identityProvider!) }, 200);
  });

  app.openapi(rotate, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const r = await rpc('identity.RotateSigningKey', { actor: rpcActor(actor) });
    // Every replica reloads on SigningKeyRotated; this one need not wait for the event.
    await authenticationOf(deps)?.jwks.load();
    return c.json({ keyId: r.keyId, previousKeyId: r.previousKeyId, retirePreviousAt: r.retirePreviousAt }, 200);
  });

  app.openapi(cleanup, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const r = await rpc('identity.RunTokenCleanup', { actor: rpcActor(actor) }, { timeoutMs: 60_000 });
    return c.json({
      runId: r.runId, cleanedCount: r.cleanedCount, remainingTokens: r.remainingTokens, durationMs: r.durationMs, timestamp: r.timestamp,
      cleanedRefreshTokenCount: r.cleanedRefreshTokenCount, cleanedPersonalAccessTokenCount: r.cleanedPersonalAccessTokenCount,
    }, 200);
  });
}
