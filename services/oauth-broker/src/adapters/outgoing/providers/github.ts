// GitHub: OAuth apps (code flow with PKCE; expiring user tokens when the app
// opted in) and GitHub App installation tokens (one hour), minted with a JWT
// signed by the app's private key (RS256, node:crypto).
import { createSign } from 'node:crypto';
import { storableText } from '@keywarden/errors';
import type { GrantKind } from '../../../domain/types.js';
import { classifyOAuthError, providerFetch, tokenSet, type HttpAnswer } from './http.js';
import { ProviderError, type AppConfig, type ProviderModule } from './types.js';

/**
 * OAuth app tokens without expires_in do not expire by time, but GitHub revokes
 * a token unused for a year: that is the documented bound we record.
 */
export const GITHUB_DEFAULT_EXPIRES_IN = 365 * 86_400;
/** Installation tokens last one hour. */
export const GITHUB_INSTALLATION_EXPIRES_IN = 3600;

const web = (app: AppConfig) => (app.baseUrl || 'https://github.com').replace(/\/+$/, '');
const api = (app: AppConfig) => String(app.settings['apiUrl'] || 'https://api.github.com').replace(/\/+$/, '');

// GitHub answers token errors with 200 and an `error` field.
function githubError(answer: HttpAnswer): ProviderError | undefined {
  const code = typeof answer.body['error'] === 'string' ? answer.body['error'] : '';
  if (answer.status === 200 && !code) return undefined;
  const description = storableText(String(answer.body['error_description'] ?? code), 200);
  if (code === 'bad_refresh_token' || code === 'bad_verification_code') return new ProviderError('invalid_grant', code, answer.status, description);
  if (code === 'incorrect_client_credentials') return new ProviderError('invalid_client', code, answer.status, description);
  return classifyOAuthError(answer);
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The app's JWT: iss = app id, backdated 60 s for clock drift, valid 9 minutes (GitHub allows 10). */
export function githubAppJwt(appId: string, privateKeyPem: string, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000) - 60;
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ iat, exp: iat + 600, iss: appId }));
  let signature: Buffer;
  try {
    signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKeyPem);
  } catch {
    // A key that cannot sign is the app's credential problem (the admin must fix it), not a crash
    // that leaves the grant to be claimed again and again. The key itself never goes into the message.
    throw new ProviderError('invalid_client', 'bad_private_key', 0, 'the GitHub App private key cannot sign a JWT');
  }
  return `${header}.${payload}.${b64url(signature)}`;
}

function github(provider: 'github' | 'github_app'): ProviderModule {
  return {
    provider,
    usernameHint: 'x-access-token',
    appGrantKinds: provider === 'github_app' ? ['installation'] : [],
    appRenewWindowMs: provider === 'github_app' ? 10 * 60_000 : 0,
    supportsPkce: async () => true,
    async authorizeUrl(app, p) {
      const url = new URL(`${web(app)}/login/oauth/authorize`);
      url.search = new URLSearchParams({
        client_id: app.clientId, redirect_uri: p.redirectUri, state: p.state, scope: app.scopes.join(' '),
        ...(p.codeChallenge ? { code_challenge: p.codeChallenge, code_challenge_method: 'S256' } : {}),
      }).toString();
      return url.toString();
    },
    async exchangeCode(app, p, now) {
      const answer = await providerFetch(`${web(app)}/login/oauth/access_token`, {
        form: {
          client_id: app.clientId, client_secret: app.clientSecret, code: p.code, redirect_uri: p.redirectUri,
          ...(p.codeVerifier ? { code_verifier: p.codeVerifier } : {}),
        },
      });
      const error = githubError(answer);
      if (error) throw error;
      return tokenSet(answer.body, now, { expiresInSeconds: GITHUB_DEFAULT_EXPIRES_IN });
    },
    async identify(app, tokens) {
      const answer = await providerFetch(`${api(app)}/user`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
      if (answer.status !== 200) throw classifyOAuthError(answer);
      return { externalUserId: String(answer.body['id'] ?? ''), username: String(answer.body['login'] ?? '') };
    },
    async refresh(app, refreshToken, now) {
      const answer = await providerFetch(`${web(app)}/login/oauth/access_token`, {
        form: { client_id: app.clientId, client_secret: app.clientSecret, grant_type: 'refresh_token', refresh_token: refreshToken },
      });
      const error = githubError(answer);
      if (error) throw error;
      return tokenSet(answer.body, now, { expiresInSeconds: GITHUB_DEFAULT_EXPIRES_IN });
    },
    async mint(app, kind: GrantKind, params, now) {
      if (provider !== 'github_app' || kind !== 'installation') throw new ProviderError('unknown', 'unsupported', 0, `${provider} has no ${kind} grants`);
      const installation = params['installationId'];
      if (!installation || !/^\d+$/.test(installation)) throw new ProviderError('unknown', 'bad_installation', 0, 'installation id must be a number');
      const answer = await providerFetch(`${api(app)}/app/installations/${installation}/access_tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${githubAppJwt(app.clientId, app.clientSecret, now)}`, accept: 'application/vnd.github+json' },
      });
      if (answer.status === 404) throw new ProviderError('invalid_grant', 'installation_not_found', 404, 'the installation no longer exists');
      if (answer.status !== 201) throw classifyOAuthError(answer);
      const expiresAt = typeof answer.body['expires_at'] === 'string' ? Date.parse(answer.body['expires_at']) : NaN;
      const token = tokenSet({ access_token: answer.body['token'] }, now, { expiresInSeconds: GITHUB_INSTALLATION_EXPIRES_IN });
      return Number.isFinite(expiresAt) ? { ...token, expiresAt: new Date(expiresAt) } : token;
    },
    async revoke(app, tokens) {
      if (provider === 'github_app') return false;
      const basic = Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64');
      const answer = await providerFetch(`${api(app)}/applications/${encodeURIComponent(app.clientId)}/grant`, {
        method: 'DELETE', headers: { authorization: `Basic ${basic}` }, json: { access_token: tokens.accessToken },
      });
      if (answer.status !== 204 && answer.status !== 200) throw classifyOAuthError(answer);
      return true;
    },
  };
}

export const githubProvider = github('github');
export const githubAppProvider = github('github_app');
