// Idempotent creates: a command sent again with the same Idempotency-Key (a
// client retrying after a timeout that may have committed) answers the first
// result instead of a conflict or a second object. The deployer's webhook
// pattern, for every create: the key, scoped to the caller and the operation,
// names the new aggregate (a UUID v5), so concurrent retries collide on the
// same stream and only one appends. The event that the first request appended
// carries the key's hash and a digest of the request in its metadata; a later
// request with the key finds it there (no table of its own, written in the
// same append) and is answered from it: the same request is a replay, another
// request is ERR_IDEMPOTENCY_KEY_REUSED. Nothing a client sent is stored: the
// key only as a hash, the request only as a digest, sealed with the service's
// keyring when the request holds secret material (a hash of a password or a
// secret value could be tested offline).
import { createHash, timingSafeEqual } from 'node:crypto';
import { isValidIdempotencyKey, IDEMPOTENCY_KEY_RULE } from '@keywarden/contracts';
import type { DbOrTx } from '@keywarden/db';
import { KeywardenError, validationError } from '@keywarden/errors';
import { ConcurrencyError } from './errors.js';
import { pgClient } from './pg-client.js';

/** Seals the request digest (a Keyring from @keywarden/crypto fits). */
export type DigestSealer = { encrypt(plaintext: string, aad: string): string; decryptString(value: string, aad: string): string };

export type IdempotentRequest = {
  /** What is created, e.g. 'identity.CreateOrganization': one key may serve several operations. */
  operation: string;
  /** Whose key it is: callerScope(actor), or for an anonymous sign-up the normalized e-mail address. */
  scope: string;
  /** The Idempotency-Key as the client sent it; '' when it sent none. */
  key: string;
  /** What the client asked for, as the service understood it (normalized): compared by digest only. */
  request: unknown;
};

export type Idempotency = {
  /** The id of the object the first request created (UUID v5 of operation, scope and key). */
  readonly id: string;
  /** Metadata for the event(s) the create appends. */
  readonly metadata: { idempotencyKey: string; idempotencyRequest: string };
  readonly keyHash: string;
  readonly digest: string;
  readonly sealer: DigestSealer | undefined;
};

export type PriorEvent = { streamId: string; type: string; data: Record<string, unknown> };

/**
 * Where a create kept by no event (a plain table row, as the notifier's channels) finds what an earlier request
 * with the key made: the row with the id the key gives, and the `idempotency.metadata.idempotencyRequest` stored
 * with it. The usual source is the event store: a stream id.
 */
export type PriorSource = (idem: Idempotency) => Promise<{ request: string; data: Record<string, unknown> } | undefined>;

/** The same key, another request: the first one's result is not this one's. */
export class IdempotencyKeyReused extends KeywardenError<'ERR_IDEMPOTENCY_KEY_REUSED'> {
  constructor() {
    super('ERR_IDEMPOTENCY_KEY_REUSED', 409, 'this Idempotency-Key was used for a different request; use a new key', { errorId: 'EVSTORE-idm1' });
  }
}

/** Namespace of the ids derived from idempotency keys (a fixed random UUID). */
const CREATE_NAMESPACE = '5d0a3f6e-2c47-4b1a-8e93-71c4b2f0a9d6';

/** RFC 4122 UUID version 5 (SHA-1, name-based): the same name always gives the same id. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Whose key: a personal access token's keys are its own, a session's are its user's. Takes the actor claims
 * as an RPC carries them (absent for a caller without one: then the key is no one's in particular).
 */
export function callerScope(actor: { userId?: string; credential?: string; tokenId?: string } | undefined): string {
  return actor?.credential === 'pat' && actor.tokenId ? `pat:${actor.tokenId}` : `user:${actor?.userId ?? ''}`;
}

/** JSON with object keys sorted, so equal requests give equal digests whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The idempotency of one create, or undefined when the client sent no key (every call creates). A key that breaks
 * the rule is ERR_VALIDATION. `sealer`: give it when the request holds secret material.
 */
