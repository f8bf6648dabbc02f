// The revocation feed when NATS goes away: the gateway cannot learn of
// revocations, so it stops being ready at once and, past the configured grace,
// refuses credentials (503) instead of accepting tokens that may have been
// revoked meanwhile; once NATS is back, a fresh replay makes it ready again.
import { join } from 'node:path';
import { closeBus, connectBus } from '@keywarden/bus';
import { eventually, sleep, startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeIdentity, type FakeIdentity } from '../test-support/fake-identity.js';
import { bearer, startGateway, type TestGateway } from '../test-support/gateway.js';

describe('the revocation feed during a NATS outage', () => {
  const storeDir = join(testRoot(), uniqueName('nats-outage-'));
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let identity: FakeIdentity;
  let gateway: TestGateway;

  beforeAll(async () => {
    server = await startNatsServer({ storeDir });
    nc = await connectBus({ servers: server.url, name: 'gateway-outage-test' });
    identity = await startFakeIdentity(nc, 'outage');
    gateway = await startGateway({ nc, namespace: 'outage', extra: { KW_GATEWAY_REVOCATIONS_MAX_STALE_SECONDS: '1' } });
    await gateway.ready();
  });

  afterAll(async () => {
    await gateway?.stop();
    await identity?.stop();
    if (nc) await closeBus(nc);
    await server?.stop();
  });

  it('is unready at once, refuses credentials past the grace, and recovers after a replay', async () => {
    const token = await identity.accessToken({ sub: 'u-outage' });
    const me = () => gateway.request('/api/v1/users/me', { headers: bearer(token) });
    expect((await me()).status).toBe(200);

    await server.stop();
    await eventually(async () => (await gateway.request('/readyz')).status === 503, { timeoutMs: 5_000, message: 'unready while NATS is away' });
    await sleep(1_200);
    const refused = await me();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: 'ERR_UNAVAILABLE' });

    server = await startNatsServer({ storeDir, port: server.port });
    await gateway.ready();
    expect((await me()).status).toBe(200);
  }, 30_000);
});
