import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVaultSimulator, type VaultSimulator } from './vault.js';

let sim: VaultSimulator;
beforeAll(async () => {
  sim = await startVaultSimulator();
  sim.addToken('t1');
});
afterAll(() => sim.close());

describe('Vault KV v2 simulator', () => {
  it('writes versions, reads the latest, lists with ?list=true, refuses unknown tokens', async () => {
    const h = { 'X-Vault-Token': 't1', 'content-type': 'application/json' };
    await fetch(`${sim.url}/v1/secret/data/app/db`, { method: 'POST', headers: h, body: JSON.stringify({ data: { PASSWORD: 'a' } }) });
    await fetch(`${sim.url}/v1/secret/data/app/db`, { method: 'POST', headers: h, body: JSON.stringify({ data: { PASSWORD: 'b' } }) });
    expect(await (await fetch(`${sim.url}/v1/secret/data/app/db`, { headers: h })).json()).toMatchObject({ data: { data: { PASSWORD: 'b' }, metadata: { version: 2 } } });
    expect(await (await fetch(`${sim.url}/v1/secret/metadata/?list=true`, { headers: h })).json()).toEqual({ data: { keys: ['app/'] } });
    expect(await (await fetch(`${sim.url}/v1/secret/metadata/app?list=true`, { headers: h })).json()).toEqual({ data: { keys: ['db'] } });
    expect((await fetch(`${sim.url}/v1/secret/data/app/db`, { headers: { 'X-Vault-Token': 'nope' } })).status).toBe(403);
    expect((await fetch(`${sim.url}/v1/secret/data/app/none`, { headers: h })).status).toBe(404);
  });

  it('logs in with AppRole and refuses a wrong secret id', async () => {
    sim.addAppRole({ roleId: 'r1', secretId: 's1' });
    const ok = (await (await fetch(`${sim.url}/v1/auth/approle/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role_id: 'r1', secret_id: 's1' }) })).json()) as { auth: { client_token: string } };
    expect(ok.auth.client_token).toMatch(/^hvs\./);
    expect((await fetch(`${sim.url}/v1/secret/metadata/?list=true`, { headers: { 'X-Vault-Token': ok.auth.client_token } })).status).toBe(200);
    expect((await fetch(`${sim.url}/v1/auth/approle/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role_id: 'r1', secret_id: 'x' }) })).status).toBe(400);
  });
});
