import { describe, expect, it } from 'vitest';
import { notificationFor } from './kinds.js';

const url = 'https://kw.example.com';
const expiring = (thresholdDays: number, generation = 3) => ({ accountId: 'a1', provider: 'feishu', userId: 'u1', daysLeft: thresholdDays, thresholdDays, expiresAt: '2026-05-08T00:00:00.000Z', generation });

describe('notificationFor', () => {
  it('turns the 7-day and 3-day thresholds into a warning and an urgent warning, one per grant generation', () => {
    const seven = notificationFor('RefreshTokenExpiring', expiring(7), url)!;
    const three = notificationFor('RefreshTokenExpiring', expiring(3), url)!;
    expect(seven).toMatchObject({ kind: 'refresh_token_expiring', userId: 'u1', vars: { reconnectUrl: 'https://kw.example.com/connections/a1/reconnect' } });
    expect(three.kind).toBe('refresh_token_expiring_urgent');
    expect(seven.dedupeKey).not.toBe(three.dedupeKey);
    expect(notificationFor('RefreshTokenExpiring', expiring(7), url)!.dedupeKey).toBe(seven.dedupeKey);
    expect(notificationFor('RefreshTokenExpiring', expiring(7, 4), url)!.dedupeKey).not.toBe(seven.dedupeKey);
  });

  it('stays quiet about a refresh failure the broker is still retrying, speaks when it keeps failing', () => {
    const failed = (attempt: number, willRetry: boolean) => notificationFor('TokenRefreshFailed', { accountId: 'a1', provider: 'gitlab', errorClass: 'transient', attempt, willRetry, generation: 2 }, url);
    expect(failed(1, true)).toBeUndefined();
    expect(failed(3, true)).toMatchObject({ kind: 'token_refresh_failed', vars: { attempt: '3' } });
    expect(failed(1, false)).toMatchObject({ kind: 'token_refresh_failed' });
  });

  it('maps the other credential events and ignores the rest', () => {
    expect(notificationFor('ReauthorizationRequired', { accountId: 'a1', provider: 'gitlab', userId: 'u1', errorClass: 'invalid_grant', generation: 1 }, url)?.kind).toBe('reauthorization_required');
    expect(notificationFor('RefreshTokenExpired', { accountId: 'a1', provider: 'gitlab', userId: 'u1', generation: 1 }, url)?.kind).toBe('refresh_token_expired');
    expect(notificationFor('AppCredentialInvalid', { providerAppId: 'p1', provider: 'feishu', errorClass: 'invalid_client' }, url)).toMatchObject({ kind: 'app_credential_invalid', userId: undefined, vars: { settingsUrl: 'https://kw.example.com/provider-apps/p1' } });
    expect(notificationFor('RefreshTokenReuseDetected', { sessionId: 's1', userId: 'u1' }, url)?.kind).toBe('refresh_token_reuse_detected');
    expect(notificationFor('TokenRefreshed', { accountId: 'a1' }, url)).toBeUndefined();
  });

  it('maps ProviderSyncFailed to provider_sync_failed, one notification per provider sync', () => {
    const failed = (syncId: string) => notificationFor('ProviderSyncFailed', { providerId: 'pr1', groupId: 'g1', syncId, trigger: 'schedule', reason: 'HTTP 401', errorClass: 'auth', httpStatus: 401 }, url);
    expect(failed('s1')).toMatchObject({ kind: 'provider_sync_failed', dedupeKey: 'provider-sync:pr1:s1', userId: undefined, vars: { providerId: 'pr1', group: 'g1', errorClass: 'auth' } });
    expect(failed('s2')!.dedupeKey).not.toBe(failed('s1')!.dedupeKey);
  });

  it('maps GitCredentialsSyncFailed to one notification per binding, reason and failure episode', () => {
    const failed = (reason: string, stale: boolean, syncEpisode?: number) =>
      notificationFor('GitCredentialsSyncFailed', { projectId: 'p1', organizationId: 'o1', environment: 'production', namespace: 'project-shop-production', accountId: 'a1', reason, detail: 'x'.repeat(900), trigger: 'token_refreshed', stale }, url, syncEpisode === undefined ? {} : { syncEpisode })!;
    const stale = failed('reauthorization_required', true, 2);
    expect(stale).toMatchObject({ kind: 'git_credentials_sync_failed', organizationId: 'o1', projectId: 'p1', userId: undefined, dedupeKey: 'git-sync:p1:production:2:reauthorization_required:stale' });
    expect(stale.vars).toMatchObject({ stale: 'true', reconnectUrl: 'https://kw.example.com/connections/a1/reconnect', accountId: 'a1', projectUrl: 'https://kw.example.com/projects/p1' });
    expect(stale.vars['detail']!.length).toBeLessThanOrEqual(500);
    const transient = failed('kubernetes_unavailable', false);
    expect(transient.dedupeKey).toBe('git-sync:p1:production:0:kubernetes_unavailable');
    expect(transient.vars['reconnectUrl']).toBeUndefined();
    expect(failed('kubernetes_unavailable', false, 1).dedupeKey).not.toBe(transient.dedupeKey);
  });

  it('maps deployments to one notification per deployment and outcome, resolved through the project', () => {
    const data = { deploymentId: 'd1', applicationId: 'app1', applicationName: 'shop-api', projectId: 'p1', environment: 'production', version: '1.4.2', trigger: 'webhook', durationMs: 41_500 };
    const ok = notificationFor('DeploymentSucceeded', data, url)!;
    expect(ok).toMatchObject({ kind: 'deployment_succeeded', dedupeKey: 'deployment:d1:succeeded', projectId: 'p1', vars: { application: 'shop-api', version: '1.4.2', durationSeconds: '41.5', deploymentUrl: 'https://kw.example.com/deployments/d1' } });
    expect(ok.organizationId).toBeUndefined();
    const failed = notificationFor('DeploymentFailed', { ...data, stage: 'rollout_timeout', error: 'pods not ready after 300s' }, url)!;
    expect(failed).toMatchObject({ kind: 'deployment_failed', dedupeKey: 'deployment:d1:failed', vars: { stage: 'rollout_timeout', error: 'pods not ready after 300s' } });
  });
});
