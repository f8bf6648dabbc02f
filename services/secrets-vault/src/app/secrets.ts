// Groups and secrets: create, change, roll back, reveal, delete, import and export.
import { randomUUID } from 'node:crypto';
import type { Clock } from '@keywarden/runtime';
import type { Database, Tx } from '@keywarden/db';
import { idempotency, runIdempotent, type RunOptions } from '@keywarden/event-store';
import { conflict, invalid, notFound } from '../domain/errors.js';
import type { DeleteReason, Source } from '../domain/secret/secret.js';
import { findGroup, findSecret, groupNamed, listGroups, secretHistory, secretNamed, secretsOfGroup, type SecretRecord } from '../projections/secrets.js';
import { referencedSecrets } from '../projections/env-vars.js';
import { secretAad } from './aad.js';
import { commands, type Commands } from './commands.js';
import { dotenvQuote, parseImport } from './import-format.js';
import type { Material, TransactionScope } from './ports.js';

/** A secret as listed: its masked preview, its group's name and whether its current value is stored. */
export type SecretRow = SecretRecord & { preview: string; groupName: string; hasValue: boolean };
/** A create's Idempotency-Key and whose it is (callerScope of the actor). */
export type IdempotentCall = { key: string; scope: string };
const NO_KEY: IdempotentCall = { key: '', scope: '' };

/** A secret at a version (0: its current one). */
export type SecretVersion = { secretId: string; version: number };
/** The most secrets one reveal call takes (an application's environment is far below it; an export pages by it). */
export const MAX_REVEALS = 256;

export class SecretsApp {
  constructor(
    private readonly database: Database,
    private readonly handle: Commands,
    private readonly store: Material,
    private readonly clock: Clock,
    private readonly scope: TransactionScope,
  ) {}

  /** The same operations, all inside the caller's transaction (a provider sync applies as one). */
  within(tx: Tx): SecretsApp {
    const scoped = this.scope(tx);
    return new SecretsApp(scoped, commands(scoped), this.store, this.clock, this.scope);
  }

  async createGroup(actor: string, name: string, description: string, call: IdempotentCall = NO_KEY) {
    const idem = idempotency({ operation: 'secrets.CreateSecretGroup', scope: call.scope, key: call.key, request: { name, description } });
    const groupId = idem?.id ?? randomUUID();
    return runIdempotent(this.database.db, idem, `secret_group-${groupId}`, async (options) => {
      const taken = await groupNamed(this.database.db, name);
      await this.handle.group(`secret_group-${groupId}`, { type: 'CreateGroup', groupId, name, description, nameTaken: Boolean(taken), actor }, {
        metadata: { actor, ...options.metadata }, retries: options.retries,
      }).catch(uniqueViolationAs(`a group named "${name}" already exists`));
      return this.group(groupId);
    }, () => this.group(groupId));
  }

  async group(groupId: string) {
    const row = await findGroup(this.database.db, groupId);
    if (!row) throw notFound(`group ${groupId} not found`, 'VAULT-b68b');
    return row;
  }

  async listGroups() {
    return listGroups(this.database.db);
  }

  /**
   * Creates the secret, or (replace) adds a version when the value differs. With an Idempotency-Key, a retry answers
   * the secret its first request created or versioned (the value is in the request's digest, sealed with the keyring).
   */
  async put(input: { actor: string; groupId: string; name: string; value: string; description?: string; replace?: boolean; source?: Source;
    providerId?: string; providerReference?: string; syncedAt?: string }, call: IdempotentCall = NO_KEY): Promise<{ secret: SecretRow; changed: boolean; replayed: boolean }> {
    await this.group(input.groupId);
    const existing = await secretNamed(this.database.db, input.groupId, input.name);
    const request = { groupId: input.groupId, name: input.name, value: input.value, description: input.description ?? '', replace: input.replace ?? false };
    const idem = idempotency({ operation: 'secrets.PutSecret', scope: call.scope, key: call.key, request }, this.store.keyring);
    const secretId = existing?.id ?? idem?.id ?? randomUUID();
    const { result, replayed } = await runIdempotent(this.database.db, idem, `secret-${secretId}`,
      (options) => this.#put(input, existing, secretId, options),
      async () => ({ secret: await this.secret(secretId), changed: true }));
    return { ...result, replayed };
  }

