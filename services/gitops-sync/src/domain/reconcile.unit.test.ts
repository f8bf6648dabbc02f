import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { reconcileDecider, type ReconcileCompleted } from './reconcile.js';

const spec = deciderSpec(reconcileDecider);
const data: ReconcileCompleted['data'] = {
  runId: 'r1', trigger: 'manual', projectId: '', projects: 3, refreshed: 2, failed: 1, driftFixed: 0, durationMs: 40, completedAt: '2026-03-01T08:00:00.000Z',
};

describe('reconcile decider', () => {
  it('records a run once with its counts; the same run again records nothing', () => {
    spec.given().when({ type: 'CompleteReconcile', data }).then([{ type: 'CredentialsReconcileCompleted', data }]);
    spec.given([{ type: 'CredentialsReconcileCompleted', data }]).when({ type: 'CompleteReconcile', data }).thenNothing();
  });
});
