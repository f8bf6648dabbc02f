import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-rotate';
const SHOP = randomUUID();
const BLOG = randomUUID();

describe('secret rotation', () => {
  let h: Harness;
  const owner = ownerOf(ORG);
  const redeploys = async (applicationId: string) =>
    (await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === applicationId && e.data['trigger'] === 'secret_rotation');
  const register = async (projectId: string, name: string, autoDeploy = true) => (await h.rpc('deploy.RegisterApplication', {
    actor: owner, projectId, name, environment: 'prod', image: 'acme/app', ports: [80], replicas: 1, webhookEnabled: true, autoDeploy, signatureRequired: false,
  })).application!.applicationId!;
  const deployed = async (applicationId: string, version: string) => {
    const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId, version });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId: deployment!.deploymentId })).deployment?.status).toBe('succeeded'));
  };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startHarness({ env: { KW_DEPLOYER_ROTATION_WINDOW_MS: '1500' } });
    await h.project({ projectId: SHOP, organizationId: ORG, slug: 'shop', environments: ['prod'] });
    await h.project({ projectId: BLOG, organizationId: ORG, slug: 'blog', environments: ['prod'] });
    // shop's environment uses the database secret; blog's does not.
    h.environments.set(SHOP, [{ key: 'DB_PASSWORD', value: 'v1-password', secretId: 'sec-db' }, { key: 'MODE', value: 'live' }]);
    h.environments.set(BLOG, [{ key: 'THEME', value: 'dark' }, { key: 'SMTP_PASSWORD', value: 'smtp-1', secretId: 'sec-smtp' }]);
    ids['cart'] = await register(SHOP, 'cart');
    ids['checkout'] = await register(SHOP, 'checkout');
    ids['manual'] = await register(SHOP, 'manual-only', false);
    ids['blog'] = await register(BLOG, 'blog');
    ids['fresh'] = await register(SHOP, 'never-deployed');
    for (const key of ['cart', 'checkout', 'manual', 'blog']) await deployed(ids[key]!, '1.0.0');
    await until(async () => expect(Number((await h.sql`select count(*)::int as n from application_secrets where secret_id = 'sec-db'`)[0]!['n'])).toBe(3));
  });
  afterAll(async () => h?.stop());

  it('two rotations within the window give exactly one redeploy per application using the secret, none for the others', async () => {
    const appliesBefore = { cart: h.target.appliesOf('cart').length, checkout: h.target.appliesOf('checkout').length, blog: h.target.appliesOf('blog').length, manual: h.target.appliesOf('manual-only').length };
    h.environments.set(SHOP, [{ key: 'DB_PASSWORD', value: 'v2-password', secretId: 'sec-db' }, { key: 'MODE', value: 'live' }]);
    await h.secretChanged('sec-db', 2);
    h.environments.set(SHOP, [{ key: 'DB_PASSWORD', value: 'v3-password', secretId: 'sec-db' }, { key: 'MODE', value: 'live' }]);
    await h.secretChanged('sec-db', 3);
    await until(async () => {
      for (const key of ['cart', 'checkout']) {
        expect(await redeploys(ids[key]!)).toHaveLength(1);
        expect(h.target.appliesOf(key === 'cart' ? 'cart' : 'checkout').at(-1)?.env['DB_PASSWORD']).toBe('v3-password');
      }
    });
    // Settled: the window is over and the redeploys are done; nothing more comes.
    await until(async () => expect((await h.sql`select count(*)::int as n from rotation_pending`)[0]!['n']).toBe(0));
    await until(async () => expect((await h.sql`select count(*)::int as n from deploy_queue`)[0]!['n']).toBe(0));
    await new Promise((r) => setTimeout(r, 2000));
    for (const key of ['cart', 'checkout']) {
      const events = await redeploys(ids[key]!);
      expect(events).toHaveLength(1);
      expect(events[0]!.data).toMatchObject({ version: '1.0.0', secretIds: ['sec-db'], trigger: 'secret_rotation' });
    }
    expect(h.target.appliesOf('cart').length).toBe(appliesBefore.cart + 1);
    expect(h.target.appliesOf('checkout').length).toBe(appliesBefore.checkout + 1);
    // Not using the secret, auto-deploy off, or never deployed: no redeploy.
    expect(h.target.appliesOf('blog').length).toBe(appliesBefore.blog);
    expect(h.target.appliesOf('manual-only').length).toBe(appliesBefore.manual);
    for (const key of ['blog', 'manual', 'fresh']) expect(await redeploys(ids[key]!)).toHaveLength(0);
    const history = await h.rpc('deploy.ListDeployments', { actor: owner, applicationId: ids['cart'], status: '', trigger: 'secret_rotation', pageSize: 0, pageToken: '' });
    expect(history.deployments).toHaveLength(1);
    expect(history.deployments[0]).toMatchObject({ status: 'succeeded', trigger: 'secret_rotation' });
  });

  it('a rollback of a secret and a rotation of another used secret in one window still give one redeploy', async () => {
    h.environments.set(BLOG, [{ key: 'THEME', value: 'dark' }, { key: 'SMTP_PASSWORD', value: 'smtp-2', secretId: 'sec-smtp' }, { key: 'CDN_KEY', value: 'cdn', secretId: 'sec-cdn' }]);
    await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: ids['blog'], version: '1.1.0' });
    await until(async () => expect(Number((await h.sql`select count(*)::int as n from application_secrets where application_id = ${ids['blog']!}`)[0]!['n'])).toBe(2));
    await until(async () => expect((await h.rpc('deploy.GetApplication', { actor: owner, applicationId: ids['blog'] })).application?.currentVersion).toBe('1.1.0'));
    await h.publish('secrets-vault', 'SecretRolledBack', 'secret-sec-smtp', { secretId: 'sec-smtp', groupId: 'g', version: 3, restoredVersion: 1, valueFingerprint: 'fp', actorUserId: 'u' });
    await h.secretChanged('sec-cdn', 2);
    await until(async () => expect(await redeploys(ids['blog']!)).toHaveLength(1));
    await until(async () => expect((await h.sql`select count(*)::int as n from rotation_pending`)[0]!['n']).toBe(0));
    await new Promise((r) => setTimeout(r, 2000));
    const events = await redeploys(ids['blog']!);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ version: '1.1.0', secretIds: ['sec-cdn', 'sec-smtp'] });
    for (const key of ['cart', 'checkout']) expect(await redeploys(ids[key]!)).toHaveLength(1);
  });
});
