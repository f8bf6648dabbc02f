import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, type DeployRequestRejectedData } from './inbound.js';

const data: DeployRequestRejectedData = {
  integration: 'ci', organizationId: '6f1c2a4e-8b7d-4c1e-9f3a-2b5d7e9c1a3f', ceId: 'c1', ceType: 'keywarden.inbound.v1.DeployRequested',
  reason: 'unknown_application', detail: 'no application web in this organization', deadLetterId: 3, actorUserId: 'integration:ci', applicationRef: 'web',
};

describe('inbound decider', () => {
  it('given nothing, when a deploy request is rejected, then DeployRequestRejected', () => {
    expect(decide({ type: 'RejectDeployRequest', data }, initialState())).toEqual([{ type: 'DeployRequestRejected', data }]);
  });

  it('given a rejection, when it is rejected again, then a conflict and no event', () => {
    const state = evolve(initialState(), { type: 'DeployRequestRejected', data });
    expect(() => decide({ type: 'RejectDeployRequest', data }, state)).toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });
});
