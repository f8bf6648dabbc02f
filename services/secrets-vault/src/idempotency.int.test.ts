// Creates with an Idempotency-Key: a secret group and a secret. Two at once make one object; a retry answers
// the first result, marked replayed; another request with the key (another value included) is
// ERR_IDEMPOTENCY_KEY_REUSED. The secret's value takes part in the comparison but is kept nowhere new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY1, startHarness, type Harness } from './test-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(KEY1);
}, 60_000);
afterAll(async () => h?.close());

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string }) => e);

describe('idempotent creates', () => {
  it('a group: one for two at once and a retry; another name with the key is refused', async () => {
    const create = (name: string) => h.call('secrets.CreateSecretGroup', { name, description: '', idempotencyKey: 'group-1' });
    const replies = [...(await Promise.all([create('idem-group'), create('idem-group')])), await create('idem-group')];
    expect(new Set(replies.map((r) => r['group'].groupId)).size).toBe(1);
    expect(replies.map((r) => r['replayed']).sort()).toEqual([false, true, true]);
    expect((await errorOf(create('idem-other')))?.code).toBe('ERR_IDEMPOTENCY_KEY_REUSED');
    // Without a key the name is taken, as before.
    expect((await errorOf(h.call('secrets.CreateSecretGroup', { name: 'idem-group' })))?.code).toBe('ERR_CONFLICT');
  });

  it('a secret: one for two at once and a retry; the key with another value is refused; the value is in no event', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'idem-secrets' });
    const value = 'pw-idempotent-4711';
    const put = (v: string) => h.call('secrets.PutSecret', { groupId: group.groupId, name: 'API_KEY', value: v, idempotencyKey: 'put-1' });
    const replies = [...(await Promise.all([put(value), put(value)])), await put(value)];
    expect(new Set(replies.map((r) => r['secret'].secretId)).size).toBe(1);
    expect(replies.map((r) => r['replayed']).sort()).toEqual([false, true, true]);
    expect(replies.every((r) => r['secret'].version === 1)).toBe(true);
    expect((await errorOf(put('another-value')))?.code).toBe('ERR_IDEMPOTENCY_KEY_REUSED');
    const events = JSON.stringify(await h.service.deps.database!.sql`select data, metadata from events`);
    expect(events).not.toContain(value);
    expect(events).not.toContain('put-1');
    // A keyed replace adds one version, and its retry does not add another.
    const replace = () => h.call('secrets.PutSecret', { groupId: group.groupId, name: 'API_KEY', value: 'rotated-value-1', replace: true, idempotencyKey: 'rotate-1' });
    expect(await replace()).toMatchObject({ replayed: false, changed: true, secret: { version: 2 } });
    expect(await replace()).toMatchObject({ replayed: true, secret: { version: 2 } });
  });
});
