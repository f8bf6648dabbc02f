import { describe, expect, it } from 'vitest';
import { groupDecider, type GroupCommand, type GroupEvent, type GroupUser } from './group.js';

const created: GroupEvent = { type: 'SecretGroupCreated', data: { groupId: 'g1', name: 'prod-db', description: '', actorUserId: 'u1' } };
const linked: GroupEvent = { type: 'SecretGroupProviderLinked', data: { groupId: 'g1', providerId: 'p1', autoSync: true, actorUserId: 'u1' } };
const given = (...events: GroupEvent[]) => events.reduce(groupDecider.evolve, groupDecider.initialState());
const update = (over: Partial<Extract<GroupCommand, { type: 'UpdateGroup' }>> = {}): GroupCommand =>
  ({ type: 'UpdateGroup', name: 'prod-db', description: '', nameTaken: false, users: [], actor: 'u2', ...over });
const byGroup: GroupUser = { kind: 'variable', scope: 'application', projectId: 'p', environment: 'prod', applicationId: 'a1', key: 'ALL', via: { group: 'prod-db' } };
const bySecret: GroupUser = { kind: 'variable', scope: 'environment', projectId: 'p', environment: 'staging', applicationId: '', key: 'DB', via: { secret: 's1' } };
const provider: GroupUser = { kind: 'provider', providerId: 'p1', name: 'infisical-prod' };

describe('secret group decider', () => {
  it('creates a group whose name is free, refuses a taken or malformed name', () => {
    expect(groupDecider.decide({ type: 'CreateGroup', groupId: 'g1', name: 'prod-db', description: '', nameTaken: false, actor: 'u1' }, given())).toEqual([created]);
    expect(() => groupDecider.decide({ type: 'CreateGroup', groupId: 'g2', name: 'prod-db', description: '', nameTaken: true, actor: 'u1' }, given()))
      .toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
    expect(() => groupDecider.decide({ type: 'CreateGroup', groupId: 'g2', name: 'Prod DB', description: '', nameTaken: false, actor: 'u1' }, given()))
      .toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('links one provider; linking the same again is a no-op; another provider is refused', () => {
    const events = groupDecider.decide({ type: 'LinkProvider', providerId: 'p1', autoSync: true, actor: 'u1' }, given(created));
    expect(events).toEqual([linked]);
    expect(groupDecider.decide({ type: 'LinkProvider', providerId: 'p1', autoSync: true, actor: 'u1' }, given(created, linked))).toEqual([]);
    expect(() => groupDecider.decide({ type: 'LinkProvider', providerId: 'p2', autoSync: true, actor: 'u1' }, given(created, linked)))
      .toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });

  describe('update', () => {
    it('changes the description; the same values again change nothing', () => {
      expect(groupDecider.decide(update({ description: 'primary database' }), given(created))).toEqual([{ type: 'SecretGroupUpdated',
        data: { groupId: 'g1', name: 'prod-db', description: 'primary database', previousName: '', actorUserId: 'u2' } }]);
      expect(groupDecider.decide(update(), given(created))).toEqual([]);
    });

    it('renames a group no variable names, remembering the previous name', () => {
      const events = groupDecider.decide(update({ name: 'main-db' }), given(created));
      expect(events).toEqual([{ type: 'SecretGroupUpdated', data: { groupId: 'g1', name: 'main-db', description: '', previousName: 'prod-db', actorUserId: 'u2' } }]);
      expect(given(created, ...events)).toMatchObject({ status: 'active', name: 'main-db' });
    });

    it('refuses a rename while variables reference the group by name, listing them; a description change still goes', () => {
      const refused = (() => {
        try {
          groupDecider.decide(update({ name: 'main-db', users: [byGroup] }), given(created));
        } catch (error) {
          return error as { code: string; detail: string; issues: unknown[] };
        }
        throw new Error('expected a refusal');
      })();
      expect(refused.code).toBe('ERR_CONFLICT');
      expect(refused.detail).toBe('group "prod-db" cannot be renamed while variables reference it by name: 1 variable (variable ALL of application a1 uses @group:prod-db)');
      expect(refused.issues).toEqual([{ path: 'env-vars/application/a1/ALL', message: 'variable ALL of application a1 uses @group:prod-db' }]);
      expect(groupDecider.decide(update({ description: 'x', users: [byGroup] }), given(created))).toHaveLength(1);
    });

    it('refuses a malformed or taken new name, and a deleted group', () => {
      expect(() => groupDecider.decide(update({ name: 'Main DB' }), given(created))).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
      expect(() => groupDecider.decide(update({ name: 'taken', nameTaken: true }), given(created))).toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
      const deleted: GroupEvent = { type: 'SecretGroupDeleted', data: { groupId: 'g1', name: 'prod-db', deletedSecretCount: 0, actorUserId: 'u1' } };
      expect(() => groupDecider.decide(update({ description: 'x' }), given(created, deleted))).toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
    });
  });

  describe('delete', () => {
    it('deletes an unused group, counting its secrets; then it is gone', () => {
      const events = groupDecider.decide({ type: 'DeleteGroup', secretCount: 3, users: [], actor: 'u2' }, given(created));
      expect(events).toEqual([{ type: 'SecretGroupDeleted', data: { groupId: 'g1', name: 'prod-db', deletedSecretCount: 3, actorUserId: 'u2' } }]);
      expect(() => groupDecider.decide({ type: 'DeleteGroup', secretCount: 0, users: [], actor: 'u2' }, given(created, ...events)))
        .toThrowError(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
    });

    it('refuses while variables or a provider use it, saying what', () => {
      const attempt = () => groupDecider.decide({ type: 'DeleteGroup', secretCount: 1, users: [byGroup, bySecret, provider], actor: 'u2' }, given(created, linked));
      expect(attempt).toThrowError(expect.objectContaining({
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
      expect(() => groupDecider.decide({ type: 'DeleteGroup', secretCount: 0, users: [], actor: 'u2' }, given(created, linked)))
        .toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT', issues: [{ path: 'providers/p1', message: 'provider p1 syncs into the group' }] }));
    });
  });
});
