import { setTimeout as sleep } from 'node:timers/promises';
import { Lease } from '@keywarden/runtime';
import { InMemorySpanExporter, activeSpan, getTracer, initTelemetry, parentSpanId, withSpan, type Logger } from '@keywarden/telemetry';
import { describe, expect, it } from 'vitest';
import { brokerSettings } from '../config.js';
import type { Refresher } from './refresher.js';
import { RefreshScheduler, type DueGrant, type GrantQueue } from './scheduler.js';

/** Claims as the work queue hands them out (fence, no attempts counted on grants). */
const claimed = (...accountIds: string[]) =>
  accountIds.map((accountId, i) => new Lease<DueGrant>('account_grants', { account_id: accountId }, { accountId }, { fence: i + 1, attempts: 0, version: 0, traceparent: '', tracestate: '' }, Infinity));

/** A grant queue that answers `claim` as the test says and keeps what was handed back. */
function fakeQueue(claim: () => Promise<Array<Lease<DueGrant>>>) {
  const released: string[] = [];
  const queue: GrantQueue = {
    claim, canRetry: true, abandon: () => undefined, close: () => undefined,
    release: async (leases) => {
      released.push(...leases.map((l) => l.item.accountId));
      return [...leases];
    },
  };
  return { queue, released };
}

describe('RefreshScheduler task', () => {
  it('arms no further timer when stopped while a full-batch tick is running', async () => {
    const settings = { ...brokerSettings({ KW_OAUTH_SCHEDULER_BATCH: 2 }), schedulerIntervalMs: 5 };
    let ticks = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Every claim returns a full batch, so the loop would go again at once (delay 0).
    const { queue } = fakeQueue(async () => {
      ticks += 1;
      await gate;
      return claimed('a', 'b');
    });
    const refresher = { refreshDue: async (ids: string[]) => ids.map(() => ({ status: 'fulfilled', value: 'fresh' })) } as unknown as Refresher;
    const logger = { warn: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
    const task = new RefreshScheduler(queue, refresher, settings, logger).task();
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
    const { queue, released } = fakeQueue(async () => claimed('acc-1', 'acc-2'));
    const inside = new Map<string, string | undefined>();
    // As the real refreshDue does: each account's attempt runs inside `around`.
    const refresher = {
      refreshDue: (ids: string[], _trigger: string, around: (id: string, run: () => Promise<string>) => Promise<string>) =>
        Promise.allSettled(ids.map((accountId) => around(accountId, async () => {
          inside.set(accountId, activeSpan()?.spanContext().spanId);
          return accountId === 'acc-1' ? 'refreshed' : 'failed';
        }))),
    } as unknown as Refresher;
    const logger = { warn: () => undefined, error: () => undefined } as unknown as Logger;
    const scheduler = new RefreshScheduler(queue, refresher, brokerSettings({}), logger);
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
    // Refreshed, the claims are handed back.
    expect(released.sort()).toEqual(['acc-1', 'acc-2']);
    await telemetry.shutdown();
  });
});

describe('RefreshScheduler drain', () => {
  it('claims the next batch while the last one runs, at most KW_OAUTH_SCHEDULER_BATCHES at once, until a claim finds nothing', async () => {
    const settings = brokerSettings({ KW_OAUTH_SCHEDULER_BATCH: 2, KW_OAUTH_SCHEDULER_BATCHES: 2 });
    const batches = [claimed('a', 'b'), claimed('c', 'd'), claimed('e'), []];
    const { queue, released } = fakeQueue(async () => batches.shift() ?? []);
    const gates = new Map<string, () => void>();
    let running = 0;
    let mostRunning = 0;
    // Each batch's refreshes wait until the test lets that batch finish.
    const refresher = {
      refreshDue: async (ids: string[]) => {
        running += 1;
        mostRunning = Math.max(mostRunning, running);
        await new Promise<void>((resolve) => gates.set(ids[0]!, resolve));
        running -= 1;
        return ids.map(() => ({ status: 'fulfilled', value: 'refreshed' }));
      },
    } as unknown as Refresher;
    const logger = { warn: () => undefined, error: () => undefined } as unknown as Logger;
    const draining = new RefreshScheduler(queue, refresher, settings, logger).drain();
    // The second batch is claimed and started while the first is still running; the third waits for a free place.
    while (gates.size < 2) await sleep(1);
    expect([...gates.keys()]).toEqual(['a', 'c']);
    expect(batches).toHaveLength(2);
    gates.get('a')!();
    while (!gates.has('e')) await sleep(1);
    gates.get('c')!();
    gates.get('e')!();
    expect(await draining).toEqual({ claimed: 5, refreshed: 5, failed: 0, fresh: 0 });
    expect(mostRunning).toBe(2);
    // It ended on the empty claim, every claim handed back.
    expect(batches).toHaveLength(0);
    expect(released.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
