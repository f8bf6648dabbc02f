import { describe, expect, it } from 'vitest';
import { decideUser, evolveUser, normalizeEmail, userDecider, type UserEvent, type UserState } from './user.js';

const given = (...events: UserEvent[]): UserState => events.reduce(evolveUser, userDecider.initialState());
const registered: UserEvent = {
  type: 'UserRegistered',
  data: { userId: 'u1', email: 'Ada@Example.com', displayName: 'Ada', method: 'password', identityProviderId: '', roles: [] },
};

describe('user decider', () => {
  it('registers a user once', () => {
    const events = decideUser({ type: 'Register', userId: 'u1', email: 'Ada@Example.com', displayName: 'Ada', method: 'password', identityProviderId: '', roles: [] }, given());
    expect(events).toEqual([registered]);
    expect(() => decideUser({ type: 'Register', userId: 'u1', email: 'x@y.z', displayName: '', method: 'password', identityProviderId: '', roles: [] }, given(registered)))
      .toThrow(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });

  it('disables and enables, idempotently, never oneself', () => {
    const disabled = decideUser({ type: 'Disable', actorUserId: 'admin', reason: 'left' }, given(registered));
    expect(disabled).toEqual([{ type: 'UserDisabled', data: { userId: 'u1', actorUserId: 'admin', reason: 'left' } }]);
    expect(decideUser({ type: 'Disable', actorUserId: 'admin', reason: 'again' }, given(registered, disabled[0]!))).toEqual([]);
    expect(() => decideUser({ type: 'Disable', actorUserId: 'u1', reason: '' }, given(registered))).toThrow(expect.objectContaining({ code: 'ERR_FORBIDDEN' }));
    expect(decideUser({ type: 'Enable', actorUserId: 'admin' }, given(registered, disabled[0]!))).toEqual([{ type: 'UserEnabled', data: { userId: 'u1', actorUserId: 'admin' } }]);
    expect(decideUser({ type: 'Enable', actorUserId: 'admin' }, given(registered))).toEqual([]);
    expect(() => decideUser({ type: 'Disable', actorUserId: 'admin', reason: '' }, given())).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });

  it('records a password change with the instant before which tokens are void; not for a disabled user', () => {
    const at = '2026-03-01T08:00:00.500Z';
    // iat has whole seconds: a token issued later in the change's second (iat 08:00:00) must stay valid.
    expect(decideUser({ type: 'ChangePassword', actorUserId: 'u1', at }, given(registered)))
      .toEqual([{ type: 'PasswordChanged', data: { userId: 'u1', actorUserId: 'u1', revokedBefore: '2026-03-01T07:59:59.999Z' } }]);
    expect(decideUser({ type: 'ChangePassword', actorUserId: 'u1', at: '2026-03-01T08:00:00.000Z' }, given(registered))[0]!.data)
      .toMatchObject({ revokedBefore: '2026-03-01T07:59:59.999Z' });
    const disabled: UserEvent = { type: 'UserDisabled', data: { userId: 'u1', actorUserId: 'admin', reason: '' } };
    expect(() => decideUser({ type: 'ChangePassword', actorUserId: 'u1', at }, given(registered, disabled))).toThrow(expect.objectContaining({ code: 'ERR_FORBIDDEN' }));
  });

  it('normalizes e-mail addresses for uniqueness', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });
});
