// What the deployer follows of other contexts, each a durable consumer whose
// effects commit with its inbox row:
//  - deployer--projects (EVT_GITOPS): project id → organization, slug and
//    environments, which registration checks and namespaces come from
//    (@keywarden/runtime's projects read model, which registration also fills
//    by reading through to gitops-sync; an event older than the row changes nothing);
//  - deployer--secret-rotations (EVT_SECRETS): SecretValueChanged and
//    SecretRolledBack open (or join) a batching window per application whose
//    last environment used that secret and which deploys automatically.
import { onProjectEvent, type ConsumerSpec } from '@keywarden/runtime';
import { openRotationWindows } from '../../app/rotation.js';
import type { DeployerStore } from '../../app/ports.js';

export const PROJECTS_CONSUMER = 'projects';
export const ROTATIONS_CONSUMER = 'secret-rotations';

export function consumers(options: { rotationWindowMs: number; store: DeployerStore }): ConsumerSpec[] {
  return [
    {
      context: 'gitops', purpose: PROJECTS_CONSUMER,
      types: ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted'],
      handle: (tx, event) => onProjectEvent(tx, event),
    },
    {
      context: 'secrets', purpose: ROTATIONS_CONSUMER,
      types: ['SecretValueChanged', 'SecretRolledBack'],
      handle: (tx, event) => openRotationWindows(options.store, tx, event, options.rotationWindowMs),
    },
  ];
}
