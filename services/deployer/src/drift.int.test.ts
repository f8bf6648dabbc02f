// The drift check against the Kubernetes API test server: a live Deployment whose env checksum annotation was
// changed outside Keywarden is recorded once as DeploymentDriftDetected, a redeploy clears it
// (DeploymentDriftCleared), and two replicas firing for the same slot run it once.
import { randomUUID } from 'node:crypto';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubernetesDeployTarget } from './adapters/outgoing/kube/index.js';
import type { DeployTarget } from './app/ports.js';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-drift';
const PROJECT = randomUUID();
const NS = 'project-drift-prod';
const CHECKSUM = 'keywarden.dev/env-checksum';

type Live = { spec: { template: { metadata: { annotations: Record<string, string> } } } };

describe('drift between the applied and the live environment (Kubernetes API test server)', () => {
  let h: Harness<DeployTarget>;
  let kube: KubeApiServer;
  const owner = ownerOf(ORG);
  const deploy = async (applicationId: string, version: string) => {
    const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId, version });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId: deployment!.deploymentId! })).deployment?.status).toBe('succeeded'), { timeoutMs: 15_000 });
    return deployment!.deploymentId!;
  };
  const liveChecksum = () => (kube.get('Deployment', NS, 'billing') as unknown as Live).spec.template.metadata.annotations[CHECKSUM]!;
  const driftEvents = async () => (await h.events()).filter((e) => e.type.startsWith('DeploymentDrift'));

  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: [NS] });
    h = await startHarness({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster') });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'drift', environments: ['prod'] });
    h.environments.set(PROJECT, [{ key: 'DB_PASSWORD', value: 'pw-version-one-long', secretId: 'sec-db', secretVersion: 3 }, { key: 'MODE', value: 'live' }]);
  });
  afterAll(async () => {
    await h?.stop();
    await kube?.close();
  });

  it('records what a deployment applied, a changed live annotation once as drift, and its end after a redeploy', async () => {
    const id = (await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: PROJECT, name: 'billing', environment: 'prod', image: 'registry.acme.test/billing', ports: [8080], replicas: 1,
      webhookEnabled: false, autoDeploy: true, signatureRequired: false,
    })).application!.applicationId!;
    const first = await deploy(id, '1.0.0');
    const succeeded = (await h.events('DeploymentSucceeded')).find((e) => e.data['deploymentId'] === first)!;
    const applied = liveChecksum();
    // Exact: the versions the environment was built with, and the live annotation's fingerprint; no value.
    expect(succeeded.data).toMatchObject({ versionsUsed: [{ secretId: 'sec-db', version: 3, valueFingerprint: 'fp3' }], envFingerprint: applied.slice(0, 16) });
    expect(JSON.stringify(succeeded.data)).not.toContain('pw-version-one-long');

    expect(await h.handles.drift.check()).toMatchObject({ namespaces: 1, applications: 1, detected: 0, cleared: 0 });
    expect(await driftEvents()).toEqual([]);

    // Someone edits the live Deployment's environment outside Keywarden.
    const live = kube.get('Deployment', NS, 'billing') as unknown as Live & Record<string, unknown>;
    live.spec.template.metadata.annotations[CHECKSUM] = 'f'.repeat(64);
    kube.put(live as never, 'kubectl-edit');
    expect(await h.handles.drift.check()).toMatchObject({ detected: 1, cleared: 0 });
    // Found again on the next pass: nothing new is recorded.
    expect(await h.handles.drift.check()).toMatchObject({ detected: 0, cleared: 0 });
    expect((await driftEvents()).map((e) => [e.type, e.stream_id, e.data['appliedEnvFingerprint'], e.data['liveEnvFingerprint'], e.data['deploymentId']])).toEqual([
      ['DeploymentDriftDetected', `drift-${id}`, applied.slice(0, 16), 'f'.repeat(16), first],
    ]);
    expect((await h.sql`select drifted, drift_live_fingerprint from applications where id = ${id}`)[0]).toEqual({ drifted: true, drift_live_fingerprint: 'f'.repeat(16) });

    // A redeploy applies Keywarden's environment again: the next pass clears the drift.
    await deploy(id, '1.0.1');
    expect(liveChecksum()).toBe(applied);
    expect(await h.handles.drift.check()).toMatchObject({ detected: 0, cleared: 1 });
    expect((await driftEvents()).map((e) => e.type)).toEqual(['DeploymentDriftDetected', 'DeploymentDriftCleared']);
    expect((await h.sql`select drifted from applications where id = ${id}`)[0]).toEqual({ drifted: false });
  });

  it('runs a slot once however many replicas fire for it', async () => {
    const second = await h.replica();
    const at = new Date('2026-03-01T08:10:00.000Z');
    const results = await Promise.all([h.handles.drift.runScheduled(at), second.handles.drift.runScheduled(at)]);
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
  });
});
