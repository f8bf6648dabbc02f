// /api/v1/projects against the real gitops-sync (in-process, real nats-server and
// PostgreSQL) writing to the Kubernetes API test server; identity's GetMembership
// and oauth-broker's GetAccessToken are stand-ins on the same bus.
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { endpoint, startRpcService } from '@keywarden/bus';
import { KeywardenError } from '@keywarden/errors';
import { openApiRouter, pat, routeTestApp, send, session, projectRoutes, type RouteTestApp } from '@keywarden/gateway/testing';
import { gitopsSyncConfig, gitopsSyncService, kubernetesTarget } from '@keywarden/gitops-sync';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ORG = randomUUID();
const roles: Record<string, string> = { [`${ORG} owner-1`]: 'owner', [`${ORG} member-1`]: 'member' };

let db: TestDatabase;
let kube: KubeApiServer;
let gitops: RunningService;
let app: RouteTestApp;
let stopStandIns: () => Promise<void>;
/** oauth-broker refuses the token (the owner must reconnect the account). */
let accountUnusable = false;

beforeAll(async () => {
  db = await createTestDatabase('gw_projects');
  kube = await startKubeApiServer();
  const { natsUrl, namespace } = testBus();
  const env = { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_GITOPS_QUEUE_POLL_MS: '50' };
  gitops = await startService(gitopsSyncService({ target: kubernetesTarget(kubeConfigFor(kube, KubeConfig), 'test') }), loadConfig('gitops-sync', env, gitopsSyncConfig),
    { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  await gitops.deps.database!.sql`insert into org_owners values (${ORG}, 'owner-1', now())`;
  await gitops.deps.database!.sql`insert into oauth_accounts values ('acc-1', 'owner-1', 'gitlab', 'app-1', 'active', 1, now(), now())`;
  const standIns = await startRpcService(gitops.deps.nc, {
    name: 'stand-ins', version: '0.0.1', namespace,
    endpoints: [
      endpoint('identity.GetMembership', async (r) => ({ role: roles[`${r.organizationId} ${r.userId}`] ?? '' })),
      endpoint('oauth.GetAccessToken', async () => {
        if (accountUnusable) throw new KeywardenError('ERR_ACCOUNT_NOT_USABLE', 409, 'the account must be connected again');
        return { accessToken: 'glpat-route-test', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), generation: 1, usernameHint: 'oauth2' };
      }),
    ],
  });
  stopStandIns = () => standIns.stop().then(() => undefined);
  app = routeTestApp('/api/v1/projects', projectRoutes, { nc: gitops.deps.nc, namespace });
});

afterAll(async () => {
  await stopStandIns?.();
  await gitops?.stop();
  await kube?.close();
  await db?.drop();
});

const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return text ? (JSON.parse(text) as T) : ({} as T);
};
type ProjectBody = { project: { projectId: string; slug: string; environments: Array<{ environment: string; status: string }> } };

