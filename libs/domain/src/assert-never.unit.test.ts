import { describe, expect, it } from 'vitest';
import { assertNever } from './assert-never.js';

describe('assertNever', () => {
  it('throws naming the type of what no case handled, and none of its fields', () => {
    const event = { type: 'SomethingNew', data: { token: 'kw_secret' } } as never;
    expect(() => assertNever(event)).toThrow('unexpected "SomethingNew"');
    expect(() => assertNever(event)).not.toThrow(/kw_secret/);
    expect(() => assertNever('rate_limited' as never)).toThrow('unexpected "rate_limited"');
    expect(() => assertNever({ data: 'kw_secret' } as never)).toThrow('unexpected object');
  });
});