  async #put(input: Parameters<SecretsApp['put']>[0], existing: SecretRecord | undefined, secretId: string, options: RunOptions) {
    const fingerprint = this.store.fingerprint(input.value);
    const source = input.source ?? 'manual';
    if (existing) {
      if (!input.replace) throw conflict(`group already has a secret named ${input.name}`, 'VAULT-0b57');
      const result = await this.handle.secret(`secret-${existing.id}`, { type: 'ChangeSecretValue', fingerprint, source, actor: input.actor,
        ...(input.syncedAt ? { syncedAt: input.syncedAt } : {}) }, {
        metadata: { actor: input.actor, ...options.metadata },
        retries: options.retries,
        within: async (tx, events) => {
          for (const e of events) await this.store.put(tx, secretAad(existing.id, (e.data as { version: number }).version), input.value);
        },
      });
      return { secret: await this.secret(existing.id), changed: result.events.length > 0 };
    }
    await this.handle.secret(`secret-${secretId}`, {
      type: 'CreateSecret', secretId, groupId: input.groupId, name: input.name, description: input.description ?? '', source, fingerprint, actor: input.actor,
      ...(input.providerId ? { providerId: input.providerId } : {}), ...(input.providerReference ? { providerReference: input.providerReference } : {}),
      ...(input.syncedAt ? { syncedAt: input.syncedAt } : {}),
    }, { metadata: { actor: input.actor, ...options.metadata }, retries: options.retries, within: (tx) => this.store.put(tx, secretAad(secretId, 1), input.value) })
      .catch(uniqueViolationAs(`group already has a secret named ${input.name}`));
    return { secret: await this.secret(secretId), changed: true };
  }

  async secret(secretId: string): Promise<SecretRow> {
    const row = await findSecret(this.database.db, secretId);
    if (!row) throw notFound(`secret ${secretId} not found`, 'VAULT-0ec7');
    return (await this.summaries([row.secret], () => row.groupName))[0]!;
  }

  async list(groupId: string): Promise<SecretRow[]> {
    const group = await this.group(groupId);
    const rows = await secretsOfGroup(this.database.db, groupId);
    return this.summaries(rows, () => group.name);
  }

  /** Rows with their previews (one query); a secret without a stored value for its version shows hasValue false. */
  async summaries(rows: SecretRecord[], groupName: (row: SecretRecord) => string): Promise<SecretRow[]> {
    const previews = await this.store.previews(this.database.db, rows.map((r) => secretAad(r.id, r.version)));
    return rows.map((r) => {
      const aad = secretAad(r.id, r.version);
      return { ...r, preview: previews.get(aad) ?? '', groupName: groupName(r), hasValue: previews.has(aad) };
    });
  }

  async history(secretId: string) {
    await this.secret(secretId);
    return secretHistory(this.database.db, secretId);
  }

  /** The restored value is re-encrypted under the new version's record id. */
  async rollback(actor: string, secretId: string, toVersion: number): Promise<SecretRow> {
    const old = await this.store.getMany(this.database.db, [secretAad(secretId, toVersion)]);
    const value = old.get(secretAad(secretId, toVersion));
    if (value === undefined) throw notFound(`secret ${secretId} has no version ${toVersion}`, 'VAULT-04ff');
    await this.handle.secret(`secret-${secretId}`, { type: 'RollbackSecret', toVersion, actor }, {
      metadata: { actor },
      within: async (tx, events) => {
        for (const e of events) await this.store.put(tx, secretAad(secretId, (e.data as { version: number }).version), value);
      },
    });
    return this.secret(secretId);
  }

  /** Audits first (SecretRevealed commits), then decrypts: no reveal without its record. */
  async reveal(actor: string, secretId: string, reason: string, version = 0, purpose: 'reveal' | 'export' = 'reveal') {
    const { value, version: revealed } = (await this.revealMany(actor, [{ secretId, version }], reason, purpose))[0]!;
    return { value, version: revealed };
  }

  /**
   * Several reveals with one reason, in the order asked (an application's environment, a group's export): each
   * audited by its own SecretRevealed, the commands at once (the event store commits them in a few grouped
   * transactions, not one after another), then every value decrypted from one read. Unknown secrets and versions
   * fail the whole call before anything is recorded (the audit names no reveal the caller did not get).
   */
  async revealMany(actor: string, wanted: readonly SecretVersion[], reason: string, purpose: 'reveal' | 'export' = 'reveal') {
    if (wanted.length > MAX_REVEALS) throw invalid(`at most ${MAX_REVEALS} secrets in one reveal`, 'VAULT-5e1a');
    // The same secret and version asked twice is revealed (and recorded) once.
    const distinct = [...new Map(wanted.map((w) => [`${w.secretId}@${w.version}`, w])).values()];
    // One reveal needs no look-up: its command fails before recording anything.
    if (distinct.length > 1) await this.#checkRevealable(distinct);
    const revealedAt = new Map(await Promise.all(distinct.map(async ({ secretId, version }) => {
      const result = await this.handle.secret(`secret-${secretId}`, { type: 'RevealSecret', actor, reason, version, purpose }, { metadata: { actor } });
      return [`${secretId}@${version}`, (result.events[0]!.data as { version: number }).version] as const;
    })));
    const at = (w: SecretVersion) => revealedAt.get(`${w.secretId}@${w.version}`)!;
    const values = await this.store.getMany(this.database.db, wanted.map((w) => secretAad(w.secretId, at(w))));
    return wanted.map((w) => {
      const value = values.get(secretAad(w.secretId, at(w)));
      if (value === undefined) throw notFound(`secret ${w.secretId} has no stored value for version ${at(w)}`, 'VAULT-36a6');
      return { secretId: w.secretId, value, version: at(w) };
    });
  }

  /** Every secret exists and has the version asked (0: its current one); versions run 1 to the current one. */
  async #checkRevealable(wanted: readonly SecretVersion[]) {
    const ids = [...new Set(wanted.map((w) => w.secretId))];
    const current = new Map((await referencedSecrets(this.database.db, ids, [])).map((row) => [row.id, row.version]));
    const missing = ids.filter((id) => !current.has(id));
    if (missing.length > 0) throw notFound(`secret ${missing.join(', ')} not found`, 'VAULT-0ec7');
    const beyond = wanted.find((w) => w.version > current.get(w.secretId)!);
    if (beyond) throw notFound(`secret ${beyond.secretId} has no version ${beyond.version}`, 'VAULT-2e41');
  }

  async delete(actor: string, secretId: string, reason: DeleteReason = 'manual') {
    // The values of every version go with the secret: history keeps fingerprints only.
    await this.handle.secret(`secret-${secretId}`, { type: 'DeleteSecret', actor, reason }, {
      metadata: { actor },
      within: (tx) => this.store.removeSecret(tx, secretId),
    });
  }

  async import(actor: string, groupId: string, format: string, content: string, overwrite: boolean) {
    const entries = parseImport(format, content);
    const report = { created: [] as string[], updated: [] as string[], unchanged: [] as string[], skipped: [] as string[] };
    const existing = new Set((await this.list(groupId)).map((s) => s.name));
    for (const [name, value] of entries) {
      if (existing.has(name) && !overwrite) {
        report.skipped.push(name);
        continue;
      }
      const { changed } = await this.put({ actor, groupId, name, value, replace: true });
      (existing.has(name) ? (changed ? report.updated : report.unchanged) : report.created).push(name);
    }
    return report;
  }

  /** .env text of the group's current values; every secret's reveal is audited with the reason. */
  async exportGroup(actor: string, groupId: string, reason: string) {
    if (reason.trim().length < 3) throw invalid('an export needs a reason', 'VAULT-23b1');
    const rows = await this.list(groupId);
    const lines: string[] = [];
    for (let at = 0; at < rows.length; at += MAX_REVEALS) {
      const page = rows.slice(at, at + MAX_REVEALS);
      const revealed = await this.revealMany(actor, page.map((row) => ({ secretId: row.id, version: 0 })), reason, 'export');
      page.forEach((row, i) => lines.push(`${row.name}=${dotenvQuote(revealed[i]!.value)}`));
    }
    return { content: lines.length ? `${lines.join('\n')}\n` : '', count: lines.length };
  }

  now(): Date {
    return this.clock.now();
  }
}

/** The read model's unique index backs the decider's lookup when two requests race. */
export function uniqueViolationAs(detail: string) {
  return (error: unknown): never => {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw conflict(detail, 'VAULT-0b4a');
    throw error;
  };
}
