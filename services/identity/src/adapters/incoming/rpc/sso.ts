// SSO endpoints (rpc.identity.*): provider configuration for administrators,
// the provider list for the sign-in page, and the two halves of a sign-in.
// CompleteSso's reply carries tokens: never log it.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { SsoDeps } from '../../../app/sso/deps.js';
import { completeSso } from '../../../app/sso/complete.js';
import { configureIdentityProvider, listIdentityProviders } from '../../../app/sso/providers.js';
import { startSso } from '../../../app/sso/start.js';
import type { IssuedSession } from '../../../app/ports.js';

export function ssoEndpoints(deps: SsoDeps): AnyRpcEndpoint[] {
  return [
    endpoint('identity.ConfigureIdentityProvider', async (req) => {
      const { provider, replayed } = await configureIdentityProvider(deps, req.actor, req.identityProviderId, {
        name: req.name, issuer: req.issuer, clientId: req.clientId, clientSecret: req.clientSecret, scopes: req.scopes,
        claimMapping: req.claimMapping, identifierFilter: req.identifierFilter, enabled: req.enabled,
      }, req.idempotencyKey);
      return { identityProvider: provider, replayed };
    }),
    endpoint('identity.ListIdentityProviders', async (req) => {
      const { providers, passwordSignInEnabled } = await listIdentityProviders(deps, req.actor);
      return { identityProviders: providers, passwordSignInEnabled };
    }),
    endpoint('identity.StartSso', async (req) => startSso(deps, req.identityProviderId, req.redirectUri)),
    endpoint('identity.CompleteSso', async (req) => ({
      session: sessionTokens(await completeSso(deps, req.callbackUrl, req.binding, { ip: req.client?.ip ?? '', userAgent: req.client?.userAgent ?? '' })),
    })),
  ];
}

function sessionTokens(s: IssuedSession) {
  return {
    sessionId: s.sessionId, accessToken: s.accessToken, accessTokenExpiresAt: s.accessTokenExpiresAt.toISOString(),
    refreshToken: s.refreshToken, refreshTokenExpiresAt: s.refreshTokenExpiresAt.toISOString(),
    user: { ...s.user, roles: s.user.roles, createdAt: s.user.createdAt.toISOString() },
  };
}
