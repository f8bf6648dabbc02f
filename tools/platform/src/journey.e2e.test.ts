// The journey (issue 9) on the platform `npm start` brings up, through the
// gateway's HTTP API only, with the GitLab simulator handing out one-minute
// tokens and every service exporting its spans to a local OTLP receiver.
import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TestBrowser, eventually, startOtlpReceiver, type OtlpReceiver } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GatewayClient, startWebhookReceiver } from './test-support/gateway-client.js';
import { startPlatformRun, type PlatformRun } from './test-support/platform-run.js';
import { insightJourney } from './test-support/insight.js';
import { integrationJourney } from './test-support/integration-journey.js';
import { findTrace, formatTrace, type Expected } from './test-support/traces.js';

type Env = { environment: string; namespace: string; secretName: string; status: string; accountId: string; tokenGeneration: number };
type Project = { projectId: string; slug: string; environments: Env[] };
type Account = { accountId: string; generation: number; expiresAt?: string; nextRefreshAt?: string; lastRefreshedAt?: string; status: string };
type KubeYaml = { kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> }; data?: Record<string, string>; stringData?: Record<string, string> };

const SLOW = { timeoutMs: 120_000, intervalMs: 500 };
const webhookSecret = `whsec_${randomBytes(32).toString('base64')}`;

let platform: PlatformRun;
let otlp: OtlpReceiver;
let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
let api: GatewayClient;
const state = {} as {
  userId: string; accountId: string; organizationId: string; project: Project; groupId: string; secretId: string; channelId: string; applicationId: string; deploymentId: string;
};

beforeAll(async () => {
  otlp = await startOtlpReceiver();
  hooks = await startWebhookReceiver(webhookSecret);
  platform = await startPlatformRun({
    KW_OTLP_ENDPOINT: otlp.url,
    KW_GITLAB_SIM_TOKEN_TTL_SECONDS: '60',
    // The scheduler looks for due grants every second (default 5 s), so a 60 s token is refreshed well before it ends.
    KW_OAUTH_SCHEDULER_INTERVAL_MS: '1000',
  });
  api = new GatewayClient(platform.gateway);
}, 240_000);

afterAll(async () => {
  const exit = await platform?.stop();
  await Promise.all([otlp?.close(), hooks?.close()]);
  // Every service stopped cleanly after the journey (a crash would show here with the output).
  expect(exit?.code, platform?.output().slice(-6000)).toBe(0);
}, 90_000);

/** The YAML objects gitops-sync wrote for one namespace (no cluster configured: the manifests target). */
async function manifests(namespace: string): Promise<KubeYaml[]> {
  const dir = join(platform.dataDir, 'gitops-sync', 'manifests', namespace);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml'));
  return Promise.all(files.map(async (f) => parse(await readFile(join(dir, f), 'utf8')) as KubeYaml));
}

const secretValue = (secret: KubeYaml, key: string) =>
  secret.stringData?.[key] ?? (secret.data?.[key] === undefined ? undefined : Buffer.from(secret.data[key], 'base64').toString('utf8'));

async function project(): Promise<Project> {
  return (await api.expect<{ project: Project }>(200, 'GET', `/api/v1/projects/${state.project.projectId}?organizationId=${state.organizationId}`)).project;
}

async function account(): Promise<Account> {
  return (await api.expect<{ account: Account }>(200, 'GET', `/api/v1/oauth/accounts/${state.accountId}`)).account;
}

