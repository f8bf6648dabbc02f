import { describe, expect, it } from 'vitest';
import { accountDecider, type AccountCommand, type AccountEvent, type AccountState } from './account.js';

const DAY = 86_400_000;
const t0 = Date.parse('2026-03-01T00:00:00Z');
const at = (ms: number) => new Date(t0 + ms).toISOString();

const connect = (over: Partial<Extract<AccountCommand, { type: 'Connect' }>> = {}): AccountCommand => ({
  type: 'Connect', accountId: 'a1', providerAppId: 'p1', provider: 'feishu', userId: 'u1', externalUserId: 'ou_1', username: 'Fei',
  scopes: [], grantKind: 'user', expiresAt: at(2 * 3_600_000), refreshExpiresAt: at(30 * DAY), ...over,
});

/** given events, when command, then events */
function given(...commands: AccountCommand[]) {
  let state: AccountState = accountDecider.initialState();
  const history: AccountEvent[] = [];
  for (const command of commands) {
    for (const event of accountDecider.decide(command, state)) {
      history.push(event);
      state = accountDecider.evolve(state, event);
    }
  }
  return {
    state,
    history,
    when: (command: AccountCommand) => {
      const events = accountDecider.decide(command, state);
      return { events, state: events.reduce(accountDecider.evolve, state) };
    },
  };
}

const failure = (errorClass: 'transient' | 'invalid_grant' | 'invalid_client', now: number, expireAfterDays = 3): AccountCommand => ({
  type: 'RecordRefreshFailure', errorClass, providerCode: errorClass === 'transient' ? 'http_503' : '20037', httpStatus: 400,
  trigger: 'scheduler', now: at(now), nextAttemptAt: at(now + 60_000), expireAfterDays,
});

