import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { organizationDecider } from '../../domain/organization/organization.js';
import { organizationsProjection } from '../../projections/organizations.js';

/** Load, decide, append with the organization projection, in one transaction. */
export const organizationCommands = (database: Database) => ({ organization: commandHandler(database, organizationDecider, [organizationsProjection]) });
export type OrganizationCommands = ReturnType<typeof organizationCommands>;
