// Encrypted material: every value is sealed with @keywarden/crypto under the record id as
// additional data (`secret:<id>:<version>`, `env:<id>`, `provider:<id>`), so a ciphertext
// copied onto another row fails to decrypt. Reads are batched: one query per request.
import { createHmac, randomBytes } from 'node:crypto';
import type { Keyring } from '@keywarden/crypto';
import type { Database, DbOrTx } from '@keywarden/db';
import { inArray, sql } from 'drizzle-orm';
import { material } from '../adapters/db/schema.js';
import { maskedPreview } from '../domain/preview.js';

export const secretAad = (secretId: string, version: number) => `secret:${secretId}:${version}`;
export const envAad = (envVarId: string) => `env:${envVarId}`;
export const providerAad = (providerId: string) => `provider:${providerId}`;
const FINGERPRINT_KEY_AAD = 'vault:fingerprint-key';

export class MaterialStore {
  private constructor(
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
    return new MaterialStore(keyring, key);
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
}
