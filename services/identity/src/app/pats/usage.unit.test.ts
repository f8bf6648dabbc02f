import { createLogger } from '@keywarden/telemetry';
import { describe, expect, it } from 'vitest';
import { UsageRecorder } from './usage.js';

const logger = createLogger({ service: 'test', level: 'silent' });
const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 8, 0, s));

describe('PAT usage recorder', () => {
  it('writes the latest use per token in one batch, and nothing when idle', async () => {
    const writes: Array<Array<[string, string]>> = [];
    const recorder = new UsageRecorder(async (uses) => {
      writes.push([...uses].map(([id, t]) => [id, t.toISOString()]));
    }, logger);
    recorder.record('a', at(1));
    recorder.record('b', at(2));
    recorder.record('a', at(3));
    recorder.record('a', at(2));
    await recorder.flush();
    await recorder.flush();
    expect(writes).toEqual([[['a', at(3).toISOString()], ['b', at(2).toISOString()]]]);
  });

  it('keeps the uses of a failed write for the next flush', async () => {
    let fail = true;
    const written: string[] = [];
    const recorder = new UsageRecorder(async (uses) => {
      if (fail) throw new Error('database down');
      written.push(...[...uses].map(([id, t]) => `${id}@${t.getUTCSeconds()}`));
    }, logger);
    recorder.record('a', at(1));
    await recorder.flush();
    recorder.record('a', at(5));
    recorder.record('b', at(4));
    fail = false;
    await recorder.flush();
    expect(written.sort()).toEqual(['a@5', 'b@4']);
  });

  it('flushes on stop', async () => {
    const written: string[] = [];
    const recorder = new UsageRecorder(async (uses) => {
      written.push(...uses.keys());
    }, logger, 3_600_000);
    const task = recorder.task();
    await task.start();
    recorder.record('a', at(1));
    expect(written).toEqual([]);
    await task.stop();
    expect(written).toEqual(['a']);
  });
});
