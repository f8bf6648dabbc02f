// /auth/cli: `kw login` in the browser (loopback redirect + PKCE). The console's /cli/authorize
// page approves as the signed-in user (session only: a token may not mint a token) and gets a
// one-time code it hands to the CLI's 127.0.0.1 listener; the CLI redeems code + verifier here
// for a personal access token named for its machine. The token is in a response body only.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { scopes } from '@keywarden/contracts';
import { forbidden } from '@keywarden/errors';
import { requireActor, rpcActor, type GatewayEnv } from '../../auth/actor.js';
import { bearerAuth } from '../../openapi.js';
import { rpcCaller, type GatewayDeps } from '../../rpc.js';
import { PersonalAccessToken, body, json, problems, toPat } from './schemas.js';

const tags = ['auth'];

const approve = createRoute({
  method: 'post', path: '/auth/cli/approve', tags, security: bearerAuth,
  summary: 'Approve a `kw login`: a one-time code (5 minutes) for the CLI\'s loopback redirect URI, bound to its PKCE challenge (session only)',
  request: body(z.object({
    codeChallenge: z.string().min(43).max(43).openapi({ description: 'BASE64URL(SHA-256(verifier)), PKCE S256' }),
    redirectUri: z.string().min(1).max(200).openapi({ description: 'http://127.0.0.1:<port>/<path>, the CLI\'s listener' }),
    machine: z.string().min(1).max(64).openapi({ description: 'The machine the CLI runs on: the token is named for it' }),
    scopes: z.array(z.string()).min(1).max(scopes.length).openapi({ description: `Any of: ${scopes.join(', ')}` }),
  })),
  responses: { 200: json(z.object({ code: z.string(), expiresAt: z.string() }).openapi('CliLoginApproved'), 'The code, for the redirect URI only'), ...problems },
});

const redeem = createRoute({
  method: 'post', path: '/auth/cli/token', tags,
  summary: 'Redeem a `kw login` code with the PKCE verifier: a personal access token named for the machine (shown once)',
  request: body(z.object({ code: z.string().min(1).max(200), codeVerifier: z.string().min(1).max(200), redirectUri: z.string().min(1).max(200) })),
  responses: { 201: json(z.object({ token: z.string().openapi({ description: 'kwp_…' }), personalAccessToken: PersonalAccessToken }).openapi('CliLoginToken'), 'The token'), ...problems },
});

export function cliLoginRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);

  app.openapi(approve, async (c) => {
    const actor = requireActor(c, 'identity:write');
    if (actor.credential !== 'session') throw forbidden('a CLI login is approved from a signed-in session', { errorId: 'GW-c1a1' });
    const input = c.req.valid('json');
    const r = await rpc('identity.ApproveCliLogin', { actor: rpcActor(actor), ...input });
    c.header('cache-control', 'no-store');
    return c.json({ code: r.code, expiresAt: r.expiresAt ?? '' }, 200);
  });

  app.openapi(redeem, async (c) => {
    const r = await rpc('identity.RedeemCliLogin', c.req.valid('json'));
    c.header('cache-control', 'no-store');
    return c.json({ token: r.token, personalAccessToken: toPat(r.personalAccessToken!) }, 201);
  });
}
