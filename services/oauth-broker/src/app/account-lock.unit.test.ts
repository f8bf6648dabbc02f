import { describe, expect, it } from 'vitest';
import { PROVIDER_TIMEOUT_MS } from '../adapters/outgoing/providers/http.js';
import { brokerSettings } from '../config.js';
import { refreshLockWaitMs } from './account-lock.js';

describe('refreshLockWaitMs', () => {
  it('waits longer than the worst-case refresh of another holder (every try timing out, plus backoff)', () => {
    for (const extra of [{}, { KW_OAUTH_INLINE_RETRIES: 4, KW_OAUTH_INLINE_RETRY_BASE_MS: 5000 }, { KW_OAUTH_INLINE_RETRIES: 0 }]) {
      const s = brokerSettings(extra);
      let backoffCeiling = 0;
      for (let i = 1; i <= s.inlineRetries; i++) backoffCeiling += Math.min(10_000, s.inlineRetryBaseMs * 2 ** (i - 1));
      // Up to two provider calls per try (discovery, then the token endpoint).
      const worstCase = (s.inlineRetries + 1) * 2 * PROVIDER_TIMEOUT_MS + backoffCeiling;
      expect(refreshLockWaitMs(s, PROVIDER_TIMEOUT_MS)).toBeGreaterThan(worstCase);
    }
  });
});
