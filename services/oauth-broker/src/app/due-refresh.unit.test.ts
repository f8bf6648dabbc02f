import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { describe, expect, it } from 'vitest';
import { brokerSettings } from '../config.js';
import { ProviderError } from '../domain/errors.js';
import type { Commands } from './commands.js';
import type { AccountLock, LoadedApp, LoadedGrant, ProviderModule, Store, TokenSet } from './ports.js';
import { Refresher } from './refresher.js';

const NOW = new Date('2026-06-01T00:00:00Z');

const grantOf = (accountId: string): LoadedGrant => ({
  accountId, providerAppId: 'app-1', provider: 'gitlab', userId: 'u', username: 'u', grantKind: 'user', status: 'active', generation: 1,
  expiresAt: new Date(NOW.getTime() + 60_000), refreshExpiresAt: undefined, accessToken: 'a', refreshToken: `rt-${accountId}`, params: {},
  nextRefreshAt: new Date(NOW.getTime() - 1_000),
});
const app = { id: 'app-1', provider: 'gitlab', status: 'active', secretFingerprint: 'f', name: 'GitLab' } as LoadedApp;

/**
 * A refresher over fakes: every lock is free, every grant due; `provider` answers each refresh_token call,
 * `record` each RecordRefresh / RecordRefreshFailure command.
 */
function refresherWith(options: {
  concurrency: number;
  provider: (refreshToken: string) => Promise<TokenSet>;
  record: (command: { type: string }) => Promise<void>;
}) {
  const accountLock: AccountLock = {
    run: (_id, _wait, work) => work(),
    runMany: (ids, work) => work(new Set(ids), async () => undefined),
  };
  const store = {
    app: async () => app,
    grants: async (ids: readonly string[]) => new Map(ids.map((id) => [id, grantOf(id)])),
    schedule: async () => undefined,
  } as unknown as Store;
  const commands = {
    account: async (_stream: string, command: { type: string }) => {
      await options.record(command);
      return { events: command.type === 'RecordRefresh' ? [{ data: { generation: 2 } }] : [] };
    },
  } as unknown as Commands;
  const module = {
    provider: 'gitlab', appGrantKinds: [], appRenewWindowMs: 0,
    refresh: (_app: unknown, refreshToken: string) => options.provider(refreshToken),
  } as unknown as ProviderModule;
  const database = { db: { execute: async () => [{ attempt: 0 }] } } as unknown as Database;
  const settings = brokerSettings({ KW_OAUTH_PROVIDER_CONCURRENCY: options.concurrency, KW_OAUTH_PROVIDER_RATE_PER_SECOND: 0, KW_OAUTH_INLINE_RETRIES: 0 });
  const logger = { warn: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
  return new Refresher({
    database, accountLock, store, commands, clock: { now: () => NOW }, settings, logger, modules: { gitlab: module }, providerTimeoutMs: 1_000,
  }, 4);
}

const tokens = (): TokenSet => ({ accessToken: 'new', refreshToken: 'new-rt', expiresAt: new Date(NOW.getTime() + 7_200_000), refreshExpiresAt: undefined, scopes: undefined });

describe('Refresher.refreshDue', () => {
  it('frees the provider slot when the provider answers: the next call runs while the first refresh is recorded', async () => {
    let calls = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    let openRecords: () => void = () => undefined;
    const recordsMayFinish = new Promise<void>((resolve) => (openRecords = resolve));
    const refresher = refresherWith({
      concurrency: 1,
      provider: async () => {
        calls += 1;
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await sleep(1);
        inFlight -= 1;
        return tokens();
      },
      // No record finishes until the test says so.
      record: () => recordsMayFinish,
    });
    const outcomes = refresher.refreshDue(['a', 'b', 'c'], 'scheduler');
    // Held through its record, the first refresh's slot would keep the other two calls from ever starting.
    for (let i = 0; i < 200 && calls < 3; i++) await sleep(5);
    expect(calls).toBe(3);
    openRecords();
    expect((await outcomes).map((o) => o.status === 'fulfilled' && o.value)).toEqual(['refreshed', 'refreshed', 'refreshed']);
    // The limit still holds for the calls themselves.
    expect(mostInFlight).toBe(1);
  });

  it('records a provider failure as before and refreshes the rest', async () => {
    const recorded: string[] = [];
    const refresher = refresherWith({
      concurrency: 1,
      provider: async (refreshToken) => {
        if (refreshToken === 'rt-a') throw new ProviderError('invalid_grant', 'invalid_grant', 400, 'refused');
        return tokens();
      },
      record: async (command) => void recorded.push(command.type),
    });
    const outcomes = await refresher.refreshDue(['a', 'b'], 'scheduler');
    expect(outcomes.map((o) => o.status === 'fulfilled' && o.value)).toEqual(['failed', 'refreshed']);
    expect(recorded.sort()).toEqual(['RecordRefresh', 'RecordRefreshFailure']);
  });
});