describe('/api/v1/projects', () => {
  let projectId = '';

  it('an owner creates a project; its Secrets appear; members read it', async () => {
    app.as(session('owner-1'));
    const { project } = await read<ProjectBody>(app.request('/api/v1/projects', send('POST', {
      organizationId: ORG, name: 'Web Shop', repositoryUrl: 'https://gitlab.com/acme/web-shop.git', environments: ['dev', 'prod'],
    })), 201);
    projectId = project.projectId;
    expect(project.slug).toBe('web-shop');
    await eventually(() => kube.get('Secret', 'project-web-shop-prod', 'web-shop-git-auth') !== undefined);
    app.as(session('member-1'));
    await eventually(async () => {
      const got = await read<ProjectBody>(app.request(`/api/v1/projects/${projectId}?organizationId=${ORG}`));
      return got.project.environments.every((e) => e.status === 'synced');
    });
    const list = await read<{ projects: Array<{ slug: string }> }>(app.request(`/api/v1/projects?organizationId=${ORG}`));
    expect(list.projects.map((p) => p.slug)).toEqual(['web-shop']);
    expect(JSON.stringify(list)).not.toContain('glpat-route-test');
  });

  it('members may not change projects; strangers may not see them', async () => {
    app.as(session('member-1'));
    await read(app.request(`/api/v1/projects/${projectId}/environments?organizationId=${ORG}`, send('POST', { environment: 'qa' })), 403);
    await read(app.request(`/api/v1/projects/${projectId}/refresh?organizationId=${ORG}`, send('POST', {})), 403);
    app.as(session('stranger'));
    await read(app.request(`/api/v1/projects/${projectId}?organizationId=${ORG}`), 403);
    // Naming another organization (one the stranger belongs to) does not reach this project either.
    await read(app.request(`/api/v1/projects/${projectId}`), 403);
    app.as(pat('owner-1', ['gitops:read']));
    await read(app.request(`/api/v1/projects/${projectId}/refresh?organizationId=${ORG}`, send('POST', {})), 403);
  });

  it('an owner adds and removes environments, refreshes now and deletes the project', async () => {
    app.as(session('owner-1'));
    const added = await read<ProjectBody>(app.request(`/api/v1/projects/${projectId}/environments?organizationId=${ORG}`, send('POST', { environment: 'qa' })));
    expect(added.project.environments.map((e) => e.environment)).toEqual(['dev', 'prod', 'qa']);
    await read(app.request(`/api/v1/projects/${projectId}/environments/dev?organizationId=${ORG}`, { method: 'DELETE' }));
    await eventually(() => kube.get('Namespace', undefined, 'project-web-shop-qa') !== undefined);
    kube.remove('Secret', 'project-web-shop-prod', 'web-shop-git-auth');
    const refreshed = await read<{ driftFixed: number; failed: number }>(app.request(`/api/v1/projects/${projectId}/refresh?organizationId=${ORG}`, send('POST', {})));
    expect(refreshed).toMatchObject({ driftFixed: 1, failed: 0 });
    expect(kube.get('Secret', 'project-web-shop-prod', 'web-shop-git-auth')).toBeDefined();
    await read(app.request(`/api/v1/projects/${projectId}?organizationId=${ORG}`, { method: 'DELETE' }), 204);
    await read(app.request(`/api/v1/projects/${projectId}?organizationId=${ORG}`), 404);
    await eventually(() => kube.get('Secret', 'project-web-shop-prod', 'web-shop-git-auth') === undefined);
  });

  it('a refresh that fails answers problem+json with each environment\'s outcome and reason', async () => {
    app.as(session('owner-1'));
    const { project } = await read<ProjectBody>(app.request('/api/v1/projects', send('POST', {
      organizationId: ORG, name: 'Ledger', repositoryUrl: 'https://gitlab.com/acme/ledger.git', environments: ['dev', 'prod'],
    })), 201);
    await eventually(async () => {
      const got = await read<ProjectBody>(app.request(`/api/v1/projects/${project.projectId}?organizationId=${ORG}`));
      return got.project.environments.every((e) => e.status === 'synced');
    });
    const got = await read<{ project: { environments: Array<{ verification: string }> } }>(app.request(`/api/v1/projects/${project.projectId}?organizationId=${ORG}`));
    // No Flux runs in this cluster: asked, never answered.
    expect(got.project.environments.map((e) => e.verification)).toEqual(['pending', 'pending']);
    accountUnusable = true;
    try {
      const response = await app.request(`/api/v1/projects/${project.projectId}/refresh?organizationId=${ORG}`, send('POST', {}));
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      // Re-authorization waits for a person: 409, the request conflicts with the account's state.
      const problem = await read<{ code: string; detail: string; environments: unknown[] }>(response, 409);
      expect(problem.code).toBe('ERR_REFRESH_FAILED');
      expect(problem.environments).toEqual([
        { environment: 'dev', outcome: 'failed', reason: 'reauthorization_required', detail: expect.any(String), retrying: false },
        { environment: 'prod', outcome: 'failed', reason: 'reauthorization_required', detail: expect.any(String), retrying: false },
      ]);
      expect(JSON.stringify(problem)).not.toContain('glpat-');
    } finally {
      accountUnusable = false;
    }
  });

  it('bad input is refused before any service is asked', async () => {
    app.as(session('owner-1'));
    const before = app.calls.length;
    await read(app.request('/api/v1/projects', send('POST', { organizationId: ORG, name: '' })), 400);
    await read(app.request('/api/v1/projects/not-a-uuid'), 400);
    expect(app.calls.length).toBe(before);
  });

  it('documents every route in OpenAPI, protected, with problem+json errors', () => {
    const router = openApiRouter();
    router.route('/api/v1/projects', app.routes);
    const doc = router.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Keywarden API', version: '1' } });
    const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => Object.entries(item as Record<string, { security?: unknown[]; responses: Record<string, { content?: object }> }>)
      .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));
    expect(ops.map((o) => o.route).sort()).toEqual([
      'DELETE /api/v1/projects/{projectId}', 'DELETE /api/v1/projects/{projectId}/environments/{environment}', 'GET /api/v1/projects',
      'GET /api/v1/projects/{projectId}', 'POST /api/v1/projects', 'POST /api/v1/projects/{projectId}/environments', 'POST /api/v1/projects/{projectId}/refresh',
    ]);
    for (const { route, op } of ops) {
      expect(op.security, route).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(op.responses['403']?.content ?? {}), route).toEqual(['application/problem+json']);
    }
    const refresh = ops.find((o) => o.route === 'POST /api/v1/projects/{projectId}/refresh')!.op.responses as Record<string, { description: string; content: Record<string, { schema: unknown }> }>;
    expect(refresh['502']?.description).toContain('ERR_REFRESH_FAILED');
    const schema = JSON.stringify(refresh['502']?.content['application/problem+json']?.schema);
    expect(schema).toContain('#/components/schemas/ProblemDetails');
    expect(schema).toContain('#/components/schemas/RefreshOutcome');
  });
});
