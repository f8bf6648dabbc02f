// StartSso: the authorization URL (code flow, PKCE S256, state, nonce) and a
// binding value for the browser. The server keeps the other half of the attempt.
import { randomUUID } from 'node:crypto';
import { generateToken, sha256Hex } from '@keywarden/crypto';
import { KeywardenError, notFound, validationError } from '@keywarden/errors';
import * as oidc from 'openid-client';
import type { SsoDeps } from './deps.js';
import { describeOidcFailure } from './oidc.js';

export const verifierAad = (attemptId: string) => `sso_attempts:${attemptId}:code_verifier`;
export const nonceAad = (attemptId: string) => `sso_attempts:${attemptId}:nonce`;

export async function startSso(deps: SsoDeps, identityProviderId: string, redirectUri: string): Promise<{ authorizationUrl: string; binding: string }> {
  checkRedirectUri(redirectUri, deps.settings.ssoRedirectUris);
  const provider = identityProviderId ? await deps.providers.load(identityProviderId) : undefined;
  if (!provider?.enabled) throw notFound('no such enabled identity provider', { errorId: 'SSO-st01' });
  const config = await providerConfiguration(deps, provider);

  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const binding = generateToken('', 32);
  const id = randomUUID();
  const now = deps.clock.now();
  // Abandoned and finished attempts go as new ones come: the table stays as small as the attempts in flight.
  await deps.attempts.purgeExpired(now);
  await deps.attempts.add({
    stateHash: sha256Hex(state), id, identityProviderId: provider.id, redirectUri, bindingHash: sha256Hex(binding),
    codeVerifierCiphertext: deps.keyring.encrypt(verifier, verifierAad(id)), nonceCiphertext: deps.keyring.encrypt(nonce, nonceAad(id)),
    expiresAt: new Date(now.getTime() + deps.settings.ssoStateMs), createdAt: now,
  });
  const url = oidc.buildAuthorizationUrl(config, {
    response_type: 'code', redirect_uri: redirectUri, scope: provider.scopes.join(' '), state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  return { authorizationUrl: url.href, binding };
}

/** The provider's client configuration; an unreachable provider is a 503, not a failed sign-in. */
export async function providerConfiguration(deps: SsoDeps, provider: Parameters<SsoDeps['clients']['get']>[0]): Promise<oidc.Configuration> {
  try {
    return await deps.clients.get(provider);
  } catch (error) {
    const { reason } = describeOidcFailure(error);
    deps.logger.warn({ identityProviderId: provider.id, reason }, 'OpenID discovery failed');
    throw new KeywardenError('ERR_UNAVAILABLE', 503, `the identity provider cannot be used right now: ${reason}`, { errorId: 'SSO-st02' });
  }
}

function checkRedirectUri(uri: string, allowed: readonly string[]): void {
  if (allowed.length > 0 && !allowed.includes(uri)) {
    throw validationError('redirectUri is not a configured SSO callback', {
      errorId: 'SSO-st04', issues: [{ path: 'redirectUri', message: 'must be one of KW_IDENTITY_SSO_REDIRECT_URIS' }],
    });
  }
  let ok = false;
  try {
    const url = new URL(uri);
    ok = ['http:', 'https:'].includes(url.protocol) && !url.hash && !url.username && !url.password;
  } catch {
    ok = false;
  }
  if (!ok) {
    throw validationError('redirectUri must be an http(s) URL without fragment', {
      errorId: 'SSO-st03', issues: [{ path: 'redirectUri', message: 'must be an http(s) URL without fragment' }],
    });
  }
}
