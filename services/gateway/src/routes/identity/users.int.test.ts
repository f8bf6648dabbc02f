// Identity routes' own input checks, before any RPC: the problem names the
// offending field, and a sign-in that is not JSON (a cross-site form post)
// never reaches identity.
import { closeBus, connectBus } from '@keywarden/bus';
import { testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityRoutes } from '../identity.js';
import { pat, routeTestApp, send, session, type RouteTestApp } from '../../test-support/route-app.js';

let nc: NatsConnection;
let app: RouteTestApp;

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-identity-routes-test' });
  app = routeTestApp('/api/v1', identityRoutes, { nc, namespace: bus.namespace });
});

afterAll(async () => {
  if (nc) await closeBus(nc);
});

describe('identity routes input', () => {
  it('names the position of an unknown PAT scope', async () => {
    app.as(session('u-1'));
    const response = await app.request('/api/v1/users/me/tokens', send('POST', { name: 'ci', scopes: ['identity:read', 'secrets:everything'] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'ERR_VALIDATION', errors: [{ path: 'scopes.1' }] });
    expect(app.calls).toEqual([]);
  });

  it('lets only a personal access token revoke itself: a session and an anonymous caller are refused before identity is asked', async () => {
    const revokeSelf = () => app.request('/api/v1/users/me/tokens/self', { method: 'DELETE' });
    app.as(session('u-1'));
    const bySession = await revokeSelf();
    expect(bySession.status).toBe(403);
    expect(bySession.headers.get('content-type')).toBe('application/problem+json');
    expect(await bySession.json()).toMatchObject({ code: 'ERR_FORBIDDEN', errorId: 'GW-5e1f' });
    // A PAT actor that names no token cannot say which one to revoke.
    app.as(pat('u-1', ['identity:write']));
    expect(await (await revokeSelf()).json()).toMatchObject({ code: 'ERR_FORBIDDEN', errorId: 'GW-5e1f' });
    app.as(undefined);
    expect(await (await revokeSelf()).json()).toMatchObject({ code: 'ERR_UNAUTHENTICATED', errorId: 'GW-5e1e' });
    expect(app.calls).toEqual([]);
  });

  it('refuses a sign-in that is not sent as JSON', async () => {
    app.as(undefined);
    const response = await app.request('/api/v1/auth/sign-in', {
      method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ email: 'a@example.com', password: 'x' }),
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(app.calls).toEqual([]);
  });
});
