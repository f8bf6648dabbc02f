// Edge cases of the worker and the rotation batching: a rotation while a
// newer version is rolling out, a rotation that joins a window as it ends, a
// stop in the middle of a rollout, a deployment whose environment is gone, a
// token regeneration that fails half-way, and the queue's one-rollout-per-app rule.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from './app/signature.js';
import { bodyOf, ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-hardening';
const PROJECT = randomUUID();

describe('deployer edge cases', () => {
  let h: Harness;
  const owner = ownerOf(ORG);
  const register = async (name: string, environment = 'prod') => (await h.rpc('deploy.RegisterApplication', {
    actor: owner, projectId: PROJECT, name, environment, image: 'acme/app', ports: [80], replicas: 1, webhookEnabled: true, autoDeploy: true, signatureRequired: false,
  })).application!.applicationId!;
  const deployment = async (deploymentId: string) => (await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId })).deployment!;
  const finished = async (deploymentId: string) => {
    await until(async () => expect(['succeeded', 'failed']).toContain((await deployment(deploymentId)).status));
    return deployment(deploymentId);
  };
  const deployed = async (applicationId: string, version: string) => {
    const { deployment: d } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId, version });
    expect((await finished(d!.deploymentId!)).status).toBe('succeeded');
    return d!.deploymentId!;
  };
  const rotations = async (applicationId: string) =>
    (await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === applicationId && e.data['trigger'] === 'secret_rotation');
  const windowEnded = (applicationId: string) => until(async () => {
    const rows = await h.sql`select 1 from rotation_pending where application_id = ${applicationId} and due_at <= now()`;
    expect(rows).toHaveLength(1);
  });
  const settled = (applicationId: string) => until(async () => {
    expect(await h.sql`select 1 from rotation_pending where application_id = ${applicationId}`).toHaveLength(0);
    expect(await h.sql`select 1 from deploy_queue where application_id = ${applicationId}`).toHaveLength(0);
  });

  beforeAll(async () => {
    h = await startHarness({ env: { KW_DEPLOYER_ROTATION_WINDOW_MS: '300' } });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'hard', environments: ['prod', 'dev'] });
    h.environments.set(PROJECT, [{ key: 'DB_PASSWORD', value: 'pw-1', secretId: 'sec-h' }]);
  });
  afterAll(async () => h?.stop());

  it('a rotation while a newer version rolls out redeploys that version once it is done, not the one before it', async () => {
    const id = await register('racer');
    await deployed(id, '1.0.0');
    h.target.mode('racer', 'hold');
    const { deployment: newer } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '2.0.0' });
    await until(() => expect(h.target.holding('racer')).toBe(1));
    h.environments.set(PROJECT, [{ key: 'DB_PASSWORD', value: 'pw-2', secretId: 'sec-h' }]);
    await h.secretChanged('sec-h', 2);
    await windowEnded(id);
    // The window has ended while 2.0.0 is still rolling out: it waits for it.
    expect(await h.handles.rotation.flush()).toBe(0);
    h.target.release('racer');
    expect((await finished(newer!.deploymentId!)).status).toBe('succeeded');
    await until(async () => expect(await rotations(id)).toHaveLength(1));
    await settled(id);
    expect((await rotations(id))[0]!.data).toMatchObject({ version: '2.0.0', secretIds: ['sec-h'] });
    const last = h.target.appliesOf('racer').at(-1)!;
    expect(last.image).toBe('acme/app:2.0.0');
    expect(last.env['DB_PASSWORD']).toBe('pw-2');
    expect((await h.rpc('deploy.GetApplication', { actor: owner, applicationId: id })).application?.currentVersion).toBe('2.0.0');
  });

  it('a deployment requested while a window is being ended goes first; the redeploy then takes its version', async () => {
    const id = await register('overtaken');
    await deployed(id, '1.0.0');
    const deployments = h.handles.deployments;
    const original = deployments.request.bind(deployments);
    let newer = '';
    // Between the flusher's reading of the application and its request, a webhook asks for 3.0.0.
    deployments.request = async (app, input) => {
      if (app.id === id && input.trigger === 'secret_rotation' && !newer) {
        h.target.mode('overtaken', 'hold');
        newer = (await original(app, { version: '3.0.0', trigger: 'manual', actorUserId: 'user-owner' })).deployment.id;
      }
      return original(app, input);
    };
    try {
      await h.secretChanged('sec-h', 4);
      await until(() => expect(h.target.holding('overtaken')).toBe(1));
      await windowEnded(id);
      expect(await rotations(id)).toHaveLength(0);
      h.target.release('overtaken');
      expect((await finished(newer)).status).toBe('succeeded');
      await until(async () => expect(await rotations(id)).toHaveLength(1));
      await settled(id);
    } finally {
      deployments.request = original;
    }
    expect((await rotations(id))[0]!.data).toMatchObject({ version: '3.0.0' });
    expect(h.target.appliesOf('overtaken').at(-1)!.image).toBe('acme/app:3.0.0');
  });

  it('a rotation that joins a window while it is being ended is not lost: it gets its own redeploy', async () => {
    const id = await register('latecomer');
    await deployed(id, '1.0.0');
    const deployments = h.handles.deployments;
    const original = deployments.request.bind(deployments);
    let joined = false;
    // The consumer adds a secret to the window between the flusher's request and its removal of the window.
    deployments.request = async (app, input) => {
      const result = await original(app, input);
      if (app.id === id && input.trigger === 'secret_rotation' && !joined) {
        joined = true;
        await h.sql`update rotation_pending set secret_ids = secret_ids || '["sec-late"]'::jsonb where application_id = ${id}`;
      }
      return result;
    };
    try {
      await h.secretChanged('sec-h', 3);
      await until(async () => expect(await rotations(id)).toHaveLength(2));
      await settled(id);
    } finally {
      deployments.request = original;
    }
    const secretIds = (await rotations(id)).map((e) => e.data['secretIds']);
    expect(secretIds).toEqual([['sec-h'], ['sec-h', 'sec-late']]);
  });

  it('stopping the worker mid-rollout records no outcome and hands the deployment back; after a restart it completes', async () => {
    const id = await register('restarter');
    h.target.mode('restarter', 'hang');
    const { deployment: d } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '1.0.0' });
    const deploymentId = d!.deploymentId!;
    await until(() => expect(h.target.appliesOf('restarter')).toHaveLength(1));
    const worker = h.handles.worker.task();
    await worker.stop();
    try {
      const outcomes = [...await h.events('DeploymentSucceeded'), ...await h.events('DeploymentFailed')].filter((e) => e.data['deploymentId'] === deploymentId);
      expect(outcomes).toEqual([]);
      // Handed back: no lease left to run out before a replica (or this one, restarted) resumes it.
      const queued = await h.sql`select lease_until, attempts from deploy_queue where deployment_id = ${deploymentId}`;
      expect(queued).toHaveLength(1);
      expect(queued[0]!['lease_until']).toBeNull();
      // A stop is not a failed run: it does not use up one of the deployment's attempts.
      expect(queued[0]!['attempts']).toBe(0);
      h.target.mode('restarter', 'complete');
    } finally {
      await worker.start();
    }
    expect(await finished(deploymentId)).toMatchObject({ status: 'succeeded', stage: '' });
    expect(h.target.appliesOf('restarter')).toHaveLength(2);
  });

  it('regenerating the token with the signing secret is one change: when it fails, the old credentials still work', async () => {
    const { application, webhookToken, signingSecret } = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: PROJECT, name: 'signed', environment: 'prod', image: 'acme/app', ports: [], replicas: 1, webhookEnabled: true, autoDeploy: true, signatureRequired: true,
    });
    const id = application!.applicationId!;
    // The keyring fails when the new signing secret is to be stored (after the token's hash was written).
    const keyring = (h.handles.applications as unknown as { keyring: { encrypt: (...args: unknown[]) => unknown } }).keyring;
    keyring.encrypt = () => {
      throw new Error('keyring unavailable');
    };
    try {
      await expect(h.rpc('deploy.RegenerateWebhookToken', { actor: owner, applicationId: id, rotateSigningSecret: true })).rejects.toBeDefined();
    } finally {
      delete (keyring as { encrypt?: unknown }).encrypt;
    }
    expect((await h.events('WebhookTokenRegenerated')).filter((e) => e.data['applicationId'] === id)).toEqual([]);
    const body = JSON.stringify({ applicationId: id, version: '1.0.0' });
    const accepted = await h.rpc('deploy.WebhookDeploy', {
      applicationId: id, version: '1.0.0', token: webhookToken, idempotencyKey: '', body: bodyOf(JSON.parse(body)), sourceAddress: '203.0.113.5',
      signature: signatureHeader(signingSecret, Math.floor(h.clock.now().getTime() / 1000), body),
    });
    expect(accepted.deployment).toMatchObject({ applicationId: id, version: '1.0.0' });
    // And together they still work.
    const again = await h.rpc('deploy.RegenerateWebhookToken', { actor: owner, applicationId: id, rotateSigningSecret: true });
    expect(again.webhookToken).toMatch(/^whk_/);
    expect(again.signingSecret).toMatch(/^whsec_/);
  });

  it('a deployment of an application whose environment was removed fails at stage environment and touches nothing', async () => {
    const id = await register('orphan', 'dev');
    await h.publish('gitops-sync', 'EnvironmentRemoved', `project-${PROJECT}`, { projectId: PROJECT, environment: 'dev', actorUserId: 'user-owner' });
    await until(async () => expect((await h.sql`select environments from projects where id = ${PROJECT}`)[0]!['environments']).toEqual(['prod']));
    const builds = h.buildCalls.length;
    const { deployment: d } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '1.0.0' });
    const done = await finished(d!.deploymentId!);
    expect(done).toMatchObject({ status: 'failed', stage: 'environment' });
    expect(done.error).toContain('dev');
    expect(h.target.appliesOf('orphan')).toHaveLength(0);
    expect(h.buildCalls.length).toBe(builds);
  });
});

