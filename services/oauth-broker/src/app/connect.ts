// The connect flow: start (authorize URL with state and PKCE S256; optionally
// bound to a browser and/or reconnecting an account), callback (one-time state,
// the same user and browser, code exchange, grant stored encrypted with the
// event), app-level grants, and disconnect (revoked at the provider where possible).
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { generateToken, sha256Hex, type Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { commonError, validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent, type RunOptions } from '@keywarden/event-store';
import type { Logger } from '@keywarden/telemetry';
import { accountDecider, accountStream } from '../domain/account/account.js';
import { BrokerError, ProviderError } from '../domain/errors.js';
import type { GrantKind } from '../domain/types.js';
import { accountOfIdentity, accountOwnership, openAccountsOfUser } from '../projections/queries.js';
import { requireAdmin, requireOwnerOrAdmin, type Actor } from './access.js';
import type { Commands } from './commands.js';
import type { ConnectStates, Store, TokenSet } from './ports.js';
import type { Refresher } from './refresher.js';

export type ConnectDeps = {
  database: Database;
  store: Store;
  connectStates: ConnectStates;
  keyring: Keyring;
  commands: Commands;
  refresher: Refresher;
  clock: { now: () => Date };
  connectStateMs: number;
  logger: Logger;
};

function checkRedirect(uri: string): void {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(uri).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw validationError('redirectUri must be an http(s) URL', { errorId: 'OAUTH-c374', issues: [{ path: 'redirectUri', message: 'must be an http(s) URL' }] });
}

function providerFailure(error: unknown): never {
  if (error instanceof ProviderError) {
    const code = error.errorClass === 'transient' || error.errorClass === 'rate_limited' ? 'ERR_PROVIDER_UNAVAILABLE' : 'ERR_PROVIDER_REJECTED';
    throw new BrokerError(code, `the provider answered ${error.errorClass} (${error.providerCode})`, 'OAUTH-cn01');
  }
  throw error;
}

/** How long an expired attempt is kept, so coming back late says "expired" rather than "unknown". */
const EXPIRED_KEPT_MS = 24 * 3_600_000;

/** Browser flows: the binding the gateway keeps in an HttpOnly cookie (its SHA-256); reconnect: the account. */
export type StartOptions = { bindingHash?: string; accountId?: string };
export type CompleteOptions = { bindingHash?: string; browser?: boolean };

function bindingHashOf(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^[0-9a-f]{64}$/.test(value)) throw validationError('bindingHash must be a SHA-256 in hex', { errorId: 'OAUTH-6079', issues: [{ path: 'bindingHash', message: 'not a SHA-256 hex digest' }] });
  return value;
}

/** An account its actor may reconnect: their own user grant. */
async function reconnectable(deps: ConnectDeps, actor: Actor, accountId: string) {
  const account = await accountOwnership(deps.database, accountId);
  if (!account) throw new BrokerError('ERR_ACCOUNT_NOT_FOUND', 'no such account', 'OAUTH-cn06');
  requireOwnerOrAdmin(actor, account.userId);
  // An administrator sees the account, but only its owner can authorize it at the provider again.
  if (account.userId !== actor.userId) throw commonError('ERR_FORBIDDEN', 'only the owner of the account can reconnect it', { errorId: 'OAUTH-cn07' });
  if (account.grantKind !== 'user') throw new BrokerError('ERR_UNSUPPORTED', 'app-level grants renew themselves: there is nothing to reconnect', 'OAUTH-cn08');
  return account;
}

export async function startConnect(deps: ConnectDeps, actor: Actor, providerAppId: string, redirectUri: string, options: StartOptions = {}) {
  checkRedirect(redirectUri);
  const bindingHash = bindingHashOf(options.bindingHash);
  if (options.accountId) {
    const account = await reconnectable(deps, actor, options.accountId);
    if (providerAppId && providerAppId !== account.providerAppId) throw validationError('the account belongs to another provider app', { errorId: 'OAUTH-73ad' });
    providerAppId = account.providerAppId;
  }
  const app = await deps.store.app(providerAppId);
  if (app.status !== 'active') throw new BrokerError('ERR_PROVIDER_APP_INVALID', 'the provider app needs an administrator', 'OAUTH-cn02');
  const module = deps.refresher.module(app.provider);
  const state = generateToken('', 32);
  const id = randomUUID();
  const verifier = (await module.supportsPkce(app)) ? generateToken('', 48) : undefined;
  const challenge = verifier ? createHash('sha256').update(verifier).digest('base64url') : undefined;
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.connectStateMs);
  // Abandoned attempts go as new ones come: the table stays as small as a day's attempts.
  await deps.connectStates.purgeExpired(new Date(now.getTime() - EXPIRED_KEPT_MS));
  await deps.connectStates.add({
    stateHash: sha256Hex(state), id, providerAppId, userId: actor.userId, redirectUri, expiresAt, codeVerifier: verifier,
    bindingHash, accountId: options.accountId || null,
  });
  const authorizeUrl = await module.authorizeUrl(app, { state, redirectUri, codeChallenge: challenge });
  return { authorizeUrl, state, expiresAt: expiresAt.toISOString() };
}

