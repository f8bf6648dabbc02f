import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { RotatedTokenError, sessionDecider, type SessionCommand, type SessionEvent } from './session.js';

const spec = deciderSpec(sessionDecider);
const DAY = 86_400_000;
const T0 = '2026-03-01T08:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const start: SessionCommand = {
  type: 'Start', sessionId: 's1', userId: 'u1', method: 'password', identityProviderId: '', tokenId: 't1', tokenFingerprint: 'fp1',
  now: T0, absoluteMs: 30 * DAY, idleMs: 7 * DAY, clientIp: '10.0.0.1', userAgent: 'ua',
};
const refresh = (presented: string, next: string, now = at(60_000)): SessionCommand => ({
  type: 'Refresh', presentedTokenId: presented, newTokenId: next, newTokenFingerprint: `fp-${next}`, now, idleMs: 7 * DAY, clientIp: '10.0.0.2',
});
const reportReuse: SessionCommand = { type: 'ReportReuse', reusedTokenId: 't1', reusedGeneration: 1, clientIp: 'ip', userAgent: 'ua' };

const startedData = {
  sessionId: 's1', userId: 'u1', method: 'password', identityProviderId: '', refreshTokenId: 't1', refreshTokenFingerprint: 'fp1',
  expiresAt: at(30 * DAY), idleExpiresAt: at(7 * DAY), clientIp: '10.0.0.1', userAgent: 'ua',
};
const started: SessionEvent = { type: 'SessionStarted', data: startedData };
const rotated: SessionEvent = {
  type: 'SessionRefreshed',
  data: {
    sessionId: 's1', userId: 'u1', generation: 2, refreshTokenId: 't2', refreshTokenFingerprint: 'fp-t2', previousRefreshTokenId: 't1',
    idleExpiresAt: at(60_000 + 7 * DAY), clientIp: '10.0.0.2',
  },
};
const revoked = (reason: string, actorUserId: string): SessionEvent => ({ type: 'SessionRevoked', data: { sessionId: 's1', userId: 'u1', reason, actorUserId } });

describe('session decider', () => {
  it('starts a family with its absolute and idle ends', () => {
    spec.given().when(start).then([started]);
  });

  it('rotates the current token into the next generation', () => {
    spec.given([started]).when(refresh('t1', 't2')).then([rotated]);
    expect(spec.given([started, rotated]).state).toMatchObject({ status: 'active', generation: 2, currentTokenId: 't2' });
  });

  it('never extends the idle end past the absolute end', () => {
    spec.given().when({ ...start, idleMs: 40 * DAY } as SessionCommand).thenMatches([{ data: { idleExpiresAt: at(30 * DAY) } }]);
    const longIdle: SessionEvent = { type: 'SessionStarted', data: { ...startedData, idleExpiresAt: at(30 * DAY) } };
    spec.given([longIdle]).when(refresh('t1', 't2', at(29 * DAY))).thenMatches([{ data: { idleExpiresAt: at(30 * DAY) } }]);
  });

  it('refuses a token that is no longer current, so the caller can choose grace or reuse', () => {
    spec.given([started, rotated]).when(refresh('t1', 't3')).thenThrows(RotatedTokenError);
  });

  it('refuses refreshes after the idle or absolute end, and of a revoked family', () => {
    spec.given([started]).when(refresh('t1', 't2', at(7 * DAY))).thenThrows('ERR_UNAUTHENTICATED');
    spec.given([started, revoked('sign_out', 'u1')]).when(refresh('t1', 't2')).thenThrows('ERR_UNAUTHENTICATED');
  });

  it('reports reuse and revokes the family once', () => {
    const { events } = spec.given([started, rotated]).when(reportReuse).thenMatches([
      { type: 'RefreshTokenReuseDetected', data: { reusedGeneration: 1, currentGeneration: 2 } },
      { type: 'SessionRevoked', data: { reason: 'reuse_detected' } },
    ]);
    spec.given([started, rotated, ...events]).when(reportReuse).thenNothing();
  });

  it('revokes idempotently and refuses an unknown session', () => {
    spec.given([started]).when({ type: 'Revoke', reason: 'user_disabled', actorUserId: 'admin' }).then([revoked('user_disabled', 'admin')]);
    spec.given([started, revoked('user_disabled', 'admin')]).when({ type: 'Revoke', reason: 'sign_out', actorUserId: 'u1' }).thenNothing();
    spec.given().when({ type: 'Revoke', reason: 'sign_out', actorUserId: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });
});