describe('deploy queue', () => {
  let h: Harness;
  const owner = ownerOf(ORG);

  beforeAll(async () => {
    h = await startHarness();
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'hard', environments: ['prod'] });
    h.environments.set(PROJECT, [{ key: 'MODE', value: 'live' }]);
  });
  afterAll(async () => h?.stop());

  it('never runs two rollouts of one application at once, even when an older request becomes visible while a newer one runs', async () => {
    const { application } = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: PROJECT, name: 'serial', environment: 'prod', image: 'acme/app', ports: [], replicas: 1, webhookEnabled: true, autoDeploy: true, signatureRequired: false,
    });
    const id = application!.applicationId!;
    h.target.mode('serial', 'hold');
    const { deployment: running } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '2.0.0' });
    await until(() => expect(h.target.holding('serial')).toBe(1));
    // A request whose transaction took its queue position before the running one's but committed after it
    // was claimed: the same queue state, made by hand.
    const { deployment: late } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '1.9.0' });
    await h.sql`update deploy_queue set seq = (select seq - 1 from deploy_queue where deployment_id = ${running!.deploymentId!}) where deployment_id = ${late!.deploymentId!}`;
    h.handles.worker.wake();
    // Several claim rounds (the poll is 100 ms): the late one stays queued while the other rolls out.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(h.target.holding('serial')).toBe(1);
    expect(h.target.appliesOf('serial').map((a) => a.image)).toEqual(['acme/app:2.0.0']);
    expect((await h.sql`select lease_until from deploy_queue where deployment_id = ${late!.deploymentId!}`)[0]!['lease_until']).toBeNull();
    h.target.release('serial');
    await until(async () => expect(await h.sql`select 1 from deploy_queue where application_id = ${id}`).toHaveLength(0));
    expect(h.target.appliesOf('serial').map((a) => a.image)).toEqual(['acme/app:2.0.0', 'acme/app:1.9.0']);
    expect(h.target.overlaps).toEqual([]);
  });
});
