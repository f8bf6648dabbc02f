import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { deploymentDecider, type DeploymentEvent, type DeploymentRequestedData } from './deployment.js';

const spec = deciderSpec(deploymentDecider);
const requestedData: DeploymentRequestedData = {
  deploymentId: 'd1', applicationId: 'a1', applicationName: 'web', projectId: 'p1', organizationId: 'o1', environment: 'prod', version: 'v1',
  trigger: 'webhook', actorUserId: '', rollbackOfDeploymentId: '', secretIds: [],
};
const requested: DeploymentEvent = { type: 'DeploymentRequested', data: requestedData };

describe('deployment decider', () => {
  it('is requested once', () => {
    spec.given().when({ type: 'RequestDeployment', data: requestedData }).then([requested]);
    spec.given([requested]).when({ type: 'RequestDeployment', data: requestedData }).thenThrows('ERR_CONFLICT');
  });

  it('succeeds or fails once, carrying what was requested and the duration', () => {
    spec.given([requested]).when({ type: 'SucceedDeployment', durationMs: 1234.6 }).then([{
      type: 'DeploymentSucceeded',
      data: {
        deploymentId: 'd1', applicationId: 'a1', applicationName: 'web', projectId: 'p1', environment: 'prod', version: 'v1', trigger: 'webhook', durationMs: 1235,
        versionsUsed: [], envFingerprint: '',
      },
    }]);
    // What the applied environment was built with: the secrets' versions (in secret id order) and the environment's fingerprint.
    const versionsUsed = [{ secretId: 's2', version: 3, valueFingerprint: 'f3' }, { secretId: 's1', version: 1, valueFingerprint: 'f1' }];
    spec.given([requested]).when({ type: 'SucceedDeployment', durationMs: 1, versionsUsed, envFingerprint: '0123456789abcdef' })
      .thenMatches([{ type: 'DeploymentSucceeded', data: { versionsUsed: [versionsUsed[1]!, versionsUsed[0]!], envFingerprint: '0123456789abcdef' } }]);
    const { events: failed } = spec.given([requested]).when({ type: 'FailDeployment', durationMs: 10, stage: 'rollout_timeout', error: 'e'.repeat(5000) })
      .thenMatches([{ type: 'DeploymentFailed', data: { stage: 'rollout_timeout', durationMs: 10 } }]);
    expect(String(failed[0]!.data['error' as keyof typeof failed[0]['data']]).length).toBe(1000);
    // A worker that runs again after recording records nothing twice.
    spec.given([requested, ...failed]).when({ type: 'SucceedDeployment', durationMs: 1 }).thenNothing();
    spec.given([requested, ...failed]).when({ type: 'FailDeployment', durationMs: 1, stage: 'apply', error: 'x' }).thenNothing();
    spec.given().when({ type: 'SucceedDeployment', durationMs: 1 }).thenThrows('ERR_NOT_FOUND');
  });
});
