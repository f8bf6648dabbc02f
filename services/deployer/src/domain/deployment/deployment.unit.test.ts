import { describe, expect, it } from 'vitest';
import { deploymentDecider, type DeploymentEvent, type DeploymentRequestedData } from './deployment.js';

const requested: DeploymentRequestedData = {
  deploymentId: 'd1', applicationId: 'a1', applicationName: 'web', projectId: 'p1', organizationId: 'o1', environment: 'prod', version: 'v1',
  trigger: 'webhook', actorUserId: '', rollbackOfDeploymentId: '', secretIds: [],
};
const given = (events: DeploymentEvent[]) => events.reduce(deploymentDecider.evolve, deploymentDecider.initialState());
const decide = deploymentDecider.decide;

describe('deployment decider', () => {
  it('is requested once', () => {
    expect(decide({ type: 'RequestDeployment', data: requested }, given([]))).toEqual([{ type: 'DeploymentRequested', data: requested }]);
    expect(() => decide({ type: 'RequestDeployment', data: requested }, given([{ type: 'DeploymentRequested', data: requested }]))).toThrow(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });

  it('succeeds or fails once, carrying what was requested and the duration', () => {
    const state = given([{ type: 'DeploymentRequested', data: requested }]);
    expect(decide({ type: 'SucceedDeployment', durationMs: 1234.6 }, state)).toEqual([{
      type: 'DeploymentSucceeded',
      data: { deploymentId: 'd1', applicationId: 'a1', applicationName: 'web', projectId: 'p1', environment: 'prod', version: 'v1', trigger: 'webhook', durationMs: 1235 },
    }]);
    const failed = decide({ type: 'FailDeployment', durationMs: 10, stage: 'rollout_timeout', error: 'e'.repeat(5000) }, state);
    expect(failed[0]).toMatchObject({ type: 'DeploymentFailed', data: { stage: 'rollout_timeout', durationMs: 10 } });
    expect(String(failed[0]!.data['error' as keyof typeof failed[0]['data']]).length).toBe(1000);
    // A worker that runs again after recording records nothing twice.
    const done = given([{ type: 'DeploymentRequested', data: requested }, ...failed]);
    expect(decide({ type: 'SucceedDeployment', durationMs: 1 }, done)).toEqual([]);
    expect(decide({ type: 'FailDeployment', durationMs: 1, stage: 'apply', error: 'x' }, done)).toEqual([]);
    expect(() => decide({ type: 'SucceedDeployment', durationMs: 1 }, given([]))).toThrow(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
  });
});
