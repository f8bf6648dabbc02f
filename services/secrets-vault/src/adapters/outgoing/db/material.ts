// Encrypted material (app/ports.ts Material): every value is sealed with @keywarden/crypto under
// the record id as additional data (`secret:<id>:<version>`, `env:<id>`, `provider:<id>`, app/aad.ts),
// so a ciphertext copied onto another row fails to decrypt. Reads are batched: one query per request.
import { createHmac, randomBytes } from 'node:crypto';
import type { Keyring } from '@keywarden/crypto';
import type { Database, DbOrTx } from '@keywarden/db';
import { inArray, like, sql } from 'drizzle-orm';
import type { Material } from '../../../app/ports.js';
import { maskedPreview } from '../../../domain/preview.js';
import { material } from '../../../schema.js';

const FINGERPRINT_KEY_AAD = 'vault:fingerprint-key';

export class MaterialStore implements Material {
  private constructor(
    private readonly database: Database,
    readonly keyring: Keyring,
    private readonly fingerprintKey: Buffer,
  ) {}

  /**
   * Loads (or creates once, encrypted like any value) the key of the keyed fingerprints that
   * events carry: a plain hash of a guessable secret could be tested offline, an HMAC cannot.
   */
  static async open(database: Database, keyring: Keyring): Promise<MaterialStore> {
    const fresh = keyring.encrypt(randomBytes(32).toString('base64'), FINGERPRINT_KEY_AAD);
    await database.db.insert(material).values({ aad: FINGERPRINT_KEY_AAD, ciphertext: fresh, keyVersion: keyring.activeVersion }).onConflictDoNothing();
    const [row] = await database.db.select().from(material).where(inArray(material.aad, [FINGERPRINT_KEY_AAD]));
    const key = Buffer.from(keyring.decryptString(row!.ciphertext, FINGERPRINT_KEY_AAD), 'base64');
    return new MaterialStore(database, keyring, key);
  }

  fingerprint(value: string): string {
    return createHmac('sha256', this.fingerprintKey).update(value, 'utf8').digest('hex').slice(0, 32);
  }

  /** Writes (or replaces) one encrypted value inside the caller's transaction. */
  async put(tx: DbOrTx, aad: string, plaintext: string): Promise<void> {
    const row = { ciphertext: this.keyring.encrypt(plaintext, aad), keyVersion: this.keyring.activeVersion, preview: maskedPreview(plaintext) };
    await tx.insert(material).values({ aad, ...row }).onConflictDoUpdate({ target: material.aad, set: row });
  }

  async remove(tx: DbOrTx, aads: readonly string[]): Promise<void> {
    if (aads.length > 0) await tx.delete(material).where(inArray(material.aad, [...aads]));
  }

  async removeSecret(tx: DbOrTx, secretId: string): Promise<void> {
    await tx.delete(material).where(like(material.aad, `secret:${secretId}:%`));
  }

  /** Decrypts many values in one query; a missing row is absent from the result. */
  async getMany(db: DbOrTx, aads: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (aads.length === 0) return out;
    const rows = await db.select({ aad: material.aad, ciphertext: material.ciphertext }).from(material).where(inArray(material.aad, [...new Set(aads)]));
    for (const row of rows) out.set(row.aad, this.keyring.decryptString(row.ciphertext, row.aad));
    return out;
  }

  async previews(db: DbOrTx, aads: readonly string[]): Promise<Map<string, string>> {
    if (aads.length === 0) return new Map();
    const rows = await db.select({ aad: material.aad, preview: material.preview }).from(material).where(inArray(material.aad, [...new Set(aads)]));
    return new Map(rows.map((r) => [r.aad, r.preview]));
  }

  /** Key versions present on stored values (what a rotation must re-wrap). */
  async keyVersions(db: DbOrTx): Promise<number[]> {
    const rows = await db.execute<{ key_version: number }>(sql`select distinct key_version from material order by 1`);
    return [...rows].map((r) => Number(r.key_version));
  }

  /**
   * Master key rotation's step: FOR UPDATE SKIP LOCKED, so replicas re-wrapping at once share the
   * rows. Ciphertext and nonce stay; only the data key's wrapping changes (libs/crypto rewrap
   * authenticates the whole value first).
   */
  async rewrapBatch(batchSize: number): Promise<number> {
    const active = this.keyring.activeVersion;
    return this.database.db.transaction(async (tx) => {
      const rows = await tx.execute<{ aad: string; ciphertext: string }>(
        sql`select aad, ciphertext from material where key_version <> ${active} order by aad limit ${batchSize} for update skip locked`,
      );
      for (const row of rows) {
        const ciphertext = this.keyring.rewrap(row.ciphertext, row.aad);
        await tx.execute(sql`update material set ciphertext = ${ciphertext}, key_version = ${active} where aad = ${row.aad}`);
      }
      return rows.length;
    });
  }
}
