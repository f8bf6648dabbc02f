import { describe, expect, it } from 'vitest';
import { cleanupDecider, decideSigningKey, signingKeyDecider } from './signing-key.js';

describe('signing key decider', () => {
  it('activates a key once, naming the previous one and its retire time', () => {
    const command = {
      type: 'Activate' as const, keyId: 'k2', algorithm: 'EdDSA' as const, publicKeyFingerprint: 'fp', previousKeyId: 'k1',
      retirePreviousAt: '2026-03-01T08:16:00.000Z', actorUserId: 'admin',
    };
    const events = decideSigningKey(command, signingKeyDecider.initialState());
    expect(events).toEqual([{ type: 'SigningKeyRotated', data: { keyId: 'k2', algorithm: 'EdDSA', publicKeyFingerprint: 'fp', previousKeyId: 'k1', retirePreviousAt: '2026-03-01T08:16:00.000Z', actorUserId: 'admin' } }]);
    expect(() => decideSigningKey(command, signingKeyDecider.evolve(signingKeyDecider.initialState(), events[0]!))).toThrow(expect.objectContaining({ code: 'ERR_CONFLICT' }));
    expect(() => decideSigningKey({ ...command, retirePreviousAt: undefined }, signingKeyDecider.initialState())).toThrow();
  });

  it('records a cleanup run once', () => {
    const figures = { runId: 'r1', cleanedCount: 3, remainingTokens: 2, durationMs: 4, timestamp: '2026-03-01T08:00:00.000Z', trigger: 'manual', cleanedRefreshTokenCount: 3, cleanedPersonalAccessTokenCount: 0,
      totalCount: 5, expiredCount: 4, validCount: 1 };
    const events = cleanupDecider.decide({ type: 'RecordPurge', figures }, cleanupDecider.initialState());
    expect(events).toEqual([{ type: 'ExpiredTokensPurged', data: figures }]);
    expect(cleanupDecider.decide({ type: 'RecordPurge', figures }, cleanupDecider.evolve(cleanupDecider.initialState(), events[0]!))).toEqual([]);
  });
});
