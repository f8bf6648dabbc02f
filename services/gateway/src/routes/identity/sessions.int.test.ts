// The session, settings and token-cleanup routes with app.request() against a
// stand-in identity on the real bus that records what it was asked: which RPC
// each route makes and with what, what never reaches identity (bad input, a
// personal access token on one's own sessions), and identity's errors passed on
// as problem+json with their code and status.
import { closeBus, connectBus, endpoint, startRpcService } from '@keywarden/bus';
import { KeywardenError } from '@keywarden/errors';
import { testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { identityRoutes } from '../identity.js';
import { pat, routeTestApp, send, session, type RouteTestApp } from '../../test-support/route-app.js';

const SESSION = {
  sessionId: 's-laptop', userId: 'u-1', method: 'password', identityProviderId: '', userAgent: 'Mozilla/5.0 Firefox/128.0', ipAddress: '203.0.113.9',
  signInIpAddress: '203.0.113.1', createdAt: '2026-03-01T08:00:00.000Z', lastUsedAt: '2026-03-01T09:00:00.000Z', expiresAt: '2026-03-08T09:00:00.000Z',
  status: 'active', device: { browser: 'Firefox', browserVersion: '128.0', os: 'Windows', osVersion: '10', type: 'desktop', vendor: '', model: '' },
};
const SETTINGS = { passwordSignIn: 'disabled', passwordSignInEnabled: false, passwordSignInForced: false, updatedAt: '2026-03-01T10:00:00.000Z', updatedByUserId: 'admin' };
const FIGURES = {
  runId: 'run-1', cleanedCount: 3, remainingTokens: 7, totalCount: 10, expiredCount: 5, validCount: 5, cleanedRefreshTokenCount: 2,
  cleanedPersonalAccessTokenCount: 1, durationMs: 12, timestamp: '2026-03-01T03:00:00.000Z',
};

let nc: NatsConnection;
let app: RouteTestApp;
let stop: () => Promise<void>;
const asked: Array<[string, Record<string, unknown>]> = [];
/** What the stand-in answers UpdateInstanceSettings with: the settings, or this error. */
let settingsError: KeywardenError | undefined;

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-session-routes-test' });
  const record = (method: string, request: object) => void asked.push([method, JSON.parse(JSON.stringify(request)) as Record<string, unknown>]);
  const service = await startRpcService(nc, {
    name: 'identity', version: '0.0.0', namespace: bus.namespace,
    endpoints: [
      endpoint('identity.ListSessions', async (req) => (record('ListSessions', req), { sessions: [SESSION, { ...SESSION, sessionId: 's-phone' }], next: 'cursor-2' })),
      endpoint('identity.RevokeSession', async (req) => {
        record('RevokeSession', req);
        if (req.sessionId === 'someone-elses') throw new KeywardenError('ERR_NOT_FOUND', 404, 'no such session');
        return { revoked: true, session: { ...SESSION, sessionId: req.sessionId, status: 'revoked', revokedAt: '2026-03-01T11:00:00.000Z' } };
      }),
      endpoint('identity.GetInstanceSettings', async (req) => (record('GetInstanceSettings', req), { settings: SETTINGS })),
      endpoint('identity.UpdateInstanceSettings', async (req) => {
        record('UpdateInstanceSettings', req);
        if (settingsError) throw settingsError;
        return { settings: { ...SETTINGS, passwordSignIn: req.passwordSignIn } };
      }),
      endpoint('identity.GetTokenCleanup', async (req) => (record('GetTokenCleanup', req), {
        lastRun: { ...FIGURES, trigger: 'schedule' }, schedule: { cron: '0 0 3 * * *', timezone: 'UTC', nextRunAt: '2026-03-02T03:00:00.000Z', retentionDays: 7 },
      })),
      endpoint('identity.RunTokenCleanup', async (req) => (record('RunTokenCleanup', req), FIGURES)),
      endpoint('identity.ListIdentityProviders', async (req) => (record('ListIdentityProviders', req), {
        identityProviders: [{ identityProviderId: 'idp-1', name: 'Corp' }], passwordSignInEnabled: false,
      })),
      endpoint('identity.SignIn', async (req) => {
        record('SignIn', req);
        throw new KeywardenError('ERR_PASSWORD_SIGN_IN_DISABLED', 403, 'password sign-in is turned off on this installation: sign in with single sign-on (SSO) instead');
      }),
    ],
  });
  stop = async () => void (await service.stop());
  app = routeTestApp('/api/v1', identityRoutes, { nc, namespace: bus.namespace });
});

afterAll(async () => {
  await stop?.();
  if (nc) await closeBus(nc);
});