/** Why a state could not be claimed: it expired (kept a day for this answer), or is unknown or used. */
async function unusableState(deps: ConnectDeps, stateHash: string, now: Date): Promise<BrokerError> {
  if (await deps.connectStates.expired(stateHash, now)) return new BrokerError('ERR_CONNECT_STATE_EXPIRED', 'the connect attempt has expired; start again', 'OAUTH-cn09');
  return new BrokerError('ERR_CONNECT_STATE_INVALID', 'the connect attempt is unknown or was already used; start again', 'OAUTH-cn03');
}

/** A bound attempt needs the same binding; a browser callback needs a bound attempt. */
function bindingMatches(expected: string | null, presented: string | undefined, browser: boolean): boolean {
  if (!expected) return !browser;
  return presented !== undefined && presented.length === expected.length && timingSafeEqual(Buffer.from(presented), Buffer.from(expected));
}

export async function completeConnect(deps: ConnectDeps, actor: Actor, state: string, code: string, options: CompleteOptions = {}): Promise<{ accountId: string; reconnected: boolean }> {
  if (!state || !code) throw validationError('state and code are required', { errorId: 'OAUTH-16bc' });
  const now = deps.clock.now();
  const stateHash = sha256Hex(state);
  // One use only: the row is claimed before anything is checked or exchanged, so a refused attempt cannot be retried.
  const row = await deps.connectStates.claim(stateHash, now);
  if (!row) throw await unusableState(deps, stateHash, now);
  // Someone else's link (login CSRF, a forwarded authorize URL): nothing is attached to anyone.
  if (row.userId !== actor.userId) throw new BrokerError('ERR_CONNECT_WRONG_USER', 'another Keywarden user started this connect attempt; nothing was connected', 'OAUTH-cn04');
  if (!bindingMatches(row.bindingHash, options.bindingHash, options.browser ?? false)) {
    throw new BrokerError('ERR_CONNECT_NOT_BOUND', 'this browser did not start the connect attempt; start again from Keywarden', 'OAUTH-cn05');
  }
  const app = await deps.store.app(row.providerAppId);
  const module = deps.refresher.module(app.provider);
  const verifier = row.codeVerifier;
  let tokens: TokenSet;
  let identity;
  try {
    tokens = await module.exchangeCode(app, { code, redirectUri: row.redirectUri, codeVerifier: verifier }, now);
    identity = await module.identify(app, tokens);
  } catch (error) {
    providerFailure(error);
  }
  if (row.accountId) {
    // Still the actor's own user grant, and the same person at the provider: otherwise the tokens are dropped unused.
    const account = await reconnectable(deps, actor, row.accountId);
    if (identity.externalUserId !== account.externalUserId) {
      throw new BrokerError('ERR_CONNECT_WRONG_ACCOUNT', 'you signed in at the provider as another user than the one this account belongs to; nothing was changed', 'OAUTH-cn10');
    }
    await connect(deps, row.accountId, { providerAppId: app.id, provider: app.provider, userId: actor.userId, grantKind: 'user', identity, scopes: tokens.scopes ?? app.scopes, tokens, params: {} });
    return { accountId: row.accountId, reconnected: true };
  }
  // Connecting the same provider identity again renews that account (a new generation).
  const existing = identity.externalUserId
    ? await accountOfIdentity(deps.database, { providerAppId: app.id, userId: actor.userId, externalUserId: identity.externalUserId, grantKind: 'user' })
    : undefined;
  const accountId = existing ?? randomUUID();
  await connect(deps, accountId, { providerAppId: app.id, provider: app.provider, userId: actor.userId, grantKind: 'user', identity, scopes: tokens.scopes ?? app.scopes, tokens, params: {} });
  return { accountId, reconnected: false };
}

/**
 * An app-level grant (client credentials, tenant, installation) for one of the app's identities: its account is
 * reused when it exists, so a retry never makes a second one. With an Idempotency-Key a retry does not even mint
 * again: it answers the account the first request connected.
 */