describe('account decider', () => {
  it('connects at generation 1 and counts a generation per refresh and reconnect', () => {
    const { events } = given().when(connect());
    expect(events).toEqual([expect.objectContaining({ type: 'AccountConnected', data: expect.objectContaining({ generation: 1, grantKind: 'user' }) })]);
    const refreshed = given(connect()).when({ type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(4 * 3_600_000), refreshExpiresAt: at(30 * DAY), trigger: 'on_demand' });
    expect(refreshed.events[0]).toMatchObject({ type: 'TokenRefreshed', data: { generation: 2, trigger: 'on_demand' } });
    expect(JSON.stringify(refreshed.events)).not.toMatch(/token"\s*:/i);
    expect(given(connect(), connect()).state).toMatchObject({ status: 'active', generation: 2 });
  });

  it('invalid_grant: one TokenRefreshFailed without retry and one ReauthorizationRequired; later failures add nothing', () => {
    const first = given(connect()).when(failure('invalid_grant', 1000));
    expect(first.events.map((e) => e.type)).toEqual(['TokenRefreshFailed', 'ReauthorizationRequired']);
    expect(first.events[0]!.data).toMatchObject({ willRetry: false, errorClass: 'invalid_grant' });
    expect(first.state.status).toBe('reauthorization_required');
    expect(given(connect(), failure('invalid_grant', 1000)).when(failure('invalid_grant', 2000)).events).toEqual([]);
    expect(() => given(connect(), failure('invalid_grant', 1000)).when({ type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(1), refreshExpiresAt: undefined, trigger: 'manual' }))
      .toThrowError(expect.objectContaining({ code: 'ERR_ACCOUNT_NOT_USABLE' }));
  });

  it('transient failures retry, count attempts, and expire the grant after the configured days of failing', () => {
    const once = given(connect()).when(failure('transient', 0));
    expect(once.events[0]!.data).toMatchObject({ willRetry: true, attempt: 1, nextAttemptAt: at(60_000), failingSince: at(0) });
    expect(once.state.status).toBe('refreshing');
    const later = given(connect(), failure('transient', 0), failure('transient', DAY)).when(failure('transient', 2 * DAY, 3));
    expect(later.events[0]!.data).toMatchObject({ attempt: 3, willRetry: true, failingSince: at(0) });
    const expired = given(connect(), failure('transient', 0)).when(failure('transient', 3 * DAY, 3));
    expect(expired.events.map((e) => e.type)).toEqual(['TokenRefreshFailed', 'AccountMarkedExpired']);
    expect(expired.state.status).toBe('expired');
    // A success ends the run of failures.
    const recovered = given(connect(), failure('transient', 0), { type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(DAY), refreshExpiresAt: at(30 * DAY), trigger: 'scheduler' })
      .when(failure('transient', 3 * DAY, 3));
    expect(recovered.events[0]!.data).toMatchObject({ willRetry: true, attempt: 1, failingSince: at(3 * DAY) });
  });

  it('invalid_client does not retry and does not end the grant', () => {
    const { events, state } = given(connect()).when(failure('invalid_client', 0));
    expect(events.map((e) => e.type)).toEqual(['TokenRefreshFailed']);
    expect(events[0]!.data).toMatchObject({ willRetry: false });
    expect(state.status).toBe('active');
  });

  it('warns at 7 and 3 days and when expired, each once; the most urgent only when a check comes late', () => {
    const check = (days: number): AccountCommand => ({ type: 'CheckRefreshTokenExpiry', now: at(days * DAY) });
    expect(given(connect()).when(check(22)).events).toEqual([]);
    const seven = given(connect()).when(check(23.5));
    expect(seven.events).toEqual([expect.objectContaining({ type: 'RefreshTokenExpiring', data: expect.objectContaining({ thresholdDays: 7, daysLeft: 7 }) })]);
    expect(given(connect(), check(23.5)).when(check(24)).events).toEqual([]);
    expect(given(connect(), check(23.5)).when(check(27.5)).events[0]).toMatchObject({ data: { thresholdDays: 3, daysLeft: 3 } });
    expect(given(connect(), check(23.5), check(27.5)).when(check(28)).events).toEqual([]);
    // A first check at 2 days left gives the 3-day warning only, and never the 7-day one afterwards.
    expect(given(connect()).when(check(28)).events.map((e) => e.data)).toEqual([expect.objectContaining({ thresholdDays: 3 })]);
    expect(given(connect(), check(28)).when(check(28.5)).events).toEqual([]);
    const expired = given(connect(), check(23.5), check(27.5)).when(check(30));
    expect(expired.events.map((e) => e.type)).toEqual(['RefreshTokenExpired']);
    expect(expired.state.status).toBe('expired');
    expect(given(connect(), check(30)).when(check(31)).events).toEqual([]);
  });

  it('keeps the warnings given when a refresh keeps the refresh token end (Feishu), and starts again when it moves', () => {
    const check = (days: number): AccountCommand => ({ type: 'CheckRefreshTokenExpiry', now: at(days * DAY) });
    const sameEnd: AccountCommand = { type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(24 * DAY), refreshExpiresAt: at(30 * DAY + 900), trigger: 'scheduler' };
    expect(given(connect(), check(23.5), sameEnd).when(check(24)).events).toEqual([]);
    const newEnd: AccountCommand = { type: 'RecordRefresh', fromGeneration: 1, expiresAt: at(24 * DAY), refreshExpiresAt: at(31 * DAY), trigger: 'scheduler' };
    expect(given(connect(), check(23.5), newEnd).when(check(24.5)).events[0]).toMatchObject({ data: { thresholdDays: 7, generation: 2 } });
  });

  it('never warns for app and tenant grants', () => {
    for (const grantKind of ['app', 'tenant', 'installation'] as const) {
      const state = given(connect({ grantKind, refreshExpiresAt: undefined }));
      expect(state.when({ type: 'CheckRefreshTokenExpiry', now: at(400 * DAY) }).events).toEqual([]);
    }
  });

  it('disconnects once', () => {
    const command: AccountCommand = { type: 'Disconnect', actorUserId: 'u1', reason: 'user_disabled', revokedAtProvider: true };
    expect(given(connect()).when(command).events[0]).toMatchObject({ type: 'AccountDisconnected', data: { reason: 'user_disabled', revokedAtProvider: true } });
    expect(given(connect(), command).when(command).events).toEqual([]);
    expect(() => given().when(command)).toThrowError(expect.objectContaining({ code: 'ERR_ACCOUNT_NOT_FOUND' }));
  });

  it('drops a refresh that started from a grant replaced meanwhile (no event), and records one from the current grant', () => {
    const refresh = (fromGeneration: number): AccountCommand => ({ type: 'RecordRefresh', fromGeneration, expiresAt: at(DAY), refreshExpiresAt: at(30 * DAY), trigger: 'scheduler' });
    // Connected again: generation 2 replaces the grant the refresh read (generation 1).
    const reconnected = given(connect(), connect({ expiresAt: at(3 * 3_600_000) }));
    expect(reconnected.when(refresh(1)).events).toEqual([]);
    expect(reconnected.when(refresh(2)).events[0]).toMatchObject({ type: 'TokenRefreshed', data: { generation: 3 } });
  });
});