beforeEach(() => {
  asked.length = 0;
  app.calls.length = 0;
  settingsError = undefined;
});

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('session routes', () => {
  it('list one’s own sessions, marking the one making the request', async () => {
    app.as({ ...session('u-1'), sessionId: 's-phone' });
    const response = await app.request('/api/v1/users/me/sessions?limit=2&after=cursor-1');
    expect(response.status).toBe(200);
    // '/users/me/sessions' answers, not '/users/{id}/sessions' with id "me".
    expect(asked).toEqual([['ListSessions', expect.objectContaining({ userId: '', limit: 2, after: 'cursor-1', actor: expect.objectContaining({ userId: 'u-1' }) })]]);
    const body = await json(response);
    expect(body['next']).toBe('cursor-2');
    expect(body['sessions']).toEqual([
      { ...SESSION, current: false },
      { ...SESSION, sessionId: 's-phone', current: true },
    ]);
  });

  it('refuse a personal access token on one’s own sessions, and bad paging, before asking identity', async () => {
    app.as(pat('u-1', ['identity:read', 'identity:write']));
    for (const [path, method] of [['/api/v1/users/me/sessions', 'GET'], ['/api/v1/users/me/sessions/s-1', 'DELETE']] as const) {
      const response = await app.request(path, { method });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    app.as(session('u-1'));
    for (const query of ['limit=0', 'limit=201', 'limit=ten', `after=${'x'.repeat(201)}`]) {
      const response = await app.request(`/api/v1/users/me/sessions?${query}`);
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ code: 'ERR_VALIDATION' });
    }
    app.as(undefined);
    expect((await app.request('/api/v1/users/me/sessions')).status).toBe(401);
    expect(app.calls).toEqual([]);
  });

  it('sign out one session, and pass identity’s 404 on as problem+json', async () => {
    app.as({ ...session('u-1'), sessionId: 's-laptop' });
    const response = await app.request('/api/v1/users/me/sessions/s-phone', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ revoked: true, session: { sessionId: 's-phone', status: 'revoked', current: false } });
    expect(asked).toEqual([['RevokeSession', expect.objectContaining({ userId: '', sessionId: 's-phone' })]]);
    const missing = await app.request('/api/v1/users/me/sessions/someone-elses', { method: 'DELETE' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(missing)).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('let administrators and PATs with the scope act on a named user’s sessions', async () => {
    app.as(pat('admin', ['identity:read'], ['admin']));
    expect((await app.request('/api/v1/users/u-1/sessions')).status).toBe(200);
    expect(asked).toEqual([['ListSessions', expect.objectContaining({ userId: 'u-1' })]]);
    // Ending one needs identity:write.
    expect((await app.request('/api/v1/users/u-1/sessions/s-laptop', { method: 'DELETE' })).status).toBe(403);
    app.as(session('admin', ['admin']));
    expect((await app.request('/api/v1/users/u-1/sessions/s-laptop', { method: 'DELETE' })).status).toBe(200);
    expect(asked.at(-1)).toEqual(['RevokeSession', expect.objectContaining({ userId: 'u-1', sessionId: 's-laptop' })]);
  });
});

describe('instance settings and token cleanup routes', () => {
  it('read and change the settings; only "enabled" or "disabled" reach identity', async () => {
    app.as(session('admin', ['admin']));
    const got = await app.request('/api/v1/admin/settings');
    expect(got.status).toBe(200);
    expect(await json(got)).toEqual({ settings: SETTINGS });
    const put = await app.request('/api/v1/admin/settings', send('PUT', { passwordSignIn: 'enabled' }));
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({ settings: { passwordSignIn: 'enabled' } });
    expect(asked.at(-1)).toEqual(['UpdateInstanceSettings', expect.objectContaining({ passwordSignIn: 'enabled' })]);
    const before = app.calls.length;
    for (const payload of [{ passwordSignIn: 'off' }, {}, { passwordSignIn: true }]) {
      const response = await app.request('/api/v1/admin/settings', send('PUT', payload));
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ code: 'ERR_VALIDATION', errors: [{ path: 'passwordSignIn' }] });
    }
    expect(app.calls.length).toBe(before);
  });

  it('pass identity’s refusal to lock everybody out on as 409 problem+json', async () => {
    app.as(session('admin', ['admin']));
    settingsError = new KeywardenError('ERR_CONFLICT', 409, 'password sign-in cannot be turned off while no SSO provider is enabled: nobody could sign in');
    const response = await app.request('/api/v1/admin/settings', send('PUT', { passwordSignIn: 'disabled' }));
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(response)).toMatchObject({ code: 'ERR_CONFLICT', detail: expect.stringContaining('no SSO provider') });
  });

  it('show the last cleanup run and the schedule, and run it with the statistics', async () => {
    app.as(session('admin', ['admin']));
    const status = await app.request('/api/v1/admin/token-cleanup');
    expect(status.status).toBe(200);
    expect(await json(status)).toEqual({
      lastRun: { ...FIGURES, trigger: 'schedule' },
      schedule: { cron: '0 0 3 * * *', timezone: 'UTC', nextRunAt: '2026-03-02T03:00:00.000Z', retentionDays: 7 },
    });
    const run = await app.request('/api/v1/admin/token-cleanup', { method: 'POST' });
    expect(run.status).toBe(200);
    expect(await json(run)).toEqual(FIGURES);
    app.as(pat('admin', ['identity:read'], ['admin']));
    expect((await app.request('/api/v1/admin/token-cleanup', { method: 'POST' })).status).toBe(403);
  });
});

describe('password sign-in turned off', () => {
  it('tells the sign-in page, and answers a password sign-in with 403 ERR_PASSWORD_SIGN_IN_DISABLED', async () => {
    app.as(undefined);
    const providers = await app.request('/api/v1/auth/sso/providers');
    expect(await json(providers)).toEqual({ identityProviders: [{ identityProviderId: 'idp-1', name: 'Corp' }], passwordSignInEnabled: false });
    const signIn = await app.request('/api/v1/auth/sign-in', send('POST', { email: 'a@example.com', password: 'whatever it is' }));
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(signIn)).toMatchObject({ code: 'ERR_PASSWORD_SIGN_IN_DISABLED', status: 403, detail: expect.stringContaining('SSO') });
  });
});
