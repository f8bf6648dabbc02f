import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeishuSimulator, type FeishuSimulator } from './feishu.js';

let sim: FeishuSimulator;
const post = async (path: string, body: Record<string, string>) => {
  const res = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  sim = await startFeishuSimulator();
  sim.clock.set('2026-03-01T00:00:00Z');
  sim.addApp({ appId: 'cli_1', appSecret: 's1' });
  sim.signIn('ou_1');
});
afterAll(async () => sim?.close());

describe('Feishu simulator', () => {
  it('issues tenant tokens, re-issuing only when less than 30 minutes remain, and answers a wrong secret with 10014', async () => {
    const a = await post('/open-apis/auth/v3/tenant_access_token/internal', { app_id: 'cli_1', app_secret: 's1' });
    expect(a.body).toMatchObject({ code: 0, expire: 7200 });
    sim.clock.advance(60 * 60_000);
    const b = await post('/open-apis/auth/v3/tenant_access_token/internal', { app_id: 'cli_1', app_secret: 's1' });
    expect(b.body['tenant_access_token']).toBe(a.body['tenant_access_token']);
    sim.clock.advance(35 * 60_000);
    const c = await post('/open-apis/auth/v3/tenant_access_token/internal', { app_id: 'cli_1', app_secret: 's1' });
    expect(c.body['tenant_access_token']).not.toBe(a.body['tenant_access_token']);
    expect((await post('/open-apis/auth/v3/tenant_access_token/internal', { app_id: 'cli_1', app_secret: 'wrong' })).body).toMatchObject({ code: 10014 });
  });

  it('gives single-use refresh tokens that keep the first one\'s end', async () => {
    const res = await fetch(`${sim.url}/open-apis/authen/v1/authorize?client_id=cli_1&redirect_uri=${encodeURIComponent('http://cb/')}&state=s`, { redirect: 'manual' });
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    const first = await post('/open-apis/authen/v2/oauth/token', { grant_type: 'authorization_code', client_id: 'cli_1', client_secret: 's1', code, redirect_uri: 'http://cb/' });
    expect(first.body).toMatchObject({ code: 0, expires_in: 7200, refresh_token_expires_in: 30 * 86_400 });
    sim.clock.advance(86_400_000);
    const second = await post('/open-apis/authen/v2/oauth/token', { grant_type: 'refresh_token', client_id: 'cli_1', client_secret: 's1', refresh_token: String(first.body['refresh_token']) });
    expect(second.body).toMatchObject({ code: 0, refresh_token_expires_in: 29 * 86_400 });
    const reuse = await post('/open-apis/authen/v2/oauth/token', { grant_type: 'refresh_token', client_id: 'cli_1', client_secret: 's1', refresh_token: String(first.body['refresh_token']) });
    expect(reuse.body).toMatchObject({ code: 20073, error: 'invalid_grant' });
    sim.clock.advance(30 * 86_400_000);
    const expired = await post('/open-apis/authen/v2/oauth/token', { grant_type: 'refresh_token', client_id: 'cli_1', client_secret: 's1', refresh_token: String(second.body['refresh_token']) });
    expect(expired.body).toMatchObject({ code: 20037 });
    expect(sim.refreshCount()).toBe(1);
  });
});
