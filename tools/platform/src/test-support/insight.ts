// Issue 18's end-to-end proof, run by journey.e2e.test.ts on its platform after the journey connected an
// account, bound it to project Web, referenced a secret from Web's variables and deployed web-shop: a second
// project (the account bound to two), two more applications using the secret (three in all), their deploys, a
// rotation of the secret; then the impact of the account and of the secret, the secret's timeline and the audit
// export of that window, checked against the spans every service exported.
import type { ReceivedSpan } from '@keywarden/testing';
import { eventually } from '@keywarden/testing';
import { expect } from 'vitest';
import type { GatewayClient } from './gateway-client.js';

const SLOW = { timeoutMs: 120_000, intervalMs: 500 };

export type InsightStart = {
  api: GatewayClient; gateway: string; spans: () => readonly ReceivedSpan[];
  accountId: string; organizationId: string; projectId: string; groupId: string; secretId: string; applicationId: string;
};
type Env = { environment: string; namespace: string; status: string; accountId: string };
type Deployment = { deploymentId: string; status: string; trigger: string; version: string };
type Entry = { eventId: string; time: string; action: string; resourceKind: string; resourceId: string; traceId: string };
type Application = { applicationId: string; drift: boolean; versionsExact: boolean; secretVersions: Array<{ secretId: string; version: number; current: boolean }> };

