// GitLab (gitlab.com or self-hosted): authorization code with PKCE, refresh
// tokens that rotate on every use (the old pair stops working), revocation.
import type { GrantKind } from '../../../domain/types.js';
import { classifyOAuthError, providerFetch, tokenSet } from './http.js';
import { ProviderError, type AppConfig, type ProviderModule } from './types.js';

/** GitLab's documented access token lifetime (2 hours since 15.0) when expires_in is missing. */
export const GITLAB_DEFAULT_EXPIRES_IN = 7200;

const base = (app: AppConfig) => (app.baseUrl || 'https://gitlab.com').replace(/\/+$/, '');

export const gitlabProvider: ProviderModule = {
  provider: 'gitlab',
  usernameHint: 'oauth2',
  appGrantKinds: [],
  appRenewWindowMs: 0,
  supportsPkce: async () => true,
  async authorizeUrl(app, p) {
    const url = new URL(`${base(app)}/oauth/authorize`);
    url.search = new URLSearchParams({
      client_id: app.clientId, redirect_uri: p.redirectUri, response_type: 'code', state: p.state, scope: app.scopes.join(' ') || 'api',
      ...(p.codeChallenge ? { code_challenge: p.codeChallenge, code_challenge_method: 'S256' } : {}),
    }).toString();
    return url.toString();
  },
  async exchangeCode(app, p, now) {
    const form: Record<string, string> = {
      grant_type: 'authorization_code', client_id: app.clientId, client_secret: app.clientSecret, code: p.code, redirect_uri: p.redirectUri,
    };
    if (p.codeVerifier) form['code_verifier'] = p.codeVerifier;
    const answer = await providerFetch(`${base(app)}/oauth/token`, { form });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return tokenSet(answer.body, now, { expiresInSeconds: GITLAB_DEFAULT_EXPIRES_IN });
  },
  async identify(app, tokens) {
    const answer = await providerFetch(`${base(app)}/api/v4/user`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return { externalUserId: String(answer.body['id'] ?? ''), username: String(answer.body['username'] ?? '') };
  },
  async refresh(app, refreshToken, now) {
    const answer = await providerFetch(`${base(app)}/oauth/token`, {
      form: { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: app.clientId, client_secret: app.clientSecret },
    });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return tokenSet(answer.body, now, { expiresInSeconds: GITLAB_DEFAULT_EXPIRES_IN });
  },
  async mint(_app, kind: GrantKind) {
    throw new ProviderError('unknown', 'unsupported', 0, `gitlab has no ${kind} grants`);
  },
  async revoke(app, tokens) {
    const answer = await providerFetch(`${base(app)}/oauth/revoke`, {
      form: { token: tokens.refreshToken ?? tokens.accessToken, client_id: app.clientId, client_secret: app.clientSecret },
    });
    if (answer.status !== 200) throw classifyOAuthError(answer);
    return true;
  },
};
