import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { accountDecider, type AccountCommand, type AccountEvent } from './account.js';

const spec = deciderSpec(accountDecider);
const DAY = 86_400_000;
const t0 = Date.parse('2026-03-01T00:00:00Z');
const at = (ms: number) => new Date(t0 + ms).toISOString();

const connect = (over: Partial<Extract<AccountCommand, { type: 'Connect' }>> = {}): AccountCommand => ({
  type: 'Connect', accountId: 'a1', providerAppId: 'p1', provider: 'feishu', userId: 'u1', externalUserId: 'ou_1', username: 'Fei',
  scopes: [], grantKind: 'user', expiresAt: at(2 * 3_600_000), refreshExpiresAt: at(30 * DAY), ...over,
});
const failure = (errorClass: 'transient' | 'invalid_grant' | 'invalid_client', now: number, expireAfterDays = 3): AccountCommand => ({
  type: 'RecordRefreshFailure', errorClass, providerCode: errorClass === 'transient' ? 'http_503' : '20037', httpStatus: 400,
  trigger: 'scheduler', now: at(now), nextAttemptAt: at(now + 60_000), expireAfterDays,
});
const check = (days: number): AccountCommand => ({ type: 'CheckRefreshTokenExpiry', now: at(days * DAY) });
const refresh = (fromGeneration: number, refreshExpiresAt = at(30 * DAY), expiresAt = at(DAY)): AccountCommand =>
  ({ type: 'RecordRefresh', fromGeneration, expiresAt, refreshExpiresAt, trigger: 'scheduler' });

const connected = (over: Partial<Extract<AccountEvent, { type: 'AccountConnected' }>['data']> = {}): AccountEvent => ({
  type: 'AccountConnected',
  data: {
    accountId: 'a1', providerAppId: 'p1', provider: 'feishu', userId: 'u1', externalUserId: 'ou_1', username: 'Fei', scopes: [], grantKind: 'user',
    expiresAt: at(2 * 3_600_000), refreshExpiresAt: at(30 * DAY), generation: 1, ...over,
  },
});
const refreshed = (generation: number, refreshExpiresAt: string, expiresAt: string): AccountEvent =>
  ({ type: 'TokenRefreshed', data: { accountId: 'a1', provider: 'feishu', expiresAt, refreshExpiresAt, generation, trigger: 'scheduler' } });
/** A transient failure at `now` that will be retried. */
const failedTransiently = (now: number, attempt: number, failingSince: number, generation = 1): AccountEvent => ({
  type: 'TokenRefreshFailed',
  data: {
    accountId: 'a1', provider: 'feishu', errorClass: 'transient', providerCode: 'http_503', attempt, httpStatus: 400, generation, trigger: 'scheduler',
    failingSince: at(failingSince), willRetry: true, nextAttemptAt: at(now + 60_000),
  },
});
const expiring = (thresholdDays: number, daysLeft: number): AccountEvent => ({
  type: 'RefreshTokenExpiring',
  data: { accountId: 'a1', provider: 'feishu', userId: 'u1', generation: 1, daysLeft, thresholdDays, expiresAt: at(30 * DAY) },
});

