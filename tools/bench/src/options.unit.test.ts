import { describe, expect, it } from 'vitest';
import { UsageError, parseRun, runHelp } from './options.js';

const spec = {
  events: { default: 20_000, help: 'events' },
  writers: { default: 16, help: 'writers' },
};
const SMOKE = { events: 500, writers: 4 };

describe('parseRun', () => {
  it('runs at the full size by default', () => {
    expect(parseRun(spec, SMOKE, [])).toEqual({ smoke: false, o: { events: 20_000, writers: 16 } });
  });

  it('swaps in the smoke size with --smoke, explicit flags still winning', () => {
    expect(parseRun(spec, SMOKE, ['--smoke'])).toEqual({ smoke: true, o: { events: 500, writers: 4 } });
    expect(parseRun(spec, SMOKE, ['--writers', '2', '--smoke'])).toEqual({ smoke: true, o: { events: 500, writers: 2 } });
  });

  it('still rejects a flag the benchmark does not have, with or without --smoke', () => {
    expect(() => parseRun(spec, SMOKE, ['--smoke', '--seconds', '3'])).toThrow(UsageError);
    expect(() => parseRun(spec, SMOKE, ['--events', '0'])).toThrow(/--events must be an integer >= 1/);
  });

  it('says what --smoke runs in the help', () => {
    expect(runHelp('pipeline', spec, SMOKE)).toContain('--smoke  the small size CI runs ({"events":500,"writers":4})');
  });
});
