// What the vault follows of other contexts, each a durable consumer whose effects commit with
// its inbox row:
//  - secrets-vault--projects (EVT_GITOPS): project → organization and environments, which
//    authorize project and environment variables and say which environments exist;
//  - secrets-vault--applications (EVT_DEPLOY): application → organization, project and
//    environment, fixed at registration (ApplicationChanged carries none of them, so it is not
//    followed), which authorize and place application variables without asking the deployer.
// The projects read model is @keywarden/runtime's (the deployer keeps the same), which access.ts
// also fills by reading through to gitops-sync; an event older than the row changes nothing.
// The variables of a deleted project stay (their events are the history); the project's row becomes
// a tombstone, so only platform administrators reach them.
import { onProjectEvent, type ConsumerSpec } from '@keywarden/runtime';
import { onApplicationRegistered } from '../../projections/places.js';

export const PROJECTS_CONSUMER = 'projects';
export const APPLICATIONS_CONSUMER = 'applications';

export function consumers(): ConsumerSpec[] {
  return [
    { context: 'gitops', purpose: PROJECTS_CONSUMER, types: ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted'], handle: onProjectEvent },
    { context: 'deploy', purpose: APPLICATIONS_CONSUMER, types: ['ApplicationRegistered'], handle: onApplicationRegistered },
  ];
}
