// Feishu (open.feishu.cn) and Lark (open.larksuite.com): app and tenant access
// tokens from app_id + app_secret (auth/v3), and user access tokens from the
// OAuth code flow (authen/v2/oauth/token) with single-use refresh tokens.
import { storableText } from '@keywarden/errors';
import type { GrantKind, Provider } from '../../../domain/types.js';
import { classifyFeishu } from './feishu-errors.js';
import { providerFetch, tokenSet, type HttpAnswer } from './http.js';
import { ProviderError, type AppConfig, type ProviderModule, type TokenSet } from './types.js';

/** Documented lifetimes, used when a response leaves them out: 2 h access, about 30 days refresh. */
export const FEISHU_DEFAULT_EXPIRES_IN = 7200;
export const FEISHU_DEFAULT_REFRESH_EXPIRES_IN = 30 * 86_400;
/** auth/v3 hands out a new app/tenant token only when less than 30 minutes remain. */
export const FEISHU_APP_RENEW_WINDOW_MS = 30 * 60_000;

function failure(answer: HttpAnswer): ProviderError {
  const code = Number(answer.body['code'] ?? 0);
  const message = storableText(String(answer.body['error_description'] ?? answer.body['msg'] ?? answer.body['message'] ?? ''), 200);
  return new ProviderError(classifyFeishu(code, message, answer.status), code ? String(code) : `http_${answer.status}`, answer.status, message);
}

const ok = (answer: HttpAnswer) => answer.status === 200 && Number(answer.body['code'] ?? 0) === 0;

function feishuProvider(provider: Extract<Provider, 'feishu' | 'lark'>, defaultBase: string, defaultAccounts: string): ProviderModule {
  const base = (app: AppConfig) => (app.baseUrl || defaultBase).replace(/\/+$/, '');
  // The authorize page lives on accounts.<domain>; a self-configured base URL (simulator, proxy) serves both.
  const accounts = (app: AppConfig) => String(app.settings['authorizeBaseUrl'] ?? (app.baseUrl ? base(app) : defaultAccounts)).replace(/\/+$/, '');
  const userTokens = async (app: AppConfig, body: Record<string, string>, now: Date): Promise<TokenSet> => {
    const answer = await providerFetch(`${base(app)}/open-apis/authen/v2/oauth/token`, {
      json: { client_id: app.clientId, client_secret: app.clientSecret, ...body },
    });
    if (!ok(answer)) throw failure(answer);
    return tokenSet(answer.body, now, { expiresInSeconds: FEISHU_DEFAULT_EXPIRES_IN, refreshExpiresInSeconds: FEISHU_DEFAULT_REFRESH_EXPIRES_IN });
  };
  return {
    provider,
    usernameHint: '',
    appGrantKinds: ['app', 'tenant'],
    appRenewWindowMs: FEISHU_APP_RENEW_WINDOW_MS,
    supportsPkce: async () => true,
    async authorizeUrl(app, p) {
      const url = new URL(`${accounts(app)}/open-apis/authen/v1/authorize`);
      url.search = new URLSearchParams({
        client_id: app.clientId, redirect_uri: p.redirectUri, state: p.state, response_type: 'code',
        ...(app.scopes.length ? { scope: app.scopes.join(' ') } : {}),
        ...(p.codeChallenge ? { code_challenge: p.codeChallenge, code_challenge_method: 'S256' } : {}),
      }).toString();
      return url.toString();
    },
    exchangeCode: (app, p, now) =>
      userTokens(app, { grant_type: 'authorization_code', code: p.code, redirect_uri: p.redirectUri, ...(p.codeVerifier ? { code_verifier: p.codeVerifier } : {}) }, now),
    async identify(app, tokens) {
      const answer = await providerFetch(`${base(app)}/open-apis/authen/v1/user_info`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
      if (!ok(answer)) throw failure(answer);
      const data = (answer.body['data'] ?? {}) as Record<string, unknown>;
      return { externalUserId: String(data['open_id'] ?? ''), username: String(data['name'] ?? '') };
    },
    refresh: (app, refreshToken, now) => userTokens(app, { grant_type: 'refresh_token', refresh_token: refreshToken }, now),
    async mint(app, kind: GrantKind, _params, now) {
      if (kind !== 'app' && kind !== 'tenant') throw new ProviderError('unknown', 'unsupported', 0, `${provider} has no ${kind} grants`);
      const answer = await providerFetch(`${base(app)}/open-apis/auth/v3/${kind}_access_token/internal`, {
        json: { app_id: app.clientId, app_secret: app.clientSecret },
      });
      if (!ok(answer)) throw failure(answer);
      return tokenSet(answer.body, now, { expiresInSeconds: FEISHU_DEFAULT_EXPIRES_IN, keys: { access: `${kind}_access_token`, expiresIn: 'expire' } });
    },
    // Feishu has no endpoint that revokes a user grant: the user removes the app in Feishu.
    revoke: async () => false,
  };
}

export const feishuProviderModule = feishuProvider('feishu', 'https://open.feishu.cn', 'https://accounts.feishu.cn');
export const larkProviderModule = feishuProvider('lark', 'https://open.larksuite.com', 'https://accounts.larksuite.com');
