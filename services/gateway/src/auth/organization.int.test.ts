// organizationActor: the role comes from rpc.identity.GetMembership, is cached,
// and a membership event makes the next request ask again.
import { closeBus, connectBus } from '@keywarden/bus';
import { createHttpApp } from '@keywarden/http';
import { eventually, testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeIdentity, type FakeIdentity } from '../test-support/fake-identity.js';
import { bearer, quiet } from '../test-support/gateway.js';
import { createLogger } from '@keywarden/telemetry';
import { gatewayApp } from '../app.js';
import type { GatewayDeps } from '../rpc.js';
import { organizationActor } from './organization.js';
import type { BackgroundTask } from '@keywarden/runtime';

let nc: NatsConnection;
let identity: FakeIdentity;
let tasks: BackgroundTask[] = [];
const app = createHttpApp({ service: 'gateway', logger: createLogger({ service: 'gateway', level: 'silent', destination: quiet }) });

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-org-test' });
  identity = await startFakeIdentity(nc, bus.namespace);
  const deps: GatewayDeps = { logger: createLogger({ service: 'gateway', level: 'silent', destination: quiet }), nc, namespace: bus.namespace, clock: { now: () => new Date() } };
  const built = gatewayApp(deps);
  built.routes.get('/api/v1/orgs/:id/probe', async (c) => {
    const { organization, rpcActor } = await organizationActor(c, deps, c.req.param('id'), 'identity:read');
    return c.json({ role: organization.role, rpcActor });
  });
  app.route('/', built.routes as never);
  tasks = built.tasks;
  for (const task of tasks) await task.start();
  await eventually(() => Object.values(built.readiness).every((check) => check() === 'ok'), { message: 'ready' });
});

afterAll(async () => {
  for (const task of [...tasks].reverse()) await task.stop();
  await identity?.stop();
  if (nc) await closeBus(nc);
});

describe('organizationActor', () => {
  it('fills the role, caches it, forgets it on MemberRoleChanged, and refuses non-members', async () => {
    identity.memberships.set('o1 u1', 'member');
    const token = await identity.accessToken({ sub: 'u1' });
    const probe = async () => (await app.request('/api/v1/orgs/o1/probe', { headers: bearer(token) })).json() as Promise<{ role: string; rpcActor: Record<string, unknown> }>;
    expect(await probe()).toMatchObject({ role: 'member', rpcActor: { userId: 'u1', organizationId: 'o1', organizationRole: 'member' } });
    identity.memberships.set('o1 u1', 'admin');
    expect((await probe()).role).toBe('member');
    await identity.publish('MemberRoleChanged', 'organization', { organizationId: 'o1', userId: 'u1', previousRole: 'member', role: 'admin', actorUserId: 'u0' });
    await eventually(async () => (await probe()).role === 'admin', { timeoutMs: 1000, message: 'the new role' });

    const outsider = await app.request('/api/v1/orgs/o2/probe', { headers: bearer(token) });
    expect(outsider.status).toBe(403);
    expect((await app.request('/api/v1/orgs/o1/probe')).status).toBe(401);
  });
});
