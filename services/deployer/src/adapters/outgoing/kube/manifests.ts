// The manifests target (no cluster configured): the same Secret and
// Deployment as YAML files under <dir>/<namespace>/ (Secret 0600), for a
// human or a GitOps pipeline to apply. There is no controller to wait for:
// a rollout is complete once the files are written, and there is no
// generation (0).
import { readFile, rm } from 'node:fs/promises';
import { manifestPath, writeManifest, type KubeObject } from '@keywarden/kube';
import { parse } from 'yaml';
import type { DeployTarget } from '../../../app/ports.js';
import { deploymentObject, envSecretName, envSecretObject } from './workload.js';

/** Enough of an object for manifestPath to name its file. */
const located = (kind: string, namespace: string, name: string): KubeObject => ({ apiVersion: 'v1', kind, metadata: { name, namespace } });

export function manifestsDeployTarget(dir: string): DeployTarget {
  return {
    kind: 'manifests',
    description: `manifests in ${dir}`,
    apply: async (spec) => {
      await writeManifest(dir, envSecretObject(spec));
      await writeManifest(dir, deploymentObject(spec));
      return { generation: 0 };
    },
    waitForRollout: async () => ({ status: 'complete' }),
    scale: async (namespace, name, replicas) => {
      const text = await readFile(manifestPath(dir, located('Deployment', namespace, name)), 'utf8').catch(() => undefined);
      if (text === undefined) return;
      const deployment = parse(text) as KubeObject & { spec: { replicas: number } };
      deployment.spec.replicas = replicas;
      await writeManifest(dir, deployment);
    },
    remove: async (namespace, name) => {
      await rm(manifestPath(dir, located('Deployment', namespace, name)), { force: true });
      await rm(manifestPath(dir, located('Secret', namespace, envSecretName(name))), { force: true });
    },
    close: async () => undefined,
  };
}
