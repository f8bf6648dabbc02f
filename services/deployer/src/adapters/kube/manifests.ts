// The manifests target (no cluster configured): the same Secret and
// Deployment as YAML files under <dir>/<namespace>/ (Secret 0600), for a
// human or a GitOps pipeline to apply. There is no controller to wait for:
// a rollout is complete once the files are written, and there is no
// generation (0).
import { writeManifest } from '@keywarden/kube';
import type { DeployTarget } from '../../app/ports.js';
import { deploymentObject, envSecretObject } from './workload.js';

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
    close: async () => undefined,
  };
}
