import { describe, expect, it } from 'vitest';
import { bindingDecider, type BindingEvent, type FailedData } from '../binding/binding.js';
import { projectDecider, type ProjectCreatedData, type ProjectEvent } from './project.js';

const created: ProjectCreatedData = {
  projectId: 'p1', organizationId: 'o1', name: 'Web', slug: 'web', repositoryUrl: 'https://gitlab.com/a/web', provider: 'gitlab',
  branch: 'main', environments: ['dev', 'prod'], actorUserId: 'u1',
};
const given = (events: ProjectEvent[]) => events.reduce(projectDecider.evolve, projectDecider.initialState());

describe('project decider', () => {
  it('creates once', () => {
    expect(projectDecider.decide({ type: 'CreateProject', data: created }, given([]))).toEqual([{ type: 'ProjectCreated', data: created }]);
    expect(() => projectDecider.decide({ type: 'CreateProject', data: created }, given([{ type: 'ProjectCreated', data: created }]))).toThrow(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });

  it('adds and removes environments, keeping at least one', () => {
    const state = given([{ type: 'ProjectCreated', data: created }]);
    expect(projectDecider.decide({ type: 'AddEnvironment', environment: 'qa', actorUserId: 'u1' }, state)[0]?.type).toBe('EnvironmentAdded');
    expect(() => projectDecider.decide({ type: 'AddEnvironment', environment: 'dev', actorUserId: 'u1' }, state)).toThrow(expect.objectContaining({ code: 'ERR_CONFLICT' }));
    const one = given([{ type: 'ProjectCreated', data: created }, { type: 'EnvironmentRemoved', data: { projectId: 'p1', environment: 'dev', actorUserId: 'u1' } }]);
    expect(() => projectDecider.decide({ type: 'RemoveEnvironment', environment: 'prod', actorUserId: 'u1' }, one)).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(() => projectDecider.decide({ type: 'RemoveEnvironment', environment: 'dev', actorUserId: 'u1' }, one)).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });

  it('deletes an active project only', () => {
    const state = given([{ type: 'ProjectCreated', data: created }]);
    expect(projectDecider.decide({ type: 'DeleteProject', actorUserId: 'u1' }, state)).toEqual([{ type: 'ProjectDeleted', data: { projectId: 'p1', slug: 'web', actorUserId: 'u1' } }]);
    const deleted = given([{ type: 'ProjectCreated', data: created }, { type: 'ProjectDeleted', data: { projectId: 'p1', slug: 'web', actorUserId: 'u1' } }]);
    expect(() => projectDecider.decide({ type: 'DeleteProject', actorUserId: 'u1' }, deleted)).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});

describe('binding decider', () => {
  const failure: FailedData = {
    projectId: 'p1', organizationId: 'o1', environment: 'dev', namespace: 'project-web-dev', accountId: 'a1',
    reason: 'kubernetes_unavailable', detail: 'cannot reach the Kubernetes API (ECONNREFUSED)', trigger: 'project_created', stale: false,
  };
  const given = (events: BindingEvent[]) => events.reduce(bindingDecider.evolve, bindingDecider.initialState());

  it('reports a failure once while it lasts, and again after a success', () => {
    expect(bindingDecider.decide({ type: 'RecordFailure', data: failure }, given([]))).toHaveLength(1);
    const failed = given([{ type: 'GitCredentialsSyncFailed', data: failure }]);
    expect(bindingDecider.decide({ type: 'RecordFailure', data: failure }, failed)).toEqual([]);
    expect(bindingDecider.decide({ type: 'RecordFailure', data: { ...failure, reason: 'reauthorization_required', stale: true } }, failed)).toHaveLength(1);
    const synced = given([
      { type: 'GitCredentialsSyncFailed', data: failure },
      { type: 'GitCredentialsSynced', data: { ...failure, secretName: 'web-git-auth', tokenGeneration: 2, tokenFingerprint: 'ab', trigger: 'reconcile', reconcileRequestedAt: '' } },
    ]);
    expect(bindingDecider.decide({ type: 'RecordFailure', data: failure }, synced)).toHaveLength(1);
  });
});
