// /api/v1/impact against the real audit service (in-process, real nats-server and PostgreSQL) fed
// with real events; identity's GetMembership is a stand-in endpoint on the same bus.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { auditConfig, auditService, auditSettings } from '@keywarden/audit';
import { endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { contexts, encodeEvent, type EventName } from '@keywarden/contracts';
import { connectDatabase } from '@keywarden/db';
import { impactRoutes, pat, routeTestApp, session, type RouteTestApp } from '@keywarden/gateway/testing';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const [ORG, OTHER, project, otherProject] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const [account, group, secret, provider, application, deployment, envVar] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const roles: Record<string, string> = { [`${ORG} member-1`]: 'member' };

let db: TestDatabase;
let audit: RunningService;
let app: RouteTestApp;
let stopIdentity: () => Promise<void>;

beforeAll(async () => {
  db = await createTestDatabase('gw_impact');
  const { natsUrl, namespace } = testBus();
  const env = { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' };
  const config = loadConfig('audit', env, auditConfig, { database: true });
  audit = await startService(auditService(() => auditSettings(config.extra)), config, { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  for (const context of contexts) await ensureEventStream(audit.deps.nc, context, { namespace });
  const identity = await startRpcService(audit.deps.nc, {
    name: 'identity-stand-in', version: '0.0.1', namespace,
    endpoints: [endpoint('identity.GetMembership', async (r) => ({ role: roles[`${r.organizationId} ${r.userId}`] ?? '' }))],
  });
  stopIdentity = () => identity.stop().then(() => undefined);
  let published = 0;
  const publish = async (type: EventName, streamId: string, data: Record<string, unknown>) => {
    const msg = encodeEvent({ eventId: randomUUID(), type, streamId, streamVersion: 1, time: new Date().toISOString(), source: 'test', data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(audit.deps.nc).publish(msg.subject, msg.data, { msgID: msg.msgId, headers: h });
    published++;
  };
  const binding = (projectId: string, organizationId: string, slug: string) => publish('GitCredentialsSynced', `binding-${projectId}.dev`, {
    projectId, organizationId, environment: 'dev', namespace: `project-${slug}-dev`, secretName: `${slug}-git-auth`, accountId: account, tokenGeneration: 4, tokenFingerprint: 'tf4',
  });
  await publish('ProjectCreated', `project-${project}`, { projectId: project, organizationId: ORG, name: 'Shop', slug: 'shop', repositoryUrl: 'https://git.example/shop.git' });
  await publish('ProjectCreated', `project-${otherProject}`, { projectId: otherProject, organizationId: OTHER, name: 'Else', slug: 'else', repositoryUrl: 'https://git.example/else.git' });
  await binding(project, ORG, 'shop');
  await binding(otherProject, OTHER, 'else');
  await publish('SecretGroupCreated', `secret_group-${group}`, { groupId: group, name: 'payments' });
  await publish('ProviderConfigured', `provider-${provider}`, { providerId: provider, name: 'vault', providerType: 'hashicorp-vault', groupId: group });
  await publish('SecretCreated', `secret-${secret}`, { secretId: secret, groupId: group, name: 'DB_PASSWORD', providerId: provider, version: 1, valueFingerprint: 'fp1' });
  await publish('EnvVarSet', `env_var-${envVar}`, { envVarId: envVar, scope: 'environment', projectId: project, environment: 'dev', key: 'DB', kind: 'secret_ref', reference: secret });
  await publish('ApplicationRegistered', `application-${application}`, { applicationId: application, organizationId: ORG, projectId: project, environment: 'dev', name: 'web', namespace: 'project-shop-dev' });
  await publish('DeploymentRequested', `deployment-${deployment}`, { deploymentId: deployment, applicationId: application, version: '1.0.0' });
  await publish('DeploymentSucceeded', `deployment-${deployment}`, { deploymentId: deployment, applicationId: application, version: '1.0.0' });
  const database = connectDatabase(db.url, { applicationName: 'gw-impact-test', max: 1 });
  await eventually(async () => (await database.sql`select count(*)::int as n from audit_entries`)[0]!.n === published, { timeoutMs: 30_000, message: 'every event is consumed' });
  await database.close();
  app = routeTestApp('/api/v1/impact', impactRoutes, { nc: audit.deps.nc, namespace });
}, 90_000);

afterAll(async () => {
  await stopIdentity?.();
  await audit?.stop();
  await db?.drop();
});

const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return JSON.parse(text) as T;
};
type Impact = Record<string, Array<Record<string, unknown>>>;

describe('/api/v1/impact', () => {
  it("answers an account's bindings: all for an administrator, the organization's for a member", async () => {
    app.as(session('admin-1', ['admin']));
    const all = await read<Impact>(app.request(`/api/v1/impact/accounts/${account}`));
    expect(all['bindings']!.map((b) => b['projectId']).sort()).toEqual([project, otherProject].sort());
    app.as(session('member-1'));
    const mine = await read<Impact>(app.request(`/api/v1/impact/accounts/${account}?organizationId=${ORG}`));
    expect(mine['bindings']).toEqual([expect.objectContaining({
      projectId: project, namespace: 'project-shop-dev', secretName: 'shop-git-auth', gitRepository: { name: 'shop', namespace: 'project-shop-dev', url: 'https://git.example/shop.git' },
    })]);
  });

  it("answers a secret's and a group's variables and applications with the version the live deployment carries", async () => {
    app.as(session('member-1'));
    const s = await read<Impact & { secret: Record<string, unknown> }>(app.request(`/api/v1/impact/secrets/${secret}?organizationId=${ORG}`));
    expect(s.secret).toMatchObject({ secretId: secret, version: 1, valueFingerprint: 'fp1' });
    expect(s['envVars']!.map((v) => v['envVarId'])).toEqual([envVar]);
    expect(s['applications']).toEqual([expect.objectContaining({
      applicationId: application, liveDeploymentId: deployment, liveVersion: '1.0.0', secretVersions: [{ secretId: secret, version: 1, valueFingerprint: 'fp1', current: true }],
    })]);
    const g = await read<Impact>(app.request(`/api/v1/impact/groups/${group}?organizationId=${ORG}`));
    expect(g['secrets']!.map((x) => x['secretId'])).toEqual([secret]);
    expect(g['applications']!.map((x) => x['applicationId'])).toEqual([application]);
  });

  it("answers a provider's groups and secrets to an administrator", async () => {
    app.as(session('admin-1', ['admin']));
    const p = await read<Impact>(app.request(`/api/v1/impact/providers/${provider}`));
    expect(p['groups']!.map((x) => x['groupId'])).toEqual([group]);
    expect(p['secrets']!.map((x) => x['secretId'])).toEqual([secret]);
  });

  it('refuses, as problem+json, non-members, members without an organization, PATs without audit:read, unknown objects and bad ids', async () => {
    for (const [actor, path, code, status] of [
      [session('member-1'), `/api/v1/impact/accounts/${account}?organizationId=${OTHER}`, 'ERR_FORBIDDEN', 403],
      [session('member-1'), `/api/v1/impact/secrets/${secret}`, 'ERR_FORBIDDEN', 403],
      [session('member-1'), `/api/v1/impact/providers/${provider}`, 'ERR_FORBIDDEN', 403],
      [pat('member-1', ['deploy:read']), `/api/v1/impact/groups/${group}?organizationId=${ORG}`, 'ERR_FORBIDDEN', 403],
      [session('admin-1', ['admin']), `/api/v1/impact/secrets/${randomUUID()}`, 'ERR_NOT_FOUND', 404],
      [session('admin-1', ['admin']), '/api/v1/impact/groups/not-a-uuid', 'ERR_VALIDATION', 400],
      [session('admin-1', ['admin']), `/api/v1/impact/accounts/${account}?organizationId=nope`, 'ERR_VALIDATION', 400],
    ] as const) {
      app.as(actor);
      const r = await app.request(path);
      expect(r.status, path).toBe(status);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(((await r.json()) as { code: string }).code).toBe(code);
    }
  });
});
