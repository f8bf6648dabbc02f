import { deciderSpec } from '@keywarden/testing';
import { describe, expect, it } from 'vitest';
import { retentionCutoff, retentionDecider } from './retention.js';

const spec = deciderSpec(retentionDecider);
const now = new Date('2025-06-30T12:00:00.000Z');

describe('retention', () => {
  it('records a purge that deleted entries, with its cut-off and count', () => {
    spec.given([]).when({ type: 'RecordPurge', runId: 'r1', now, retentionDays: 30, deletedCount: 7 }).then([
      { type: 'AuditEntriesPurged', data: { runId: 'r1', cutoff: '2025-05-31T12:00:00.000Z', deletedCount: 7, retentionDays: 30 } },
    ]);
  });

  it('records nothing when nothing was past retention', () => {
    spec.given([]).when({ type: 'RecordPurge', runId: 'r2', now, retentionDays: 30, deletedCount: 0 }).thenNothing();
  });

  it('refuses a retention shorter than a day', () => {
    spec.given([]).when({ type: 'RecordPurge', runId: 'r3', now, retentionDays: 0, deletedCount: 1 }).thenThrows(RangeError);
  });

  it('puts the cut-off whole days back', () => {
    expect(retentionCutoff(now, 365).toISOString()).toBe('2024-06-30T12:00:00.000Z');
  });
});