describe('the journey through the gateway (npm start, one-minute GitLab tokens, OTLP export)', () => {
  it('signs up, signs in and connects a GitLab account through the simulator', async () => {
    const credentials = { email: 'ann@example.com', password: 'correct horse battery staple' };
    const signedUp = await api.expect<{ user: { userId: string; roles: string[] } }>(201, 'POST', '/api/v1/auth/sign-up', { body: { ...credentials, displayName: 'Ann' } });
    state.userId = signedUp.user.userId;
    const session = await api.expect<{ accessToken: string }>(200, 'POST', '/api/v1/auth/sign-in', { body: credentials, headers: { 'x-keywarden-client': 'cli' } });
    api.token = session.accessToken;
    expect((await api.expect<{ user: { email: string } }>(200, 'GET', '/api/v1/users/me')).user.email).toBe(credentials.email);

    const { providerApps } = await api.expect<{ providerApps: Array<{ provider: string; providerAppId: string }> }>(200, 'GET', '/api/v1/oauth/provider-apps');
    const gitlab = providerApps.find((a) => a.provider === 'gitlab')!;
    expect(gitlab).toBeDefined();
    const started = await api.expect<{ authorizeUrl: string }>(200, 'POST', `/api/v1/oauth/provider-apps/${gitlab.providerAppId}/connect`, {
      body: { redirectUri: `${platform.gateway}/connected` },
    });
    // The simulator "signs in" as its dev user and sends the browser back with code and state.
    const authorize = await fetch(started.authorizeUrl, { redirect: 'manual' });
    expect(authorize.status).toBe(302);
    const back = new URL(authorize.headers.get('location')!);
    const connected = await api.expect<{ account: Account & { provider: string } }>(200, 'GET', `/api/v1/oauth/callback${back.search}`);
    expect(connected.account).toMatchObject({ provider: 'gitlab', status: 'active' });
    state.accountId = connected.account.accountId;
    // A one-minute token is scheduled for refresh before it ends, a quarter of its life ahead (not the 10-minute margin).
    const { expiresAt, nextRefreshAt } = await account();
    const headroomMs = Date.parse(expiresAt!) - Date.parse(nextRefreshAt!);
    expect(headroomMs).toBeGreaterThan(0);
    expect(headroomMs).toBeLessThanOrEqual(16_000);
  });

  it('creates an organization and a project: a Git credential Secret and a GitRepository in every environment', async () => {
    const org = await api.expect<{ organization: { organizationId: string } }>(201, 'POST', '/api/v1/organizations', { body: { name: 'Acme', slug: 'acme' } });
    state.organizationId = org.organization.organizationId;
    const created = await api.expect<{ project: Project }>(201, 'POST', `/api/v1/projects?organizationId=${state.organizationId}`, {
      body: { organizationId: state.organizationId, name: 'Web', repositoryUrl: 'https://gitlab.com/acme/web' },
    });
    state.project = created.project;
    expect(created.project.environments.map((e) => e.environment).sort()).toEqual(['development', 'production', 'staging']);

    const synced = await eventually(async () => {
      const p = await project();
      return p.environments.every((e) => e.status === 'synced' && e.accountId === state.accountId) ? p : undefined;
    }, { ...SLOW, message: 'every environment synced' });
    for (const env of synced.environments) {
      const objects = await manifests(env.namespace);
      const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'web-git-auth');
      const repository = objects.find((o) => o.kind === 'GitRepository' && o.metadata.name === 'web');
      expect(secret?.metadata.annotations?.['keywarden.dev/token-generation']).toBe(String(env.tokenGeneration));
      expect(secretValue(secret!, 'password')).toMatch(/\S{8,}/);
      expect(repository).toMatchObject({ metadata: { namespace: env.namespace } });
    }
    state.project = synced;
  });

  it('refreshes the one-minute token before it expires and rewrites every Secret with the new generation', async () => {
    const before = await account();
    const generation = Math.max(...state.project.environments.map((e) => e.tokenGeneration));
    const passwords = new Map<string, string | undefined>();
    for (const env of state.project.environments) {
      const secret = (await manifests(env.namespace)).find((o) => o.kind === 'Secret')!;
      passwords.set(env.namespace, secretValue(secret, 'password'));
    }
    // No request asks for it: the broker's scheduler refreshes on its own, within the token's minute.
    // Each generation seen next to the expiry of the one before: the refresh came while that token was valid.
    let previous = before;
    const refreshes: Array<{ generation: number; refreshedAt: number; previousExpiresAt: number }> = [];
    await eventually(async () => {
      const current = await account();
      if (current.generation === previous.generation + 1) {
        refreshes.push({ generation: current.generation, refreshedAt: Date.parse(current.lastRefreshedAt!), previousExpiresAt: Date.parse(previous.expiresAt!) });
      }
      previous = current;
      return refreshes.length > 0;
    }, { ...SLOW, intervalMs: 250, message: 'a scheduled refresh' });
    for (const refresh of refreshes) expect(refresh.refreshedAt).toBeLessThan(refresh.previousExpiresAt);
    expect((await account()).status).toBe('active');
    const rewritten = await eventually(async () => {
      const p = await project();
      return p.environments.every((e) => e.status === 'synced' && e.tokenGeneration >= refreshes[0]!.generation) ? p : undefined;
    }, { ...SLOW, message: 'Secrets rewritten with the refreshed generation' });
    expect(Math.min(...rewritten.environments.map((e) => e.tokenGeneration))).toBeGreaterThan(generation);
    for (const env of rewritten.environments) {
      const secret = (await manifests(env.namespace)).find((o) => o.kind === 'Secret')!;
      expect(Number(secret.metadata.annotations?.['keywarden.dev/token-generation'])).toBeGreaterThanOrEqual(env.tokenGeneration);
      expect(secretValue(secret, 'password')).not.toBe(passwords.get(env.namespace));
    }
    state.project = rewritten;
  }, 150_000);

  it('adds a secret and a project environment variable that references it', async () => {
    const group = await api.expect<{ group: { groupId: string } }>(201, 'POST', '/api/v1/secrets/groups', { body: { name: 'web', description: 'the web shop' } });
    const put = await api.expect<{ secret: { secretId: string; version: number; preview: string } }>(200, 'POST', `/api/v1/secrets/groups/${group.group.groupId}/secrets`, {
      body: { name: 'DATABASE_PASSWORD', value: 'hunter2-but-longer' },
    });
    expect(put.secret.version).toBe(1);
    expect(put.secret.preview).not.toContain('hunter2');
    state.secretId = put.secret.secretId;
    state.groupId = group.group.groupId;
    const path = `/api/v1/secrets/projects/${state.project.projectId}/env-vars`;
    await api.expect(200, 'PUT', `${path}/DATABASE_PASSWORD`, { body: { value: `@secret:${state.secretId}` } });
    await api.expect(200, 'PUT', `${path}/LOG_LEVEL`, { body: { value: 'info' } });
    const { envVars } = await api.expect<{ envVars: Array<{ key: string; kind: string; reference: string }> }>(200, 'GET', path);
    expect(envVars.find((v) => v.key === 'DATABASE_PASSWORD')).toMatchObject({ kind: 'secret_ref', reference: state.secretId });
    expect(envVars.map((v) => v.key).sort()).toEqual(['DATABASE_PASSWORD', 'LOG_LEVEL']);
  });

  it('sends notifications to a signed webhook channel of the organization', async () => {
    const q = `?organizationId=${state.organizationId}`;
    const channel = await api.expect<{ channel: { channelId: string; signed: boolean } }>(201, 'POST', `/api/v1/notifications/channels${q}`, {
      body: { kind: 'webhook', name: 'ops', url: hooks.url, signingSecret: webhookSecret },
    });
    state.channelId = channel.channel.channelId;
    expect(channel.channel.signed).toBe(true);
    await api.expect(201, 'POST', `/api/v1/notifications/subscriptions${q}`, {
      body: { channelId: state.channelId, kinds: ['deployment_succeeded', 'deployment_failed'] },
    });
    const sent = await api.expect<{ sent: boolean }>(200, 'POST', `/api/v1/notifications/channels/${state.channelId}/test${q}`, { body: {} });
    expect(sent.sent).toBe(true);
    const test = await eventually(() => hooks.deliveries().find((d) => d.body.type === 'notification.test'), { ...SLOW, message: 'the test notification' });
    expect(test.signatureValid).toBe(true);
  });

  it('registers an application, deploys it by webhook and sees it succeed and notified', async () => {
    const q = `?organizationId=${state.organizationId}`;
    const registered = await api.expect<{ application: { applicationId: string; namespace: string; status: string }; webhookToken: string }>(201, 'POST', '/api/v1/applications', {
      body: { organizationId: state.organizationId, projectId: state.project.projectId, name: 'web-shop', environment: 'development', image: 'registry.example.com/acme/web-shop', ports: [8080], replicas: 2 },
    });
    expect(registered.webhookToken).toMatch(/^whk_/);
    expect(registered.application.namespace).toBe('project-web-development');
    state.applicationId = registered.application.applicationId;
    // Its own variable overrides the project's; the vault learns of the application from the deployer's event.
    const own = `/api/v1/secrets/applications/${state.applicationId}/env-vars/LOG_LEVEL${q}`;
    await eventually(async () => (await api.call('PUT', own, { body: { value: 'debug' } })).status === 200, { ...SLOW, message: 'the application variable set' });
    const resolved = await api.expect<{ variables: Array<{ key: string; value: string; scope: string; overrides: string[] }> }>(200, 'GET',
      `/api/v1/secrets/applications/${state.applicationId}/environment${q}`);
    expect(resolved.variables.find((v) => v.key === 'LOG_LEVEL')).toMatchObject({ value: 'debug', scope: 'application', overrides: ['project'] });
    expect(resolved.variables.find((v) => v.key === 'DATABASE_PASSWORD')).toMatchObject({ value: '', scope: 'project', secretId: state.secretId });

    // What a CI job does: no session, only the application's webhook token.
    const accepted = await api.call<{ deployment: { deploymentId: string; status: string; trigger: string }; duplicate: boolean }>('POST', '/webhook/deploy', {
      token: registered.webhookToken, body: { applicationId: state.applicationId, version: '1.0.0' }, headers: { 'idempotency-key': 'ci-run-1' },
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    expect(accepted.body).toMatchObject({ duplicate: false, deployment: { trigger: 'webhook' } });
    state.deploymentId = accepted.body.deployment.deploymentId;
    // A CI retry with the same key gets the same deployment, not a second one.
    const retried = await api.call<{ deployment: { deploymentId: string }; duplicate: boolean }>('POST', '/webhook/deploy', {
      token: registered.webhookToken, body: { applicationId: state.applicationId, version: '1.0.0' }, headers: { 'idempotency-key': 'ci-run-1' },
    });
    expect(retried.body).toMatchObject({ duplicate: true, deployment: { deploymentId: state.deploymentId } });
    expect((await api.call('POST', '/webhook/deploy', { token: 'whk_wrong', body: { applicationId: state.applicationId, version: '1.0.1' } })).status).toBe(401);

    const done = await eventually(async () => {
      const { deployment } = await api.expect<{ deployment: { status: string; version: string; durationMs: number; stage: string; error: string } }>(200, 'GET',
        `/api/v1/applications/${state.applicationId}/deployments/${state.deploymentId}${q}`);
      return deployment.status === 'succeeded' || deployment.status === 'failed' ? deployment : undefined;
    }, { ...SLOW, message: 'the deployment finished' });
    expect(done).toMatchObject({ status: 'succeeded', version: '1.0.0', stage: '' });
    const app = await api.expect<{ application: { currentVersion: string; status: string } }>(200, 'GET', `/api/v1/applications/${state.applicationId}${q}`);
    expect(app.application).toMatchObject({ currentVersion: '1.0.0', status: 'running' });

    // No cluster configured: the deployer wrote the Deployment and its environment Secret as YAML.
    const dir = join(platform.dataDir, 'deployer', 'manifests', 'project-web-development');
    const objects = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.yaml')).map(async (f) => parse(await readFile(join(dir, f), 'utf8')) as KubeYaml & { spec?: unknown }));
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'web-shop');
    expect(JSON.stringify(deployment?.spec)).toContain('registry.example.com/acme/web-shop:1.0.0');
    const env = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'web-shop-env')!;
    expect(secretValue(env, 'DATABASE_PASSWORD')).toBe('hunter2-but-longer');
    expect(secretValue(env, 'LOG_LEVEL')).toBe('debug');

    const notified = await eventually(() => hooks.deliveries().find((d) => d.body.type === 'notification.deployment_succeeded'), { ...SLOW, message: 'the deployment notification' });
    expect(notified.signatureValid).toBe(true);
    expect(JSON.stringify(notified.body.data)).toContain('web-shop');
    expect(JSON.stringify(notified.body.data)).not.toContain('hunter2');
  }, 150_000);

  it('signs out: the access token of the ended session is refused', async () => {
    // A second session, so the rest of the journey keeps the first one.
    const second = await api.expect<{ accessToken: string }>(200, 'POST', '/api/v1/auth/sign-in', {
      body: { email: 'ann@example.com', password: 'correct horse battery staple' }, headers: { 'x-keywarden-client': 'cli' },
    });
    await api.expect(200, 'GET', '/api/v1/users/me', { token: second.accessToken });
    expect(await api.expect<{ revoked: boolean }>(200, 'POST', '/api/v1/auth/sign-out', { token: second.accessToken, body: {} })).toEqual({ revoked: true });
    const refused = await api.call<{ code: string }>('GET', '/api/v1/users/me', { token: second.accessToken });
    expect(refused.status).toBe(401);
    // The other session is untouched.
    await api.expect(200, 'GET', '/api/v1/users/me');
  });

  it('exports "token refreshed, Secrets rewritten" as one trace from the scheduler through gitops-sync', async () => {
    const expected: Expected[] = [
      { service: 'oauth-broker', name: /^oauth\.scheduled-refresh$/ },
      { service: 'oauth-broker', name: /^command RecordRefresh$/ },
      { service: 'oauth-broker', name: /^publish TokenRefreshed$/, kind: 4 },
      { service: 'gitops-sync', name: /^process TokenRefreshed$/, kind: 5 },
      { service: 'gitops-sync', name: /^gitops\.sync apply$/ },
      { service: 'gitops-sync', name: /^rpc\.oauth\.GetAccessToken$/, kind: 3 },
      { service: 'oauth-broker', name: /^rpc\.oauth\.GetAccessToken$/, kind: 2 },
      { service: 'gitops-sync', name: /^kube apply Secret$/, kind: 3 },
      { service: 'gitops-sync', name: /^command RecordSynced$/ },
      { service: 'gitops-sync', name: /^publish GitCredentialsSynced$/, kind: 4 },
    ];
    const refreshed = (s: { serviceName: string; name: string; attributes: Record<string, unknown> }) =>
      s.serviceName === 'oauth-broker' && s.name === 'oauth.scheduled-refresh' && s.attributes['keywarden.refresh.outcome'] === 'refreshed';
    let last = '';
    await eventually(() => {
      const found = findTrace(otlp.spans(), refreshed, expected);
      last = found.report ? formatTrace(found.report) : 'no scheduled refresh exported yet';
      return found.complete;
    }, { ...SLOW, message: 'a complete refresh trace' }).catch((error: Error) => {
      throw new Error(`${error.message}\n${last}`);
    });
    // What Jaeger would show (the README's "Follow a flow in Jaeger").
    console.log(last);
  }, 150_000);
  it('exports the webhook deploy as one trace from the gateway through the deployer, secrets-vault and the notifier', async () => {
    const expected: Expected[] = [
      { service: 'gateway', name: /^POST \/webhook\/deploy$/, kind: 2 },
      { service: 'gateway', name: /^rpc\.deploy\.WebhookDeploy$/, kind: 3 },
      { service: 'deployer', name: /^rpc\.deploy\.WebhookDeploy$/, kind: 2 },
      { service: 'deployer', name: /^publish DeploymentRequested$/, kind: 4 },
      { service: 'deployer', name: /^deploy$/ },
      { service: 'deployer', name: /^rpc\.secrets\.BuildEnvironment$/, kind: 3 },
      { service: 'secrets-vault', name: /^rpc\.secrets\.BuildEnvironment$/, kind: 2 },
      { service: 'deployer', name: /^command SucceedDeployment$/ },
      { service: 'deployer', name: /^publish DeploymentSucceeded$/, kind: 4 },
      { service: 'notifier', name: /^process DeploymentSucceeded$/, kind: 5 },
    ];
    // The first webhook request (202), not the retry: its trace carries the deployment.
    const webhook = (s: { serviceName: string; name: string; attributes: Record<string, unknown> }) =>
      s.serviceName === 'gateway' && s.name === 'POST /webhook/deploy' && s.attributes['http.response.status_code'] === 202;
    let last = '';
    await eventually(() => {
      const found = findTrace(otlp.spans(), webhook, expected);
      last = found.report ? formatTrace(found.report) : 'no webhook request exported yet';
      return found.complete;
    }, { ...SLOW, message: 'a complete webhook deploy trace' }).catch((error: Error) => {
      throw new Error(`${error.message}\n${last}`);
    });
    console.log(last);
  }, 150_000);

  it('issue 18: bound to two projects, one secret used by three applications and rotated: impact, timeline and export agree with the spans', async () => {
    await insightJourney({
      api, gateway: platform.gateway, spans: () => otlp.spans(), accountId: state.accountId, organizationId: state.organizationId,
      projectId: state.project.projectId, groupId: state.groupId, secretId: state.secretId, applicationId: state.applicationId,
    });
  }, 400_000);

  it('issue 20: an integration publishes a project creation (the example service), a duplicate and a malformed one; the server refuses what it was not granted', async () => {
    await integrationJourney({ api, dataDir: platform.dataDir, natsUrl: platform.natsUrl, organizationId: state.organizationId, manifests });
  }, 400_000);
});

