// The two objects one application is in the cluster: Secret "<name>-env"
// holding the resolved environment, and Deployment "<name>" taking it with
// envFrom. The pod template carries a checksum of the environment, so a
// changed environment (a rotated secret) changes the template and rolls the
// pods, and an unchanged one changes nothing (same generation, no restart).
import { ClusterError, type KubeObject } from '@keywarden/kube';
import { envChecksum } from '../../../app/env-checksum.js';
import type { Resources, WorkloadSpec } from '../../../app/ports.js';

export { envChecksum };

export const ENV_CHECKSUM_ANNOTATION = 'keywarden.dev/env-checksum';
export const NAME_LABEL = 'app.kubernetes.io/name';
export const APPLICATION_LABEL = 'keywarden.dev/application-id';

export const envSecretName = (name: string) => `${name}-env`;

export function envSecretObject(spec: WorkloadSpec): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: { name: envSecretName(spec.name), namespace: spec.namespace, labels: { ...spec.labels } },
    // data rather than stringData: server-side apply then owns each key, so a variable dropped from the
    // environment is removed from the Secret on the next apply.
    data: Object.fromEntries(Object.entries(spec.env).map(([key, value]) => [key, Buffer.from(value, 'utf8').toString('base64')])),
  };
}

export function deploymentObject(spec: WorkloadSpec): KubeObject {
  const applicationId = spec.labels[APPLICATION_LABEL];
  if (!applicationId) throw new ClusterError('rejected', `the workload's labels lack ${APPLICATION_LABEL}`);
  // The selector is immutable once the Deployment exists: only the two labels that never change for an application.
  const selector = { [NAME_LABEL]: spec.name, [APPLICATION_LABEL]: applicationId };
  const resources = resourcesOf(spec.resources);
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: spec.name, namespace: spec.namespace, labels: { ...spec.labels }, annotations: { ...spec.annotations } },
    spec: {
      replicas: spec.replicas,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels: { ...spec.labels, ...selector }, annotations: { [ENV_CHECKSUM_ANNOTATION]: envChecksum(spec.env) } },
        spec: {
          containers: [{
            name: spec.name,
            image: spec.image,
            ...(spec.ports.length ? { ports: spec.ports.map((port) => ({ containerPort: port, protocol: 'TCP' })) } : {}),
            ...(resources ? { resources } : {}),
            envFrom: [{ secretRef: { name: envSecretName(spec.name) } }],
          }],
        },
      },
    },
  };
}

/** Only the quantities that are set: an empty one is left to the namespace's defaults (LimitRange). */
function resourcesOf(r: Resources): { requests?: Record<string, string>; limits?: Record<string, string> } | undefined {
  const pick = (cpu: string, memory: string) => {
    const set = Object.fromEntries(Object.entries({ cpu, memory }).filter(([, v]) => v !== ''));
    return Object.keys(set).length ? set : undefined;
  };
  const requests = pick(r.cpuRequest, r.memoryRequest);
  const limits = pick(r.cpuLimit, r.memoryLimit);
  if (!requests && !limits) return undefined;
  return { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) };
}
