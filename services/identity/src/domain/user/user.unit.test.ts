import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, userDecider, type UserEvent } from './user.js';

const spec = deciderSpec(userDecider);
const registered: UserEvent = {
  type: 'UserRegistered',
  data: { userId: 'u1', email: 'Ada@Example.com', displayName: 'Ada', method: 'password', identityProviderId: '', roles: [] },
};
const disabled: UserEvent = { type: 'UserDisabled', data: { userId: 'u1', actorUserId: 'admin', reason: 'left' } };

describe('user decider', () => {
  it('registers a user once', () => {
    spec.given().when({ type: 'Register', userId: 'u1', email: 'Ada@Example.com', displayName: 'Ada', method: 'password', identityProviderId: '', roles: [] })
      .then([registered]);
    spec.given([registered]).when({ type: 'Register', userId: 'u1', email: 'x@y.z', displayName: '', method: 'password', identityProviderId: '', roles: [] })
      .thenThrows('ERR_CONFLICT');
  });

  it('disables and enables, idempotently, never oneself', () => {
    spec.given([registered]).when({ type: 'Disable', actorUserId: 'admin', reason: 'left' }).then([disabled]);
    spec.given([registered, disabled]).when({ type: 'Disable', actorUserId: 'admin', reason: 'again' }).thenNothing();
    spec.given([registered]).when({ type: 'Disable', actorUserId: 'u1', reason: '' }).thenThrows('ERR_FORBIDDEN');
    spec.given([registered, disabled]).when({ type: 'Enable', actorUserId: 'admin' }).then([{ type: 'UserEnabled', data: { userId: 'u1', actorUserId: 'admin' } }]);
    spec.given([registered]).when({ type: 'Enable', actorUserId: 'admin' }).thenNothing();
    spec.given().when({ type: 'Disable', actorUserId: 'admin', reason: '' }).thenThrows('ERR_NOT_FOUND');
  });

  it('records a password change with the instant before which tokens are void; not for a disabled user', () => {
    const at = '2026-03-01T08:00:00.500Z';
    // iat has whole seconds: a token issued later in the change's second (iat 08:00:00) must stay valid.
    spec.given([registered]).when({ type: 'ChangePassword', actorUserId: 'u1', at })
      .then([{ type: 'PasswordChanged', data: { userId: 'u1', actorUserId: 'u1', revokedBefore: '2026-03-01T07:59:59.999Z' } }]);
    spec.given([registered]).when({ type: 'ChangePassword', actorUserId: 'u1', at: '2026-03-01T08:00:00.000Z' })
      .thenMatches([{ data: { revokedBefore: '2026-03-01T07:59:59.999Z' } }]);
    spec.given([registered, disabled]).when({ type: 'ChangePassword', actorUserId: 'u1', at }).thenThrows('ERR_FORBIDDEN');
  });

  it('normalizes e-mail addresses for uniqueness', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });
});
