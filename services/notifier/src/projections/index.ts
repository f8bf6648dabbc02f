// What the operator tools may rebuild of the notifier (tools/cli `replay`), exported as
// `@keywarden/notifier/projections`: the channels and subscriptions (inline projections of
// their own streams), and the read models of other services' facts, kept by its consumers
// with these same functions, rebuilt by replaying those services' streams. NotificationSent/
// Failed feed no read model: deliveries are work, with effects, and are never replayed.
import type { Tx } from '@keywarden/db';
import type { ProjectionCatalog, StreamProjection } from '@keywarden/event-store';
import { accountOwners, gitBindings, orgMembers, projects, providerAppOwners, secretProviders } from '../schema.js';
import { channelsProjection, subscriptionsProjection } from './channels.js';
import { applyMembership, applyOwnership, membershipEventTypes, ownershipEventTypes, secretsOwnershipEventTypes } from './membership.js';
import { applyGitBindings, applyProjects, projectEventTypes } from './projects.js';

const consumed = (
  name: string, context: string, handles: readonly string[], applyBatch: StreamProjection['applyBatch'] & {}, reset: (tx: Tx) => Promise<void>,
): StreamProjection => ({
  name, context, handles, applyBatch, reset,
  apply: (tx, event) => applyBatch(tx, [event]),
});

export const projectionCatalog: ProjectionCatalog = {
  service: 'notifier',
  context: 'notify',
  projections: [channelsProjection, subscriptionsProjection],
  consumed: [
    consumed('org_members', 'identity', membershipEventTypes, applyMembership, async (tx) => void (await tx.delete(orgMembers))),
    consumed('oauth_owners', 'oauth', ownershipEventTypes, applyOwnership, async (tx) => {
      await tx.delete(accountOwners);
      await tx.delete(providerAppOwners);
    }),
    consumed('secret_providers', 'secrets', secretsOwnershipEventTypes, applyOwnership, async (tx) => void (await tx.delete(secretProviders))),
    consumed('projects', 'gitops', projectEventTypes, applyProjects, async (tx) => void (await tx.delete(projects))),
    consumed('git_bindings', 'gitops', ['GitCredentialsSynced', 'GitCredentialsSyncFailed'],
      async (tx, events) => void (await applyGitBindings(tx, events)), async (tx) => void (await tx.delete(gitBindings))),
  ],
};
