// STUB — replaced by the SSO area (OIDC identity providers, PKCE sign-in).
import type { Area } from '../area.js';
import type { IdentityDeps } from '../context.js';
import type { SessionsPort, UsersPort } from '../ports.js';

export function buildSsoArea(_deps: IdentityDeps, _ports: { users: UsersPort; sessions: SessionsPort }): Area {
  return { rpc: [] };
}
