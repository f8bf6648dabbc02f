// What the vault's use cases need from the outside, implemented by the outgoing adapters
// (adapters/outgoing/db: encrypted material and sync locks; adapters/outgoing/providers: the
// provider clients; adapters/outgoing/deployer.ts: the deployer's LookupApplication) and handed in
// by service.ts. gitops-sync's LookupProject is @keywarden/runtime's ProjectOwner.
import type { Keyring } from '@keywarden/crypto';
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import type { ProviderType } from '../domain/provider/provider.js';

/** Where an application was registered: what the vault's applications read model keeps of it. */
export type ApplicationPlace = { id: string; name: string; organizationId: string; projectId: string; environment: string };

/** Asks the deployer about an application; 'absent': none was registered, 'unavailable': no answer. */
export type ApplicationOwner = (applicationId: string) => Promise<ApplicationPlace | 'absent' | 'unavailable'>;

/** The service's database as seen from inside one transaction: commands handled there append and project in it. */
export type TransactionScope = (tx: Tx) => Database;

/**
 * Encrypted material: every value sealed under its record id as additional data (aad.ts), so a
 * ciphertext copied onto another row fails to decrypt. Reads are batched: one query per request.
 */
export interface Material {
  readonly keyring: Keyring;
  /** The keyed fingerprint events carry (an HMAC: a guessable secret cannot be tested offline). */
  fingerprint(value: string): string;
  /** Writes (or replaces) one encrypted value inside the caller's transaction. */
  put(tx: DbOrTx, aad: string, plaintext: string): Promise<void>;
  remove(tx: DbOrTx, aads: readonly string[]): Promise<void>;
  /** The values of every version of a secret. */
  removeSecret(tx: DbOrTx, secretId: string): Promise<void>;
  /** Decrypts many values in one query; a missing row is absent from the result. */
  getMany(db: DbOrTx, aads: readonly string[]): Promise<Map<string, string>>;
  previews(db: DbOrTx, aads: readonly string[]): Promise<Map<string, string>>;
  /** Key versions present on stored values (what a rotation must re-wrap). */
  keyVersions(db: DbOrTx): Promise<number[]>;
  /** Re-wraps up to `batchSize` values not under the active key version, in one transaction; how many it did. */
  rewrapBatch(batchSize: number): Promise<number>;
}

/** One sync at a time per provider across replicas. */
export interface SyncLocks {
  /** Takes the provider's sync lock for the caller's transaction, if no sync holds it. */
  tryInTransaction(tx: Tx, providerId: string): Promise<boolean>;
  /** Runs `work` holding the provider's sync lock; undefined (work not run) when another sync holds it. */
  whileHeld<T>(providerId: string, work: () => Promise<T>): Promise<T | undefined>;
}

/** What a provider returns: the full current set of its secrets (a sync compares it with the group). */
export type RemoteSecret = { name: string; value: string; reference: string };
export type ProviderClient = { fetchAll: () => Promise<RemoteSecret[]> };
/** The client of a configured provider, from its decrypted settings. */
export type ProviderFactory = (type: ProviderType, settings: unknown) => ProviderClient;
/** Validates a provider type's settings; a ProviderError names the fields, never their values. */
export type SettingsCheck = (type: ProviderType, settings: unknown) => void;
