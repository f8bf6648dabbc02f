// The membership cache: a membership event that arrives while identity is
// being asked wins over the answer, even within the same millisecond.
import { describe, expect, it } from 'vitest';
import type { Rpc } from '../rpc.js';
import { MembershipCache } from './organization.js';

describe('MembershipCache', () => {
  it('does not keep an answer that raced an eviction', async () => {
    let calls = 0;
    let now = 1_000;
    const holder: { cache?: MembershipCache } = {};
    const rpc = (async () => {
      calls++;
      if (calls === 1) holder.cache!.evict('o-1', 'u-1'); // MemberRemoved arrives while the call is under way
      return { role: 'admin' };
    }) as unknown as Rpc;
    const cache = new MembershipCache(rpc, () => now, 30_000);
    holder.cache = cache;
    expect(await cache.role('o-1', 'u-1')).toBe('admin');
    now += 1;
    await cache.role('o-1', 'u-1');
    expect(calls).toBe(2);
    await cache.role('o-1', 'u-1');
    expect(calls).toBe(2);
  });
});
