import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@keywarden/db';
import { InMemorySpanExporter, activeSpan, getTracer, initTelemetry, parentSpanId, withSpan, type Logger } from '@keywarden/telemetry';
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

describe('RefreshScheduler tick', () => {
  it('runs each scheduled refresh as the root span of its own trace, with its outcome', async () => {
    const exporter = new InMemorySpanExporter();
    const telemetry = initTelemetry({ serviceName: 'scheduler-test', exporter });
    const database = { db: { execute: async () => [{ account_id: 'acc-1' }, { account_id: 'acc-2' }] } } as unknown as Database;
    const inside = new Map<string, string | undefined>();
    const refresher = {
      refresh: async (accountId: string) => {
        inside.set(accountId, activeSpan()?.spanContext().spanId);
        return accountId === 'acc-1' ? 'refreshed' : 'failed';
      },
    } as unknown as Refresher;
    const logger = { warn: () => undefined, error: () => undefined } as unknown as Logger;
    const scheduler = new RefreshScheduler(database, refresher, new TestClock('2026-03-01T08:00:00Z'), brokerSettings({}), logger);
    // Even when a tick runs inside another span, each refresh starts a trace of its own.
    const outer = await withSpan(getTracer('test'), 'outer', {}, async (span) => (await scheduler.tick(), span.spanContext()));
    const spans = exporter.getFinishedSpans().filter((s) => s.name === 'oauth.scheduled-refresh');
    expect(spans.map((s) => [s.attributes['keywarden.account_id'], s.attributes['keywarden.refresh.outcome']]).sort()).toEqual([['acc-1', 'refreshed'], ['acc-2', 'failed']]);
    for (const span of spans) {
      expect(parentSpanId(span)).toBeUndefined();
      expect(span.spanContext().traceId).not.toBe(outer.traceId);
      expect(inside.get(String(span.attributes['keywarden.account_id']))).toBe(span.spanContext().spanId);
    }
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(2);
    await telemetry.shutdown();
  });
});
