// What the PAT area's use cases need of storage (adapters/outgoing/db/pat-store.ts implements it):
// the personal_access_tokens read model, the token hashes written with the event, the usage flush.
import type { DbOrTx, Tx } from '@keywarden/db';

export type PatRow = {
  id: string;
  userId: string;
  name: string;
  description: string;
  scopes: string[];
  tokenFingerprint: string;
  expiresAt: Date | null;
  createdAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  lastUsedAt: Date | null;
};

/** A token found by its hash, with whether its user is still active and their roles (null: no such user). */
export type VerifiedRow = {
  id: string;
  userId: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  tokenHash: string;
  userStatus: string | null;
  userRoles: string[] | null;
};

export interface PatStore {
  list(userId: string): Promise<PatRow[]>;
  get(tokenId: string, db?: DbOrTx): Promise<PatRow | undefined>;
  /** Whether the user already has a usable token of that name (names tell tokens apart in lists). */
  activeNameTaken(userId: string, name: string, now: Date): Promise<boolean>;
  /** The gateway's hot path: one prepared query. */
  byHash(tokenHash: string): Promise<VerifiedRow | undefined>;
  /** Stores the token's hash in the create's transaction (never in an event). */
  addHash(tx: Tx, tokenId: string, tokenHash: string): Promise<void>;
  activeIdsOfUser(db: DbOrTx, userId: string, now: Date): Promise<string[]>;
  /** Deletes tokens that expired or were revoked before `before` (their hashes go with them). */
  purge(db: DbOrTx, before: Date, now: Date): Promise<{ purged: number; remaining: number; valid: number }>;
  /** One UPDATE for every token used since the last flush; a later time never goes backwards. */
  recordUses(uses: ReadonlyMap<string, Date>): Promise<void>;
}
