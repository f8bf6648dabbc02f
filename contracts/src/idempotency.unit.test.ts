import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_MAX_LENGTH, isValidIdempotencyKey } from './idempotency.js';

describe('Idempotency-Key rule', () => {
  it('accepts printable ASCII of 1 to 255 characters', () => {
    for (const key of ['a', 'ci-run-4711', '0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11', 'pipeline 42 / job 7', '~!@#$%^&*()', 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH)]) {
      expect(isValidIdempotencyKey(key), key).toBe(true);
    }
  });

  it('refuses empty, too long, control characters, non-ASCII and surrounding spaces', () => {
    for (const key of ['', 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1), 'a\u0000b', 'tab\there', 'line\n', 'clé', '✓', ' lead', 'trail ', '\u007f']) {
      expect(isValidIdempotencyKey(key), JSON.stringify(key)).toBe(false);
    }
  });
});
