// The PAT area's storage (the PatStore port of app/pats/ports.ts). Verification is on the gateway's hot
// path: one prepared SELECT joining the hash, the token and its user.
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import { and, count, desc, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { PatRow, PatStore, VerifiedRow } from '../../../app/pats/ports.js';
import { personalAccessTokenHashes, personalAccessTokens } from '../../../schema/pats.js';
// auth's table, read only: whether the token's user is still active, and their roles.
import { users } from '../../../schema/users.js';

// Prepared once: the gateway's PAT path runs this and nothing else.
const byHashQuery = (database: Database) => database.db
  .select({
    id: personalAccessTokens.id, userId: personalAccessTokens.userId, scopes: personalAccessTokens.scopes,
    expiresAt: personalAccessTokens.expiresAt, revokedAt: personalAccessTokens.revokedAt, tokenHash: personalAccessTokenHashes.tokenHash,
    userStatus: users.status, userRoles: users.roles,
  })
  .from(personalAccessTokenHashes)
  .innerJoin(personalAccessTokens, eq(personalAccessTokens.id, personalAccessTokenHashes.tokenId))
  .leftJoin(users, eq(users.id, personalAccessTokens.userId))
  .where(eq(personalAccessTokenHashes.tokenHash, sql.placeholder('tokenHash')))
  .prepare('identity_pat_by_hash');

export class DbPatStore implements PatStore {
  private readonly byHashQuery;

  constructor(private readonly database: Database) {
    this.byHashQuery = byHashQuery(database);
  }

  list(userId: string): Promise<PatRow[]> {
    return this.database.db.select().from(personalAccessTokens)
      .where(eq(personalAccessTokens.userId, userId))
      .orderBy(desc(personalAccessTokens.createdAt), desc(personalAccessTokens.id));
  }

  async get(tokenId: string, db: DbOrTx = this.database.db): Promise<PatRow | undefined> {
    const [row] = await db.select().from(personalAccessTokens).where(eq(personalAccessTokens.id, tokenId));
    return row;
  }

  /** Whether the user already has a usable token of that name (names tell tokens apart in lists). */
  async activeNameTaken(userId: string, name: string, now: Date): Promise<boolean> {
    const [row] = await this.database.db.select({ id: personalAccessTokens.id }).from(personalAccessTokens).where(and(
      eq(personalAccessTokens.userId, userId),
      eq(personalAccessTokens.name, name),
      isNull(personalAccessTokens.revokedAt),
      or(isNull(personalAccessTokens.expiresAt), gt(personalAccessTokens.expiresAt, now)),
    )).limit(1);
    return row !== undefined;
  }

  async byHash(tokenHash: string): Promise<VerifiedRow | undefined> {
    const [row] = await this.byHashQuery.execute({ tokenHash });
    return row;
  }

  async addHash(tx: Tx, tokenId: string, tokenHash: string): Promise<void> {
    await tx.insert(personalAccessTokenHashes).values({ tokenId, tokenHash });
  }

  async activeIdsOfUser(db: DbOrTx, userId: string, now: Date): Promise<string[]> {
    const rows = await db.select({ id: personalAccessTokens.id }).from(personalAccessTokens).where(and(
      eq(personalAccessTokens.userId, userId),
      isNull(personalAccessTokens.revokedAt),
      or(isNull(personalAccessTokens.expiresAt), gt(personalAccessTokens.expiresAt, now)),
    ));
    return rows.map((r) => r.id);
  }

  /** Deletes tokens that expired or were revoked before `before` (their hashes go with them). */
  async purge(db: DbOrTx, before: Date, now: Date): Promise<{ purged: number; remaining: number; valid: number }> {
    // Counted by the database, not by loading rows: a cleanup may delete many.
    const deleted = await db.delete(personalAccessTokens).where(or(
      and(isNotNull(personalAccessTokens.expiresAt), lt(personalAccessTokens.expiresAt, before)),
      and(isNotNull(personalAccessTokens.revokedAt), lt(personalAccessTokens.revokedAt, before)),
    ));
    const [left] = await db.select({
      n: count(),
      valid: count(sql`case when ${personalAccessTokens.revokedAt} is null and (${personalAccessTokens.expiresAt} is null or ${personalAccessTokens.expiresAt} > ${now.toISOString()}::timestamptz) then 1 end`),
    }).from(personalAccessTokens);
    return { purged: deleted.count, remaining: left?.n ?? 0, valid: left?.valid ?? 0 };
  }

  /** One UPDATE for every token used since the last flush; a later time never goes backwards. */
  async recordUses(uses: ReadonlyMap<string, Date>): Promise<void> {
    if (uses.size === 0) return;
    const batch = JSON.stringify([...uses].map(([id, at]) => ({ id, at: at.toISOString() })));
    await this.database.db.execute(sql`
      update personal_access_tokens p set last_used_at = u.at
      from jsonb_to_recordset(${batch}::jsonb) as u(id text, at timestamptz)
      where p.id = u.id and (p.last_used_at is null or p.last_used_at < u.at)`);
  }
}
