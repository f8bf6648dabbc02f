// identity's GET /metrics: sign-ins by method and result, and refresh-token
// reuse detections. Metrics are per process: counters are compared before and after.
import { scrapeMetric } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';

const client = { ip: '10.0.0.9', userAgent: 'vitest' };
let h: IdentityHarness;
let base: string;
const metric = async (name: string, labels: Record<string, string> = {}) => (await scrapeMetric(base, name, labels)) ?? 0;

beforeAll(async () => {
  h = await startIdentity({
    settings: { refreshGraceMs: 10_000 },
    env: { KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1', KW_IDENTITY_SIGNIN_LIMIT_PER_ACCOUNT: '3' },
  });
  base = `http://127.0.0.1:${h.services[0]!.http!.port}`;
});
afterAll(async () => {
  await h?.stop();
});

describe('identity metrics', () => {
  it('count password sign-ins by result: success, failure (wrong password) and rate_limited', async () => {
    const labels = (result: string) => ({ method: 'password', result });
    const before = { success: await metric('keywarden_sign_in_total', labels('success')), failure: await metric('keywarden_sign_in_total', labels('failure')),
      limited: await metric('keywarden_sign_in_total', labels('rate_limited')) };
    await h.rpc('identity.SignUp', { email: 'metrics@example.com', password: STRONG_PASSWORD, displayName: 'Metrics', client });
    await h.rpc('identity.SignIn', { email: 'metrics@example.com', password: STRONG_PASSWORD, client });
    await expect(h.rpc('identity.SignIn', { email: 'metrics@example.com', password: 'not-the-password-1', client })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    await expect(h.rpc('identity.SignIn', { email: 'metrics@example.com', password: 'not-the-password-2', client })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    // The fourth attempt in the window is over the per-account limit of 3.
    await expect(h.rpc('identity.SignIn', { email: 'metrics@example.com', password: STRONG_PASSWORD, client })).rejects.toMatchObject({ code: 'ERR_RATE_LIMITED' });
    expect(await metric('keywarden_sign_in_total', labels('success'))).toBe(before.success + 1);
    expect(await metric('keywarden_sign_in_total', labels('failure'))).toBe(before.failure + 2);
    expect(await metric('keywarden_sign_in_total', labels('rate_limited'))).toBe(before.limited + 1);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).not.toContain('metrics@example.com');
    expect(text).not.toContain('10.0.0.9');
  });

  it('count a refresh-token reuse once, not a refresh within the grace', async () => {
    const before = await metric('keywarden_refresh_token_reuse_total');
    await h.rpc('identity.SignUp', { email: 'reuse@example.com', password: STRONG_PASSWORD, displayName: 'Reuse', client });
    const first = tokens(await h.rpc('identity.SignIn', { email: 'reuse@example.com', password: STRONG_PASSWORD, client }));
    await h.rpc('identity.RefreshSession', { refreshToken: first.refreshToken, client });
    // Within the grace: the same pair again, no reuse.
    await h.rpc('identity.RefreshSession', { refreshToken: first.refreshToken, client });
    expect(await metric('keywarden_refresh_token_reuse_total')).toBe(before);
    h.clock.advance(10_001);
    await expect(h.rpc('identity.RefreshSession', { refreshToken: first.refreshToken, client })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    // The family is revoked already: presenting the token again is not a second detection.
    await expect(h.rpc('identity.RefreshSession', { refreshToken: first.refreshToken, client })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect(await metric('keywarden_refresh_token_reuse_total')).toBe(before + 1);
  });
});
