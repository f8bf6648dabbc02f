// Read-your-writes through the gateway, against the real secrets-vault and the real deployer (in-process, real
// nats-server and PostgreSQL): a project gitops-sync has just created (a stand-in LookupProject answering it;
// its ProjectCreated never published, so neither service can have heard of it) takes a project variable and an
// application on the first request, and the new application its own variable at once (the vault asks the real
// deployer). A project gitops-sync does not know is a 404 problem+json with its stable code and errorId.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { closeBus, connectBus, endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { deployerConfig, deployerService, kubernetesDeployTarget } from '@keywarden/deployer';
import { routeTestApp, send, session, applicationRoutes, secretsRoutes, type RouteTestApp } from '@keywarden/gateway/testing';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { extraConfig, secretsVaultService } from '@keywarden/secrets-vault';
import { createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ORG = randomUUID();
const PROJECT = randomUUID();
const owner = session('owner-1');
const q = `?organizationId=${ORG}`;
const quiet = new Writable({ write: (_c, _e, cb) => cb() });

let nc: NatsConnection;
let kube: KubeApiServer;
const stands: Array<{ stop: () => Promise<unknown> }> = [];
const services: RunningService[] = [];
const databases: TestDatabase[] = [];
let secrets: RouteTestApp;
let applications: RouteTestApp;

const answer = async (response: Response | Promise<Response>) => {
  const r = await response;
  const text = await r.text();
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
};

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-read-through-test' });
  await ensureEventStream(nc, 'gitops', { namespace: bus.namespace });
  await ensureEventStream(nc, 'deploy', { namespace: bus.namespace });
  stands.push(await startRpcService(nc, {
    name: 'identity-stand-in', version: '0.0.1', namespace: bus.namespace,
    endpoints: [endpoint('identity.GetMembership', async (r) => ({ role: r.organizationId === ORG && r.userId === 'owner-1' ? 'owner' : '' }))],
  }));
  stands.push(await startRpcService(nc, {
    name: 'gitops-sync-stand-in', version: '0.0.1', namespace: bus.namespace,
    endpoints: [endpoint('gitops.LookupProject', async (r) => (r.projectId === PROJECT
      ? { found: true, projectId: PROJECT, organizationId: ORG, slug: 'fresh', environments: ['staging'], streamVersion: 1 }
      : { found: false }))],
  }));
  kube = await startKubeApiServer({ namespaces: ['project-fresh-staging'] });
  const env = async (prefix: string, extra: Record<string, string>) => {
    const db = await createTestDatabase(prefix);
    databases.push(db);
    return { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`, ...extra };
  };
  services.push(await startService(secretsVaultService(), loadConfig('secrets-vault', await env('gw_rw_vault', { KW_SECRETS_REWRAP_ON_START: 'false' }), extraConfig), { logDestination: quiet }));
  services.push(await startService(deployerService({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster') }),
    loadConfig('deployer', await env('gw_rw_deployer', {}), deployerConfig), { logDestination: quiet }));
  secrets = routeTestApp('/api/v1/secrets', secretsRoutes, { nc, namespace: bus.namespace });
  applications = routeTestApp('/api/v1/applications', applicationRoutes, { nc, namespace: bus.namespace });
  secrets.as(owner);
  applications.as(owner);
}, 120_000);

afterAll(async () => {
  for (const service of services.reverse()) await service.stop();
  for (const stand of stands) await stand.stop();
  if (nc) await closeBus(nc);
  await kube?.close();
  for (const db of databases) await db.drop();
});

describe('a project created a moment ago, through the gateway', () => {
  it('takes a variable and an application on the first request, and the application its own variable', async () => {
    const variable = await answer(secrets.request(`/api/v1/secrets/projects/${PROJECT}/env-vars/MODE${q}`, send('PUT', { value: 'fresh' })));
    expect(variable, JSON.stringify(variable.body)).toMatchObject({ status: 200, body: { envVar: { scope: 'project', projectId: PROJECT, key: 'MODE' } } });
    const registered = await answer(applications.request('/api/v1/applications', send('POST', {
      organizationId: ORG, projectId: PROJECT, name: `fresh-${PROJECT.slice(0, 8)}`, environment: 'staging', image: 'registry.acme.test/fresh',
    })));
    expect(registered, JSON.stringify(registered.body)).toMatchObject({ status: 201, body: { application: { projectId: PROJECT, namespace: 'project-fresh-staging' } } });
    const applicationId = (registered.body['application'] as { applicationId: string }).applicationId;
    const own = await answer(secrets.request(`/api/v1/secrets/applications/${applicationId}/env-vars/TOKEN${q}`, send('PUT', { value: 'own' })));
    expect(own, JSON.stringify(own.body)).toMatchObject({ status: 200, body: { envVar: { scope: 'application', applicationId, projectId: PROJECT, environment: 'staging' } } });
  });

  it('a project gitops-sync does not know stays a 404 problem+json with its stable code', async () => {
    const unknown = randomUUID();
    const variable = await answer(secrets.request(`/api/v1/secrets/projects/${unknown}/env-vars/MODE${q}`, send('PUT', { value: 'x' })));
    expect(variable).toMatchObject({ status: 404, type: 'application/problem+json', body: { code: 'ERR_NOT_FOUND', errorId: 'VAULT-1ea1' } });
    const registered = await answer(applications.request('/api/v1/applications', send('POST', {
      organizationId: ORG, projectId: unknown, name: `nowhere-${unknown.slice(0, 8)}`, environment: 'staging', image: 'registry.acme.test/nowhere',
    })));
    expect(registered).toMatchObject({ status: 404, type: 'application/problem+json', body: { code: 'ERR_NOT_FOUND', errorId: 'DEPLOY-2ecd', detail: 'no such project' } });
  });
});
