import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { bindingDecider, type FailedData } from '../binding/binding.js';
import { projectDecider, type ProjectCreatedData, type ProjectEvent } from './project.js';

const createdData: ProjectCreatedData = {
  projectId: 'p1', organizationId: 'o1', name: 'Web', slug: 'web', repositoryUrl: 'https://gitlab.com/a/web', provider: 'gitlab',
  branch: 'main', environments: ['dev', 'prod'], actorUserId: 'u1',
};
const created: ProjectEvent = { type: 'ProjectCreated', data: createdData };

describe('project decider', () => {
  const spec = deciderSpec(projectDecider);

  it('creates once', () => {
    spec.given().when({ type: 'CreateProject', data: createdData }).then([created]);
    spec.given([created]).when({ type: 'CreateProject', data: createdData }).thenThrows('ERR_CONFLICT');
  });

  it('adds and removes environments, keeping at least one', () => {
    spec.given([created]).when({ type: 'AddEnvironment', environment: 'qa', actorUserId: 'u1' }).thenMatches([{ type: 'EnvironmentAdded' }]);
    spec.given([created]).when({ type: 'AddEnvironment', environment: 'dev', actorUserId: 'u1' }).thenThrows('ERR_CONFLICT');
    const one = spec.given([created, { type: 'EnvironmentRemoved', data: { projectId: 'p1', environment: 'dev', actorUserId: 'u1' } }]);
    one.when({ type: 'RemoveEnvironment', environment: 'prod', actorUserId: 'u1' }).thenThrows('ERR_VALIDATION');
    one.when({ type: 'RemoveEnvironment', environment: 'dev', actorUserId: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });

  it('deletes an active project only', () => {
    const deleted: ProjectEvent = { type: 'ProjectDeleted', data: { projectId: 'p1', slug: 'web', actorUserId: 'u1' } };
    spec.given([created]).when({ type: 'DeleteProject', actorUserId: 'u1' }).then([deleted]);
    spec.given([created, deleted]).when({ type: 'DeleteProject', actorUserId: 'u1' }).thenThrows('ERR_NOT_FOUND');
  });
});

describe('binding decider', () => {
  const spec = deciderSpec(bindingDecider);
  const failure: FailedData = {
    projectId: 'p1', organizationId: 'o1', environment: 'dev', namespace: 'project-web-dev', accountId: 'a1',
    reason: 'kubernetes_unavailable', detail: 'cannot reach the Kubernetes API (ECONNREFUSED)', trigger: 'project_created', stale: false,
  };

  it('reports a failure once while it lasts, and again after a success', () => {
    spec.given().when({ type: 'RecordFailure', data: failure }).then([{ type: 'GitCredentialsSyncFailed', data: failure }]);
    const failed = spec.given([{ type: 'GitCredentialsSyncFailed', data: failure }]);
    failed.when({ type: 'RecordFailure', data: failure }).thenNothing();
    const stale: FailedData = { ...failure, reason: 'reauthorization_required', stale: true };
    failed.when({ type: 'RecordFailure', data: stale }).then([{ type: 'GitCredentialsSyncFailed', data: stale }]);
    spec.given([
      { type: 'GitCredentialsSyncFailed', data: failure },
      { type: 'GitCredentialsSynced', data: { ...failure, secretName: 'web-git-auth', tokenGeneration: 2, tokenFingerprint: 'ab', trigger: 'reconcile', reconcileRequestedAt: '' } },
    ]).when({ type: 'RecordFailure', data: failure }).then([{ type: 'GitCredentialsSyncFailed', data: failure }]);
  });
});
