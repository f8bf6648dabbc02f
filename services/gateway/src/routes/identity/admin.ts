// /admin: identity providers, signing-key rotation, token cleanup and the
// instance settings (administrators; identity checks the role, the gateway the
// credential and the identity:read / identity:write scope for PATs).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor, rpcActor, type GatewayEnv } from '../../auth/actor.js';
import { authenticationOf } from '../../auth/middleware.js';
import { bearerAuth } from '../../openapi.js';
import { rpcCaller, type GatewayDeps } from '../../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from '../idempotency.js';
import {
  IdentityProvider, InstanceSettings, TokenCleanupFigures, TokenCleanupRun, TokenCleanupSchedule, body, json, problem, problems, toCleanupFigures, toCleanupSchedule, toIdp,
  toSettings,
} from './schemas.js';

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
  method: 'post', path: '/admin/token-cleanup', tags, security, summary: 'Purge expired and revoked tokens now, and see the figures',
  description: 'Deletes refresh tokens and personal access tokens that died more than the retention ago, and answers what the run found: total, expired and still-valid counts beside the cleaned and remaining ones (also recorded as ExpiredTokensPurged).',
  responses: { 200: json(TokenCleanupFigures, 'The figures'), ...problems },
});
const cleanupStatus = createRoute({
  method: 'get', path: '/admin/token-cleanup', tags, security, summary: 'The last token cleanup’s figures and the schedule',
  responses: {
    200: json(z.object({
      lastRun: TokenCleanupRun.optional().openapi({ description: 'Absent before the first run' }),
      schedule: TokenCleanupSchedule,
    }), 'The last run and the schedule'),
    ...problems,
  },
});
const getSettings = createRoute({
  method: 'get', path: '/admin/settings', tags, security, summary: 'Settings of the whole installation: whether password sign-in is on',
  responses: { 200: json(z.object({ settings: InstanceSettings }), 'The settings'), ...problems },
});
const putSettings = createRoute({
  method: 'put', path: '/admin/settings', tags, security, summary: 'Change the installation’s settings: turn password sign-in (and sign-up) off for SSO only, or back on',
  description: 'With `passwordSignIn: "disabled"`, password sign-in and sign-up answer 403 `ERR_PASSWORD_SIGN_IN_DISABLED` and people sign in with SSO. Refused (409) while no SSO provider is enabled, as nobody could sign in; an identity provider cannot be disabled while it is the last enabled one and password sign-in is off. Break-glass: start identity with `KW_IDENTITY_PASSWORD_SIGN_IN=force-enabled`.',
  request: body(z.object({ passwordSignIn: z.enum(['enabled', 'disabled']) })),
  responses: {
    200: json(z.object({ settings: InstanceSettings }), 'The settings after the change'),
    ...problems,
    409: problem('Password sign-in cannot be turned off while no SSO provider is enabled (ERR_CONFLICT)'),
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
    return c.json(toCleanupFigures(await rpc('identity.RunTokenCleanup', { actor: rpcActor(actor) }, { timeoutMs: 60_000 })), 200);
  });

  app.openapi(cleanupStatus, async (c) => {
    const actor = requireActor(c, 'identity:read');
    const { lastRun, schedule } = await rpc('identity.GetTokenCleanup', { actor: rpcActor(actor) });
    return c.json({
      ...(lastRun ? { lastRun: { ...toCleanupFigures(lastRun), trigger: lastRun.trigger ?? '' } } : {}),
      schedule: toCleanupSchedule(schedule ?? {}),
    }, 200);
  });

  app.openapi(getSettings, async (c) => {
    const actor = requireActor(c, 'identity:read');
    return c.json({ settings: toSettings((await rpc('identity.GetInstanceSettings', { actor: rpcActor(actor) })).settings ?? {}) }, 200);
  });

  app.openapi(putSettings, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const { passwordSignIn } = c.req.valid('json');
    return c.json({ settings: toSettings((await rpc('identity.UpdateInstanceSettings', { actor: rpcActor(actor), passwordSignIn })).settings ?? {}) }, 200);
  });
}
