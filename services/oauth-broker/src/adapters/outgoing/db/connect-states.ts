// One-time connect attempts (the ConnectStates port of app/ports.ts): found by the SHA-256 of their
// state, the PKCE verifier encrypted and bound to the attempt's id (AAD).
import type { Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { ConnectState, ConnectStates } from '../../../app/ports.js';
import { connectStates } from '../../../schema.js';

const verifierAad = (id: string) => `connect_states:${id}`;

export class DbConnectStates implements ConnectStates {
  constructor(private readonly database: Database, private readonly keyring: Keyring) {}

  async purgeExpired(before: Date): Promise<void> {
    await this.database.db.delete(connectStates).where(lt(connectStates.expiresAt, before));
  }

  async add(state: Omit<ConnectState, 'codeVerifier'> & { stateHash: string; expiresAt: Date; codeVerifier: string | undefined }): Promise<void> {
    await this.database.db.insert(connectStates).values({
      stateHash: state.stateHash, id: state.id, providerAppId: state.providerAppId, userId: state.userId, redirectUri: state.redirectUri,
      expiresAt: state.expiresAt, codeVerifierCiphertext: state.codeVerifier ? this.keyring.encrypt(state.codeVerifier, verifierAad(state.id)) : null,
      bindingHash: state.bindingHash, accountId: state.accountId,
    });
  }

  async claim(stateHash: string, now: Date): Promise<ConnectState | undefined> {
    const [row] = await this.database.db
      .update(connectStates)
      .set({ used: true })
      .where(and(eq(connectStates.stateHash, stateHash), eq(connectStates.used, false), gt(connectStates.expiresAt, now)))
      .returning();
    if (!row) return undefined;
    return {
      id: row.id, providerAppId: row.providerAppId, userId: row.userId, redirectUri: row.redirectUri, bindingHash: row.bindingHash,
      accountId: row.accountId, codeVerifier: row.codeVerifierCiphertext ? this.keyring.decryptString(row.codeVerifierCiphertext, verifierAad(row.id)) : undefined,
    };
  }

  async expired(stateHash: string, now: Date): Promise<boolean> {
    const [row] = await this.database.db.select({ used: connectStates.used, expiresAt: connectStates.expiresAt }).from(connectStates).where(eq(connectStates.stateHash, stateHash));
    return !!row && !row.used && row.expiresAt <= now;
  }
}
