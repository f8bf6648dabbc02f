// Any OAuth 2.0 provider: endpoints from the app's settings, or discovered
// from its issuer (RFC 8414, falling back to OpenID Connect discovery).
import type { GrantKind } from '../../../domain/types.js';
import { classifyOAuthError, providerFetch, tokenSet } from './http.js';
import { ProviderError, type AppConfig, type ProviderModule } from './types.js';

export const OAUTH2_DEFAULT_EXPIRES_IN = 3600;

type Endpoints = { authorize: string; token: string; revocation: string | undefined; pkce: boolean };
const discovered = new Map<string, { at: number; endpoints: Endpoints }>();
const DISCOVERY_TTL_MS = 3_600_000;

async function endpoints(app: AppConfig): Promise<Endpoints> {
  const s = app.settings;
  if (s['authorizeUrl'] && s['tokenUrl']) {
    return { authorize: String(s['authorizeUrl']), token: String(s['tokenUrl']), revocation: s['revocationUrl'] ? String(s['revocationUrl']) : undefined, pkce: true };
  }
  const issuer = String(s['issuer'] || app.baseUrl).replace(/\/+$/, '');
  if (!issuer) throw new ProviderError('invalid_client', 'no_endpoints', 0, 'the app has neither endpoints nor an issuer');
  const cached = discovered.get(issuer);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.endpoints;
  // RFC 8414 §3: the well-known suffix goes between host and the issuer's path.
  const url = new URL(issuer);
  const path = url.pathname === '/' ? '' : url.pathname;
  for (const suffix of ['oauth-authorization-server', 'openid-configuration']) {
    const answer = await providerFetch(`${url.origin}/.well-known/${suffix}${path}`, {});
    if (answer.status !== 200) continue;
    const meta = answer.body;
    if (typeof meta['authorization_endpoint'] !== 'string' || typeof meta['token_endpoint'] !== 'string') continue;
    const methods = Array.isArray(meta['code_challenge_methods_supported']) ? meta['code_challenge_methods_supported'] : [];
    const found: Endpoints = {
      authorize: meta['authorization_endpoint'], token: meta['token_endpoint'],
      revocation: typeof meta['revocation_endpoint'] === 'string' ? meta['revocation_endpoint'] : undefined,
      pkce: methods.includes('S256'),
    };
    discovered.set(issuer, { at: Date.now(), endpoints: found });
    return found;
  }
  throw new ProviderError('transient', 'discovery_failed', 0, 'authorization server metadata not found');
}

const expiresIn = (app: AppConfig) => Number(app.settings['defaultExpiresInSeconds'] || OAUTH2_DEFAULT_EXPIRES_IN);

export const oauth2Provider: ProviderModule = {
  provider: 'oauth2',
  usernameHint: 'oauth2',
  appGrantKinds: [],
  appRenewWindowMs: 0,
  supportsPkce: async (app) => (await endpoints(app)).pkce,
  async authorizeUrl(app, p) {
    const url = new URL((await endpoints(app)).authorize);
    const params = new URLSearchParams(url.search);
    for (const [k, v] of Object.entries({
      client_id: app.clientId, redirect_uri: p.redirectUri, response_type: 'code', state: p.state, scope: app.scopes.join(' '),
      ...(p.codeChallenge ? { code_challenge: p.codeChallenge, code_challenge_method: 'S256' } : {}),
    })) params.set(k, v);
    url.search = params.toString();
    return url.toString();
  },
  async exchangeCode(app, p, now) {
    const answer = await providerFetch((await endpoints(app)).token, {
      form: {
        grant_type: 'authorization_code', code: p.code, redirect_uri: p.redirectUri, client_id: app.clientId, client_secret: app.clientSecret,
        ...(p.codeVerifier ? { code_verifier: p.codeVerifier } : {}),
      },
    });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return tokenSet(answer.body, now, { expiresInSeconds: expiresIn(app) });
  },
  async identify(app) {
    // Generic providers have no common user endpoint; the settings may name one later.
    return { externalUserId: '', username: String(app.settings['username'] ?? '') };
  },
  async refresh(app, refreshToken, now) {
    const answer = await providerFetch((await endpoints(app)).token, {
      form: { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: app.clientId, client_secret: app.clientSecret },
    });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return tokenSet(answer.body, now, { expiresInSeconds: expiresIn(app) });
  },
  async mint(_app, kind: GrantKind) {
    throw new ProviderError('unknown', 'unsupported', 0, `oauth2 apps have no ${kind} grants`);
  },
  async revoke(app, tokens) {
    const revocation = (await endpoints(app)).revocation;
    if (!revocation) return false;
    const answer = await providerFetch(revocation, {
      form: { token: tokens.refreshToken ?? tokens.accessToken, client_id: app.clientId, client_secret: app.clientSecret },
    });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return true;
  },
};
