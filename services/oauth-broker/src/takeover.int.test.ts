// A broker replica that claims due grants and dies before refreshing them: the
// other replicas leave them alone while its lease lasts, then take them over
// and refresh each exactly once.
import { createLogger } from '@keywarden/telemetry';
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantQueue } from './adapters/outgoing/db/grant-queue.js';
import { admin, connectUser, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
const accountIds: string[] = [];

beforeAll(async () => {
  h = await startHarness({ instances: 2, env: { KW_QUEUE_LEASE_MS: '3000' } });
  h.gitlab.addApp({ clientId: 'gl', clientSecret: 'gl-secret' });
  const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', { actor: admin, provider: 'gitlab', name: 'GitLab', baseUrl: h.gitlab.url, clientId: 'gl', clientSecret: 'gl-secret' });
  for (let i = 0; i < 3; i++) {
    h.gitlab.addUser({ id: 2000 + i, username: `t${i}` });
    accountIds.push(await connectUser(h, providerAppId, `taken-${i}`, () => h.gitlab.signIn(2000 + i)));
  }
}, 60_000);
afterAll(async () => h?.stop());

describe('refresh scheduler takeover', () => {
  it('grants claimed by a replica that died are refreshed by another once its lease ends, each once', async () => {
    h.clock.advanceMinutes(111);
    // The dying replica: claims every due grant, then is gone (no refresh, no release, no heartbeat).
    const dying = grantQueue(h.brokers[0]!.deps.database!, 3_000, h.clock, createLogger({ service: 'dying', level: 'silent' }));
    expect(await dying.claim(10)).toHaveLength(3);
    dying.abandon();
    const before = h.gitlab.refreshCount();
    expect((await Promise.all(h.handles.map((x) => x.scheduler.tick()))).map((r) => r.claimed)).toEqual([0, 0]);
    let claimed = 0;
    await eventually(async () => {
      claimed += (await Promise.all(h.handles.map((x) => x.scheduler.tick()))).reduce((n, r) => n + r.claimed, 0);
      return claimed === 3;
    }, { timeoutMs: 10_000, intervalMs: 100, message: 'the grants were taken over' });
    expect(h.gitlab.refreshCount() - before).toBe(3);
    const refreshed = (await h.events('TokenRefreshed')).filter((e) => accountIds.includes(String(e.data['accountId'])));
    expect(refreshed.map((e) => [e.data['trigger'], e.data['generation']])).toEqual([['scheduler', 2], ['scheduler', 2], ['scheduler', 2]]);
    expect(await Promise.all(h.handles.map((x) => x.scheduler.tick()))).toMatchObject([{ claimed: 0 }, { claimed: 0 }]);
  });
});
