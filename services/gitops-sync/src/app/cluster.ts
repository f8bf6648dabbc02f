// The objects keywarden owns per project environment: the namespace, the
// Secret Flux authenticates with (basic auth: username + token) and the
// GitRepository that points Flux at the repository with that Secret.
import type { ClusterError, KubeObject } from '@keywarden/kube';
import { ACCOUNT_ANNOTATION, ENVIRONMENT_LABEL, FINGERPRINT_ANNOTATION, GENERATION_ANNOTATION, MANAGED_BY, PROJECT_LABEL } from '../domain/cluster.js';
import { secretNameOf } from '../domain/project/naming.js';
import type { Credentials, EnvironmentTarget } from './ports.js';

export const labelsOf = (t: Pick<EnvironmentTarget, 'projectId' | 'environment'>) => ({
  [MANAGED_BY]: 'keywarden', [PROJECT_LABEL]: t.projectId, [ENVIRONMENT_LABEL]: t.environment,
});

export function namespaceObject(t: EnvironmentTarget): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace, labels: labelsOf(t) } };
}

export function secretObject(t: EnvironmentTarget, c: Credentials): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: {
      name: secretNameOf(t.slug), namespace: t.namespace, labels: labelsOf(t),
      annotations: { [GENERATION_ANNOTATION]: String(c.generation), [FINGERPRINT_ANNOTATION]: c.fingerprint, [ACCOUNT_ANNOTATION]: c.accountId },
    },
    data: { username: b64(c.username), password: b64(c.password) },
  };
}

export function gitRepositoryObject(t: EnvironmentTarget): KubeObject {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository',
    metadata: { name: t.slug, namespace: t.namespace, labels: labelsOf(t) },
    spec: { url: t.repositoryUrl, ref: { branch: t.branch }, interval: t.interval, secretRef: { name: secretNameOf(t.slug) } },
  };
}

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');


/** The cluster adapters' failure (@keywarden/kube's ClusterError), told apart by name so app/ needs its type only. */
export function isClusterError(error: unknown): error is ClusterError {
  return (error as Error | undefined)?.name === 'ClusterError';
}
