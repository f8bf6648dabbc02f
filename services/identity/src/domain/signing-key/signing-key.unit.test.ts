import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { cleanupDecider, signingKeyDecider, type CleanupEvent, type SigningKeyCommand, type SigningKeyEvent } from './signing-key.js';

const activate: SigningKeyCommand = {
  type: 'Activate', keyId: 'k2', algorithm: 'EdDSA', publicKeyFingerprint: 'fp', previousKeyId: 'k1',
  retirePreviousAt: '2026-03-01T08:16:00.000Z', actorUserId: 'admin',
};
const rotated: SigningKeyEvent = {
  type: 'SigningKeyRotated',
  data: { keyId: 'k2', algorithm: 'EdDSA', publicKeyFingerprint: 'fp', previousKeyId: 'k1', retirePreviousAt: '2026-03-01T08:16:00.000Z', actorUserId: 'admin' },
};

describe('signing key decider', () => {
  const spec = deciderSpec(signingKeyDecider);

  it('activates a key once, naming the previous one and its retire time', () => {
    spec.given().when(activate).then([rotated]);
    spec.given([rotated]).when(activate).thenThrows('ERR_CONFLICT');
    spec.given().when({ ...activate, retirePreviousAt: undefined }).thenThrows();
  });
});

describe('cleanup decider', () => {
  const spec = deciderSpec(cleanupDecider);
  const figures = { runId: 'r1', cleanedCount: 3, remainingTokens: 2, durationMs: 4, timestamp: '2026-03-01T08:00:00.000Z', trigger: 'manual', cleanedRefreshTokenCount: 3, cleanedPersonalAccessTokenCount: 0,
    totalCount: 5, expiredCount: 4, validCount: 1 };
  const purged: CleanupEvent = { type: 'ExpiredTokensPurged', data: figures };

  it('records a cleanup run once', () => {
    spec.given().when({ type: 'RecordPurge', figures }).then([purged]);
    spec.given([purged]).when({ type: 'RecordPurge', figures }).thenNothing();
  });
});
