// What the operator tools may rebuild of gitops-sync (tools/cli `replay`), exported as
// `@keywarden/gitops-sync/projections`: the inline projections, and the read models its
// consumers keep of oauth's and identity's events (only their row writes: the cluster work
// those consumers also queue is not replayed).
import type { ProjectionCatalog, StreamProjection } from '@keywarden/event-store';
import { oauthAccounts, orgOwners } from '../schema.js';
import { applyAccountFact, applyOrganizationFact } from './facts.js';
import { bindingsProjection, projections, projectsProjection } from './read-models.js';

const oauthAccountsFromOauth: StreamProjection = {
  name: 'oauth_accounts',
  context: 'oauth',
  handles: ['AccountConnected', 'AccountDisconnected', 'TokenRefreshed', 'ReauthorizationRequired'],
  apply: async (tx, event) => void (await applyAccountFact(tx, event)),
  reset: async (tx) => void (await tx.delete(oauthAccounts)),
};

const orgOwnersFromIdentity: StreamProjection = {
  name: 'org_owners',
  context: 'identity',
  handles: ['OrganizationCreated', 'OwnershipTransferred'],
  apply: async (tx, event) => void (await applyOrganizationFact(tx, event)),
  reset: async (tx) => void (await tx.delete(orgOwners)),
};

export const projectionCatalog: ProjectionCatalog = {
  service: 'gitops-sync',
  context: 'gitops',
  projections,
  consumed: [oauthAccountsFromOauth, orgOwnersFromIdentity],
  // projects inserts the binding rows (and its reset deletes them) that bindings updates.
  together: [[projectsProjection.name, bindingsProjection.name]],
};
