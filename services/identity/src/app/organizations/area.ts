// STUB — replaced by the organizations area.
import type { Area } from '../area.js';
import type { IdentityDeps } from '../context.js';
import type { UsersPort } from '../ports.js';

export function buildOrganizationsArea(_deps: IdentityDeps, _ports: { users: UsersPort }): Area {
  return { rpc: [] };
}
