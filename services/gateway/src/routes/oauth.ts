// /api/v1/oauth: provider apps, the connect flow, app-level grants and
// connected accounts, each one rpc.oauth.* call made as the actor. The broker
// decides who may do what (admins, owners); the routes check PAT scopes.
//
// Connect flow for API clients: POST .../connect answers the authorize URL (or
// a 302 to it); the provider sends the browser to the client's redirectUri, and
// the client passes state and code to GET /callback with its credentials. The
// broker binds each state to the user who started the flow and accepts it once,
// so a callback URL planted in someone else's session (login CSRF) fails with
// ERR_CONNECT_WRONG_USER for them. In a browser (oauth-browser.ts) the gateway
// is the redirect target itself, and a binding cookie ties the attempt to the
// browser too; the callback serves both, told apart by the Authorization header.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sha256Hex } from '@keywarden/crypto';
import { validationError } from '@keywarden/errors';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { bearerAuth, openApiRouter, refuseInvalid } from '../openapi.js';
import { rpcCaller, settingsOf, type GatewayDeps } from '../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from './idempotency.js';
import { body, json, problems, queryBoolean, reply, signedIn, uuidParam } from './kit.js';
import { isNavigation } from './navigation.js';
import {
  CALLBACK_PATH, CONNECT_FAILURE_CODES, bindingOf, navigationSecurity, browserConnectRoutes, clearBinding, failedLocation, finishInBrowser, navigate, startBound,
} from './oauth-browser.js';

const tags = ['oauth'];
const httpUrl = z.url({ protocol: /^https?$/ });

const ProviderAppInput = z
  .object({
    provider: z.enum(['gitlab', 'feishu', 'lark', 'github', 'github_app', 'oauth2']),
    name: z.string().min(1).max(200),
    baseUrl: httpUrl.optional().openapi({ description: 'Self-hosted GitLab (or Feishu/Lark) base URL' }),
    clientId: z.string().min(1).max(500).openapi({ description: 'OAuth client id; the app id for github_app' }),
    clientSecret: z.string().min(1).max(10_000).optional().openapi({ description: 'Required on creation (except github_app); kept when left out on a change' }),
    privateKeyPem: z.string().min(1).max(20_000).optional().openapi({ description: 'GitHub App private key (PEM)' }),
    scopes: z.array(z.string().min(1).max(200)).max(100).optional(),
    authorizeUrl: httpUrl.optional(),
    tokenUrl: httpUrl.optional(),
    revocationUrl: httpUrl.optional(),
    issuer: httpUrl.optional().openapi({ description: 'Generic OAuth2: RFC 8414 discovery' }),
    defaultExpiresInSeconds: z.number().int().min(1).max(31_536_000).optional(),
    apiUrl: httpUrl.optional().openapi({ description: 'GitHub API base URL (GitHub Enterprise)' }),
  })
  .strict()
  .openapi('ProviderAppInput');

const ProviderAppSummary = z
  .object({
    providerAppId: z.string(), provider: z.string(), name: z.string(), baseUrl: z.string(), clientId: z.string(),
    scopes: z.array(z.string()),
    status: z.string().openapi({ description: 'active, or credential_invalid when the provider refused the app' }),
    clientSecretFingerprint: z.string(),
  })
  .openapi('ProviderAppSummary');
const ProviderAppList = z.object({ providerApps: z.array(ProviderAppSummary) }).openapi('ProviderAppList');

const listApps = createRoute({
  method: 'get', path: '/provider-apps', tags, security: bearerAuth,
  summary: 'The provider apps accounts can be connected with (never their secrets)',
  responses: { 200: json(ProviderAppList, 'Every provider app, by name'), ...problems },
});

const ProviderAppResult = z
  .object({ providerAppId: z.string(), clientSecretFingerprint: z.string() })
  .openapi('ProviderAppResult');

const AccountStatus = z
  .object({
    accountId: z.string(),
    providerAppId: z.string(),
    provider: z.string(),
    userId: z.string(),
    username: z.string(),
    grantKind: z.string(),
    status: z.string().openapi({ description: 'active, refreshing, reauthorization_required, expired or disconnected' }),
    generation: z.number(),
    expiresAt: z.string().optional(),
    refreshExpiresAt: z.string().optional(),
    nextRefreshAt: z.string().optional(),
    lastErrorClass: z.string(),
    lastProviderCode: z.string(),
    lastRefreshedAt: z.string().optional(),
    scopes: z.array(z.string()),
  })
  .openapi('AccountStatus');
const AccountResult = z.object({ account: AccountStatus.optional() }).openapi('AccountResult');
const AccountList = z.object({ accounts: z.array(AccountStatus) }).openapi('AccountList');
const Disconnected = z.object({ revokedAtProvider: z.boolean() }).openapi('Disconnected');
const ConnectStarted = z.object({ authorizeUrl: z.string(), state: z.string(), expiresAt: z.string().optional() }).openapi('ConnectStarted');

