// Environment variables per scope through the gateway, against the real secrets-vault and the
// real deployer (in-process, real nats-server and PostgreSQL) deploying to the Kubernetes API
// test server: two applications of one project in two environments get different
// environments from the same project variables plus their own, and the refusals.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { closeBus, connectBus, endpoint, ensureEventStream, eventPublisher, startRpcService } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { deployerConfig, deployerService, kubernetesDeployTarget } from '@keywarden/deployer';
import { pat, routeTestApp, send, session, applicationRoutes, secretsRoutes, type RouteTestApp } from '@keywarden/gateway/testing';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { extraConfig, secretsVaultService } from '@keywarden/secrets-vault';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ORG = randomUUID();
const PROJECT = randomUUID();
const roles: Record<string, string> = { [`${ORG} owner-1`]: 'owner', [`${ORG} member-1`]: 'member' };
const admin = session('admin-1', ['admin']);
const owner = session('owner-1');
const q = `?organizationId=${ORG}`;
const quiet = new Writable({ write: (_c, _e, cb) => cb() });

let nc: NatsConnection;
let kube: KubeApiServer;
let stopIdentity: () => Promise<void>;
const services: RunningService[] = [];
const databases: TestDatabase[] = [];
let secrets: RouteTestApp;
let applications: RouteTestApp;
const ids: Record<string, string> = {};
const secretIds: Record<string, string> = {};
/** Secret values: in the deployed Secrets, never in the resolved view. */
const VALUES = { shared: `shared-${randomUUID()}`, project: `project-db-${randomUUID()}`, staging: `staging-db-${randomUUID()}`, cart: `cart-token-${randomUUID()}`,
  ledger: `ledger-token-${randomUUID()}`, region: `region-${randomUUID()}` };

