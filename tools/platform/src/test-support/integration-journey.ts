// Issue 20's end-to-end path on a running platform: an integration created with `kw ops integrations
// create`, the example internal service (tools/examples/internal-service, a child process with the
// plain nats.js client) publishing a project creation and following GitCredentialsSynced for it, a
// duplicate, a malformed message answered by a rejection, and what the server refuses (raw client).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { decodeEvent, encodeInbound } from '@keywarden/contracts';
import { eventually } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { expect } from 'vitest';
import { REPO_ROOT } from '../config.js';
import type { GatewayClient } from './gateway-client.js';
import { RawNatsClient } from './raw-nats.js';

type Manifest = { kind: string; metadata: { name: string; namespace?: string } };
type ProjectRow = { projectId: string; slug: string; createdBy: string; environments: Array<{ environment: string; namespace: string; status: string }> };
export type IntegrationJourney = { api: GatewayClient; dataDir: string; natsUrl: string; organizationId: string; manifests: (namespace: string) => Promise<Manifest[]> };

const SLOW = { timeoutMs: 120_000, intervalMs: 500 };
const NAME = 'shop-portal';

/** A TypeScript entry point of this repository as a child process; resolves with its exit code and output. */
function run(entry: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  return new Promise((resolve) => child.once('exit', (code) => (clearTimeout(timer), resolve({ code, out }))));
}

async function publish(nc: NatsConnection, message: { subject: string; headers: Record<string, string>; data: Uint8Array }, options: { dropMsgId?: boolean } = {}) {
  const h = headers();
  for (const [name, value] of Object.entries(message.headers)) if (!(options.dropMsgId && name === 'Nats-Msg-Id')) h.set(name, value);
  return jetstream(nc).publish(message.subject, message.data, { headers: h });
}

export async function integrationJourney(j: IntegrationJourney): Promise<void> {
  const port = new URL(j.natsUrl).port;
  const cliEnv = { KW_NATS_URL: j.natsUrl, KW_DATA_DIR: j.dataDir };
  const created = await run('tools/cli/src/main.ts', ['ops', 'integrations', 'create', NAME, '--organization', j.organizationId, '--publish', 'gitops.ProjectCreated', '--follow', 'gitops.project,gitops.binding,gitops.inbound,oauth.account', '--json'], cliEnv);
  expect(created.code, created.out).toBe(0);
  const { user, password } = JSON.parse(created.out.split('\n').find((l) => l.startsWith('{'))!) as { user: string; password: string };

  // The example service publishes a project creation and follows it until its credentials are synced.
  const example = await run('tools/examples/internal-service/src/main.ts', ['web-inbound', 'https://gitlab.com/acme/web-inbound', '--until-synced'], {
    KW_NATS_URL: j.natsUrl, KW_INTEGRATION: NAME, KW_INTEGRATION_PASSWORD: password, KW_ORGANIZATION_ID: j.organizationId,
  });
  expect(example.code, example.out).toBe(0);
  expect(example.out).toMatch(/GitCredentialsSynced web-inbound (staging|production): Secret project-web-inbound-\w+\/web-inbound-git-auth/);
  const projects = async () => (await j.api.expect<{ projects: ProjectRow[] }>(200, 'GET', `/api/v1/projects?organizationId=${j.organizationId}`)).projects;
  const project = (await projects()).find((p) => p.slug === 'web-inbound')!;
  expect(project.createdBy).toBe(`integration:${NAME}`);
  await eventually(async () => (await projects()).find((p) => p.slug === 'web-inbound')!.environments.every((e) => e.status === 'synced'), { ...SLOW, message: 'every environment of web-inbound synced' });
  for (const env of project.environments) {
    const objects = await j.manifests(env.namespace);
    expect(objects.some((o) => o.kind === 'Secret' && o.metadata.name === 'web-inbound-git-auth'), env.namespace).toBe(true);
    expect(objects.some((o) => o.kind === 'GitRepository' && o.metadata.name === 'web-inbound'), env.namespace).toBe(true);
  }

  const nc = await connect({ servers: j.natsUrl, user, pass: password, inboxPrefix: `_INBOX_${user}` });
  try {
    const message = (slug: string, id = randomUUID()) =>
      encodeInbound({ integration: NAME, organizationId: j.organizationId, type: 'ProjectCreated', id, source: 'journey', data: { slug, name: slug, repositoryUrl: `https://gitlab.com/acme/${slug}`, branch: 'main', environments: ['staging'] } });
    // The same message twice, the second past JetStream's duplicate window (no Nats-Msg-Id): one project.
    const twice = message('web-twice');
    await publish(nc, twice);
    await publish(nc, twice, { dropMsgId: true });
    // A malformed one (not protobuf), then a good one behind it: the stream keeps flowing.
    const bad = message('web-bad');
    await publish(nc, { ...bad, data: new TextEncoder().encode('not a protobuf message') });
    await publish(nc, message('web-after'));
    await eventually(async () => (await projects()).some((p) => p.slug === 'web-after'), { ...SLOW, message: 'the project published after the malformed one' });
    expect((await projects()).filter((p) => p.slug === 'web-twice')).toHaveLength(1);
    expect((await projects()).some((p) => p.slug === 'web-bad')).toBe(false);

    // The rejection, on the integration's own consumer of gitops.inbound.
    const rejections = await jetstream(nc).consumers.get('EVT_GITOPS', `${user}--gitops-inbound`);
    const rejection = await eventually(async () => {
      const m = await rejections.next({ expires: 2_000 });
      if (!m) return undefined;
      m.ack();
      const event = decodeEvent({ subject: m.subject, headers: Object.fromEntries([...(m.headers ?? [])].map(([k, v]) => [k, v.join(',')])), data: m.data });
      return event.data['ceId'] === bad.headers['ce-id'] ? event : undefined;
    }, { ...SLOW, message: 'the rejection of the malformed message' });
    expect(rejection).toMatchObject({ type: 'ProjectRequestRejected', data: { integration: NAME, organizationId: j.organizationId, reason: 'undecodable_payload' } });
    expect(Number(rejection.data['deadLetterId'])).toBeGreaterThan(0);
  } finally {
    await nc.close();
  }

  // Refused by the server: a subject it was not granted (another context), an RPC, a push consumer.
  const raw = await RawNatsClient.connect(Number(port), user, password);
  try {
    for (const [subject, body] of [
      [`ext.${NAME}.${j.organizationId}.deploy.DeployRequested`, '{}'],
      ['rpc.gitops.CreateProject', '{}'],
      ['$JS.API.CONSUMER.CREATE.EVT_GITOPS', JSON.stringify({ stream_name: 'EVT_GITOPS', config: { deliver_subject: `_INBOX_${user}.push`, ack_policy: 'none' } })],
    ] as const) {
      expect(await raw.pub(subject, body, `${raw.inbox}.probe`)).toBe(`Permissions Violation for Publish to "${subject}"`);
    }
  } finally {
    raw.close();
  }

  const revoked = await run('tools/cli/src/main.ts', ['ops', 'integrations', 'revoke', NAME], cliEnv);
  expect(revoked.code, revoked.out).toBe(0);
  await expect(RawNatsClient.connect(Number(port), user, password)).rejects.toThrow(/Authorization Violation/);
}