describe("the README's browser path (Connect in a browser), over HTTP", () => {
  it('connects and reconnects in a browser: the refresh cookie, redirects followed one by one, no Authorization header', async () => {
    const browser = new TestBrowser();
    const signedIn = await browser.request(`${platform.gateway}/api/v1/auth/sign-in`, { method: 'POST', json: { email: 'ann@example.com', password: 'correct horse battery staple' } });
    expect(signedIn.status).toBe(200);
    // The access token the console would hold in memory, for checking through the API.
    const held = new GatewayClient(platform.gateway);
    held.token = ((await signedIn.json()) as { accessToken: string }).accessToken;
    const { providerApps } = await held.expect<{ providerApps: Array<{ provider: string; providerAppId: string }> }>(200, 'GET', '/api/v1/oauth/provider-apps');
    const gitlab = providerApps.find((a) => a.provider === 'gitlab')!;
    // The gateway serves the console's pages; the browser stops before them.
    const consolePage = (url: URL) => url.origin === platform.gateway && !url.pathname.startsWith('/api/') && !/^\/connections\/[^/]+\/reconnect$/.test(url.pathname);

    const connect = await browser.navigate(`${platform.gateway}/api/v1/oauth/provider-apps/${gitlab.providerAppId}/authorize`, { stopAt: consolePage });
    expect(new URL(connect.hops[1]!).searchParams.get('redirect_uri')).toBe(`${platform.gateway}/api/v1/oauth/callback`);
    // The simulator's dev user again: the account the journey connected, renewed.
    expect(`${connect.url.pathname}${connect.url.search}`).toBe(`/connections/${state.accountId}?connected=1`);
    const before = (await held.expect<{ account: Account }>(200, 'GET', `/api/v1/oauth/accounts/${state.accountId}`)).account.generation;
    // The notifications' link.
    const reconnect = await browser.navigate(`${platform.gateway}/connections/${state.accountId}/reconnect`, { stopAt: consolePage });
    expect(reconnect.hops.map((h) => new URL(h).pathname)).toEqual([
      `/connections/${state.accountId}/reconnect`, `/api/v1/oauth/accounts/${state.accountId}/reconnect`, '/oauth/authorize', '/api/v1/oauth/callback',
    ]);
    expect(`${reconnect.url.pathname}${reconnect.url.search}`).toBe(`/connections/${state.accountId}?reconnected=1`);
    const after = (await held.expect<{ account: Account }>(200, 'GET', `/api/v1/oauth/accounts/${state.accountId}`)).account;
    expect(after.status).toBe('active');
    expect(after.generation).toBeGreaterThan(before);
    expect(browser.sent.some((r) => Object.keys(r.headers).some((h) => h.toLowerCase() === 'authorization'))).toBe(false);
    expect((await browser.allCookies()).map((c) => [c.key, c.path, c.httpOnly])).toEqual([['kw_refresh', '/api/v1', true]]);
  });
});
