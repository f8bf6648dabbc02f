// Server-side apply as field manager `keywarden`: the API server merges what
// keywarden declares with what others (kubectl, controllers, HPAs) own and
// records who owns which field, so a conflicting hand edit is reported
// instead of silently overwritten (unless the caller forces).
import { KubernetesObjectApi, PatchStrategy, type KubeConfig } from '@kubernetes/client-node';
import { classifyKubeError } from './errors.js';
import { FIELD_MANAGER, type KubeObject } from './objects.js';

export interface ServerSideApply {
  /** Applies the object; resolves to the object the API returned (with its generation), throws ClusterError. */
  apply(object: KubeObject, options: { force: boolean }): Promise<KubeObject>;
  /** Apply requests made so far (benchmarks). */
  requests(): number;
}

export function serverSideApply(kc: KubeConfig): ServerSideApply {
  const objects = KubernetesObjectApi.makeApiClient(kc);
  let count = 0;
  return {
    apply: async (object, { force }) => {
      count++;
      try {
        return (await objects.patch(object, undefined, undefined, FIELD_MANAGER, force, PatchStrategy.ServerSideApply)) as KubeObject;
      } catch (error) {
        throw classifyKubeError(error);
      }
    },
    requests: () => count,
  };
}
