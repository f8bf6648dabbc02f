// The impact read models on a real nats-server and PostgreSQL, fed by the audit consumers with
// real events: an account's bindings and GitRepositories, a secret's and a group's variables,
// applications and the versions their live deployments carry, a provider's groups and secrets;
// members see their organization's part, administrators all, bad requests change nothing.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, ensureEventStream } from '@keywarden/bus';
import { contexts } from '@keywarden/contracts';
import { connectDatabase, type Database } from '@keywarden/db';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditConfig, auditSettings } from './config.js';
import { auditService } from './service.js';
import { publishEvent } from './test-support.js';

const bus = testBus();
let db: TestDatabase;
let service: RunningService;
let database: Database;
const [o1, o2, admin, ann] = ['org-1', 'org-2', randomUUID(), randomUUID()];
const [p1, p2, accountA, accountB] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const [g1, s1, s2, s3, prov] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const [app1, app2, app3, app4, d1, d2, d3] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const [ev1, ev2, ev3, ev4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const asAdmin = { userId: admin, roles: ['admin'] };
const member = (organizationId: string) => ({ userId: ann, roles: [], organizationId, organizationRole: 'member' });
const call = (method: 'audit.GetAccountImpact' | 'audit.GetSecretImpact' | 'audit.GetGroupImpact' | 'audit.GetProviderImpact', request: Record<string, unknown>) =>
  callRpc(service.deps.nc, method, request as never, { namespace: bus.namespace }) as Promise<Record<string, unknown>>;
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
let total = 0;

beforeAll(async () => {
  db = await createTestDatabase('audit_impact');
  // An object not in the read models is waited for this long before the 404 (2 s by default).
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_AUDIT_IMPACT_WAIT_MS: '1500' };
  const config = loadConfig('audit', env, auditConfig, { database: true });
  service = await startService(auditService(() => auditSettings(config.extra)), config, { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  database = connectDatabase(db.url, { applicationName: 'audit-impact-test', max: 2 });
  for (const context of contexts) await ensureEventStream(service.deps.nc, context, { namespace: bus.namespace });
  const publish = async (type: Parameters<typeof publishEvent>[2]['type'], streamId: string, data: Record<string, unknown>, minute: number) => {
    total++;
    await publishEvent(service.deps.nc, bus.namespace, { type, streamId, data, time: at(minute) });
  };
  const binding = (projectId: string, organizationId: string, environment: string, slug: string, accountId: string, generation: number) =>
    publish('GitCredentialsSynced', `binding-${projectId}.${environment}`, {
      projectId, organizationId, environment, namespace: `project-${slug}-${environment}`, secretName: `${slug}-git-auth`, accountId,
      tokenGeneration: generation, tokenFingerprint: `fp-${generation}`, trigger: 'project_created',
    }, 1);
  const app = (applicationId: string, organizationId: string, projectId: string, environment: string, name: string) =>
    publish('ApplicationRegistered', `application-${applicationId}`, { applicationId, organizationId, projectId, environment, name, namespace: `ns-${environment}`, image: 'img' }, 2);
  const deployment = async (deploymentId: string, applicationId: string, version: string, requested: number, outcome: 'DeploymentSucceeded' | 'DeploymentFailed') => {
    await publish('DeploymentRequested', `deployment-${deploymentId}`, { deploymentId, applicationId, version, trigger: 'manual' }, requested);
    await publish(outcome, `deployment-${deploymentId}`, { deploymentId, applicationId, version, trigger: 'manual' }, requested + 1);
  };

  await publish('ProjectCreated', `project-${p1}`, { projectId: p1, organizationId: o1, name: 'Shop', slug: 'shop', repositoryUrl: 'https://git.example/shop.git', environments: ['dev', 'prod', 'staging'] }, 0);
  await publish('ProjectCreated', `project-${p2}`, { projectId: p2, organizationId: o2, name: 'Blog', slug: 'blog', repositoryUrl: 'https://git.example/blog.git', environments: ['dev', 'prod'] }, 0);
  await binding(p1, o1, 'dev', 'shop', accountA, 1);
  await binding(p1, o1, 'prod', 'shop', accountA, 1);
  await binding(p1, o1, 'staging', 'shop', accountB, 1);
  await binding(p1, o1, 'staging', 'shop', accountA, 2); // the owner changed: now A's token
  await binding(p2, o2, 'dev', 'blog', accountA, 1);
  await binding(p2, o2, 'prod', 'blog', accountB, 1);

  await publish('SecretGroupCreated', `secret_group-${g1}`, { groupId: g1, name: 'payments' }, 0);
  await publish('ProviderConfigured', `provider-${prov}`, { providerId: prov, name: 'vault-eu', providerType: 'hashicorp-vault', groupId: g1, enabled: true }, 0);
  await publish('SecretGroupProviderLinked', `secret_group-${g1}`, { groupId: g1, providerId: prov }, 0);
  await publish('SecretCreated', `secret-${s1}`, { secretId: s1, groupId: g1, name: 'DB_PASSWORD', source: 'manual', version: 1, valueFingerprint: 'v1fp' }, 1);
  await publish('SecretCreated', `secret-${s2}`, { secretId: s2, groupId: g1, name: 'API_KEY', source: 'provider', providerId: prov, version: 1, valueFingerprint: 'k1fp' }, 1);
  await publish('SecretCreated', `secret-${s3}`, { secretId: s3, groupId: '', name: 'OTHER', source: 'manual', version: 1, valueFingerprint: 'o1fp' }, 1);
  await publish('ProviderSyncCompleted', `provider-${prov}`, { providerId: prov, groupId: g1, syncId: 'sync-1', trigger: 'manual', createdCount: 1, completedAt: at(1) }, 1);
  await publish('EnvVarSet', `env_var-${ev1}`, { envVarId: ev1, scope: 'project', projectId: p1, key: 'DB_PASSWORD', kind: 'secret_ref', reference: s1 }, 1);
  await publish('EnvVarSet', `env_var-${ev2}`, { envVarId: ev2, scope: 'application', projectId: p2, environment: 'dev', applicationId: app3, key: 'PAY', kind: 'group_ref', reference: 'payments' }, 1);
  await publish('EnvVarSet', `env_var-${ev3}`, { envVarId: ev3, scope: 'project', projectId: p2, key: 'PLAIN', kind: 'plain', valueFingerprint: 'x' }, 1);
  await publish('EnvVarSet', `env_var-${ev4}`, { envVarId: ev4, scope: 'project', projectId: p2, key: 'OLD', kind: 'secret_ref', reference: s1 }, 1);
  await publish('EnvVarSet', `env_var-${ev4}`, { envVarId: ev4, scope: 'project', projectId: p2, key: 'OLD', kind: 'plain', valueFingerprint: 'y' }, 2);

  await app(app1, o1, p1, 'dev', 'web');
  await app(app2, o1, p1, 'prod', 'web');
  await app(app3, o2, p2, 'dev', 'blog');
  await app(app4, o2, p2, 'dev', 'other');
  await deployment(d1, app1, '1.0.0', 10, 'DeploymentSucceeded');
  await publish('SecretValueChanged', `secret-${s1}`, { secretId: s1, groupId: g1, version: 2, valueFingerprint: 'v2fp', source: 'manual' }, 20);
  await deployment(d2, app2, '2.0.0', 30, 'DeploymentSucceeded');
  await deployment(d3, app1, '1.1.0', 40, 'DeploymentFailed'); // the live one stays d1
  // Every event went through its context's consumer (the trail and the impact models are written together).
  await eventually(async () => (await database.sql`select count(*)::int as n from audit_entries`)[0]!.n === total, { timeoutMs: 30_000, message: 'every event is consumed' });
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

const ids = (list: unknown, field: string) => (list as Array<Record<string, unknown>>).map((item) => item[field]).sort();

describe('impact', () => {
  it("lists an account's bindings with their Secrets and GitRepositories; a member sees their organization's", async () => {
    const answer = await call('audit.GetAccountImpact', { actor: asAdmin, accountId: accountA });
    const bindings = answer['bindings'] as Array<Record<string, unknown>>;
    expect(bindings.map((b) => `${b['projectId']}/${b['environment']}`).sort()).toEqual([`${p1}/dev`, `${p1}/prod`, `${p1}/staging`, `${p2}/dev`].sort());
    expect(bindings.find((b) => b['projectId'] === p1 && b['environment'] === 'staging')).toMatchObject({
      organizationId: o1, namespace: 'project-shop-staging', secretName: 'shop-git-auth', projectName: 'Shop', tokenFingerprint: 'fp-2',
      gitRepository: { name: 'shop', namespace: 'project-shop-staging', url: 'https://git.example/shop.git' },
    });
    const mine = await call('audit.GetAccountImpact', { actor: member(o2), accountId: accountA, organizationId: o2 });
    expect(ids(mine['bindings'], 'projectId')).toEqual([p2]);
    const b = await call('audit.GetAccountImpact', { actor: asAdmin, accountId: accountB });
    expect((b['bindings'] as unknown[]).length).toBe(1);
  });

  it("lists a secret's variables, the applications resolving them and the version each live deployment carries", async () => {
    const answer = await call('audit.GetSecretImpact', { actor: asAdmin, secretId: s1 });
    expect(answer['secret']).toMatchObject({ secretId: s1, name: 'DB_PASSWORD', version: 2, valueFingerprint: 'v2fp' });
    expect(ids(answer['envVars'], 'envVarId')).toEqual([ev1, ev2].sort());
    const apps = answer['applications'] as Array<Record<string, unknown>>;
    expect(ids(apps, 'applicationId')).toEqual([app1, app2, app3].sort());
    // app1's live deployment was requested before the rotation: it carries version 1; its failed redeploy changed nothing.
    expect(apps.find((a) => a['applicationId'] === app1)).toMatchObject({ liveDeploymentId: d1, liveVersion: '1.0.0', secretVersions: [{ secretId: s1, version: 1, valueFingerprint: 'v1fp' }] });
    expect(apps.find((a) => a['applicationId'] === app2)).toMatchObject({ liveDeploymentId: d2, secretVersions: [{ secretId: s1, version: 2, valueFingerprint: 'v2fp', current: true }] });
    expect(apps.find((a) => a['applicationId'] === app3)?.['liveDeploymentId'] ?? '').toBe('');
    const mine = await call('audit.GetSecretImpact', { actor: member(o1), secretId: s1, organizationId: o1 });
    expect(ids(mine['envVars'], 'envVarId')).toEqual([ev1]);
    expect(ids(mine['applications'], 'applicationId')).toEqual([app1, app2].sort());
    const unused = await call('audit.GetSecretImpact', { actor: asAdmin, secretId: s3 });
    expect([unused['envVars'] ?? [], unused['applications'] ?? []]).toEqual([[], []]);
  });

  it("lists a group's secrets, the variables referencing it or them, and their applications", async () => {
    const answer = await call('audit.GetGroupImpact', { actor: asAdmin, groupId: g1 });
    expect(answer['group']).toMatchObject({ groupId: g1, name: 'payments', providerId: prov });
    expect(ids(answer['secrets'], 'secretId')).toEqual([s1, s2].sort());
    expect(ids(answer['envVars'], 'envVarId')).toEqual([ev1, ev2].sort());
    expect(ids(answer['applications'], 'applicationId')).toEqual([app1, app2, app3].sort());
    // app1 resolves DB_PASSWORD alone (a secret reference), not the group's other secret.
    const apps = answer['applications'] as Array<Record<string, unknown>>;
    expect(apps.find((a) => a['applicationId'] === app1)?.['secretVersions']).toEqual([{ secretId: s1, version: 1, valueFingerprint: 'v1fp', current: false }]);
  });

  it("lists a provider's groups and the secrets it synced, for administrators", async () => {
    const answer = await call('audit.GetProviderImpact', { actor: asAdmin, providerId: prov });
    expect(answer).toMatchObject({ name: 'vault-eu', providerType: 'hashicorp-vault', lastSyncOutcome: 'success' });
    expect(ids(answer['groups'], 'groupId')).toEqual([g1]);
    expect(ids(answer['secrets'], 'secretId')).toEqual([s2]);
    await expect(call('audit.GetProviderImpact', { actor: member(o1), providerId: prov })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('waits for a group or a secret created a moment ago, its event still on the way, instead of a 404', async () => {
    const [group, secret] = [randomUUID(), randomUUID()];
    const groupAnswer = call('audit.GetGroupImpact', { actor: asAdmin, groupId: group });
    const secretAnswer = call('audit.GetSecretImpact', { actor: asAdmin, secretId: secret });
    // Both questions are asked before the events are published.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await publishEvent(service.deps.nc, bus.namespace, { type: 'SecretGroupCreated', streamId: `secret_group-${group}`, data: { groupId: group, name: 'just-made' }, time: at(5) });
    await publishEvent(service.deps.nc, bus.namespace, {
      type: 'SecretCreated', streamId: `secret-${secret}`, data: { secretId: secret, groupId: group, name: 'NEW_KEY', source: 'manual', version: 1, valueFingerprint: 'nfp' }, time: at(5),
    });
    expect(await groupAnswer).toMatchObject({ group: { groupId: group, name: 'just-made' } });
    expect(await secretAnswer).toMatchObject({ secret: { secretId: secret, name: 'NEW_KEY', groupId: group } });
  });

  it('refuses other organizations, missing organizations for members, unknown objects and bad ids', async () => {
    await expect(call('audit.GetSecretImpact', { actor: member(o1), secretId: s1 })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(call('audit.GetAccountImpact', { actor: member(o1), accountId: accountA, organizationId: o2 })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(call('audit.GetGroupImpact', { actor: {}, groupId: g1, organizationId: o1 })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(call('audit.GetSecretImpact', { actor: asAdmin, secretId: randomUUID() })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(call('audit.GetGroupImpact', { actor: asAdmin, groupId: randomUUID() })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(call('audit.GetProviderImpact', { actor: asAdmin, providerId: randomUUID() })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(call('audit.GetAccountImpact', { actor: asAdmin, accountId: '' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(call('audit.GetSecretImpact', { actor: asAdmin, secretId: 'a b' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
  });
});
