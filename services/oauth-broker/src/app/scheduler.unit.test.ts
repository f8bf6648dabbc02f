import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { TestClock } from '@keywarden/testing';
import { describe, expect, it } from 'vitest';
import { brokerSettings } from '../config.js';
import type { Refresher } from './refresher.js';
import { RefreshScheduler } from './scheduler.js';

describe('RefreshScheduler task', () => {
  it('arms no further timer when stopped while a full-batch tick is running', async () => {
    const settings = { ...brokerSettings({ KW_OAUTH_SCHEDULER_BATCH: 2 }), schedulerIntervalMs: 5 };
    let ticks = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Every claim returns a full batch, so the loop would go again at once (delay 0).
    const database = {
      db: {
        execute: async () => {
          ticks += 1;
          await gate;
          return [{ account_id: 'a' }, { account_id: 'b' }];
        },
      },
    } as unknown as Database;
    const refresher = { refresh: async () => 'fresh' } as unknown as Refresher;
    const logger = { warn: () => undefined, error: () => undefined } as unknown as Logger;
    const task = new RefreshScheduler(database, refresher, new TestClock('2026-03-01T08:00:00Z'), settings, logger).task();
    await task.start();
    while (ticks === 0) await sleep(1);
    const stopping = task.stop();
    release();
    await stopping;
    const after = ticks;
    await sleep(30);
    expect(ticks).toBe(after);
  });
});
