// A deployer that dies mid-rollout: its deployment is not left in_progress for
// the rollout timeout. Another replica (or the same one, restarted) takes it
// over once the short lease ends, finishes it, then the deployment that was
// acknowledged meanwhile, and the two never roll the application out at once
// (the recording target is one cluster shared by both replicas).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-takeover';
const PROJECT = randomUUID();
const LEASE = { KW_QUEUE_LEASE_MS: '1500' };

describe('a deployer replica dies mid-rollout', () => {
  let h: Harness;
  const owner = ownerOf(ORG);
  const deployment = async (deploymentId: string) => (await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId })).deployment!;

  beforeAll(async () => {
    h = await startHarness({ env: LEASE });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'takeover', environments: ['prod'] });
    h.environments.set(PROJECT, [{ key: 'MODE', value: 'live' }]);
  });
  afterAll(async () => h?.stop());

  it('another replica takes the deployment over within the lease, finishes it and the one acknowledged meanwhile, never both at once', async () => {
    const { application } = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: PROJECT, name: 'survivor', environment: 'prod', image: 'acme/survivor', ports: [], replicas: 1,
      webhookEnabled: true, autoDeploy: true, signatureRequired: false,
    });
    const id = application!.applicationId!;
    h.target.mode('survivor', 'hold');
    const { deployment: first } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '1.0.0' });
    await until(() => expect(h.target.holding('survivor')).toBe(1));
    expect((await deployment(first!.deploymentId!)).status).toBe('in_progress');
    const [claimed] = await h.sql`select fence from deploy_queue where deployment_id = ${first!.deploymentId!}`;

    // The replica dies: no release, no outcome, no heartbeat. A deploy is acknowledged while nobody works the queue.
    h.handles.worker.abandon();
    expect(h.target.holding('survivor')).toBe(0);
    const { deployment: second } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '2.0.0' });
    expect(second!.status).toBe('pending');

    // A replica (re)starts: once the lease has ended it claims the orphan (a new fence), applies it again and waits.
    const replica = await h.replica(LEASE);
    await until(() => expect(h.target.holding('survivor')).toBe(1));
    const [taken] = await h.sql`select fence, attempts from deploy_queue where deployment_id = ${first!.deploymentId!}`;
    expect(Number(taken!['fence'])).toBeGreaterThan(Number(claimed!['fence']));
    expect(taken!['attempts']).toBe(2);
    h.target.release('survivor');

    await until(async () => expect((await deployment(second!.deploymentId!)).status).toBe('succeeded'));
    expect(await deployment(first!.deploymentId!)).toMatchObject({ status: 'succeeded', stage: '' });
    expect(h.target.appliesOf('survivor').map((a) => a.image)).toEqual(['acme/survivor:1.0.0', 'acme/survivor:1.0.0', 'acme/survivor:2.0.0']);
    expect(h.target.overlaps).toEqual([]);
    const outcomes = [...await h.events('DeploymentSucceeded'), ...await h.events('DeploymentFailed')].filter((e) => e.data['applicationId'] === id);
    expect(outcomes.map((e) => [e.type, e.data['version']])).toEqual([['DeploymentSucceeded', '1.0.0'], ['DeploymentSucceeded', '2.0.0']]);
    expect(await h.sql`select 1 from deploy_queue where application_id = ${id}`).toHaveLength(0);
    expect((await h.rpc('deploy.GetApplication', { actor: owner, applicationId: id })).application).toMatchObject({ currentVersion: '2.0.0', status: 'running' });
    await replica.service.stop();
  });
});

describe('a deployer replica stalls past its lease', () => {
  let h: Harness;
  const owner = ownerOf(ORG);

  beforeAll(async () => {
    h = await startHarness({ env: LEASE });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'takeover', environments: ['prod'] });
    h.environments.set(PROJECT, [{ key: 'MODE', value: 'live' }]);
  });
  afterAll(async () => h?.stop());

  it('records nothing for the deployment another replica took over: one outcome, the new owner\'s', async () => {
    const { application } = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: PROJECT, name: 'staller', environment: 'prod', image: 'acme/staller', ports: [], replicas: 1,
      webhookEnabled: true, autoDeploy: true, signatureRequired: false,
    });
    const id = application!.applicationId!;
    h.target.mode('staller', 'hold');
    const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '1.0.0' });
    const deploymentId = deployment!.deploymentId!;
    await until(() => expect(h.target.holding('staller')).toBe(1));
    const [first] = await h.sql`select fence from deploy_queue where deployment_id = ${deploymentId}`;
    // The first replica is still rolling out, but its lease ran out (as after a long pause) and a second replica takes over.
    await h.replica(LEASE);
    await h.sql`update deploy_queue set lease_until = now() - interval '1 second' where deployment_id = ${deploymentId}`;
    await until(async () => {
      const [now] = await h.sql`select fence from deploy_queue where deployment_id = ${deploymentId}`;
      expect(Number(now!['fence'])).toBeGreaterThan(Number(first!['fence']));
    });
    // The second replica applies again; then the first one's rollout fails and the second one's completes. The failure
    // is not the first replica's to record any more (had it been, the deployment would have failed: a second
    // outcome is ignored).
    await until(() => expect(h.target.heldGenerations('staller')).toContain(2));
    h.target.end('staller', 1, { status: 'failed', reason: 'ProgressDeadlineExceeded', message: 'the stalled replica saw it fail' });
    h.target.end('staller', 2, { status: 'complete' });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId })).deployment!.status).toBe('succeeded'));
    await until(async () => expect(await h.sql`select 1 from deploy_queue where deployment_id = ${deploymentId}`).toHaveLength(0));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const outcomes = [...await h.events('DeploymentSucceeded'), ...await h.events('DeploymentFailed')].filter((e) => e.data['deploymentId'] === deploymentId);
    expect(outcomes.map((e) => e.type)).toEqual(['DeploymentSucceeded']);
  });
});
