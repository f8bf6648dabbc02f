// Create, list, revoke and verify personal access tokens. The kwp_ token exists
// only in the reply of create: the database keeps its SHA-256, events its fingerprint.
import { randomUUID } from 'node:crypto';
import { isScope } from '@keywarden/contracts';
import { constantTimeEqual, fingerprint, generateToken, sha256Hex } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { commonError, forbidden, notFound, validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent } from '@keywarden/event-store';
import type { Clock } from '@keywarden/runtime';
import { patIssues, patStatus, patStream, type PatCommand } from '../../domain/pat/pat.js';
import { isAdmin, type Actor } from '../actor.js';
import type { Commands } from '../commands.js';
import type { PatRow, PatStore } from './ports.js';
import type { UsageRecorder } from './usage.js';

export const PAT_PREFIX = 'kwp_';
/** 32 random bytes: 256 bits, above the 192-bit floor. */
const TOKEN_BYTES = 32;
const HASH_PATTERN = /^[0-9a-f]{64}$/;

export type PatDeps = { database: Database; commands: Pick<Commands, 'pat'>; store: PatStore; clock: Clock; usage: UsageRecorder };

export type PatView = {
  tokenId: string; name: string; description: string; scopes: string[]; expiresAt?: string; createdAt: string; lastUsedAt?: string;
  status: string; tokenFingerprint: string;
};

export function patView(row: PatRow, now: Date): PatView {
  return {
    tokenId: row.id, name: row.name, description: row.description, scopes: row.scopes,
    ...(row.expiresAt ? { expiresAt: row.expiresAt.toISOString() } : {}),
    createdAt: row.createdAt.toISOString(),
    ...(row.lastUsedAt ? { lastUsedAt: row.lastUsedAt.toISOString() } : {}),
    status: patStatus(row, now), tokenFingerprint: row.tokenFingerprint,
  };
}

export async function createPat(
  deps: PatDeps,
  actor: Actor,
  input: { name: string; description: string; scopes: string[]; expiresAt: string | undefined },
  idempotencyKey = '',
): Promise<{ token: string; personalAccessToken: PatView; replayed: boolean }> {
  const now = deps.clock.now();
  const issues = patIssues({ ...input, now });
  if (issues.length) throw validationError('the personal access token is not valid', { issues, errorId: 'ID-pat4' });
  // A token minted with a token would outlive the first one's expiry and revocation: only a signed-in session may create one.
  if (actor.credential === 'pat') {
    throw forbidden('personal access tokens are created from a signed-in session, not with another token', { errorId: 'ID-pat7' });
  }
  // Any scopes bound the actor (only a session's actor has none): nothing can mint a token stronger than itself.
  if (actor.scopes.length > 0) {
    const beyond = input.scopes.filter((scope) => isScope(scope) && !actor.scopes.includes(scope));
    if (beyond.length) throw forbidden('a personal access token cannot grant scopes it does not hold', { errorId: 'ID-pat5' });
  }
  const name = input.name.trim();
  const idem = idempotency({
    operation: 'identity.CreatePersonalAccessToken', scope: callerScope(actor), key: idempotencyKey,
    request: { name, description: input.description, scopes: input.scopes, expiresAt: input.expiresAt ?? '' },
  });
  const tokenId = idem?.id ?? randomUUID();
  const { result, replayed } = await runIdempotent(deps.database.db, idem, patStream(tokenId), async (options) => {
    if (await deps.store.activeNameTaken(actor.userId, name, now)) {
      throw commonError('ERR_CONFLICT', 'you already have an active token with this name', { errorId: 'ID-pat6' });
    }
    const token = generateToken(PAT_PREFIX, TOKEN_BYTES);
    const tokenHash = sha256Hex(token);
    const command: PatCommand = {
      type: 'Create', tokenId, userId: actor.userId, name, description: input.description, scopes: input.scopes,
      expiresAt: input.expiresAt, tokenFingerprint: fingerprint(token), now,
    };
    await deps.commands.pat(patStream(tokenId), command, {
      metadata: { actor: actor.userId, ...options.metadata },
      retries: options.retries,
      within: (tx) => deps.store.addHash(tx, tokenId, tokenHash),
    });
    return { token, personalAccessToken: patView((await deps.store.get(tokenId))!, now) };
  // The token was shown once, in the first answer; only its hash was kept, so a replay has none to give.
  }, async () => ({ token: '', personalAccessToken: patView((await deps.store.get(tokenId))!, deps.clock.now()) }));
  return { ...result, replayed };
}

export async function listPats(deps: PatDeps, actor: Actor): Promise<PatView[]> {
  const now = deps.clock.now();
  return (await deps.store.list(actor.userId)).map((row) => patView(row, now));
}

/**
 * The owner or a platform admin; others learn nothing about the token. Revoking twice is fine.
 * An actor authenticated by a token revokes that token only (reason `self`): the decider refuses any other.
 */
export async function revokePat(deps: PatDeps, actor: Actor, tokenId: string): Promise<PatView> {
  const row = tokenId ? await deps.store.get(tokenId) : undefined;
  const own = row?.userId === actor.userId;
  if (!row || (!own && !isAdmin(actor))) throw notFound('no such personal access token', { errorId: 'ID-pat8' });
  const byToken = actor.credential === 'pat';
  const command: PatCommand = {
    type: 'Revoke', actorUserId: actor.userId, reason: !own ? 'admin' : byToken ? 'self' : 'user',
    ...(byToken ? { byTokenId: actor.tokenId ?? '' } : {}),
  };
  await deps.commands.pat(patStream(tokenId), command, { metadata: { actor: actor.userId } });
  return patView((await deps.store.get(tokenId))!, deps.clock.now());
}

export type Verification =
  | { valid: false }
  | { valid: true; tokenId: string; userId: string; roles: string[]; scopes: string[]; expiresAt?: string };

/** Unknown, revoked, expired, or of a user who is disabled (or gone): not valid, and nothing more said. */
export async function verifyPat(deps: PatDeps, tokenHash: string): Promise<Verification> {
  const hash = tokenHash.toLowerCase();
  if (!HASH_PATTERN.test(hash)) return { valid: false };
  const row = await deps.store.byHash(hash);
  const now = deps.clock.now();
  if (!row || !constantTimeEqual(row.tokenHash, hash)) return { valid: false };
  if (row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) return { valid: false };
  if (row.userStatus !== 'active') return { valid: false };
  deps.usage.record(row.id, now);
  return {
    valid: true, tokenId: row.id, userId: row.userId, roles: row.userRoles ?? [], scopes: row.scopes,
    ...(row.expiresAt ? { expiresAt: row.expiresAt.toISOString() } : {}),
  };
}
