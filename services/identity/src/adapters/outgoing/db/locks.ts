// Advisory locks the use cases take in their transactions.
import type { Tx } from '@keywarden/db';
import { sql } from 'drizzle-orm';

const SIGN_IN_METHODS = 'keywarden:identity:sign-in-methods';

/** Serializes changes of the password setting and of which SSO providers are enabled (so both cannot leave no way in). */
export async function lockSignInMethods(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${SIGN_IN_METHODS}))`);
}
