// The SSO area: admin-configured generic OIDC identity providers and sign-in
// with the authorization code flow, PKCE S256, state, nonce and a browser binding.
import { ssoEndpoints } from '../../adapters/rpc/sso.js';
import type { Area } from '../area.js';
import type { IdentityDeps } from '../context.js';
import type { InstancePort, SessionsPort, UsersPort } from '../ports.js';
import { ssoDeps } from './deps.js';

export function buildSsoArea(deps: IdentityDeps, ports: { users: UsersPort; sessions: SessionsPort; instance: InstancePort }): Area {
  return { rpc: ssoEndpoints(ssoDeps(deps, ports)) };
}
