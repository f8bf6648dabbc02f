// Access-token signing keys: generated on first start (one replica wins, under
// an advisory lock), private JWK encrypted with the Keyring, rotated on demand
// or on a timer. The decrypted active key is cached: signing never decrypts.
import { randomUUID } from 'node:crypto';
import type { Keyring } from '@keywarden/crypto';
import type { Tx } from '@keywarden/db';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Clock } from '@keywarden/runtime';
import type { Transactions } from '../ports.js';
import type { Algorithm, SigningKeyStore } from './ports.js';
import { commands } from '../commands.js';

export type { Algorithm };
type ActiveKey = { kid: string; alg: Algorithm; key: CryptoKey; checkedAt: number };

/** Key changes by another replica are noticed within this long; previous keys verify far longer (RETIRE_SKEW_MS). */
const RECHECK_MS = 5_000;
/** Grace added to a previous key's life beyond the access-token lifetime: clock skew and the cache above. */
export const RETIRE_SKEW_MS = 60_000;
const aad = (kid: string) => `signing-key:${kid}`;

export type KeySettings = { signingAlgorithm: Algorithm; accessTokenMs: number; keyRotationMs: number };

export class SigningKeys {
  #active: ActiveKey | undefined;
  #loading: Promise<ActiveKey> | undefined;

  constructor(private readonly deps: { store: SigningKeyStore; transactions: Transactions; keyring: Keyring; clock: Clock; settings: KeySettings }) {}

  /** Creates the first key if there is none (idempotent, safe on many replicas at once). */
  async ensure(): Promise<void> {
    await this.#change('ensure', 'system');
  }

  /** Makes a new key active now; the previous one verifies until retirePreviousAt. */
  async rotate(actorUserId: string): Promise<{ keyId: string; previousKeyId: string; retirePreviousAt: Date | undefined }> {
    const result = await this.#change('rotate', actorUserId);
    return result!;
  }

  /** Rotates when the active key is older than keyRotationMs (the timer; a no-op when rotation is off). */
  async rotateIfDue(): Promise<boolean> {
    if (this.deps.settings.keyRotationMs <= 0) return false;
    return (await this.#change('due', 'system')) !== undefined;
  }

  /** The public keys that verify tokens now: the active one and those not yet retired. */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: (await this.deps.store.publicKeys(this.deps.clock.now())) as JWK[] };
  }

  async sign(claims: Record<string, unknown>, subject: string, issuedAt: Date, expiresAt: Date, issuer: string, audience: string): Promise<string> {
    const active = await this.#current();
    return await new SignJWT(claims)
      .setProtectedHeader({ alg: active.alg, kid: active.kid, typ: 'at+jwt' })
      .setIssuer(issuer).setAudience(audience).setSubject(subject).setJti(randomUUID())
      .setIssuedAt(Math.floor(issuedAt.getTime() / 1000)).setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(active.key);
  }

  async #current(): Promise<ActiveKey> {
    const cached = this.#active;
    if (cached && performance.now() - cached.checkedAt < RECHECK_MS) return cached;
    this.#loading ??= this.#load(cached).finally(() => (this.#loading = undefined));
    return await this.#loading;
  }

  async #load(cached: ActiveKey | undefined): Promise<ActiveKey> {
    const row = await this.deps.store.active(cached?.kid ?? '');
    if (!row) {
      // The start task creates the first key; a request that comes before it creates it here.
      await this.ensure();
      return await this.#load(undefined);
    }
    if (cached && row.kid === cached.kid) return (this.#active = { ...cached, checkedAt: performance.now() });
    const jwk = JSON.parse(this.deps.keyring.decryptString(row.private_jwk_ciphertext, aad(row.kid))) as JWK;
    const key = (await importJWK(jwk, row.algorithm)) as CryptoKey;
    return (this.#active = { kid: row.kid, alg: row.algorithm, key, checkedAt: performance.now() });
  }

  async #change(mode: 'ensure' | 'rotate' | 'due', actorUserId: string) {
    const { store, transactions, clock, settings } = this.deps;
    const result = await transactions.run(async (tx) => {
      const current = await store.lockAndReadActive(tx);
      const now = clock.now();
      if (mode === 'ensure' && current) return undefined;
      if (mode === 'due' && current && current.activatedAt.getTime() + settings.keyRotationMs > now.getTime()) return undefined;
      return await this.#activateNew(tx, current?.kid ?? '', now, actorUserId);
    });
    if (result) this.#active = undefined;
    return result;
  }

  async #activateNew(tx: Tx, previousKeyId: string, now: Date, actorUserId: string) {
    const { keyring, settings } = this.deps;
    const alg = settings.signingAlgorithm;
    const pair = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519', extractable: true } : { extractable: true });
    const publicJwk = await exportJWK(pair.publicKey);
    const fingerprint = await calculateJwkThumbprint(publicJwk);
    const kid = `${now.toISOString().slice(0, 10)}-${fingerprint.slice(0, 16)}`;
    const privateJwk = await exportJWK(pair.privateKey);
    const retirePreviousAt = previousKeyId ? new Date(now.getTime() + settings.accessTokenMs + RETIRE_SKEW_MS) : undefined;
    const handle = commands(this.deps.transactions.within(tx)).signingKey;
    await handle(`signing_key-${kid}`, {
      type: 'Activate', keyId: kid, algorithm: alg, publicKeyFingerprint: fingerprint, previousKeyId,
      retirePreviousAt: retirePreviousAt?.toISOString(), actorUserId,
    }, {
      metadata: { actor: actorUserId },
      within: async (inner) => {
        const key = {
          kid, algorithm: alg, publicJwk: { ...publicJwk, kid, alg, use: 'sig' }, privateJwkCiphertext: keyring.encrypt(JSON.stringify(privateJwk), aad(kid)), fingerprint, activatedAt: now,
        };
        await this.deps.store.activate(inner, key, previousKeyId ? { kid: previousKeyId, retireAt: retirePreviousAt! } : undefined);
      },
    });
    return { keyId: kid, previousKeyId, retirePreviousAt };
  }
}
