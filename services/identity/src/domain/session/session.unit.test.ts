import { describe, expect, it } from 'vitest';
import { RotatedTokenError, decideSession, evolveSession, sessionDecider, type SessionCommand, type SessionEvent, type SessionState } from './session.js';

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
const given = (...events: SessionEvent[]): SessionState => events.reduce(evolveSession, sessionDecider.initialState());
const started = () => decideSession(start, given())[0]!;

describe('session decider', () => {
  it('starts a family with its absolute and idle ends', () => {
    expect(decideSession(start, given())).toEqual([{
      type: 'SessionStarted',
      data: {
        sessionId: 's1', userId: 'u1', method: 'password', identityProviderId: '', refreshTokenId: 't1', refreshTokenFingerprint: 'fp1',
        expiresAt: at(30 * DAY), idleExpiresAt: at(7 * DAY), clientIp: '10.0.0.1', userAgent: 'ua',
      },
    }]);
  });

  it('rotates the current token into the next generation', () => {
    const events = decideSession(refresh('t1', 't2'), given(started()));
    expect(events).toEqual([{
      type: 'SessionRefreshed',
      data: {
        sessionId: 's1', userId: 'u1', generation: 2, refreshTokenId: 't2', refreshTokenFingerprint: 'fp-t2', previousRefreshTokenId: 't1',
        idleExpiresAt: at(60_000 + 7 * DAY), clientIp: '10.0.0.2',
      },
    }]);
    const state = given(started(), events[0]!);
    expect(state).toMatchObject({ status: 'active', generation: 2, currentTokenId: 't2' });
  });

  it('never extends the idle end past the absolute end', () => {
    const longIdle = decideSession({ ...start, idleMs: 40 * DAY } as SessionCommand, given())[0]!;
    expect(longIdle.data).toMatchObject({ idleExpiresAt: at(30 * DAY) });
    const late = decideSession(refresh('t1', 't2', at(29 * DAY)), given(longIdle));
    expect(late[0]!.data).toMatchObject({ idleExpiresAt: at(30 * DAY) });
  });

  it('refuses a token that is no longer current, so the caller can choose grace or reuse', () => {
    const rotated = decideSession(refresh('t1', 't2'), given(started()))[0]!;
    expect(() => decideSession(refresh('t1', 't3'), given(started(), rotated))).toThrow(RotatedTokenError);
  });

  it('refuses refreshes after the idle or absolute end, and of a revoked family', () => {
    expect(() => decideSession(refresh('t1', 't2', at(7 * DAY)), given(started()))).toThrow(expect.objectContaining({ code: 'ERR_UNAUTHENTICATED' }));
    const revoked = decideSession({ type: 'Revoke', reason: 'sign_out', actorUserId: 'u1' }, given(started()))[0]!;
    expect(() => decideSession(refresh('t1', 't2'), given(started(), revoked))).toThrow(expect.objectContaining({ code: 'ERR_UNAUTHENTICATED' }));
  });

  it('reports reuse and revokes the family once', () => {
    const rotated = decideSession(refresh('t1', 't2'), given(started()))[0]!;
    const events = decideSession({ type: 'ReportReuse', reusedTokenId: 't1', reusedGeneration: 1, clientIp: 'ip', userAgent: 'ua' }, given(started(), rotated));
    expect(events.map((e) => e.type)).toEqual(['RefreshTokenReuseDetected', 'SessionRevoked']);
    expect(events[0]!.data).toMatchObject({ reusedGeneration: 1, currentGeneration: 2 });
    expect(events[1]!.data).toMatchObject({ reason: 'reuse_detected' });
    const after = given(started(), rotated, ...events);
    expect(decideSession({ type: 'ReportReuse', reusedTokenId: 't1', reusedGeneration: 1, clientIp: 'ip', userAgent: 'ua' }, after)).toEqual([]);
  });

  it('revokes idempotently and refuses an unknown session', () => {
    const revoked = decideSession({ type: 'Revoke', reason: 'user_disabled', actorUserId: 'admin' }, given(started()));
    expect(revoked).toEqual([{ type: 'SessionRevoked', data: { sessionId: 's1', userId: 'u1', reason: 'user_disabled', actorUserId: 'admin' } }]);
    expect(decideSession({ type: 'Revoke', reason: 'sign_out', actorUserId: 'u1' }, given(started(), revoked[0]!))).toEqual([]);
    expect(() => decideSession({ type: 'Revoke', reason: 'sign_out', actorUserId: 'u1' }, given())).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});
