import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { groupDecider, type GroupCommand, type GroupEvent, type GroupUser } from './group.js';

const spec = deciderSpec(groupDecider);
const created: GroupEvent = { type: 'SecretGroupCreated', data: { groupId: 'g1', name: 'prod-db', description: '', actorUserId: 'u1' } };
const linked: GroupEvent = { type: 'SecretGroupProviderLinked', data: { groupId: 'g1', providerId: 'p1', autoSync: true, actorUserId: 'u1' } };
const deletedEvent = (deletedSecretCount: number, actorUserId: string): GroupEvent =>
  ({ type: 'SecretGroupDeleted', data: { groupId: 'g1', name: 'prod-db', deletedSecretCount, actorUserId } });
const update = (over: Partial<Extract<GroupCommand, { type: 'UpdateGroup' }>> = {}): GroupCommand =>
  ({ type: 'UpdateGroup', name: 'prod-db', description: '', nameTaken: false, users: [], actor: 'u2', ...over });
const byGroup: GroupUser = { kind: 'variable', scope: 'application', projectId: 'p', environment: 'prod', applicationId: 'a1', key: 'ALL', via: { group: 'prod-db' } };
const bySecret: GroupUser = { kind: 'variable', scope: 'environment', projectId: 'p', environment: 'staging', applicationId: '', key: 'DB', via: { secret: 's1' } };
const provider: GroupUser = { kind: 'provider', providerId: 'p1', name: 'infisical-prod' };

describe('secret group decider', () => {
  it('creates a group whose name is free, refuses a taken or malformed name', () => {
    spec.given().when({ type: 'CreateGroup', groupId: 'g1', name: 'prod-db', description: '', nameTaken: false, actor: 'u1' }).then([created]);
    spec.given().when({ type: 'CreateGroup', groupId: 'g2', name: 'prod-db', description: '', nameTaken: true, actor: 'u1' }).thenThrows('ERR_CONFLICT');
    spec.given().when({ type: 'CreateGroup', groupId: 'g2', name: 'Prod DB', description: '', nameTaken: false, actor: 'u1' }).thenThrows('ERR_VALIDATION');
  });

  it('links one provider; linking the same again is a no-op; another provider is refused', () => {
    spec.given([created]).when({ type: 'LinkProvider', providerId: 'p1', autoSync: true, actor: 'u1' }).then([linked]);
    spec.given([created, linked]).when({ type: 'LinkProvider', providerId: 'p1', autoSync: true, actor: 'u1' }).thenNothing();
    spec.given([created, linked]).when({ type: 'LinkProvider', providerId: 'p2', autoSync: true, actor: 'u1' }).thenThrows('ERR_CONFLICT');
  });

  describe('update', () => {
    it('changes the description; the same values again change nothing', () => {
      spec.given([created]).when(update({ description: 'primary database' })).then([{ type: 'SecretGroupUpdated',
        data: { groupId: 'g1', name: 'prod-db', description: 'primary database', previousName: '', actorUserId: 'u2' } }]);
      spec.given([created]).when(update()).thenNothing();
    });

    it('renames a group no variable names, remembering the previous name', () => {
      const { state } = spec.given([created]).when(update({ name: 'main-db' }))
        .then([{ type: 'SecretGroupUpdated', data: { groupId: 'g1', name: 'main-db', description: '', previousName: 'prod-db', actorUserId: 'u2' } }]);
      expect(state).toMatchObject({ status: 'active', name: 'main-db' });
    });

    it('refuses a rename while variables reference the group by name, listing them; a description change still goes', () => {
      const refused = spec.given([created]).when(update({ name: 'main-db', users: [byGroup] })).thenThrows('ERR_CONFLICT') as { detail: string; issues: unknown[] };
      expect(refused.detail).toBe('group "prod-db" cannot be renamed while variables reference it by name: 1 variable (variable ALL of application a1 uses @group:prod-db)');
      expect(refused.issues).toEqual([{ path: 'env-vars/application/a1/ALL', message: 'variable ALL of application a1 uses @group:prod-db' }]);
      spec.given([created]).when(update({ description: 'x', users: [byGroup] })).thenMatches([{ type: 'SecretGroupUpdated', data: { description: 'x' } }]);
    });

    it('refuses a malformed or taken new name, and a deleted group', () => {
      spec.given([created]).when(update({ name: 'Main DB' })).thenThrows('ERR_VALIDATION');
      spec.given([created]).when(update({ name: 'taken', nameTaken: true })).thenThrows('ERR_CONFLICT');
      spec.given([created, deletedEvent(0, 'u1')]).when(update({ description: 'x' })).thenThrows('ERR_NOT_FOUND');
    });
  });

  describe('delete', () => {
    it('deletes an unused group, counting its secrets; then it is gone', () => {
      spec.given([created]).when({ type: 'DeleteGroup', secretCount: 3, users: [], actor: 'u2' }).then([deletedEvent(3, 'u2')]);
      spec.given([created, deletedEvent(3, 'u2')]).when({ type: 'DeleteGroup', secretCount: 0, users: [], actor: 'u2' }).thenThrows('ERR_NOT_FOUND');
    });

    it('refuses while variables or a provider use it, saying what', () => {
      spec.given([created, linked]).when({ type: 'DeleteGroup', secretCount: 1, users: [byGroup, bySecret, provider], actor: 'u2' }).thenThrows(expect.objectContaining({
        code: 'ERR_CONFLICT',
        detail: expect.stringMatching(/^group "prod-db" is still in use: 2 variables and 1 provider \(/),
        issues: [
          { path: 'env-vars/application/a1/ALL', message: 'variable ALL of application a1 uses @group:prod-db' },
          { path: 'env-vars/environment/p/staging/DB', message: 'variable DB of project p environment staging uses @secret:s1' },
          { path: 'providers/p1', message: 'provider infisical-prod syncs into the group' },
        ],
      }));
    });

    it('refuses while a provider is linked, even when the caller found none', () => {
      spec.given([created, linked]).when({ type: 'DeleteGroup', secretCount: 0, users: [], actor: 'u2' })
        .thenThrows(expect.objectContaining({ code: 'ERR_CONFLICT', issues: [{ path: 'providers/p1', message: 'provider p1 syncs into the group' }] }));
    });
  });
});