const configureApp = createRoute({
  method: 'post', path: '/provider-apps', tags, security: bearerAuth,
  summary: 'Configure a new provider app (administrators)',
  request: { headers: idempotentHeaders, body: body(ProviderAppInput) },
  responses: { 201: replayable(json(ProviderAppResult, 'The app, and the fingerprint of its secret')), ...problems },
});

const reconfigureApp = createRoute({
  method: 'put', path: '/provider-apps/{id}', tags, security: bearerAuth,
  summary: 'Change a provider app (administrators); a left-out secret is kept',
  request: { params: uuidParam('id'), body: body(ProviderAppInput) },
  responses: { 200: json(ProviderAppResult, 'The app, and the fingerprint of its secret'), ...problems },
});

const startConnect = createRoute({
  method: 'post', path: '/provider-apps/{id}/connect', tags, security: bearerAuth,
  summary: 'Start connecting an account: the authorize URL (state, PKCE S256 where supported)',
  request: {
    params: uuidParam('id'),
    query: z.object({ redirect: queryBoolean.optional().openapi({ description: 'true: answer 302 to the authorize URL' }) }),
    body: body(z.object({
      redirectUri: httpUrl.optional().openapi({ description: 'Where the provider sends the browser back (the client page calling /callback); required unless `browser` is true' }),
      browser: z.boolean().optional().openapi({
        description: `true: the browser comes back to the gateway's own callback (${CALLBACK_PATH}), which finishes and redirects to the console; sets the binding cookie \`kw_oauth\` as GET /provider-apps/{id}/authorize does. Leave redirectUri out.`,
      }),
    }).strict()),
  },
  responses: {
    200: json(ConnectStarted, 'Where to send the browser'),
    302: { description: 'Redirect to the authorize URL' },
    ...problems,
  },
});

const callback = createRoute({
  method: 'get', path: '/callback', tags, security: navigationSecurity,
  summary: "Finish connecting with the provider's state and code (as the user who started)",
  description: `With a bearer token (API clients): JSON, problem+json on failure. Without one, as the browser's navigation back from the provider: the refresh cookie says who, the binding cookie \`kw_oauth\` (cleared on every outcome) which browser; 302 to \`/connections/{accountId}?connected=1\` (\`?reconnected=1\`), or to \`/connections/connect-failed?code=<code>\` with one of ${CONNECT_FAILURE_CODES.join(', ')}.`,
  request: {
    query: z.object({
      state: z.string().min(1).max(512),
      code: z.string().min(1).max(4096).optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(1000).optional(),
    }),
  },
  responses: { 200: json(AccountResult, 'The connected account'), 302: { description: 'Browser: to the account page or the failure page' }, ...problems },
});

const appGrant = createRoute({
  method: 'post', path: '/provider-apps/{id}/app-grants', tags, security: bearerAuth,
  summary: 'Connect an app-level grant: Feishu/Lark app or tenant token, GitHub App installation (administrators)',
  request: {
    params: uuidParam('id'),
    headers: idempotentHeaders,
    body: body(z.object({ grantKind: z.enum(['app', 'tenant', 'installation']), installationId: z.string().regex(/^\d{1,20}$/).optional() }).strict()),
  },
  responses: { 201: replayable(json(AccountResult, 'The connected account')), ...problems },
});

const listAccounts = createRoute({
  method: 'get', path: '/accounts', tags, security: bearerAuth,
  summary: "The actor's connected accounts; administrators may name a user or ask for all",
  request: { query: z.object({ userId: z.string().min(1).max(200).optional(), all: queryBoolean.optional() }) },
  responses: { 200: json(AccountList, 'Accounts, newest first'), ...problems },
});

const getAccount = createRoute({
  method: 'get', path: '/accounts/{id}', tags, security: bearerAuth,
  summary: "An account's status: state, last error, next refresh",
  request: { params: uuidParam('id') },
  responses: { 200: json(AccountResult, 'The status'), ...problems },
});

const refreshAccount = createRoute({
  method: 'post', path: '/accounts/{id}/refresh', tags, security: bearerAuth,
  summary: 'Refresh now; the status says whether it worked',
  request: { params: uuidParam('id') },
  responses: { 200: json(AccountResult, 'The status after the refresh'), ...problems },
});

const disconnectAccount = createRoute({
  method: 'delete', path: '/accounts/{id}', tags, security: bearerAuth,
  summary: 'Disconnect an account, revoking the grant at the provider where it can',
  request: { params: uuidParam('id') },
  responses: { 200: json(Disconnected, 'Disconnected'), ...problems },
});

const providerAppRequest = (input: z.infer<typeof ProviderAppInput>) => ({
  provider: input.provider, name: input.name, baseUrl: input.baseUrl ?? '', clientId: input.clientId, clientSecret: input.clientSecret ?? '',
  privateKeyPem: input.privateKeyPem ?? '', scopes: input.scopes ?? [], authorizeUrl: input.authorizeUrl ?? '', tokenUrl: input.tokenUrl ?? '',
  revocationUrl: input.revocationUrl ?? '', issuer: input.issuer ?? '', defaultExpiresInSeconds: input.defaultExpiresInSeconds ?? 0, apiUrl: input.apiUrl ?? '',
});

