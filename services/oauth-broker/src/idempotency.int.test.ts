// A provider app created with an Idempotency-Key: two at once make one app, a retry answers it (replayed), the
// key with another client secret is ERR_IDEMPOTENCY_KEY_REUSED (the secret is in the request's digest, sealed),
// and an update takes no key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, startHarness, type Harness } from './test-support/harness.js';

describe('idempotent provider app creation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.stop());

  const create = (clientSecret: string, idempotencyKey = 'app-1') => h.rpc('oauth.ConfigureProviderApp', {
    actor: admin, provider: 'gitlab', name: 'GitLab', baseUrl: h.gitlab.url, clientId: 'idem-client', clientSecret, scopes: ['api'], idempotencyKey,
  });

  it('creates one app for two requests at once and a retry; another secret with the key is refused', async () => {
    const replies = [...(await Promise.all([create('gl-secret-idem-1'), create('gl-secret-idem-1')])), await create('gl-secret-idem-1')];
    expect(new Set(replies.map((r) => r.providerAppId)).size).toBe(1);
    expect(replies.map((r) => r.replayed).sort()).toEqual([false, true, true]);
    expect(new Set(replies.map((r) => r.clientSecretFingerprint)).size).toBe(1);
    expect((await h.events('ProviderAppConfigured')).filter((e) => e.data['clientId'] === 'idem-client')).toHaveLength(1);
    await expect(create('gl-secret-idem-2')).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED', status: 409 });
    const metadata = JSON.stringify(await h.brokers[0]!.deps.database!.sql`select metadata from events`);
    expect(metadata).not.toContain('gl-secret-idem-1');
    // An update names its app: a key there is a mistake, said clearly.
    await expect(h.rpc('oauth.ConfigureProviderApp', {
      actor: admin, providerAppId: replies[0]!.providerAppId, provider: 'gitlab', name: 'GitLab', baseUrl: h.gitlab.url, clientId: 'idem-client', scopes: ['api'], idempotencyKey: 'app-1',
    })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
  });
});
