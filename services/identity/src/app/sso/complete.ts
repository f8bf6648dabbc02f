// CompleteSso: the provider's callback. The attempt is claimed once (state,
// binding, expiry), the code is exchanged with the PKCE verifier, the ID token's
// nonce checked, the claims mapped, the user found or created, a session opened.
import { sha256Hex } from '@keywarden/crypto';
import { KeywardenError, notFound, unauthenticated, validationError } from '@keywarden/errors';
import * as oidc from 'openid-client';
import { countSignIn } from '../metrics.js';
import type { ClientInfo, IssuedSession } from '../ports.js';
import type { SsoDeps } from './deps.js';
import type { SsoAttempt } from './ports.js';
import { linkUser, mapClaims } from './link.js';
import { describeOidcFailure } from './oidc.js';
import { nonceAad, providerConfiguration, verifierAad } from './start.js';

/** Counted in keywarden_sign_in_total{method="sso"}. */
export function completeSso(deps: SsoDeps, callbackUrl: string, binding: string, client: ClientInfo): Promise<IssuedSession> {
  return countSignIn('sso', () => complete(deps, callbackUrl, binding, client));
}

async function complete(deps: SsoDeps, callbackUrl: string, binding: string, client: ClientInfo): Promise<IssuedSession> {
  const callback = parseCallback(callbackUrl);
  const attempt = await claimAttempt(deps, callback.searchParams.get('state') ?? '', binding);
  const log = { identityProviderId: attempt.identityProviderId, attemptId: attempt.id };

  const providerError = callback.searchParams.get('error');
  if (providerError !== null) {
    const code = /^[a-z_]{1,64}$/.test(providerError) ? providerError : 'an error';
    deps.logger.info({ ...log, providerError: code }, 'SSO sign-in refused by the identity provider');
    throw unauthenticated(`the identity provider refused the sign-in (${code})`, { errorId: 'SSO-cp01' });
  }

  const provider = await deps.providers.load(attempt.identityProviderId);
  if (!provider?.enabled) throw notFound('no such enabled identity provider', { errorId: 'SSO-cp02' });
  const config = await providerConfiguration(deps, provider);

  // The token request goes to the redirect URI registered at the start, with the callback's parameters.
  const currentUrl = new URL(attempt.redirectUri);
  currentUrl.search = callback.search;
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: deps.keyring.decryptString(attempt.codeVerifierCiphertext, verifierAad(attempt.id)),
      expectedState: callback.searchParams.get('state') ?? '',
      expectedNonce: deps.keyring.decryptString(attempt.nonceCiphertext, nonceAad(attempt.id)),
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new oidc.ClientError('no ID token');
    claims = { ...idToken };
    const wanted = [provider.claimMapping.email, provider.claimMapping.display_name, provider.claimMapping.email_verified];
    // Providers that keep the profile out of the ID token (oidc-provider's default, for one) give it at userinfo.
    if (wanted.some((claim) => claims[claim] === undefined) && config.serverMetadata().userinfo_endpoint) {
      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...userinfo, ...claims };
    }
  } catch (error) {
    if (error instanceof KeywardenError) throw error;
    const { reason, unavailable } = describeOidcFailure(error);
    deps.logger.warn({ ...log, reason }, 'SSO code exchange failed');
    if (unavailable) throw new KeywardenError('ERR_UNAVAILABLE', 503, `the identity provider cannot be used right now: ${reason}`, { errorId: 'SSO-cp03' });
    throw unauthenticated(`the sign-in could not be verified: ${reason}`, { errorId: 'SSO-cp04' });
  }

  const identity = mapClaims(provider, claims);
  const { user, how } = await linkUser(deps, provider, identity);
  const session = await deps.sessions.open({ userId: user.userId, method: 'sso', identityProviderId: provider.id, client });
  deps.logger.info({ ...log, userId: user.userId, sessionId: session.sessionId, linkedBy: how }, 'SSO sign-in');
  return session;
}

function parseCallback(callbackUrl: string): URL {
  try {
    return new URL(callbackUrl);
  } catch {
    throw validationError('callbackUrl must be the URL the provider redirected to', {
      errorId: 'SSO-cp05', issues: [{ path: 'callbackUrl', message: 'must be a URL' }],
    });
  }
}

/** One use only: the attempt is marked used in the same statement that finds it. */
async function claimAttempt(deps: SsoDeps, state: string, binding: string): Promise<SsoAttempt> {
  const stateHash = sha256Hex(state);
  const now = deps.clock.now();
  const claimed = await deps.attempts.claim(stateHash, sha256Hex(binding), now);
  if (claimed) return claimed;
  // Why not: one more read, on the failure path only, for a clear answer.
  const row = state ? await deps.attempts.find(stateHash) : undefined;
  const why = !row
    ? 'the sign-in attempt is unknown (its state does not match one this server started)'
    : row.used
      ? 'the sign-in attempt was already used'
      : row.expiresAt <= now
        ? 'the sign-in attempt expired; start again'
        : 'the sign-in attempt was started in another browser';
  deps.logger.info({ attemptId: row?.id, identityProviderId: row?.identityProviderId }, `SSO callback rejected: ${why}`);
  throw unauthenticated(why, { errorId: 'SSO-cp06' });
}