describe('account decider', () => {
  it('connects at generation 1 and counts a generation per refresh and reconnect', () => {
    spec.given().when(connect()).then([connected()]);
    const { events } = spec.given([connected()]).when({ type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(4 * 3_600_000), refreshExpiresAt: at(30 * DAY), trigger: 'on_demand' })
      .thenMatches([{ type: 'TokenRefreshed', data: { generation: 2, trigger: 'on_demand' } }]);
    expect(JSON.stringify(events)).not.toMatch(/token"\s*:/i);
    const reconnected = spec.given([connected()]).when(connect()).thenMatches([{ type: 'AccountConnected', data: { generation: 2 } }]);
    expect(reconnected.state).toMatchObject({ status: 'active', generation: 2 });
  });

  it('invalid_grant: one TokenRefreshFailed without retry and one ReauthorizationRequired; later failures add nothing', () => {
    const first = spec.given([connected()]).when(failure('invalid_grant', 1000)).thenMatches([
      { type: 'TokenRefreshFailed', data: { willRetry: false, errorClass: 'invalid_grant' } },
      { type: 'ReauthorizationRequired' },
    ]);
    expect(first.state.status).toBe('reauthorization_required');
    const history = [connected(), ...first.events];
    spec.given(history).when(failure('invalid_grant', 2000)).thenNothing();
    spec.given(history).when({ type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(1), refreshExpiresAt: undefined, trigger: 'manual' })
      .thenThrows('ERR_ACCOUNT_NOT_USABLE');
  });

  it('transient failures retry, count attempts, and expire the grant after the configured days of failing', () => {
    const once = spec.given([connected()]).when(failure('transient', 0))
      .thenMatches([{ data: { willRetry: true, attempt: 1, nextAttemptAt: at(60_000), failingSince: at(0) } }]);
    expect(once.state.status).toBe('refreshing');
    spec.given([connected(), failedTransiently(0, 1, 0), failedTransiently(DAY, 2, 0)]).when(failure('transient', 2 * DAY, 3))
      .thenMatches([{ data: { attempt: 3, willRetry: true, failingSince: at(0) } }]);
    const expired = spec.given([connected(), failedTransiently(0, 1, 0)]).when(failure('transient', 3 * DAY, 3))
      .thenMatches([{ type: 'TokenRefreshFailed' }, { type: 'AccountMarkedExpired' }]);
    expect(expired.state.status).toBe('expired');
    // A success ends the run of failures.
    spec.given([connected(), failedTransiently(0, 1, 0), refreshed(2, at(30 * DAY), at(DAY))]).when(failure('transient', 3 * DAY, 3))
      .thenMatches([{ data: { willRetry: true, attempt: 1, failingSince: at(3 * DAY) } }]);
  });

  it('invalid_client does not retry and does not end the grant', () => {
    const { state } = spec.given([connected()]).when(failure('invalid_client', 0)).thenMatches([{ type: 'TokenRefreshFailed', data: { willRetry: false } }]);
    expect(state.status).toBe('active');
  });

  it('warns at 7 and 3 days and when expired, each once; the most urgent only when a check comes late', () => {
    spec.given([connected()]).when(check(22)).thenNothing();
    spec.given([connected()]).when(check(23.5))
      .then([expect.objectContaining({ type: 'RefreshTokenExpiring', data: expect.objectContaining({ thresholdDays: 7, daysLeft: 7 }) })]);
    spec.given([connected(), expiring(7, 7)]).when(check(24)).thenNothing();
    spec.given([connected(), expiring(7, 7)]).when(check(27.5)).thenMatches([{ data: { thresholdDays: 3, daysLeft: 3 } }]);
    spec.given([connected(), expiring(7, 7), expiring(3, 3)]).when(check(28)).thenNothing();
    // A first check at 2 days left gives the 3-day warning only, and never the 7-day one afterwards.
    spec.given([connected()]).when(check(28)).thenMatches([{ data: { thresholdDays: 3 } }]);
    spec.given([connected(), expiring(3, 2)]).when(check(28.5)).thenNothing();
    const expired = spec.given([connected(), expiring(7, 7), expiring(3, 3)]).when(check(30)).thenMatches([{ type: 'RefreshTokenExpired' }]);
    expect(expired.state.status).toBe('expired');
    spec.given([connected(), ...expired.events]).when(check(31)).thenNothing();
  });

  it('keeps the warnings given when a refresh keeps the refresh token end (Feishu), and starts again when it moves', () => {
    spec.given([connected(), expiring(7, 7), refreshed(2, at(30 * DAY + 900), at(24 * DAY))]).when(check(24)).thenNothing();
    spec.given([connected(), expiring(7, 7), refreshed(2, at(31 * DAY), at(24 * DAY))]).when(check(24.5))
      .thenMatches([{ data: { thresholdDays: 7, generation: 2 } }]);
  });

  it('never warns for app and tenant grants', () => {
    for (const grantKind of ['app', 'tenant', 'installation'] as const) {
      spec.given([connected({ grantKind, refreshExpiresAt: undefined })]).when({ type: 'CheckRefreshTokenExpiry', now: at(400 * DAY) }).thenNothing();
    }
  });

  it('disconnects once', () => {
    const command: AccountCommand = { type: 'Disconnect', actorUserId: 'u1', reason: 'user_disabled', revokedAtProvider: true };
    const { events } = spec.given([connected()]).when(command)
      .thenMatches([{ type: 'AccountDisconnected', data: { reason: 'user_disabled', revokedAtProvider: true } }]);
    spec.given([connected(), ...events]).when(command).thenNothing();
    spec.given().when(command).thenThrows('ERR_ACCOUNT_NOT_FOUND');
  });

  it('drops a refresh that started from a grant replaced meanwhile (no event), and records one from the current grant', () => {
    // Connected again: generation 2 replaces the grant the refresh read (generation 1).
    const reconnected = spec.given([connected(), connected({ expiresAt: at(3 * 3_600_000), generation: 2 })]);
    reconnected.when(refresh(1)).thenNothing();
    reconnected.when(refresh(2)).thenMatches([{ type: 'TokenRefreshed', data: { generation: 3 } }]);
  });
});