export function idempotency(input: IdempotentRequest, sealer?: DigestSealer): Idempotency | undefined {
  if (input.key === '') return undefined;
  if (!isValidIdempotencyKey(input.key)) {
    throw validationError(`the Idempotency-Key must be ${IDEMPOTENCY_KEY_RULE}`, { issues: [{ path: 'idempotencyKey', message: IDEMPOTENCY_KEY_RULE }], errorId: 'EVSTORE-idm2' });
  }
  const name = `${input.operation}\n${input.scope}\n${input.key}`;
  const keyHash = sha256(name);
  const digest = sha256(canonical(input.request));
  const stored = sealer ? `sealed:${sealer.encrypt(digest, aad(keyHash))}` : `sha256:${digest}`;
  return { id: uuidV5(name, CREATE_NAMESPACE), keyHash, digest, sealer, metadata: { idempotencyKey: keyHash, idempotencyRequest: stored } };
}

const aad = (keyHash: string) => `idempotency:${keyHash}`;

function sameRequest(idem: Idempotency, stored: string): boolean {
  let digest: string;
  try {
    if (stored.startsWith('sealed:')) {
      if (!idem.sealer) return false;
      digest = idem.sealer.decryptString(stored.slice('sealed:'.length), aad(idem.keyHash));
    } else {
      digest = stored.replace(/^sha256:/, '');
    }
  } catch {
    // Sealed under a master key no longer configured: it cannot be shown to be this request.
    return false;
  }
  const a = Buffer.from(digest, 'utf8');
  const b = Buffer.from(idem.digest, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

type PriorRow = { stream_id: string; type: string; data: Record<string, unknown>; request: string };

/** The event of `streamId` that a request with this key appended, if any (a stream's first event, for a create). */
async function priorOf(db: DbOrTx, source: string | PriorSource, idem: Idempotency): Promise<PriorRow | undefined> {
  if (typeof source !== 'string') {
    const found = await source(idem);
    return found && { stream_id: '', type: '', data: found.data, request: found.request };
  }
  const rows = await pgClient(db)<PriorRow[]>`
    select stream_id, type, data, metadata->>'idempotencyRequest' as request from events
    where stream_id = ${source} and metadata->>'idempotencyKey' = ${idem.keyHash}
    order by stream_version limit 1`;
  return rows[0];
}

/**
 * Whether `streamId` holds an event appended with this key already. commandHandler asks it in the command's
 * transaction right before a keyed append: a twin that committed after runIdempotent's first look but before
 * this command read its state would otherwise be decided on again (its effect doubled). A twin committing after
 * this check cannot be in the state read before it, so the append's expected version stops that one.
 */
export async function keyedEventExists(db: DbOrTx, streamId: string, keyHash: string): Promise<boolean> {
  const rows = await pgClient(db)`select 1 from events where stream_id = ${streamId} and metadata->>'idempotencyKey' = ${keyHash} limit 1`;
  return rows.length > 0;
}

/** However a transaction wrapper passed it on. */
function isConcurrencyError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ConcurrencyError) return true;
  }
  return false;
}

export type RunOptions = { metadata: Record<string, string>; retries?: number };

/**
 * Runs a create once per key. `run` makes the command, with `options.metadata` in the appended events' metadata
 * and `options.retries` as the command handler's retries (0 with a key: a concurrent twin's append must fail this
 * one rather than be decided again on top of it). `replay` answers a request whose key was used for the same
 * request, from the event the first one appended in `streamId` (or what `streamId`, a PriorSource, finds).
 */
export async function runIdempotent<T>(
  db: DbOrTx,
  idem: Idempotency | undefined,
  streamId: string | PriorSource,
  run: (options: RunOptions) => Promise<T>,
  replay: (prior: PriorEvent) => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (!idem) return { result: await run({ metadata: {} }), replayed: false };
  const answer = async (prior: PriorRow) => {
    if (!sameRequest(idem, prior.request ?? '')) throw new IdempotencyKeyReused();
    return { result: await replay({ streamId: prior.stream_id, type: prior.type, data: prior.data }), replayed: true };
  };
  for (let attempt = 1; ; attempt++) {
    const before = await priorOf(db, streamId, idem);
    if (before) return await answer(before);
    try {
      return { result: await run({ metadata: idem.metadata, retries: 0 }), replayed: false };
    } catch (error) {
      // A twin that committed first makes this one fail (on the stream's version, a unique index, a check that
      // now sees its object): its result is the answer.
      const after = await priorOf(db, streamId, idem);
      if (after) return await answer(after);
      // Someone else appended to the stream meanwhile (an add to an existing aggregate): try again on fresh state.
      if (isConcurrencyError(error) && attempt < 5) continue;
      throw error;
    }
  }
}
