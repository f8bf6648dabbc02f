import { describe, expect, it } from 'vitest';
import { groupDecider, type GroupEvent } from './group.js';

const created: GroupEvent = { type: 'SecretGroupCreated', data: { groupId: 'g1', name: 'prod-db', description: '', actorUserId: 'u1' } };
const state = (events: GroupEvent[]) => events.reduce(groupDecider.evolve, groupDecider.initialState());

describe('secret group decider', () => {
  it('creates a group whose name is free, refuses a taken or malformed name', () => {
    expect(groupDecider.decide({ type: 'CreateGroup', groupId: 'g1', name: 'prod-db', description: '', nameTaken: false, actor: 'u1' }, state([]))).toEqual([created]);
    expect(() => groupDecider.decide({ type: 'CreateGroup', groupId: 'g2', name: 'prod-db', description: '', nameTaken: true, actor: 'u1' }, state([])))
      .toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
    expect(() => groupDecider.decide({ type: 'CreateGroup', groupId: 'g2', name: 'Prod DB', description: '', nameTaken: false, actor: 'u1' }, state([])))
      .toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('links one provider; linking the same again is a no-op; another provider is refused', () => {
    const linked = groupDecider.decide({ type: 'LinkProvider', providerId: 'p1', autoSync: true, actor: 'u1' }, state([created]));
    expect(linked).toEqual([{ type: 'SecretGroupProviderLinked', data: { groupId: 'g1', providerId: 'p1', autoSync: true, actorUserId: 'u1' } }]);
    expect(groupDecider.decide({ type: 'LinkProvider', providerId: 'p1', autoSync: true, actor: 'u1' }, state([created, ...linked]))).toEqual([]);
    expect(() => groupDecider.decide({ type: 'LinkProvider', providerId: 'p2', autoSync: true, actor: 'u1' }, state([created, ...linked])))
      .toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });
});
