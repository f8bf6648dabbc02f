// `kw replay deployer`: the deployer (its own test harness: a fake BuildEnvironment, a
// recording deploy target) registers applications and deploys them; replaying from its event
// store and its consumed gitops stream gives the same rows, the webhook token hashes kept.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from '../../../services/deployer/src/test-support/harness.js';
import { testBus } from '@keywarden/testing';
import { kw, snapshot } from './test-support.js';

const TABLES = ['applications', 'deployments', 'projects'];
const ORG = 'org-replay';
const PROJECT = randomUUID();
let h: Harness;
let live: Record<string, string[]>;
let run: ReturnType<typeof kw>;

beforeAll(async () => {
  h = await startHarness();
  const bus = testBus();
  run = kw({ natsUrl: bus.natsUrl, namespace: h.service.deps.namespace! });
  await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'api', environments: ['dev', 'prod'] });
  h.environments.set(PROJECT, [{ key: 'API_KEY', value: 'sk_live_abcdef123456', secretId: 'sec-api' }]);
  const owner = ownerOf(ORG);
  const register = async (name: string) => (await h.rpc('deploy.RegisterApplication', {
    actor: owner, projectId: PROJECT, name, environment: 'prod', image: 'registry.acme.test/api', ports: [8080], replicas: 1,
    webhookEnabled: true, autoDeploy: true, signatureRequired: false,
  })).application!.applicationId!;
  const orders = await register('orders');
  const billing = await register('billing');
  // A stopped and a deleted application: their lifecycle and its times come back too.
  await h.rpc('deploy.StopApplication', { actor: owner, applicationId: await register('ledger') });
  await h.rpc('deploy.DeleteApplication', { actor: owner, applicationId: billing });
  await h.rpc('deploy.RegenerateWebhookToken', { actor: owner, applicationId: orders });
  const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: orders, version: '1.0.0' });
  await until(async () => expect(['succeeded', 'failed']).toContain((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId: deployment!.deploymentId! })).deployment?.status), { timeoutMs: 15_000 });
  await until(async () => expect((await h.sql`select 1 from outbox limit 1`).length).toBe(0));
  live = await snapshot(h.sql, TABLES);
  await h.service.stop();
}, 60_000);

afterAll(async () => {
  // The harness's stop also ends its fake vault and connection; the service's stop is idempotent.
  await h?.stop();
});

describe('kw replay deployer', () => {
  it('rebuilds applications, deployments and projects, row for row, keeping the token hashes', async () => {
    expect(live['applications']).toHaveLength(3);
    expect(live['applications']!.filter((row) => /"lifecycle": "(stopped|deleted)"/.test(row))).toHaveLength(2);
    expect(live['applications']!.every((row) => /"token_hash": "[0-9a-f]{64}"/.test(row))).toBe(true);
    expect(live['deployments']).toHaveLength(1);
    const sql = postgres(h.db.url, { max: 1, onnotice: () => {} });
    try {
      await sql`update applications set status = 'tampered', image = 'tampered', lifecycle = 'tampered', stopped_at = null, deleted_at = null`;
      await sql`update deployments set status = 'tampered', version = 'tampered'`;
      await sql`delete from projects`;
      const result = await run(['replay', 'deployer', '--database-url', h.db.url]);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toMatch(/replayed 4 projections of deployer from the event store and JetStream: \d+ events applied/);
      expect(await snapshot(sql, TABLES)).toEqual(live);
    } finally {
      await sql.end();
    }
  });
});
