import { describe, expect, it } from 'vitest';
import { refreshFailed } from './errors.js';

const env = (environment: string, reason: string, retrying = false) => ({ environment, outcome: 'failed', reason, retrying });
const ok = { environment: 'dev', outcome: 'refreshed', reason: '', retrying: false };

describe('refreshFailed', () => {
  it('is 409 when every failure waits for a person, 503 when every one is retried, else 502', () => {
    expect(refreshFailed([ok, env('prod', 'no_account'), env('qa', 'reauthorization_required')], 'r1')).toMatchObject({ code: 'ERR_REFRESH_FAILED', status: 409 });
    expect(refreshFailed([env('prod', 'token_unavailable', true)], 'r2')).toMatchObject({ status: 503 });
    expect(refreshFailed([env('prod', 'no_account'), env('qa', 'apply_conflict')], 'r3')).toMatchObject({ status: 502 });
  });

  it('says what to do and carries each environment', () => {
    const error = refreshFailed([ok, env('prod', 'reauthorization_required')], 'r4');
    expect(error.detail).toBe('the refresh failed in 1 of 2 environments (prod: reauthorization_required); connect or re-authorize the account, then refresh again');
    expect(error.extensions).toMatchObject({ runId: 'r4', environments: [ok, env('prod', 'reauthorization_required')] });
  });
});
