// A Feishu/Lark open platform as the broker sees it: app and tenant access
// tokens from app_id + app_secret (auth/v3, re-issued only when less than 30
// minutes remain), the user OAuth flow (authen/v1/authorize, authen/v2/oauth/token)
// with single-use refresh tokens whose lifetime does not grow on refresh, and
// user_info. Error codes follow the table in feishu-codes.ts (with its sources).
import { opaque, startSimServer, type SimClock, type SimReply, type SimRequest, type SimServer } from '../oauth-kit/server.js';
import { pkceMatches } from '../oauth-kit/pkce.js';
import { FEISHU_SIM_ERRORS, type FeishuSimError } from './feishu-codes.js';

export type FeishuApp = { appId: string; appSecret: string };
export type FeishuUser = { openId: string; name: string };

type AppToken = { token: string; expiresAt: number };
type Code = { appId: string; openId: string; redirectUri: string; challenge?: string; method?: string; expiresAt: number; used: boolean };
type UserGrant = { appId: string; openId: string; accessToken: string; accessExpiresAt: number; refreshToken: string; refreshExpiresAt: number; state: 'live' | 'used' | 'revoked' };

export type FeishuSimulatorOptions = {
  port?: number;
  latencyMs?: number;
  clock?: SimClock;
  /** app/tenant and user access token lifetime (Feishu: 7200 s). */
  accessTtlSeconds?: number;
  /** Refresh token lifetime (Feishu: about 30 days). */
  refreshTtlSeconds?: number;
};

export type FeishuSimulator = SimServer & {
  addApp(app: FeishuApp): void;
  addUser(user: FeishuUser): void;
  signIn(openId: string): void;
  /** Successful refresh_token grants so far. */
  refreshCount(): number;
  /** New app/tenant tokens issued so far (re-use of a live one not counted). */
  appTokenIssueCount(): number;
  rotateSecret(appId: string, secret: string): void;
  revokeUser(openId: string): void;
};

const err = (e: FeishuSimError, status = 400): SimReply => ({ status, body: { code: e.code, error: e.error, error_description: e.message, msg: e.message } });