export async function connectAppGrant(
  deps: ConnectDeps, actor: Actor, providerAppId: string, grantKind: string, installationId: string, idempotencyKey = '',
): Promise<{ accountId: string; replayed: boolean }> {
  requireAdmin(actor);
  const app = await deps.store.app(providerAppId);
  const module = deps.refresher.module(app.provider);
  if (!module.appGrantKinds.includes(grantKind as GrantKind)) {
    throw validationError(`${app.provider} apps give ${module.appGrantKinds.join(', ') || 'no'} app-level grants`, { errorId: 'OAUTH-fbd3' });
  }
  const externalUserId = installationId || app.clientId;
  const existing = await accountOfIdentity(deps.database, { providerAppId: app.id, grantKind, externalUserId });
  const idem = idempotency({ operation: 'oauth.ConnectAppGrant', scope: callerScope(actor), key: idempotencyKey, request: { providerAppId, grantKind, installationId } });
  const accountId = existing ?? idem?.id ?? randomUUID();
  const { result, replayed } = await runIdempotent(deps.database.db, idem, accountStream(accountId), async (options) => {
    const params: Record<string, string> = installationId ? { installationId } : {};
    let tokens: TokenSet;
    try {
      tokens = await module.mint(app, grantKind as GrantKind, params, deps.clock.now());
    } catch (error) {
      providerFailure(error);
    }
    await connect(deps, accountId, {
      providerAppId: app.id, provider: app.provider, userId: actor.userId, grantKind: grantKind as GrantKind,
      identity: { externalUserId, username: `${app.name} (${grantKind})` }, scopes: app.scopes, tokens, params,
    }, options, !existing);
    return accountId;
  }, async () => accountId);
  return { accountId: result, replayed };
}

/** Records a connected grant (event, projection and ciphertext in one transaction); also how benchmarks seed accounts. */
export async function connect(
  deps: ConnectDeps,
  accountId: string,
  g: { providerAppId: string; provider: string; userId: string; grantKind: GrantKind; identity: { externalUserId: string; username: string }; scopes: string[]; tokens: TokenSet; params: Record<string, string> },
  options: RunOptions = { metadata: {} },
  /** The account is new (its id just made): decided on an empty stream, so a keyed twin fails here rather than reconnect it again. */
  newAccount = false,
) {
  // Under the account lock: a refresh of the grant this replaces must not overlap (and its result is then
  // dropped, being from an older generation).
  await deps.refresher.withAccountLock(accountId, () => deps.commands.account(
    accountStream(accountId),
    {
      type: 'Connect', accountId, providerAppId: g.providerAppId, provider: g.provider, userId: g.userId,
      externalUserId: g.identity.externalUserId, username: g.identity.username, scopes: g.scopes, grantKind: g.grantKind,
      expiresAt: g.tokens.expiresAt.toISOString(), refreshExpiresAt: g.tokens.refreshToken ? g.tokens.refreshExpiresAt?.toISOString() : undefined,
    },
    {
      metadata: { actor: g.userId, ...options.metadata },
      retries: options.retries,
      ...(newAccount && options.retries === 0 ? { from: { state: accountDecider.initialState(), version: 0 } } : {}),
      within: async (tx, events) => {
        const generation = Number((events[0]?.data as { generation?: number }).generation);
        const next = deps.refresher.nextRefresh({ grantKind: g.grantKind, provider: g.provider as never }, g.tokens.expiresAt, g.tokens.refreshToken);
        await deps.store.writeGrant(tx, accountId, generation, g.tokens, g.params, next);
      },
    },
  ));
}

export async function disconnect(
  deps: ConnectDeps,
  actor: Actor,
  accountId: string,
  reason: 'user' | 'admin' | 'user_disabled',
): Promise<boolean> {
  const owner = await deps.store.grant(accountId);
  if (reason !== 'user_disabled') requireOwnerOrAdmin(actor, owner.userId);
  // Under the account lock, so a refresh never runs against a grant being revoked and deleted.
  return deps.refresher.withAccountLock(accountId, () => disconnectLocked(deps, actor, accountId, reason));
}

async function disconnectLocked(deps: ConnectDeps, actor: Actor, accountId: string, reason: 'user' | 'admin' | 'user_disabled'): Promise<boolean> {
  const grant = await deps.store.grant(accountId);
  if (grant.status === 'disconnected') return false;
  let revoked = false;
  if (grant.accessToken && grant.grantKind === 'user') {
    try {
      revoked = await deps.refresher.module(grant.provider).revoke(await deps.store.app(grant.providerAppId), grant);
    } catch (error) {
      // The account goes away here either way; the provider keeps a grant the user can remove there.
      deps.logger.warn({ accountId, err: { type: (error as Error).name, code: (error as ProviderError).providerCode } }, 'revocation at the provider failed');
    }
  }
  await deps.commands.account(
    accountStream(accountId),
    { type: 'Disconnect', actorUserId: actor.userId, reason, revokedAtProvider: revoked },
    {
      metadata: { actor: actor.userId },
      // The secret material goes with the account.
      within: (tx) => deps.store.deleteGrant(tx, accountId),
    },
  );
  return revoked;
}

/** UserDisabled: every account of the user is disconnected (and revoked where the provider can). */
export async function disconnectUser(deps: ConnectDeps, userId: string, actorUserId: string): Promise<number> {
  const accountIds = await openAccountsOfUser(deps.database, userId);
  for (const accountId of accountIds) await disconnect(deps, { userId: actorUserId || 'system', roles: [], organizationId: '' }, accountId, 'user_disabled');
  return accountIds.length;
}

