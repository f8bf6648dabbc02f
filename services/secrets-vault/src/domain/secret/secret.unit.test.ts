import { describe, expect, it } from 'vitest';
import { secretDecider, type SecretEvent, type SecretState } from './secret.js';

const ID = '3b9f0d3e-8f3a-4a8e-9d2c-1a2b3c4d5e6f';
const given = (events: SecretEvent[]): SecretState => events.reduce(secretDecider.evolve, secretDecider.initialState());
const created: SecretEvent = { type: 'SecretCreated', data: { secretId: ID, groupId: 'g1', name: 'DATABASE_URL', description: '', source: 'manual', providerId: '',
  providerReference: '', version: 1, valueFingerprint: 'fp1', actorUserId: 'u1' } };
const changed: SecretEvent = { type: 'SecretValueChanged', data: { secretId: ID, groupId: 'g1', version: 2, valueFingerprint: 'fp2', previousValueFingerprint: 'fp1',
  source: 'manual', actorUserId: 'u1' } };

describe('secret decider', () => {
  it('creates version 1 with the fingerprint, never a value', () => {
    const events = secretDecider.decide({ type: 'CreateSecret', secretId: ID, groupId: 'g1', name: 'DATABASE_URL', description: 'db', source: 'manual', fingerprint: 'fp1', actor: 'u1' }, given([]));
    expect(events).toEqual([{ type: 'SecretCreated', data: expect.objectContaining({ version: 1, valueFingerprint: 'fp1', name: 'DATABASE_URL' }) }]);
    expect(JSON.stringify(events)).not.toMatch(/"value"/);
  });

  it('refuses a second create and an invalid name', () => {
    expect(() => secretDecider.decide({ type: 'CreateSecret', secretId: ID, groupId: 'g1', name: 'X', description: '', source: 'manual', fingerprint: 'f', actor: 'u' }, given([created])))
      .toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
    expect(() => secretDecider.decide({ type: 'CreateSecret', secretId: ID, groupId: 'g1', name: '1 bad', description: '', source: 'manual', fingerprint: 'f', actor: 'u' }, given([])))
      .toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('adds a version only when the value changes', () => {
    expect(secretDecider.decide({ type: 'ChangeSecretValue', fingerprint: 'fp1', source: 'synced', actor: 'u1' }, given([created]))).toEqual([]);
    const events = secretDecider.decide({ type: 'ChangeSecretValue', fingerprint: 'fp2', source: 'manual', actor: 'u1' }, given([created]));
    expect(events).toEqual([changed]);
  });

  it('rolls back to an earlier version as a new version with that version fingerprint', () => {
    const events = secretDecider.decide({ type: 'RollbackSecret', toVersion: 1, actor: 'u2' }, given([created, changed]));
    expect(events).toEqual([{ type: 'SecretRolledBack', data: { secretId: ID, groupId: 'g1', version: 3, restoredVersion: 1, valueFingerprint: 'fp1', actorUserId: 'u2' } }]);
    expect(() => secretDecider.decide({ type: 'RollbackSecret', toVersion: 7, actor: 'u2' }, given([created, changed]))).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
    expect(() => secretDecider.decide({ type: 'RollbackSecret', toVersion: 2, actor: 'u2' }, given([created, changed]))).toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });

  it('audits a reveal with actor and reason, and refuses one without a reason', () => {
    expect(secretDecider.decide({ type: 'RevealSecret', actor: 'u3', reason: 'incident 42', purpose: 'reveal' }, given([created, changed])))
      .toEqual([{ type: 'SecretRevealed', data: { secretId: ID, groupId: 'g1', version: 2, actorUserId: 'u3', reason: 'incident 42', purpose: 'reveal' } }]);
    expect(() => secretDecider.decide({ type: 'RevealSecret', actor: 'u3', reason: ' ', purpose: 'reveal' }, given([created]))).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('deletes once; a deleted secret cannot change', () => {
    const deleted = secretDecider.decide({ type: 'DeleteSecret', actor: 'u1', reason: 'manual' }, given([created]));
    expect(deleted[0]?.type).toBe('SecretDeleted');
    expect(() => secretDecider.decide({ type: 'ChangeSecretValue', fingerprint: 'x', source: 'manual', actor: 'u' }, given([created, ...deleted]))).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});
