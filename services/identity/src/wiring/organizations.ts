// The organizations area: organizations, members, roles, ownership, and GetMe
// (the actor's user, from auth's UsersPort, with their memberships).
import { organizationEndpoints } from '../adapters/incoming/rpc/organizations.js';
import type { Area } from './area.js';
import type { IdentityDeps } from '../app/context.js';
import type { UsersPort } from '../app/ports.js';
import { commands } from '../app/commands.js';
import { OrganizationStore } from '../projections/organization-queries.js';

export function buildOrganizationsArea(deps: IdentityDeps, ports: { users: UsersPort }): Area {
  return {
    rpc: organizationEndpoints({ database: deps.database, commands: commands(deps.database), store: new OrganizationStore(deps.database), users: ports.users }),
  };
}
