import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, type ProjectRequestRejectedData } from './inbound.js';

const data: ProjectRequestRejectedData = {
  integration: 'portal', organizationId: '6f1c2a4e-8b7d-4c1e-9f3a-2b5d7e9c1a3f', ceId: 'c1', ceType: 'keywarden.inbound.v1.ProjectCreated',
  reason: 'invalid_field', detail: 'slug must be 2-30 lowercase letters', deadLetterId: 7, actorUserId: 'integration:portal',
};

describe('inbound decider', () => {
  it('given nothing, when a request is rejected, then ProjectRequestRejected', () => {
    expect(decide({ type: 'RejectProjectRequest', data }, initialState())).toEqual([{ type: 'ProjectRequestRejected', data }]);
  });

  it('given a rejection, when it is rejected again, then a conflict and no event', () => {
    const state = evolve(initialState(), { type: 'ProjectRequestRejected', data });
    expect(() => decide({ type: 'RejectProjectRequest', data }, state)).toThrowError(expect.objectContaining({ code: 'ERR_CONFLICT' }));
  });
});
