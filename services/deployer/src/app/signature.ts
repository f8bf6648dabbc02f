// The webhook's signature and idempotency rules (time comes in as an argument).
//
// Signature: header "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, `${t}.${body}`)>",
// accepted when |now - t| <= tolerance. Several v1 entries may be sent (a CI
// system rolling its secret); one match is enough.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { uuidV5 as nameBasedUuid } from '@keywarden/event-store';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; why: 'missing' | 'malformed' | 'stale' | 'mismatch' };

export function signatureOf(secret: string, timestamp: number, body: Uint8Array | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** The header a CI system sends: `t=<timestamp>,v1=<signature>`. */
export function signatureHeader(secret: string, timestamp: number, body: Uint8Array | string): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

export function verifySignature(header: string, secret: string, body: Uint8Array, nowMs: number, toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): SignatureCheck {
  if (!header.trim()) return { ok: false, why: 'missing' };
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^[0-9]{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return { ok: false, why: 'malformed' };
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceSeconds) return { ok: false, why: 'stale' };
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex');
  // Every candidate is compared (no early exit), each in constant time.
  let match = false;
  for (const candidate of candidates) match = timingSafeEqual(expected, Buffer.from(candidate, 'hex')) || match;
  return match ? { ok: true } : { ok: false, why: 'mismatch' };
}

/** Namespace of the deployment ids derived from idempotency keys (a fixed random UUID). */
const IDEMPOTENCY_NAMESPACE = 'b4f0c5d2-7a1e-4c39-9e55-2f8a6d3b1c07';

/** RFC 4122 UUID version 5 (SHA-1, name-based), in the deployer's namespace: the event store's, shared by every idempotent create. */
export const uuidV5 = (name: string, namespace = IDEMPOTENCY_NAMESPACE): string => nameBasedUuid(name, namespace);

/** The deployment a retried webhook with the same Idempotency-Key maps to. */
export const idempotentDeploymentId = (applicationId: string, key: string) => uuidV5(`${applicationId}\n${key}`);
