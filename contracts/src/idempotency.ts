// The Idempotency-Key a client may send with a create (HTTP header) and the
// gateway passes in the create RPCs' `idempotency_key`: one rule for both
// sides, so a key the gateway accepts is one every service accepts.

/** At most this many characters (as Stripe and the IETF draft's examples allow). */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** Printable ASCII (space to tilde), 1 to 255 characters, not starting or ending with a space (HTTP trims those). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e](?:[\x20-\x7e]{0,253}[\x21-\x7e])?$/;

export function isValidIdempotencyKey(key: string): boolean {
  return IDEMPOTENCY_KEY_PATTERN.test(key);
}

export const IDEMPOTENCY_KEY_RULE = `1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters, no leading or trailing space`;
