import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInfisicalSimulator, type InfisicalSimulator } from './infisical.js';

let sim: InfisicalSimulator;
beforeAll(async () => {
  sim = await startInfisicalSimulator();
  sim.addIdentity({ clientId: 'c1', clientSecret: 's1' });
  sim.setSecret('w1', 'prod', '/api', 'KEY', 'v');
});
afterAll(() => sim.close());

const login = (clientSecret: string) =>
  fetch(`${sim.url}/api/v1/auth/universal-auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'c1', clientSecret }) });

describe('Infisical simulator', () => {
  it('logs in with universal auth and lists raw secrets of an environment and path', async () => {
    const { accessToken, tokenType } = (await (await login('s1')).json()) as { accessToken: string; tokenType: string };
    expect(tokenType).toBe('Bearer');
    const res = await fetch(`${sim.url}/api/v3/secrets/raw?workspaceId=w1&environment=prod&secretPath=/api`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(await res.json()).toMatchObject({ secrets: [{ secretKey: 'KEY', secretValue: 'v', environment: 'prod', version: 1 }] });
    const other = await fetch(`${sim.url}/api/v3/secrets/raw?workspaceId=w1&environment=prod&secretPath=/`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(await other.json()).toMatchObject({ secrets: [] });
  });

  it('refuses wrong credentials and missing tokens with 401', async () => {
    expect((await login('wrong')).status).toBe(401);
    expect((await fetch(`${sim.url}/api/v3/secrets/raw?workspaceId=w1&environment=prod`)).status).toBe(401);
  });
});
