import { eventually } from '@keywarden/testing';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serverSideApply } from './apply.js';
import { ClusterError } from './errors.js';
import type { KubeObject } from './objects.js';
import { waitForRollout } from './rollout.js';

const NS = 'rollouts';
const LONG = 20_000; // a bound, not a measurement: these waits end by an event long before it

const deployment = (name: string, image: string, replicas = 2): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name, namespace: NS },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
  },
});

describe('waitForRollout', () => {
  let kube: KubeApiServer;
  let kc: KubeConfig;
  const apply = async (name: string, image = 'nginx:1.27', replicas = 2) => {
    const applied = await serverSideApply(kc).apply(deployment(name, image, replicas), { force: true });
    return applied.metadata.generation ?? 0;
  };
  const watchOpen = (count = 1) => eventually(() => kube.requestCount('watch deployments') >= count, { message: 'watch open' });

  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: [NS], rollout: 'manual' });
    kc = kubeConfigFor(kube, KubeConfig);
  });
  afterAll(async () => kube.close());
  beforeEach(() => {
    kube.setRolloutMode('manual');
    kube.resetRequests();
  });

  it('resolves complete when the controller reports the new generation ready', async () => {
    const generation = await apply('web');
    const waiting = waitForRollout(kc, { namespace: NS, name: 'web', generation, timeoutMs: LONG });
    await watchOpen();
    kube.completeRollout(NS, 'web');
    expect(await waiting).toEqual({ status: 'complete' });
  });

  it('an already finished rollout is complete from the LIST alone, with no watch', async () => {
    kube.setRolloutMode('complete');
    const generation = await apply('done');
    await eventually(() => (kube.get('Deployment', NS, 'done')?.status as { observedGeneration?: number } | undefined)?.observedGeneration === generation);
    kube.resetRequests();
    expect(await waitForRollout(kc, { namespace: NS, name: 'done', generation, timeoutMs: LONG })).toEqual({ status: 'complete' });
    expect(kube.requestCount('watch deployments')).toBe(0);
  });

  it('ProgressDeadlineExceeded is a failure with the reason and the controller message', async () => {
    const generation = await apply('stuck');
    const waiting = waitForRollout(kc, { namespace: NS, name: 'stuck', generation, timeoutMs: LONG });
    await watchOpen();
    kube.failRollout(NS, 'stuck', 'ReplicaSet "stuck-1" has timed out progressing.');
    expect(await waiting).toEqual({ status: 'failed', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "stuck-1" has timed out progressing.' });
  });

  it('the fail rollout mode gives the same failure without the test acting', async () => {
    kube.setRolloutMode('fail');
    const generation = await apply('failing');
    expect(await waitForRollout(kc, { namespace: NS, name: 'failing', generation, timeoutMs: LONG })).toMatchObject({ status: 'failed', reason: 'ProgressDeadlineExceeded' });
  });

  it('ReplicaFailure=True for the generation is a failure with its reason', async () => {
    const generation = await apply('quota');
    const waiting = waitForRollout(kc, { namespace: NS, name: 'quota', generation, timeoutMs: LONG });
    await watchOpen();
    kube.setStatus('Deployment', NS, 'quota', {
      observedGeneration: generation, replicas: 0, updatedReplicas: 0,
      conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "quota-1" is forbidden: exceeded quota' }],
    });
    expect(await waiting).toEqual({ status: 'failed', reason: 'FailedCreate', message: 'pods "quota-1" is forbidden: exceeded quota' });
  });

  it('a rollout never observed times out, saying where it stood', async () => {
    const generation = await apply('never');
    const result = await waitForRollout(kc, { namespace: NS, name: 'never', generation, timeoutMs: 300 });
    expect(result).toEqual({ status: 'timeout', message: expect.stringContaining(`generation ${generation} not yet observed`) });
  });

  it('pods that never become available time out; a finished status of the previous generation does not count', async () => {
    const first = await apply('slow');
    kube.completeRollout(NS, 'slow');
    const second = await apply('slow', 'nginx:1.28');
    expect(second).toBe(first + 1);
    // The old generation's complete status says nothing about the new one.
    expect(await waitForRollout(kc, { namespace: NS, name: 'slow', generation: second, timeoutMs: 300 })).toMatchObject({ status: 'timeout' });
    kube.setStatus('Deployment', NS, 'slow', { observedGeneration: second, replicas: 2, updatedReplicas: 2, readyReplicas: 1, availableReplicas: 1 });
    expect(await waitForRollout(kc, { namespace: NS, name: 'slow', generation: second, timeoutMs: 300 }))
      .toEqual({ status: 'timeout', message: expect.stringContaining('1 of 2 updated replicas available') });
    kube.setStatus('Deployment', NS, 'slow', { observedGeneration: second, replicas: 3, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
    expect(await waitForRollout(kc, { namespace: NS, name: 'slow', generation: second, timeoutMs: 300 }))
      .toEqual({ status: 'timeout', message: expect.stringContaining('1 old replicas pending termination') });
  });

  it('after a watch answered 410 Expired, a fresh LIST finds the status written while no watch was open', async () => {
    const generation = await apply('compacted');
    const waiting = waitForRollout(kc, { namespace: NS, name: 'compacted', generation, timeoutMs: LONG });
    await watchOpen();
    // In one synchronous step: the watch ends, the rollout finishes while none is open, the history is compacted.
    kube.endWatches();
    kube.completeRollout(NS, 'compacted');
    kube.compactHistory();
    expect(await waiting).toEqual({ status: 'complete' });
    // The resumed watch got 410, so the wait listed again (the first LIST and the one after the 410).
    expect(kube.requestCount('watch deployments')).toBe(2);
    expect(kube.requestCount('list deployments')).toBe(2);
  });

  it('an API outage during the wait is retried until the API is back', async () => {
    const generation = await apply('outage');
    const waiting = waitForRollout(kc, { namespace: NS, name: 'outage', generation, timeoutMs: LONG });
    await watchOpen();
    await kube.unavailable('refuse');
    kube.completeRollout(NS, 'outage');
    await kube.available();
    expect(await waiting).toEqual({ status: 'complete' });
  });

  it('a Deployment deleted during the wait fails with NotFound', async () => {
    const generation = await apply('gone');
    const waiting = waitForRollout(kc, { namespace: NS, name: 'gone', generation, timeoutMs: LONG });
    await watchOpen();
    kube.remove('Deployment', NS, 'gone');
    expect(await waiting).toMatchObject({ status: 'failed', reason: 'NotFound' });
  });

  it('an aborted signal rejects with its reason; refused credentials reject with a ClusterError', async () => {
    const generation = await apply('aborted');
    const controller = new AbortController();
    const waiting = waitForRollout(kc, { namespace: NS, name: 'aborted', generation, timeoutMs: LONG, signal: controller.signal });
    await watchOpen();
    controller.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');

    const wrong = kubeConfigFor(kube, KubeConfig, { token: 'not-the-token' });
    const refused = await waitForRollout(wrong, { namespace: NS, name: 'aborted', generation, timeoutMs: LONG }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ClusterError);
    expect(refused).toMatchObject({ kind: 'rejected' });
  });
});
