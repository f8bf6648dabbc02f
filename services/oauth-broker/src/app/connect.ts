// The connect flow: start (authorize URL with state and PKCE S256), callback
// (one-time state, code exchange, grant stored encrypted with the event),
// app-level grants, and disconnect (revoked at the provider where possible).
import { createHash, randomUUID } from 'node:crypto';
import { generateToken, sha256Hex, type Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent, type RunOptions } from '@keywarden/event-store';
import type { Logger } from '@keywarden/telemetry';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { accountGrants, accounts, connectStates } from '../adapters/db/schema.js';
import { ProviderError, type TokenSet } from '../adapters/providers/index.js';
import { accountDecider, accountStream } from '../domain/account/account.js';
import { BrokerError } from '../domain/errors.js';
import type { GrantKind } from '../domain/types.js';
import { requireAdmin, requireOwnerOrAdmin, type Actor } from './access.js';
import type { Commands } from './commands.js';
import type { Refresher } from './refresher.js';
import type { Store } from './store.js';

const verifierAad = (id: string) => `connect_states:${id}`;

export type ConnectDeps = {
  database: Database;
  store: Store;
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
  if (!ok) throw validationError('redirectUri must be an http(s) URL', { issues: [{ path: 'redirectUri', message: 'must be an http(s) URL' }] });
}

function providerFailure(error: unknown): never {
  if (error instanceof ProviderError) {
    const code = error.errorClass === 'transient' || error.errorClass === 'rate_limited' ? 'ERR_PROVIDER_UNAVAILABLE' : 'ERR_PROVIDER_REJECTED';
    throw new BrokerError(code, `the provider answered ${error.errorClass} (${error.providerCode})`, 'OAUTH-cn01');
  }
  throw error;
}

export async function startConnect(deps: ConnectDeps, actor: Actor, providerAppId: string, redirectUri: string) {
  checkRedirect(redirectUri);
  const app = await deps.store.app(providerAppId);
  if (app.status !== 'active') throw new BrokerError('ERR_PROVIDER_APP_INVALID', 'the provider app needs an administrator', 'OAUTH-cn02');
  const module = deps.refresher.module(app.provider);
  const state = generateToken('', 32);
  const id = randomUUID();
  const verifier = (await module.supportsPkce(app)) ? generateToken('', 48) : undefined;
  const challenge = verifier ? createHash('sha256').update(verifier).digest('base64url') : undefined;
  const expiresAt = new Date(deps.clock.now().getTime() + deps.connectStateMs);
  // Abandoned attempts go as new ones come: the table stays as small as the open attempts.
  await deps.database.db.delete(connectStates).where(lt(connectStates.expiresAt, deps.clock.now()));
  await deps.database.db.insert(connectStates).values({
    stateHash: sha256Hex(state), id, providerAppId, userId: actor.userId, redirectUri, expiresAt,
    codeVerifierCiphertext: verifier ? deps.keyring.encrypt(verifier, verifierAad(id)) : null,
  });
  const authorizeUrl = await module.authorizeUrl(app, { state, redirectUri, codeChallenge: challenge });
  return { authorizeUrl, state, expiresAt: expiresAt.toISOString() };
}

export async function completeConnect(deps: ConnectDeps, actor: Actor, state: string, code: string): Promise<string> {
  if (!state || !code) throw validationError('state and code are required');
  // One use only: the row is claimed before the code is exchanged.
  const [row] = await deps.database.db
    .update(connectStates)
    .set({ used: true })
    .where(and(eq(connectStates.stateHash, sha256Hex(state)), eq(connectStates.used, false), gt(connectStates.expiresAt, deps.clock.now())))
    .returning();
  if (!row || row.userId !== actor.userId) throw new BrokerError('ERR_CONNECT_STATE_INVALID', 'the connect attempt is unknown, used or expired; start again', 'OAUTH-cn03');
  const app = await deps.store.app(row.providerAppId);
  const module = deps.refresher.module(app.provider);
  const verifier = row.codeVerifierCiphertext ? deps.keyring.decryptString(row.codeVerifierCiphertext, verifierAad(row.id)) : undefined;
  const now = deps.clock.now();
  let tokens: TokenSet;
  let identity;
  try {
    tokens = await module.exchangeCode(app, { code, redirectUri: row.redirectUri, codeVerifier: verifier }, now);
    identity = await module.identify(app, tokens);
  } catch (error) {
    providerFailure(error);
  }
  // Connecting the same provider identity again renews that account (a new generation).
  const [existing] = identity.externalUserId
    ? await deps.database.db.select({ id: accounts.id }).from(accounts).where(and(
        eq(accounts.providerAppId, app.id), eq(accounts.userId, actor.userId), eq(accounts.externalUserId, identity.externalUserId), eq(accounts.grantKind, 'user'),
      ))
    : [];
  const accountId = existing?.id ?? randomUUID();
  await connect(deps, accountId, { providerAppId: app.id, provider: app.provider, userId: actor.userId, grantKind: 'user', identity, scopes: tokens.scopes ?? app.scopes, tokens, params: {} });
  return accountId;
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
    throw validationError(`${app.provider} apps give ${module.appGrantKinds.join(', ') || 'no'} app-level grants`);
  }
  const externalUserId = installationId || app.clientId;
  const [existing] = await deps.database.db.select({ id: accounts.id }).from(accounts).where(and(
    eq(accounts.providerAppId, app.id), eq(accounts.grantKind, grantKind), eq(accounts.externalUserId, externalUserId),
  ));
  const idem = idempotency({ operation: 'oauth.ConnectAppGrant', scope: callerScope(actor), key: idempotencyKey, request: { providerAppId, grantKind, installationId } });
  const accountId = existing?.id ?? idem?.id ?? randomUUID();
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
      within: async (tx) => void (await tx.delete(accountGrants).where(eq(accountGrants.accountId, accountId))),
    },
  );
  return revoked;
}

/** UserDisabled: every account of the user is disconnected (and revoked where the provider can). */
export async function disconnectUser(deps: ConnectDeps, userId: string, actorUserId: string): Promise<number> {
  const rows = await deps.database.db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.userId, userId), ne(accounts.status, 'disconnected')));
  for (const row of rows) await disconnect(deps, { userId: actorUserId || 'system', roles: [], organizationId: '' }, row.id, 'user_disabled');
  return rows.length;
}

