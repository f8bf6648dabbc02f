// The SSO area: admin-configured generic OIDC identity providers and sign-in
// with the authorization code flow, PKCE S256, state, nonce and a browser binding.
import { ssoEndpoints } from '../adapters/incoming/rpc/sso.js';
import { DbProviderStore } from '../adapters/outgoing/db/provider-store.js';
import { DbSsoAttempts, DbSsoLinks } from '../adapters/outgoing/db/sso-store.js';
import type { Area } from './area.js';
import type { IdentityDeps } from '../app/context.js';
import type { InstancePort, SessionsPort, UsersPort } from '../app/ports.js';
import { ssoDeps } from '../app/sso/deps.js';

export function buildSsoArea(deps: IdentityDeps, ports: { users: UsersPort; sessions: SessionsPort; instance: InstancePort }): Area {
  return { rpc: ssoEndpoints(ssoDeps(deps, ports, {
    providers: new DbProviderStore(deps.database, deps.keyring), attempts: new DbSsoAttempts(deps.database), links: new DbSsoLinks(deps.database),
  })) };
}