export function oauthRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  // The browser navigations find out themselves who is signed in (navigation.ts); everything else needs an actor.
  app.use('*', async (c, next) => (isNavigation(c) ? await next() : await signedIn(c, next)));
  browserConnectRoutes(app, deps);

  app.openapi(configureApp, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:write'));
    const result = await rpc('oauth.ConfigureProviderApp', { actor, ...providerAppRequest(c.req.valid('json')), idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(reply(ProviderAppResult, result), 201);
  });

  app.openapi(reconfigureApp, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:write'));
    const result = await rpc('oauth.ConfigureProviderApp', { actor, providerAppId: c.req.valid('param').id, ...providerAppRequest(c.req.valid('json')) });
    return c.json(reply(ProviderAppResult, result), 200);
  });

  app.openapi(startConnect, async (c) => {
    const actor = requireActor(c, 'oauth:write');
    const { redirectUri, browser } = c.req.valid('json');
    if (browser && redirectUri) throw validationError("a browser flow comes back to the gateway's own callback: leave redirectUri out", { errorId: 'GW-f177', issues: [{ path: 'redirectUri', message: 'not with browser' }] });
    if (!browser && !redirectUri) throw validationError('redirectUri is required (or browser: true)', { errorId: 'GW-1e0f', issues: [{ path: 'redirectUri', message: 'required' }] });
    const started = browser
      ? await startBound(c, deps, actor, { providerAppId: c.req.valid('param').id })
      : await rpc('oauth.StartConnect', { actor: rpcActor(actor), providerAppId: c.req.valid('param').id, redirectUri: redirectUri! });
    if (c.req.valid('query').redirect) return c.redirect(started.authorizeUrl, 302);
    return c.json(reply(ConnectStarted, started), 200);
  });

  app.openapi(callback, async (c) => {
    const query = c.req.valid('query');
    if (!c.get('actor')) return finishInBrowser(c, deps, query);
    const actor = rpcActor(requireActor(c, 'oauth:write'));
    // A bound attempt needs its binding whoever completes it; the cookie has done its job either way.
    const binding = bindingOf(c);
    if (binding) clearBinding(c, settingsOf(deps));
    // The provider's own refusal (e.g. access_denied): its error code only, its free text may echo input.
    if (query.error) throw validationError(`the provider refused the authorization: ${query.error.replace(/[^\w.-]/g, '').slice(0, 64)}`, { errorId: 'GW-302b' });
    if (!query.code) throw validationError('the callback needs a code', { errorId: 'GW-478e', issues: [{ path: 'code', message: 'required' }] });
    const done = await rpc('oauth.CompleteConnect', { actor, state: query.state, code: query.code, bindingHash: binding ? sha256Hex(binding) : '' });
    return c.json(reply(AccountResult, done), 200);
  }, (result, c) => {
    if (result.success) return undefined;
    if (c.get('actor')) return refuseInvalid(result);
    // A browser with a malformed callback (no state): the failure page, not JSON.
    clearBinding(c, settingsOf(deps));
    return navigate(c, failedLocation('ERR_VALIDATION'));
  });

  app.openapi(appGrant, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:write'));
    const input = c.req.valid('json');
    const result = await rpc('oauth.ConnectAppGrant', {
      actor, providerAppId: c.req.valid('param').id, grantKind: input.grantKind, installationId: input.installationId ?? '', idempotencyKey: idempotencyKeyOf(c),
    });
    markReplay(c, result);
    return c.json(reply(AccountResult, result), 201);
  });

  app.openapi(listApps, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:read'));
    return c.json(reply(ProviderAppList, await rpc('oauth.ListProviderApps', { actor })), 200);
  });

  app.openapi(listAccounts, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:read'));
    const query = c.req.valid('query');
    return c.json(reply(AccountList, await rpc('oauth.ListAccounts', { actor, userId: query.userId ?? '', all: query.all ?? false })), 200);
  });

  app.openapi(getAccount, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:read'));
    return c.json(reply(AccountResult, await rpc('oauth.GetAccountStatus', { actor, accountId: c.req.valid('param').id })), 200);
  });

  app.openapi(refreshAccount, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:write'));
    // A refresh may wait on the provider (and on a refresh already running): longer than the default deadline.
    return c.json(reply(AccountResult, await rpc('oauth.RefreshAccount', { actor, accountId: c.req.valid('param').id }, { timeoutMs: 60_000 })), 200);
  });

  app.openapi(disconnectAccount, async (c) => {
    const actor = rpcActor(requireActor(c, 'oauth:write'));
    return c.json(reply(Disconnected, await rpc('oauth.DisconnectAccount', { actor, accountId: c.req.valid('param').id }, { timeoutMs: 60_000 })), 200);
  });

  return app;
}