export async function insightJourney(s: InsightStart): Promise<void> {
  const { api } = s;
  const q = `?organizationId=${s.organizationId}`;
  const windowStart = new Date(Date.now() - 1000).toISOString();

  // The account bound to a second project: gitops-sync writes a Git credential Secret in each of its environments.
  const created = await api.expect<{ project: { projectId: string } }>(201, 'POST', `/api/v1/projects${q}`, {
    body: { organizationId: s.organizationId, name: 'Api', repositoryUrl: 'https://gitlab.com/acme/api' },
  });
  const apiProject = created.project.projectId;
  await eventually(async () => {
    const { project } = await api.expect<{ project: { environments: Env[] } }>(200, 'GET', `/api/v1/projects/${apiProject}${q}`);
    return project.environments.every((e) => e.status === 'synced' && e.accountId === s.accountId);
  }, { ...SLOW, message: 'the second project synced with the account' });

  // Two more applications using the secret: web-admin through Web's project variable, api-server through its own.
  const register = async (projectId: string, name: string, environment: string) => (await api.expect<{ application: { applicationId: string } }>(201, 'POST', '/api/v1/applications', {
    body: { organizationId: s.organizationId, projectId, name, environment, image: `registry.example.com/acme/${name}`, ports: [8080], replicas: 1 },
  })).application.applicationId;
  const webAdmin = await register(s.projectId, 'web-admin', 'staging');
  const apiServer = await register(apiProject, 'api-server', 'development');
  const own = `/api/v1/secrets/applications/${apiServer}/env-vars/DB_PASSWORD${q}`;
  await eventually(async () => (await api.call('PUT', own, { body: { value: `@secret:${s.secretId}` } })).status === 200, { ...SLOW, message: "api-server's variable set" });
  const apps = [s.applicationId, webAdmin, apiServer];
  const history = async (applicationId: string, trigger?: string) => (await api.expect<{ deployments: Deployment[] }>(200, 'GET',
    `/api/v1/applications/${applicationId}/deployments${q}${trigger ? `&trigger=${trigger}` : ''}`)).deployments;
  for (const applicationId of [webAdmin, apiServer]) await api.expect(202, 'POST', `/api/v1/applications/${applicationId}/deployments${q}`, { body: { version: '1.0.0' } });
  await eventually(async () => {
    for (const applicationId of [webAdmin, apiServer]) if ((await history(applicationId))[0]?.status !== 'succeeded') return false;
    return true;
  }, { ...SLOW, message: 'web-admin and api-server deployed' });

  // The rotation: a new version of the secret; each application using it (autoDeploy) gets one redeploy.
  const rotated = await api.expect<{ secret: { version: number } }>(200, 'POST', `/api/v1/secrets/groups/${s.groupId}/secrets`, {
    body: { name: 'DATABASE_PASSWORD', value: 'rotated-hunter3-longer', replace: true },
  });
  expect(rotated.secret.version).toBe(2);
  const redeploys = await eventually(async () => {
    const found: Deployment[] = [];
    for (const applicationId of apps) {
      const [last] = await history(applicationId, 'secret_rotation');
      if (last?.status !== 'succeeded') return undefined;
      found.push(last);
    }
    return found;
  }, { ...SLOW, message: 'one succeeded rotation redeploy per application' });
  for (const applicationId of apps) expect(await history(applicationId, 'secret_rotation')).toHaveLength(1);

  // Impact of the account: exactly the six bindings of the two projects, each with its GitRepository.
  const accountImpact = await eventually(async () => {
    const r = await api.expect<{ bindings: Array<{ projectId: string; environment: string; gitRepository: { name: string } }> }>(200, 'GET', `/api/v1/impact/accounts/${s.accountId}`);
    return r.bindings.length === 6 ? r : undefined;
  }, { ...SLOW, message: "the account's six bindings" });
  expect(accountImpact.bindings.map((b) => `${b.gitRepository.name}/${b.environment}`).sort()).toEqual(
    ['api/development', 'api/production', 'api/staging', 'web/development', 'web/production', 'web/staging']);

  // Impact of the secret: the two variables, exactly the three applications, each live deployment carrying version 2 as it recorded.
  const secretImpact = await eventually(async () => {
    const r = await api.expect<{ envVars: Array<{ key: string; scope: string }>; applications: Application[] }>(200, 'GET', `/api/v1/impact/secrets/${s.secretId}`);
    return r.applications.length === 3 && r.applications.every((a) => a.secretVersions[0]?.version === 2) ? r : undefined;
  }, { ...SLOW, message: "the secret's impact after the rotation" });
  expect(secretImpact.envVars.map((v) => `${v.scope}:${v.key}`).sort()).toEqual(['application:DB_PASSWORD', 'project:DATABASE_PASSWORD']);
  expect(secretImpact.applications.map((a) => a.applicationId).sort()).toEqual([...apps].sort());
  for (const a of secretImpact.applications) {
    expect(a).toMatchObject({ versionsExact: true, drift: false, secretVersions: [{ secretId: s.secretId, version: 2, current: true }] });
  }

  // The secret's timeline: the rotation, then exactly the redeploys it caused (requested and succeeded).
  const timeline = await eventually(async () => {
    const r = await api.expect<{ entries: Entry[] }>(200, 'GET', `/api/v1/audit?resourceKind=secret&resourceId=${s.secretId}&pageSize=200`);
    const chronological = [...r.entries].reverse();
    const rotation = chronological.findLastIndex((e) => e.action === 'SecretValueChanged');
    const after = chronological.slice(rotation + 1);
    return rotation >= 0 && after.length >= 6 ? { chronological, after } : undefined;
  }, { ...SLOW, message: "the secret's timeline after the rotation" });
  expect(timeline.chronological.map((e) => e.action)).toContain('SecretCreated');
  expect(timeline.after.map((e) => `${e.action} ${e.resourceId}`).sort()).toEqual(
    redeploys.flatMap((d) => [`DeploymentRequested ${d.deploymentId}`, `DeploymentSucceeded ${d.deploymentId}`]).sort());

  // The audit export of the window: every step, each with the trace id of the spans that produced it.
  const to = new Date(Date.now() + 1000).toISOString();
  const exported = await fetch(`${s.gateway}/api/v1/audit/export?format=jsonl&from=${encodeURIComponent(windowStart)}&to=${encodeURIComponent(to)}`, {
    headers: { authorization: `Bearer ${api.token}` },
  });
  expect(exported.status).toBe(200);
  const entries = (await exported.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Entry);
  const has = (action: string, resourceId: string) => entries.find((e) => e.action === action && e.resourceId === resourceId);
  const steps = [
    has('ProjectCreated', apiProject), has('ApplicationRegistered', webAdmin), has('ApplicationRegistered', apiServer),
    entries.find((e) => e.action === 'SecretValueChanged' && e.resourceId === s.secretId),
    ...entries.filter((e) => e.action === 'GitCredentialsSynced' && e.resourceId.startsWith(`${apiProject}.`)),
    ...entries.filter((e) => e.action === 'EnvVarSet'),
    ...redeploys.flatMap((d) => [has('DeploymentRequested', d.deploymentId), has('DeploymentSucceeded', d.deploymentId)]),
  ];
  expect(steps.every(Boolean), JSON.stringify(steps)).toBe(true);
  expect(steps.filter((e) => e?.action === 'GitCredentialsSynced').length).toBeGreaterThanOrEqual(3);
  for (const entry of entries) expect(entry.traceId, `${entry.action} ${entry.resourceId}`).toMatch(/^[0-9a-f]{32}$/);
  // Each step's event was published in a span of the same trace (the outbox's "publish <type>").
  await eventually(() => steps.every((e) => s.spans().some((span) => span.traceId === e!.traceId && span.name === `publish ${e!.action}`)), {
    ...SLOW, message: 'a publish span in the trace of every step',
  }).catch((error: Error) => {
    const missing = steps.filter((e) => !s.spans().some((span) => span.traceId === e!.traceId && span.name === `publish ${e!.action}`));
    throw new Error(`${error.message}: ${missing.map((e) => `${e!.action} ${e!.traceId}`).join(', ')}`);
  });
}
