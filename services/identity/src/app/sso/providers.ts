// Administrators configure OIDC providers; the sign-in page lists the enabled ones.
import { randomUUID } from 'node:crypto';
import { fingerprint } from '@keywarden/crypto';
import type { Tx } from '@keywarden/db';
import { conflict, notFound, validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent, type RunOptions } from '@keywarden/event-store';
import { checkProviderConfig, type ProviderConfigInput } from '../../domain/idp/config.js';
import { identityProviderDecider, identityProviderStream } from '../../domain/idp/identity-provider.js';
import { isAdmin, optionalActor, requireActor, requireAdmin, type ActorInput } from '../actor.js';
import { describeOidcFailure } from './oidc.js';
import type { SsoDeps } from './deps.js';
import type { ProviderRow } from './ports.js';

/** An identity provider as the API shows it: never the client secret. */
export type ProviderView = {
  identityProviderId: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretFingerprint: string;
  scopes: string[];
  claimMapping: Record<string, string>;
  identifierFilter: string;
  enabled: boolean;
};

export const providerView = (row: ProviderRow): ProviderView => ({
  identityProviderId: row.id, name: row.name, issuer: row.issuer, clientId: row.clientId, clientSecretFingerprint: row.clientSecretFingerprint,
  scopes: row.scopes, claimMapping: row.claimMapping, identifierFilter: row.identifierFilter, enabled: row.enabled,
});

export async function configureIdentityProvider(
  deps: SsoDeps, actor: ActorInput, id: string, input: ProviderConfigInput, idempotencyKey = '',
): Promise<{ provider: ProviderView; replayed: boolean }> {
  const caller = requireActor(actor);
  requireAdmin(caller);
  const creating = id === '';
  if (!creating && idempotencyKey) throw validationError('an Idempotency-Key is for creating a provider', { errorId: 'SSO-cfg5' });
  // The client secret is part of the request: its digest is sealed with the keyring.
  const idem = idempotency({ operation: 'identity.ConfigureIdentityProvider', scope: callerScope(caller), key: idempotencyKey, request: input }, deps.keyring);
  const identityProviderId = creating ? (idem?.id ?? randomUUID()) : id;
  const { result, replayed } = await runIdempotent(deps.database.db, idem, identityProviderStream(identityProviderId), (options) =>
    configure(deps, caller.userId, identityProviderId, creating, input, options), async () => providerView((await deps.providers.row(identityProviderId))!));
  return { provider: result, replayed };
}

async function configure(
  deps: SsoDeps, actorUserId: string, identityProviderId: string, creating: boolean, input: ProviderConfigInput, options: RunOptions,
): Promise<ProviderView> {
  const id = creating ? '' : identityProviderId;
  const { issues, config } = checkProviderConfig(input, { creating, allowInsecureIssuers: deps.settings.allowInsecureIssuers });
  if (issues.length) throw validationError('the identity provider is not valid', { issues, errorId: 'SSO-cfg1' });
  const previous = creating ? undefined : await deps.providers.load(id);
  if (!creating && !previous) throw notFound('no such identity provider', { errorId: 'SSO-cfg2' });
  const clientSecret = input.clientSecret || previous!.clientSecret;

  // Discovery now gives the administrator a clear error at once rather than a broken sign-in button later.
  // A disabled provider is not checked, so one can be prepared before its issuer is reachable.
  if (input.enabled) await checkDiscovery(deps, config.issuer, config.clientId, clientSecret);

  const clientSecretFingerprint = input.clientSecret ? fingerprint(input.clientSecret) : previous!.clientSecretFingerprint;
  await deps.commands.identityProvider(
    identityProviderStream(identityProviderId),
    { type: 'Configure', identityProviderId, actorUserId, ...config, clientSecretFingerprint, enabled: input.enabled },
    {
      metadata: { actor: actorUserId, ...options.metadata },
      retries: options.retries,
      // A create decides on a stream that must not exist yet: a twin of a keyed request fails here instead of updating.
      ...(creating ? { from: { state: identityProviderDecider.initialState(), version: 0 } } : {}),
      within: async (tx) => {
        if (!input.enabled) await refuseLastWayIn(deps, tx, identityProviderId);
        if (input.clientSecret) await deps.providers.writeSecret(tx, identityProviderId, input.clientSecret, clientSecretFingerprint);
      },
    },
  );
  deps.clients.invalidate(identityProviderId);
  deps.logger.info({ identityProviderId, enabled: input.enabled, actorUserId }, 'identity provider configured');
  return providerView((await deps.providers.row(identityProviderId))!);
}

async function checkDiscovery(deps: SsoDeps, issuer: string, clientId: string, clientSecret: string): Promise<void> {
  let supported: string[] | undefined;
  try {
    const config = await deps.clients.discover(issuer, clientId, clientSecret);
    supported = config.serverMetadata().code_challenge_methods_supported;
  } catch (error) {
    const { reason } = describeOidcFailure(error);
    throw validationError(`OpenID discovery at the issuer failed: ${reason}`, {
      errorId: 'SSO-cfg3', issues: [{ path: 'issuer', message: `discovery of ${issuer}/.well-known/openid-configuration failed: ${reason}` }],
    });
  }
  if (supported && !supported.includes('S256')) {
    throw validationError('the provider does not support PKCE with S256', {
      errorId: 'SSO-cfg4', issues: [{ path: 'issuer', message: 'the provider does not list S256 in code_challenge_methods_supported' }],
    });
  }
}

/**
 * Disabling the last enabled provider while password sign-in is off would leave nobody a way in. Under the
 * sign-in-methods lock (InstancePort), so it cannot race an administrator turning password sign-in off.
 */
async function refuseLastWayIn(deps: SsoDeps, tx: Tx, identityProviderId: string): Promise<void> {
  const { passwordSignInDisabled } = await deps.instance.lockSignInMethods(tx);
  if (!passwordSignInDisabled) return;
  if ((await deps.providers.enabledCount(tx, identityProviderId)) > 0) return;
  throw conflict('this is the last enabled identity provider and password sign-in is turned off: nobody could sign in. Turn password sign-in on first', {
    errorId: 'SSO-cfg6',
  });
}

/**
 * Anonymous callers (the sign-in page) and non-administrators see the enabled providers' id and name only;
 * `passwordSignInEnabled` tells the sign-in page whether to show the password form.
 */
export async function listIdentityProviders(deps: SsoDeps, actor: ActorInput): Promise<{ providers: Array<Partial<ProviderView>>; passwordSignInEnabled: boolean }> {
  const passwordSignInEnabled = await deps.instance.passwordSignInEnabled();
  if (isAdmin(optionalActor(actor))) return { providers: (await deps.providers.list(false)).map(providerView), passwordSignInEnabled };
  return { providers: (await deps.providers.list(true)).map((row) => ({ identityProviderId: row.id, name: row.name })), passwordSignInEnabled };
}
