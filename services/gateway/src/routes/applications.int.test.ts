// /api/v1/applications against a stand-in deployer (rpc.deploy.*) and
// identity's GetMembership on the real bus: what each route passes on (the
// actor with the organization role, the update mask, filters), what it answers,
// and the permission checks the gateway itself makes (PAT scopes, membership).
import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, endpoint, startRpcService } from '@keywarden/bus';
import { KeywardenError } from '@keywarden/errors';
import { testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiRouter } from '../openapi.js';
import { startFakeDeployer, type FakeDeployer } from '../test-support/fake-deployer.js';
import { pat, routeTestApp, send, session, type RouteTestApp } from '../test-support/route-app.js';
import { applicationRoutes } from './applications.js';

const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const PROJECT = randomUUID();
const roles: Record<string, string> = { [`${ORG} owner-1`]: 'owner', [`${ORG} member-1`]: 'member', [`${OTHER_ORG} stranger`]: 'owner' };

let nc: NatsConnection;
let deployer: FakeDeployer;
let app: RouteTestApp;
let stopIdentity: () => Promise<void>;

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-applications-test' });
  deployer = await startFakeDeployer(nc, bus.namespace);
  const identity = await startRpcService(nc, {
    name: 'identity-stand-in', version: '0.0.1', namespace: bus.namespace,
    endpoints: [endpoint('identity.GetMembership', async (r) => ({ role: roles[`${r.organizationId} ${r.userId}`] ?? '' }))],
  });
  stopIdentity = () => identity.stop().then(() => undefined);
  app = routeTestApp('/api/v1/applications', applicationRoutes, { nc, namespace: bus.namespace });
});

afterAll(async () => {
  await stopIdentity?.();
  await deployer?.stop();
  if (nc) await closeBus(nc);
});

const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return text ? (JSON.parse(text) as T) : ({} as T);
};
type AppBody = { application: { applicationId: string; name: string; image: string; replicas: number; autoDeploy: boolean; webhookEnabled: boolean; webhookTokenPrefix: string } };
type DeploymentBody = { deployment: { deploymentId: string; applicationId: string; version: string; trigger: string; status: string } };
const q = `?organizationId=${ORG}`;

