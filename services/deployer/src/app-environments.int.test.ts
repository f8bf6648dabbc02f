// Each application gets its own environment: the deployer asks secrets-vault for the
// application's (its project, its environment, itself) and applies exactly that to the
// Kubernetes API test server; a rotated secret redeploys the applications whose environment
// used it, whichever scope brought it. (secrets-vault's own tests check the precedence.)
import { randomUUID } from 'node:crypto';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubernetesDeployTarget } from './adapters/outgoing/kube/index.js';
import type { DeployTarget } from './app/ports.js';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-envs';
const SHOP = randomUUID();
const owner = ownerOf(ORG);

type Secret = { data: Record<string, string> };

describe('two applications of one project in two environments', () => {
  let h: Harness<DeployTarget>;
  let kube: KubeApiServer;
  const ids: Record<string, string> = {};
  const envOf = (namespace: string, name: string) => {
    const secret = kube.get('Secret', namespace, `${name}-env`) as unknown as Secret | undefined;
    return Object.fromEntries(Object.entries(secret?.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
  };
  const deployed = async (applicationId: string, version: string) => {
    const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId, version });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId: deployment!.deploymentId })).deployment?.status).toBe('succeeded'));
  };
  const rotationRedeploys = async (applicationId: string) =>
    (await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === applicationId && e.data['trigger'] === 'secret_rotation');

  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: ['project-shop-staging', 'project-shop-production'] });
    h = await startHarness({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster'), env: { KW_DEPLOYER_ROTATION_WINDOW_MS: '500' } });
    await h.project({ projectId: SHOP, organizationId: ORG, slug: 'shop', environments: ['staging', 'production'] });
    for (const [name, environment] of [['cart', 'staging'], ['ledger', 'production']] as const) {
      ids[name] = (await h.rpc('deploy.RegisterApplication', {
        actor: owner, projectId: SHOP, name, environment, image: `registry.acme.test/${name}`, ports: [8080], replicas: 1,
        webhookEnabled: true, autoDeploy: true, signatureRequired: false,
      })).application!.applicationId!;
    }
    // The project's variables alone (what the deployer used to ask for), and each application's own environment.
    h.environments.set(SHOP, [{ key: 'MODE', value: 'project' }, { key: 'DB_PASSWORD', value: 'project-db', secretId: 'sec-project-db' }]);
    h.applicationEnvironments.set(ids['cart']!, [
      { key: 'MODE', value: 'cart-staging' }, { key: 'DB_PASSWORD', value: 'cart-db', secretId: 'sec-cart-db' }, { key: 'SHARED', value: 'shared', secretId: 'sec-shared' },
    ]);
    h.applicationEnvironments.set(ids['ledger']!, [
      { key: 'MODE', value: 'ledger-production' }, { key: 'DB_PASSWORD', value: 'ledger-db', secretId: 'sec-ledger-db' }, { key: 'SHARED', value: 'shared', secretId: 'sec-shared' },
    ]);
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
    await kube?.close();
  });

  it("asks for each application's own environment and applies it to that application's Secret", async () => {
    await deployed(ids['cart']!, '1.0.0');
    await deployed(ids['ledger']!, '1.0.0');
    expect(h.buildRequests).toEqual(expect.arrayContaining([
      { projectId: SHOP, environment: 'staging', applicationId: ids['cart'] },
      { projectId: SHOP, environment: 'production', applicationId: ids['ledger'] },
    ]));
    expect(h.buildRequests.every((r) => r.applicationId !== '' && r.environment !== '')).toBe(true);
    expect(envOf('project-shop-staging', 'cart')).toEqual({ MODE: 'cart-staging', DB_PASSWORD: 'cart-db', SHARED: 'shared' });
    expect(envOf('project-shop-production', 'ledger')).toEqual({ MODE: 'ledger-production', DB_PASSWORD: 'ledger-db', SHARED: 'shared' });
    const used = await h.sql`select application_id, secret_id from application_secrets order by secret_id, application_id`;
    expect(used.map((r) => [r['secret_id'], r['application_id']])).toEqual([
      ['sec-cart-db', ids['cart']], ['sec-ledger-db', ids['ledger']],
      ...[ids['cart'], ids['ledger']].sort().map((id) => ['sec-shared', id]),
    ]);
  });

  it("a secret only one application's own variables use redeploys that application alone; a shared one both", async () => {
    await h.secretChanged('sec-cart-db', 2);
    await until(async () => expect(await rotationRedeploys(ids['cart']!)).toHaveLength(1));
    await until(async () => expect((await h.sql`select count(*)::int as n from rotation_pending`)[0]!['n']).toBe(0));
    await until(async () => expect((await h.sql`select count(*)::int as n from deploy_queue`)[0]!['n']).toBe(0));
    expect(await rotationRedeploys(ids['ledger']!)).toHaveLength(0);
    // The project-level secret the project alone would have used is nobody's now.
    await h.secretChanged('sec-project-db', 2);
    await h.secretChanged('sec-shared', 2);
    await until(async () => {
      expect(await rotationRedeploys(ids['cart']!)).toHaveLength(2);
      expect(await rotationRedeploys(ids['ledger']!)).toHaveLength(1);
    });
    expect((await rotationRedeploys(ids['ledger']!))[0]!.data).toMatchObject({ secretIds: ['sec-shared'] });
  });
});
