import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { secretDecider, type SecretEvent } from './secret.js';

const spec = deciderSpec(secretDecider);
const ID = '3b9f0d3e-8f3a-4a8e-9d2c-1a2b3c4d5e6f';
const created: SecretEvent = { type: 'SecretCreated', data: { secretId: ID, groupId: 'g1', name: 'DATABASE_URL', description: '', source: 'manual', providerId: '',
  providerReference: '', version: 1, valueFingerprint: 'fp1', actorUserId: 'u1' } };
const changed: SecretEvent = { type: 'SecretValueChanged', data: { secretId: ID, groupId: 'g1', version: 2, valueFingerprint: 'fp2', previousValueFingerprint: 'fp1',
  source: 'manual', actorUserId: 'u1' } };

describe('secret decider', () => {
  it('creates version 1 with the fingerprint, never a value', () => {
    const { events } = spec.given().when({ type: 'CreateSecret', secretId: ID, groupId: 'g1', name: 'DATABASE_URL', description: 'db', source: 'manual', fingerprint: 'fp1', actor: 'u1' })
      .then([{ type: 'SecretCreated', data: expect.objectContaining({ version: 1, valueFingerprint: 'fp1', name: 'DATABASE_URL' }) }]);
    expect(JSON.stringify(events)).not.toMatch(/"value"/);
  });

  it('refuses a second create and an invalid name', () => {
    spec.given([created]).when({ type: 'CreateSecret', secretId: ID, groupId: 'g1', name: 'X', description: '', source: 'manual', fingerprint: 'f', actor: 'u' })
      .thenThrows('ERR_CONFLICT');
    spec.given().when({ type: 'CreateSecret', secretId: ID, groupId: 'g1', name: '1 bad', description: '', source: 'manual', fingerprint: 'f', actor: 'u' })
      .thenThrows('ERR_VALIDATION');
  });

  it('adds a version only when the value changes', () => {
    spec.given([created]).when({ type: 'ChangeSecretValue', fingerprint: 'fp1', source: 'synced', actor: 'u1' }).thenNothing();
    spec.given([created]).when({ type: 'ChangeSecretValue', fingerprint: 'fp2', source: 'manual', actor: 'u1' }).then([changed]);
  });

  it('rolls back to an earlier version as a new version with that version fingerprint', () => {
    spec.given([created, changed]).when({ type: 'RollbackSecret', toVersion: 1, actor: 'u2' })
      .then([{ type: 'SecretRolledBack', data: { secretId: ID, groupId: 'g1', version: 3, restoredVersion: 1, valueFingerprint: 'fp1', actorUserId: 'u2' } }]);
    spec.given([created, changed]).when({ type: 'RollbackSecret', toVersion: 7, actor: 'u2' }).thenThrows('ERR_NOT_FOUND');
    spec.given([created, changed]).when({ type: 'RollbackSecret', toVersion: 2, actor: 'u2' }).thenThrows('ERR_CONFLICT');
  });

  it('audits a reveal with actor and reason, and refuses one without a reason', () => {
    spec.given([created, changed]).when({ type: 'RevealSecret', actor: 'u3', reason: 'incident 42', purpose: 'reveal' })
      .then([{ type: 'SecretRevealed', data: { secretId: ID, groupId: 'g1', version: 2, actorUserId: 'u3', reason: 'incident 42', purpose: 'reveal' } }]);
    spec.given([created]).when({ type: 'RevealSecret', actor: 'u3', reason: ' ', purpose: 'reveal' }).thenThrows('ERR_VALIDATION');
  });

  it('deletes once; a deleted secret cannot change', () => {
    const { events } = spec.given([created]).when({ type: 'DeleteSecret', actor: 'u1', reason: 'manual' }).thenMatches([{ type: 'SecretDeleted' }]);
    spec.given([created, ...events]).when({ type: 'ChangeSecretValue', fingerprint: 'x', source: 'manual', actor: 'u' }).thenThrows('ERR_NOT_FOUND');
  });
});
