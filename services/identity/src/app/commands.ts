// The one place identity's deciders meet the event store: a handler per aggregate, each with the inline
// projections its events update in the command's own transaction (of its own, or the caller's when `database`
// is seen through one: Transactions.within). Sessions start from their projection row (snapshot), so a
// month of refreshes is never replayed.
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { identityProviderDecider } from '../domain/idp/identity-provider.js';
import { instanceDecider } from '../domain/instance/instance.js';
import { organizationDecider } from '../domain/organization/organization.js';
import { patDecider } from '../domain/pat/pat.js';
import { sessionDecider } from '../domain/session/session.js';
import { cleanupDecider, signingKeyDecider } from '../domain/signing-key/signing-key.js';
import { userDecider } from '../domain/user/user.js';
import { identityProvidersProjection } from '../projections/identity-providers.js';
import { instanceSettingsProjection } from '../projections/instance-settings.js';
import { organizationsProjection } from '../projections/organizations.js';
import { patsProjection } from '../projections/pats.js';
import { sessionSnapshot, sessionsProjection } from '../projections/sessions.js';
import { tokenCleanupRunsProjection } from '../projections/token-cleanup-runs.js';
import { usersProjection } from '../projections/users.js';

export function commands(database: Database) {
  return {
    user: commandHandler(database, userDecider, [usersProjection]),
    session: commandHandler(database, sessionDecider, [sessionsProjection], sessionSnapshot),
    pat: commandHandler(database, patDecider, [patsProjection]),
    organization: commandHandler(database, organizationDecider, [organizationsProjection]),
    identityProvider: commandHandler(database, identityProviderDecider, [identityProvidersProjection]),
    signingKey: commandHandler(database, signingKeyDecider),
    cleanup: commandHandler(database, cleanupDecider, [tokenCleanupRunsProjection]),
    instance: commandHandler(database, instanceDecider, [instanceSettingsProjection]),
  };
}
export type Commands = ReturnType<typeof commands>;