export async function startFeishuSimulator(options: FeishuSimulatorOptions = {}): Promise<FeishuSimulator> {
  const apps = new Map<string, FeishuApp>();
  const users = new Map<string, FeishuUser>();
  const appTokens = new Map<string, AppToken>();
  const codes = new Map<string, Code>();
  const grants = new Map<string, UserGrant>();
  const byAccess = new Map<string, UserGrant>();
  const accessTtl = (options.accessTtlSeconds ?? 7200) * 1000;
  const refreshTtl = (options.refreshTtlSeconds ?? 30 * 86_400) * 1000;
  let signedIn: string | undefined;
  let refreshes = 0;
  let appIssues = 0;
  const now = () => sim.clock.now().getTime();

  // auth/v3: the same token while more than 30 minutes remain, a new one after.
  const appToken = (req: SimRequest, kind: 'app' | 'tenant'): SimReply => {
    const app = apps.get(req.form['app_id'] ?? '');
    if (!app) return { status: 200, body: { code: 10003, msg: 'invalid app_id' } };
    if (app.appSecret !== req.form['app_secret']) return { status: 200, body: { code: 10014, msg: 'app secret invalid' } };
    const key = `${kind}:${app.appId}`;
    let token = appTokens.get(key);
    if (!token || token.expiresAt - now() < 30 * 60_000) {
      token = { token: opaque(kind === 'app' ? 'a-sim-' : 't-sim-'), expiresAt: now() + accessTtl };
      appTokens.set(key, token);
      appIssues += 1;
    }
    return { status: 200, body: { code: 0, msg: 'ok', [`${kind}_access_token`]: token.token, expire: Math.floor((token.expiresAt - now()) / 1000) } };
  };

  const issue = (appId: string, openId: string, refreshExpiresAt: number): SimReply => {
    const grant: UserGrant = {
      appId, openId,
      accessToken: opaque('u-sim-'), accessExpiresAt: now() + accessTtl,
      refreshToken: opaque('ur-sim-'), refreshExpiresAt, state: 'live',
    };
    grants.set(grant.refreshToken, grant);
    byAccess.set(grant.accessToken, grant);
    return {
      status: 200,
      body: {
        code: 0,
        access_token: grant.accessToken,
        expires_in: Math.floor(accessTtl / 1000),
        refresh_token: grant.refreshToken,
        refresh_token_expires_in: Math.floor((refreshExpiresAt - now()) / 1000),
        token_type: 'Bearer',
        scope: 'offline_access',
      },
    };
  };

  const route = (req: SimRequest): SimReply | undefined => {
    if (req.method === 'POST' && req.path === '/open-apis/auth/v3/app_access_token/internal') return appToken(req, 'app');
    if (req.method === 'POST' && req.path === '/open-apis/auth/v3/tenant_access_token/internal') return appToken(req, 'tenant');
    if (req.method === 'GET' && req.path === '/open-apis/authen/v1/authorize') {
      const appId = req.query.get('client_id') ?? req.query.get('app_id') ?? '';
      const redirectUri = req.query.get('redirect_uri') ?? '';
      if (!apps.has(appId)) return err(FEISHU_SIM_ERRORS.appNotFound);
      if (signedIn === undefined) return { status: 401, body: { code: 20010, msg: 'user not signed in' } };
      const code = opaque('', 16);
      codes.set(code, {
        appId, openId: signedIn, redirectUri, expiresAt: now() + 5 * 60_000, used: false,
        challenge: req.query.get('code_challenge') ?? undefined, method: req.query.get('code_challenge_method') ?? undefined,
      });
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      const state = req.query.get('state');
      if (state) target.searchParams.set('state', state);
      return { status: 302, redirect: target.toString() };
    }
    if (req.method === 'POST' && req.path === '/open-apis/authen/v2/oauth/token') {
      const app = apps.get(req.form['client_id'] ?? '');
      if (!app) return err(FEISHU_SIM_ERRORS.appNotFound);
      if (app.appSecret !== req.form['client_secret']) return err(FEISHU_SIM_ERRORS.invalidClient, 401);
      if (req.form['grant_type'] === 'authorization_code') {
        const code = codes.get(req.form['code'] ?? '');
        if (!code || code.appId !== app.appId) return err(FEISHU_SIM_ERRORS.codeInvalid);
        if (code.used) return err(FEISHU_SIM_ERRORS.codeUsed);
        if (code.expiresAt < now()) return err(FEISHU_SIM_ERRORS.codeExpired);
        if (code.redirectUri !== req.form['redirect_uri']) return err(FEISHU_SIM_ERRORS.redirectMismatch);
        if (!pkceMatches(req.form['code_verifier'], code.challenge, code.method)) return err(FEISHU_SIM_ERRORS.codeInvalid);
        code.used = true;
        return issue(app.appId, code.openId, now() + refreshTtl);
      }
      if (req.form['grant_type'] === 'refresh_token') {
        const grant = grants.get(req.form['refresh_token'] ?? '');
        if (!grant || grant.appId !== app.appId) return err(FEISHU_SIM_ERRORS.refreshInvalid);
        if (grant.state === 'used') return err(FEISHU_SIM_ERRORS.refreshUsed);
        if (grant.state === 'revoked') return err(FEISHU_SIM_ERRORS.refreshRevoked);
        if (grant.refreshExpiresAt <= now()) return err(FEISHU_SIM_ERRORS.refreshExpired);
        grant.state = 'used';
        refreshes += 1;
        // The new refresh token ends when the first one would have: users re-authorize about monthly.
        return issue(app.appId, grant.openId, grant.refreshExpiresAt);
      }
      return err(FEISHU_SIM_ERRORS.invalidRequest);
    }
    if (req.method === 'GET' && req.path === '/open-apis/authen/v1/user_info') {
      const token = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '');
      const grant = byAccess.get(token);
      if (!grant || grant.state === 'revoked' || grant.accessExpiresAt <= now()) {
        return { status: 401, body: { code: 99991668, msg: 'Invalid access token for authorization. Please make a request with token attached.' } };
      }
      const user = users.get(grant.openId);
      return { status: 200, body: { code: 0, msg: 'success', data: { open_id: grant.openId, name: user?.name ?? grant.openId } } };
    }
    return undefined;
  };

  const sim = await startSimServer(route, options);
  return Object.assign(sim, {
    addApp: (app: FeishuApp) => void apps.set(app.appId, { ...app }),
    addUser: (user: FeishuUser) => void users.set(user.openId, { ...user }),
    signIn: (openId: string) => {
      signedIn = openId;
    },
    refreshCount: () => refreshes,
    appTokenIssueCount: () => appIssues,
    rotateSecret: (appId: string, secret: string) => {
      const app = apps.get(appId);
      if (app) app.appSecret = secret;
    },
    revokeUser: (openId: string) => {
      for (const grant of grants.values()) if (grant.openId === openId && grant.state === 'live') grant.state = 'revoked';
    },
  });
}