const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return (text ? JSON.parse(text) : {}) as T;
};
type Json = Record<string, unknown>;

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-env-scopes-test' });
  await ensureEventStream(nc, 'gitops', { namespace: bus.namespace });
  await ensureEventStream(nc, 'deploy', { namespace: bus.namespace });
  const identity = await startRpcService(nc, {
    name: 'identity-stand-in', version: '0.0.1', namespace: bus.namespace,
    endpoints: [endpoint('identity.GetMembership', async (r) => ({ role: roles[`${r.organizationId} ${r.userId}`] ?? '' }))],
  });
  stopIdentity = () => identity.stop().then(() => undefined);
  kube = await startKubeApiServer({ namespaces: ['project-shop-staging', 'project-shop-production'] });
  const env = async (prefix: string, extra: Record<string, string>) => {
    const db = await createTestDatabase(prefix);
    databases.push(db);
    return { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`, ...extra };
  };
  services.push(await startService(secretsVaultService(), loadConfig('secrets-vault', await env('gw_env_vault', { KW_SECRETS_REWRAP_ON_START: 'false' }), extraConfig), { logDestination: quiet }));
  services.push(await startService(deployerService({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster') }),
    loadConfig('deployer', await env('gw_env_deployer', { KW_DEPLOYER_QUEUE_POLL_MS: '100' }), deployerConfig), { logDestination: quiet }));
  secrets = routeTestApp('/api/v1/secrets', secretsRoutes, { nc, namespace: bus.namespace });
  applications = routeTestApp('/api/v1/applications', applicationRoutes, { nc, namespace: bus.namespace });

  // gitops-sync announces the project; the deployer and the vault both follow it.
  const [published] = await eventPublisher(nc, { source: 'gitops-sync', namespace: bus.namespace })([{
    eventId: randomUUID(), type: 'ProjectCreated', streamId: `project-${PROJECT}`, streamVersion: 1, recordedAt: new Date(), metadata: {},
    data: { projectId: PROJECT, organizationId: ORG, name: 'Shop', slug: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop', provider: 'gitlab', branch: 'main',
      environments: ['staging', 'production'], actorUserId: 'owner-1' },
  }]);
  expect(published?.status).toBe('acked');
  applications.as(owner);
  for (const [name, environment] of [['cart', 'staging'], ['ledger', 'production']] as const) {
    const registered = await eventually(async () => {
      const r = await applications.request('/api/v1/applications', send('POST', { organizationId: ORG, projectId: PROJECT, name, environment, image: `registry.acme.test/${name}` }));
      return r.status === 201 ? ((await r.json()) as { application: { applicationId: string } }) : undefined;
    }, { timeoutMs: 15_000, message: 'the deployer knows the project' });
    ids[name] = registered.application.applicationId;
  }
  // The vault learns the applications from the deployer's ApplicationRegistered.
  secrets.as(owner);
  for (const name of ['cart', 'ledger']) {
    await eventually(async () => (await secrets.request(`/api/v1/secrets/applications/${ids[name]}/env-vars${q}`)).status === 200, { timeoutMs: 15_000, message: `the vault knows ${name}` });
  }

  secrets.as(admin);
  const { group } = await read<{ group: { groupId: string } }>(secrets.request('/api/v1/secrets/groups', send('POST', { name: 'shop' })), 201);
  const put = async (name: string, value: string) =>
    (secretIds[name] = (await read<{ secret: { secretId: string } }>(secrets.request(`/api/v1/secrets/groups/${group.groupId}/secrets`, send('POST', { name, value })))).secret.secretId);
  await put('PROJECT_DB', VALUES.project);
  await put('STAGING_DB', VALUES.staging);
  await put('CART_TOKEN', VALUES.cart);
  await put('LEDGER_TOKEN', VALUES.ledger);
  const { group: regional } = await read<{ group: { groupId: string } }>(secrets.request('/api/v1/secrets/groups', send('POST', { name: 'regional' })), 201);
  await read(secrets.request(`/api/v1/secrets/groups/${regional.groupId}/secrets`, send('POST', { name: 'REGION_KEY', value: VALUES.region })));
  const { group: common } = await read<{ group: { groupId: string } }>(secrets.request('/api/v1/secrets/groups', send('POST', { name: 'common' })), 201);
  await read(secrets.request(`/api/v1/secrets/groups/${common.groupId}/secrets`, send('POST', { name: 'SHARED_KEY', value: VALUES.shared })));
}, 180_000);

afterAll(async () => {
  for (const service of services.reverse()) await service.stop();
  await stopIdentity?.();
  if (nc) await closeBus(nc);
  await kube?.close();
  for (const db of databases) await db.drop();
});

describe('variables per project environment and per application', () => {
  it('two applications of one project in two environments get the same project variables plus their own, nearest scope winning', async () => {
    const setVar = async (path: string, key: string, value: string) =>
      read(secrets.request(`/api/v1/secrets${path}/${key}${path === '/env-vars' ? '' : q}`, send('PUT', { value })));
    secrets.as(admin);
    await setVar('/env-vars', 'LOG_LEVEL', 'info');
    await setVar('/env-vars', 'COMMON', '@group:common');
    secrets.as(owner);
    await setVar(`/projects/${PROJECT}/env-vars`, 'DB', `@secret:${secretIds['PROJECT_DB']}`);
    await setVar(`/projects/${PROJECT}/env-vars`, 'MODE', 'project');
    await setVar(`/projects/${PROJECT}/environments/staging/env-vars`, 'DB', `@secret:${secretIds['STAGING_DB']}`);
    await setVar(`/projects/${PROJECT}/environments/production/env-vars`, 'MODE', 'production');
    await setVar(`/projects/${PROJECT}/environments/production/env-vars`, 'REGIONAL', '@group:regional');
    const cartVar = await setVar(`/applications/${ids['cart']}/env-vars`, 'TOKEN', `@secret:${secretIds['CART_TOKEN']}`);
    expect(cartVar).toMatchObject({ envVar: { scope: 'application', projectId: PROJECT, environment: 'staging', applicationId: ids['cart'], key: 'TOKEN', kind: 'secret_ref' } });
    await setVar(`/applications/${ids['cart']}/env-vars`, 'MODE', 'cart');
    await setVar(`/applications/${ids['ledger']}/env-vars`, 'TOKEN', `@secret:${secretIds['LEDGER_TOKEN']}`);
    await setVar(`/applications/${ids['ledger']}/env-vars`, 'LOG_LEVEL', 'debug');

    // What each would get, and from where: no secret's value in it, not cached.
    const viewOf = async (name: string) => {
      const response = await secrets.request(`/api/v1/secrets/applications/${ids[name]}/environment${q}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      expect(response.status, text).toBe(200);
      for (const secret of Object.values(VALUES)) expect(text).not.toContain(secret);
      const view = JSON.parse(text) as { environment: string; variables: Array<Json & { key: string }>; missing: unknown[] };
      return { environment: view.environment, missing: view.missing, scopes: Object.fromEntries(view.variables.map((v) => [v.key, [v['scope'], v['value'], v['overrides']]])) };
    };
    expect(await viewOf('cart')).toEqual({ environment: 'staging', missing: [], scopes: {
      LOG_LEVEL: ['global', 'info', []], SHARED_KEY: ['global', '', []], DB: ['environment', '', ['project']], MODE: ['application', 'cart', ['project']], TOKEN: ['application', '', []],
    } });
    expect(await viewOf('ledger')).toEqual({ environment: 'production', missing: [], scopes: {
      LOG_LEVEL: ['application', 'debug', ['global']], SHARED_KEY: ['global', '', []], DB: ['project', '', []], MODE: ['environment', 'production', ['project']],
      REGION_KEY: ['environment', '', []], TOKEN: ['application', '', []],
    } });

    // What each does get: deployed, its Secret <name>-env carries exactly its own environment.
    applications.as(owner);
    for (const name of ['cart', 'ledger']) {
      const { deployment } = await read<{ deployment: { deploymentId: string } }>(applications.request(`/api/v1/applications/${ids[name]}/deployments${q}`, send('POST', { version: '1.0.0' })), 202);
      await eventually(async () => {
        const { deployment: d } = await read<{ deployment: { status: string; error: string } }>(applications.request(`/api/v1/applications/${ids[name]}/deployments/${deployment.deploymentId}${q}`));
        if (d.status === 'failed') throw new Error(`deployment failed: ${d.error}`);
        return d.status === 'succeeded';
      }, { timeoutMs: 20_000, message: `${name} deployed` });
    }
    const envOf = (namespace: string, name: string) => {
      const secret = kube.get('Secret', namespace, `${name}-env`) as unknown as { data: Record<string, string> };
      return Object.fromEntries(Object.entries(secret.data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
    };
    expect(envOf('project-shop-staging', 'cart')).toEqual({ LOG_LEVEL: 'info', SHARED_KEY: VALUES.shared, DB: VALUES.staging, MODE: 'cart', TOKEN: VALUES.cart });
    expect(envOf('project-shop-production', 'ledger')).toEqual({
      LOG_LEVEL: 'debug', SHARED_KEY: VALUES.shared, DB: VALUES.project, MODE: 'production', REGION_KEY: VALUES.region, TOKEN: VALUES.ledger,
    });
  }, 60_000);

  it('lists each scope with its targets', async () => {
    secrets.as(session('member-1'));
    const list = async (path: string) => (await read<{ envVars: Array<{ key: string }> }>(secrets.request(`/api/v1/secrets${path}${q}`))).envVars.map((v) => v.key);
    expect(await list(`/projects/${PROJECT}/env-vars`)).toEqual(['DB', 'MODE']);
    expect(await list(`/projects/${PROJECT}/environments/production/env-vars`)).toEqual(['MODE', 'REGIONAL']);
    expect(await list(`/applications/${ids['ledger']}/env-vars`)).toEqual(['LOG_LEVEL', 'TOKEN']);
  });

  it('refuses with problem+json: members change nothing, non-members reach nothing, PATs need the scope, bad paths reach no service', async () => {
    const problemOf = async (path: string, init: RequestInit | undefined, status: number) => {
      const response = await secrets.request(path, init);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      return (await response.json()) as { code: string; detail: string };
    };
    secrets.as(session('member-1'));
    expect(await problemOf(`/api/v1/secrets/applications/${ids['cart']}/env-vars/X${q}`, send('PUT', { value: 'y' }), 403)).toMatchObject({ code: 'ERR_FORBIDDEN', detail: expect.stringContaining('owners and admins') });
    // Not a member: the gateway refuses before asking the vault.
    secrets.as(session('stranger'));
    let calls = secrets.calls.filter((c) => c.includes('rpc.secrets.')).length;
    expect(await problemOf(`/api/v1/secrets/applications/${ids['cart']}/environment${q}`, undefined, 403)).toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect(secrets.calls.filter((c) => c.includes('rpc.secrets.')).length).toBe(calls);
    // Not naming the organization: the vault finds the caller is no member of the project's.
    expect(await problemOf(`/api/v1/secrets/projects/${PROJECT}/env-vars`, undefined, 403)).toMatchObject({ code: 'ERR_FORBIDDEN' });
    // Global variables reach every organization: an owner of one may not change them.
    secrets.as(owner);
    expect(await problemOf('/api/v1/secrets/env-vars/LOG_LEVEL', send('PUT', { value: 'trace' }), 403)).toMatchObject({ detail: expect.stringContaining('secrets:admin') });
    secrets.as(pat('owner-1', ['secrets:read']));
    calls = secrets.calls.length;
    expect(await problemOf(`/api/v1/secrets/applications/${ids['cart']}/env-vars/X${q}`, send('PUT', { value: 'y' }), 403)).toMatchObject({ detail: expect.stringContaining('secrets:write') });
    expect(secrets.calls.length).toBe(calls);
    secrets.as(owner);
    calls = secrets.calls.length;
    expect(await problemOf(`/api/v1/secrets/projects/${PROJECT}/environments/Prod!/env-vars${q}`, undefined, 400)).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await problemOf(`/api/v1/secrets/applications/not-a-uuid/environment${q}`, undefined, 400)).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await problemOf(`/api/v1/secrets/applications/${ids['cart']}/env-vars/1BAD${q}`, send('PUT', { value: 'y' }), 400)).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await problemOf(`/api/v1/secrets/applications/${ids['cart']}/env-vars/X?organizationId=nope`, send('PUT', { value: 'y' }), 400)).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(secrets.calls.length).toBe(calls);
    expect(await problemOf(`/api/v1/secrets/applications/${randomUUID()}/environment${q}`, undefined, 404)).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(await problemOf(`/api/v1/secrets/projects/${PROJECT}/environments/qa/env-vars/X${q}`, send('PUT', { value: 'y' }), 404)).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(await problemOf(`/api/v1/secrets/applications/${ids['cart']}/env-vars/NOPE${q}`, { method: 'DELETE' }, 404)).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });
});