describe('/api/v1/applications', () => {
  let appId = '';
  let token = '';

  it('an owner registers an application: the webhook token is shown once, never stored by a cache', async () => {
    app.as(session('owner-1'));
    const response = await app.request('/api/v1/applications', send('POST', {
      organizationId: ORG, projectId: PROJECT, name: 'web-shop', environment: 'production', image: 'registry.example.com/acme/web-shop', ports: [8080],
      resources: { cpuRequest: '250m', memoryLimit: '512Mi' },
    }));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await read<AppBody & { webhookToken: string; signingSecret?: string }>(response, 201);
    appId = body.application.applicationId;
    token = body.webhookToken;
    expect(token).toMatch(/^whk_/);
    expect(body).not.toHaveProperty('signingSecret');
    expect(body.application.webhookTokenPrefix).toBe(token.slice(0, 8));
    // Defaults the API promises: webhook on, auto-deploy on, signatures off; the actor carries the owner role.
    expect(deployer.last('deploy.RegisterApplication')).toMatchObject({
      actor: { userId: 'owner-1', organizationId: ORG, organizationRole: 'owner', credential: 'session' },
      projectId: PROJECT, name: 'web-shop', environment: 'production', ports: [8080], webhookEnabled: true, autoDeploy: true, signatureRequired: false,
      resources: { cpuRequest: '250m', cpuLimit: '', memoryRequest: '', memoryLimit: '512Mi' },
    });
  });

  it('members list and read applications, by organization and by project', async () => {
    app.as(session('member-1'));
    const list = await read<{ applications: Array<{ name: string }> }>(app.request(`/api/v1/applications${q}`));
    expect(list.applications.map((a) => a.name)).toEqual(['web-shop']);
    expect(JSON.stringify(list)).not.toContain(token);
    const byProject = await read<{ applications: unknown[] }>(app.request(`/api/v1/applications${q}&projectId=${randomUUID()}`));
    expect(byProject.applications).toEqual([]);
    expect(deployer.last('deploy.ListApplications')?.actor?.organizationRole).toBe('member');
    const one = await read<AppBody>(app.request(`/api/v1/applications/${appId}${q}`));
    expect(one.application.name).toBe('web-shop');
    // The organization is required to list.
    await read(app.request('/api/v1/applications'), 400);
  });

  it('PATCH sends only the fields given as the update mask', async () => {
    app.as(session('owner-1'));
    const changed = await read<AppBody>(app.request(`/api/v1/applications/${appId}${q}`, send('PATCH', { replicas: 3, autoDeploy: false })));
    expect(changed.application).toMatchObject({ replicas: 3, autoDeploy: false, image: 'registry.example.com/acme/web-shop', webhookEnabled: true });
    expect(deployer.last('deploy.UpdateApplication')?.updateMask).toEqual(['replicas', 'auto_deploy']);
    const signed = await app.request(`/api/v1/applications/${appId}${q}`, send('PATCH', { signatureRequired: true }));
    expect(signed.headers.get('cache-control')).toBe('no-store');
    expect((await read<{ signingSecret: string }>(signed)).signingSecret).toMatch(/^whsec_/);
    expect(deployer.last('deploy.UpdateApplication')?.updateMask).toEqual(['signature_required']);
    const before = app.calls.length;
    await read(app.request(`/api/v1/applications/${appId}${q}`, send('PATCH', {})), 400);
    await read(app.request(`/api/v1/applications/${appId}${q}`, send('PATCH', { name: 'renamed' })), 400);
    expect(app.calls.length).toBe(before);
  });

  it('regenerates the webhook token (and the signing secret when asked)', async () => {
    app.as(session('owner-1'));
    const response = await app.request(`/api/v1/applications/${appId}/webhook-token${q}`, send('POST', { rotateSigningSecret: true }));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await read<{ webhookToken: string; signingSecret: string }>(response);
    expect(body.webhookToken).toMatch(/^whk_/);
    expect(body.webhookToken).not.toBe(token);
    expect(body.signingSecret).toMatch(/^whsec_/);
    expect(deployer.last('deploy.RegenerateWebhookToken')).toMatchObject({ applicationId: appId, rotateSigningSecret: true });
    // No body: the token only.
    await read(app.request(`/api/v1/applications/${appId}/webhook-token${q}`, { method: 'POST' }));
    expect(deployer.last('deploy.RegenerateWebhookToken')?.rotateSigningSecret).toBe(false);
  });

  it('deploys a version, rolls back, and pages through the filtered history', async () => {
    app.as(session('owner-1'));
    const first = await app.request(`/api/v1/applications/${appId}/deployments${q}`, send('POST', { version: '1.0.0' }));
    const deployed = await read<DeploymentBody>(first, 202);
    expect(deployed.deployment).toMatchObject({ applicationId: appId, version: '1.0.0', trigger: 'manual', status: 'pending' });
    expect(first.headers.get('location')).toBe(`/api/v1/applications/${appId}/deployments/${deployed.deployment.deploymentId}`);
    // The stand-in's rollout: 1.0.0 succeeded, 1.1.0 runs now.
    deployer.deployments[0]!.status = 'succeeded';
    await read(app.request(`/api/v1/applications/${appId}/deployments${q}`, send('POST', { version: '1.1.0' })), 202);
    deployer.deployments[0]!.status = 'succeeded';
    deployer.applications.get(appId)!.currentVersion = '1.1.0';

    const rolledBack = await read<DeploymentBody & { deployment: { rollbackOfDeploymentId: string } }>(
      app.request(`/api/v1/applications/${appId}/rollback${q}`, { method: 'POST' }), 202);
    expect(rolledBack.deployment).toMatchObject({ version: '1.0.0', trigger: 'rollback', rollbackOfDeploymentId: deployed.deployment.deploymentId });
    expect(deployer.last('deploy.RollbackApplication')?.deploymentId).toBe('');
    await read(app.request(`/api/v1/applications/${appId}/rollback${q}`, send('POST', { deploymentId: deployed.deployment.deploymentId })), 202);
    expect(deployer.last('deploy.RollbackApplication')?.deploymentId).toBe(deployed.deployment.deploymentId);

    app.as(session('member-1'));
    const page1 = await read<{ deployments: Array<{ version: string }>; nextPageToken: string }>(
      app.request(`/api/v1/applications/${appId}/deployments${q}&trigger=rollback&pageSize=1`));
    expect(page1.deployments).toHaveLength(1);
    expect(deployer.last('deploy.ListDeployments')).toMatchObject({ trigger: 'rollback', status: '', pageSize: 1, pageToken: '' });
    const page2 = await read<{ deployments: unknown[]; nextPageToken: string }>(
      app.request(`/api/v1/applications/${appId}/deployments${q}&trigger=rollback&pageSize=1&pageToken=${page1.nextPageToken}`));
    expect(page2).toMatchObject({ deployments: [expect.anything()], nextPageToken: '' });
    const succeeded = await read<{ deployments: Array<{ version: string }> }>(app.request(`/api/v1/applications/${appId}/deployments${q}&status=succeeded`));
    expect(succeeded.deployments.map((d) => d.version)).toEqual(['1.1.0', '1.0.0']);
    await read(app.request(`/api/v1/applications/${appId}/deployments${q}&status=bogus`), 400);
    await read(app.request(`/api/v1/applications/${appId}/deployments${q}&pageSize=500`), 400);

    const one = await read<DeploymentBody>(app.request(`/api/v1/applications/${appId}/deployments/${deployed.deployment.deploymentId}${q}`));
    expect(one.deployment.version).toBe('1.0.0');
  });

  it('every application answered carries its webhook URL and a curl example with a placeholder, never the token', async () => {
    app.as(session('owner-1'));
    const one = await read<{ application: { webhookUrl: string; curlExample: string } }>(app.request(`/api/v1/applications/${appId}${q}`));
    // No KW_GATEWAY_PUBLIC_URL here: the request's origin.
    expect(one.application.webhookUrl).toBe('http://localhost/webhook/deploy');
    expect(one.application.curlExample).toContain("curl -X POST 'http://localhost/webhook/deploy'");
    expect(one.application.curlExample).toContain('Authorization: Bearer $KEYWARDEN_WEBHOOK_TOKEN');
    expect(one.application.curlExample).toContain(`"applicationId":"${appId}"`);
    // Signatures are required since the PATCH above: the example says where the signature goes.
    expect(one.application.curlExample).toContain('X-Keywarden-Signature: t=$TIMESTAMP,v1=$SIGNATURE');
    const list = await read<{ applications: Array<{ webhookUrl: string }> }>(app.request(`/api/v1/applications${q}`));
    expect(list.applications.every((a) => a.webhookUrl === 'http://localhost/webhook/deploy')).toBe(true);
    const regenerated = await read<{ webhookToken: string; application: { curlExample: string } }>(app.request(`/api/v1/applications/${appId}/webhook-token${q}`, { method: 'POST' }));
    expect(regenerated.application.curlExample).not.toContain(regenerated.webhookToken);
    token = regenerated.webhookToken;
  });

  it('stops, starts and deletes an application; a stopped one refuses deploys, a deleted one everything but reading', async () => {
    app.as(session('owner-1'));
    const made = await read<AppBody>(app.request('/api/v1/applications', send('POST', { organizationId: ORG, projectId: PROJECT, name: 'clock', image: 'acme/clock' })), 201);
    const id = made.application.applicationId;
    app.as(session('member-1'));
    await read(app.request(`/api/v1/applications/${id}/stop${q}`, { method: 'POST' }), 403);
    await read(app.request(`/api/v1/applications/${id}${q}`, { method: 'DELETE' }), 403);
    app.as(session('owner-1'));
    const stopped = await read<{ application: { status: string; stoppedAt: string; webhookUrl: string } }>(app.request(`/api/v1/applications/${id}/stop${q}`, { method: 'POST' }));
    expect(stopped.application).toMatchObject({ status: 'stopped', stoppedAt: expect.any(String), webhookUrl: 'http://localhost/webhook/deploy' });
    expect(deployer.last('deploy.StopApplication')).toMatchObject({ applicationId: id, actor: { userId: 'owner-1', organizationRole: 'owner' } });
    const refused = await app.request(`/api/v1/applications/${id}/deployments${q}`, send('POST', { version: '1.0.0' }));
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await read(refused, 409)).toMatchObject({ code: 'ERR_APPLICATION_STOPPED' });
    const started = await read<{ application: { status: string; stoppedAt?: string } }>(app.request(`/api/v1/applications/${id}/start${q}`, { method: 'POST' }));
    expect(started.application.status).toBe('new');
    expect(started.application).not.toHaveProperty('stoppedAt');
    const deleted = await read<{ application: { status: string; deletedAt: string } }>(app.request(`/api/v1/applications/${id}${q}`, { method: 'DELETE' }));
    expect(deleted.application).toMatchObject({ status: 'deleted', deletedAt: expect.any(String) });
    // Still readable; nothing else.
    expect((await read<{ application: { status: string } }>(app.request(`/api/v1/applications/${id}${q}`))).application.status).toBe('deleted');
    expect(await read(app.request(`/api/v1/applications/${id}/start${q}`, { method: 'POST' }), 410)).toMatchObject({ code: 'ERR_APPLICATION_DELETED' });
    expect(await read(app.request(`/api/v1/applications/${id}/deployments${q}`, send('POST', { version: '1.0.0' })), 410)).toMatchObject({ code: 'ERR_APPLICATION_DELETED' });
    // The deployer's refusal of a stop during a rollout passes through as it is.
    deployer.failNext('deploy.StopApplication', new KeywardenError('ERR_CONFLICT', 409, 'deployment d-1 is queued or rolling out: stop the application once it has finished'));
    expect(await read(app.request(`/api/v1/applications/${appId}/stop${q}`, { method: 'POST' }), 409)).toMatchObject({ code: 'ERR_CONFLICT' });
    await read(app.request(`/api/v1/applications/not-a-uuid/stop${q}`, { method: 'POST' }), 400);
  });

  it('a deployment of another application is not found under this one', async () => {
    app.as(session('owner-1'));
    const other = await read<AppBody>(app.request('/api/v1/applications', send('POST', { organizationId: ORG, projectId: PROJECT, name: 'api', image: 'acme/api' })), 201);
    const made = await read<DeploymentBody>(app.request(`/api/v1/applications/${other.application.applicationId}/deployments${q}`, send('POST', { version: '2' })), 202);
    await read(app.request(`/api/v1/applications/${appId}/deployments/${made.deployment.deploymentId}${q}`), 404);
  });

  it('members may not change applications; strangers and PATs without the scope are refused', async () => {
    app.as(session('member-1'));
    await read(app.request(`/api/v1/applications/${appId}${q}`, send('PATCH', { replicas: 2 })), 403);
    await read(app.request(`/api/v1/applications/${appId}/deployments${q}`, send('POST', { version: '9' })), 403);
    await read(app.request(`/api/v1/applications/${appId}/webhook-token${q}`, { method: 'POST' }), 403);
    await read(app.request('/api/v1/applications', send('POST', { organizationId: ORG, projectId: PROJECT, name: 'x', image: 'acme/x' })), 403);

    // Not a member of ORG: refused by the gateway before the deployer is asked.
    app.as(session('stranger'));
    let before = app.calls.filter((s) => s.includes('deploy.')).length;
    await read(app.request(`/api/v1/applications/${appId}${q}`), 403);
    await read(app.request(`/api/v1/applications${q}`), 403);
    expect(app.calls.filter((s) => s.includes('deploy.')).length).toBe(before);
    // Naming the stranger's own organization does not reach this application (the deployer compares organizations).
    await read(app.request(`/api/v1/applications/${appId}?organizationId=${OTHER_ORG}`), 403);

    before = app.calls.filter((s) => s.includes('deploy.')).length;
    app.as(pat('owner-1', ['deploy:read']));
    await read(app.request(`/api/v1/applications/${appId}${q}`));
    await read(app.request(`/api/v1/applications/${appId}/deployments${q}`, send('POST', { version: '9' })), 403);
    await read(app.request(`/api/v1/applications/${appId}/rollback${q}`, { method: 'POST' }), 403);
    app.as(pat('owner-1', ['gitops:read']));
    await read(app.request(`/api/v1/applications/${appId}${q}`), 403);
    expect(app.calls.filter((s) => s.includes('deploy.')).length).toBe(before + 1);
    app.as(pat('owner-1', ['deploy:write']));
    await read(app.request(`/api/v1/applications/${appId}/deployments${q}`, send('POST', { version: '9' })), 202);
    expect(deployer.last('deploy.DeployApplication')?.actor).toMatchObject({ credential: 'pat', scopes: ['deploy:write'], organizationRole: 'owner' });

    app.as(undefined);
    await read(app.request(`/api/v1/applications${q}`), 401);
  });

  it("passes the deployer's errors on with their status", async () => {
    app.as(session('owner-1'));
    deployer.failNext('deploy.RegisterApplication', new KeywardenError('ERR_CONFLICT', 409, 'an application named web-shop exists'));
    const problem = await read<{ code: string; detail: string }>(app.request('/api/v1/applications', send('POST', {
      organizationId: ORG, projectId: PROJECT, name: 'web-shop', image: 'acme/web-shop',
    })), 409);
    expect(problem).toMatchObject({ code: 'ERR_CONFLICT', detail: 'an application named web-shop exists' });
    await read(app.request(`/api/v1/applications/${randomUUID()}${q}`), 404);
    await read(app.request(`/api/v1/applications/not-a-uuid${q}`), 400);
  });

  it('documents every route in OpenAPI, protected, with problem+json errors', () => {
    const router = openApiRouter();
    router.route('/api/v1/applications', app.routes);
    const doc = router.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Keywarden API', version: '1' } });
    const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => Object.entries(item as Record<string, { security?: unknown[]; responses: Record<string, { content?: object }> }>)
      .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));
    expect(ops.map((o) => o.route).sort()).toEqual([
      'DELETE /api/v1/applications/{applicationId}',
      'GET /api/v1/applications', 'GET /api/v1/applications/{applicationId}', 'GET /api/v1/applications/{applicationId}/deployments',
      'GET /api/v1/applications/{applicationId}/deployments/{deploymentId}', 'PATCH /api/v1/applications/{applicationId}', 'POST /api/v1/applications',
      'POST /api/v1/applications/{applicationId}/deployments', 'POST /api/v1/applications/{applicationId}/rollback',
      'POST /api/v1/applications/{applicationId}/start', 'POST /api/v1/applications/{applicationId}/stop', 'POST /api/v1/applications/{applicationId}/webhook-token',
    ]);
    for (const { route, op } of ops) {
      expect(op.security, route).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(op.responses['403']?.content ?? {}), route).toEqual(['application/problem+json']);
    }
    const responses = (route: string) => ops.find((o) => o.route === route)!.op.responses as Record<string, { description?: string }>;
    expect(responses('POST /api/v1/applications/{applicationId}/deployments')['409']?.description).toContain('ERR_APPLICATION_STOPPED');
    expect(responses('POST /api/v1/applications/{applicationId}/stop')['410']?.description).toContain('ERR_APPLICATION_DELETED');
  });
});
