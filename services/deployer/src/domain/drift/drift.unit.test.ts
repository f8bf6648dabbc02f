import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { driftDecider, type DriftCommand, type DriftEvent } from './drift.js';

const spec = deciderSpec(driftDecider);
const application = {
  applicationId: 'a1', applicationName: 'web', organizationId: 'o1', projectId: 'p1', environment: 'prod', namespace: 'project-x-prod',
  deploymentId: 'd1', appliedEnvFingerprint: 'aaaaaaaaaaaaaaaa',
};
const where = { applicationId: 'a1', applicationName: 'web', organizationId: 'o1', projectId: 'p1', environment: 'prod', namespace: 'project-x-prod', deploymentId: 'd1' };
const observe = (live: string, at = '2026-03-01T08:00:00.000Z'): DriftCommand => ({ type: 'ObserveLiveEnvironment', application, liveEnvFingerprint: live, at });
const detected = (live: string, at = '2026-03-01T08:00:00.000Z'): DriftEvent => ({
  type: 'DeploymentDriftDetected', data: { ...where, appliedEnvFingerprint: 'aaaaaaaaaaaaaaaa', liveEnvFingerprint: live, detectedAt: at },
});

describe('drift decider', () => {
  it('records nothing while the live environment is the applied one', () => {
    spec.given().when(observe('aaaaaaaaaaaaaaaa')).thenNothing();
  });

  it('records a drift once, again only when the live environment changes again, and its end', () => {
    spec.given().when(observe('bbbbbbbbbbbbbbbb')).then([detected('bbbbbbbbbbbbbbbb')]);
    spec.given([detected('bbbbbbbbbbbbbbbb')]).when(observe('bbbbbbbbbbbbbbbb', '2026-03-01T09:00:00.000Z')).thenNothing();
    spec.given([detected('bbbbbbbbbbbbbbbb')]).when(observe('', '2026-03-01T09:00:00.000Z')).then([detected('', '2026-03-01T09:00:00.000Z')]);
    spec.given([detected('bbbbbbbbbbbbbbbb')]).when(observe('aaaaaaaaaaaaaaaa', '2026-03-01T10:00:00.000Z')).then([{
      type: 'DeploymentDriftCleared', data: { ...where, envFingerprint: 'aaaaaaaaaaaaaaaa', clearedAt: '2026-03-01T10:00:00.000Z' },
    }]);
  });
});
