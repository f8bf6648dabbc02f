// The SigningKeyStore port (app/auth/ports.ts) on the postgres.js client under drizzle. Key changes take a
// transaction-scoped advisory lock, so of several replicas starting at once exactly one creates the first key.
import type { Database } from '@keywarden/db';
import type { Algorithm, SigningKeyStore } from '../../../app/auth/ports.js';
import { iso, pg, toDate } from '../../../pg.js';

const LOCK = 'keywarden:identity:signing-keys';

export function dbSigningKeys(database: Database): SigningKeyStore {
  return {
    async publicKeys(now) {
      const rows = await pg(database.db)<Array<{ public_jwk: Record<string, unknown> }>>`
        select public_jwk from signing_keys where status = 'active' or retire_at > ${iso(now)} order by activated_at desc`;
      return rows.map((row) => row.public_jwk);
    },

    async active(unlessKid) {
      const [row] = await pg(database.db)<Array<{ kid: string; algorithm: Algorithm; private_jwk_ciphertext: string }>>`
        select kid, algorithm, case when kid = ${unlessKid} then '' else private_jwk_ciphertext end as private_jwk_ciphertext
        from signing_keys where status = 'active'`;
      return row;
    },

    async lockAndReadActive(tx) {
      const sql = pg(tx);
      await sql`select pg_advisory_xact_lock(hashtext(${LOCK}))`;
      const [current] = await sql<Array<{ kid: string; activated_at: Date | string }>>`select kid, activated_at from signing_keys where status = 'active'`;
      return current && { kid: current.kid, activatedAt: toDate(current.activated_at) };
    },

    async activate(tx, key, previous) {
      const sql = pg(tx);
      if (previous) await sql`update signing_keys set status = 'previous', retire_at = ${iso(previous.retireAt)} where kid = ${previous.kid}`;
      await sql`insert into signing_keys (kid, algorithm, public_jwk, private_jwk_ciphertext, public_key_fingerprint, status, activated_at)
        values (${key.kid}, ${key.algorithm}, ${JSON.stringify(key.publicJwk)}::jsonb, ${key.privateJwkCiphertext}, ${key.fingerprint}, 'active', ${iso(key.activatedAt)})`;
    },
  };
}
