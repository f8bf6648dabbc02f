import { describe, expect, it } from 'vitest';
import { parseEnvValue } from './env-var.js';
import { resolveEnvironment, type EnvEntry, type LoadedSecret } from './resolve.js';

const S1 = '11111111-1111-4111-8111-111111111111';
const secret = (id: string, groupName: string, name: string, value: string): LoadedSecret => ({ secretId: id, groupName, name, version: 1, value });
const dbUrl = secret(S1, 'prod-db', 'DATABASE_URL', 'postgres://a:b@h/db');
const redis = secret('22222222-2222-4222-8222-222222222222', 'prod-db', 'REDIS_URL', 'redis://r');
const byId = new Map([[S1, dbUrl], [redis.secretId, redis]]);
const byGroup = new Map([['prod-db', [dbUrl, redis]]]);

describe('parseEnvValue', () => {
  it('reads plain values and the two reference forms, and refuses a malformed reference', () => {
    expect(parseEnvValue('production')).toEqual({ kind: 'plain', reference: '' });
    expect(parseEnvValue(`@secret:${S1}`)).toEqual({ kind: 'secret_ref', reference: S1 });
    expect(parseEnvValue('@group:prod-db')).toEqual({ kind: 'group_ref', reference: 'prod-db' });
    expect(() => parseEnvValue('@secret:12')).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });
});

describe('resolveEnvironment', () => {
  it('applies global variables first and lets project variables override them', () => {
    const entries: EnvEntry[] = [
      { scope: 'project', key: 'NODE_ENV', kind: 'plain', reference: '', plain: 'staging' },
      { scope: 'global', key: 'NODE_ENV', kind: 'plain', reference: '', plain: 'production' },
      { scope: 'global', key: 'LOG_LEVEL', kind: 'plain', reference: '', plain: 'info' },
    ];
    expect(resolveEnvironment(entries, byId, byGroup).map((r) => [r.key, r.value, r.scope])).toEqual([['LOG_LEVEL', 'info', 'global'], ['NODE_ENV', 'staging', 'project']]);
  });

  it('expands @group to every secret of the group; explicit keys of the same scope win; project wins over global', () => {
    const entries: EnvEntry[] = [
      { scope: 'global', key: 'ALL_DB', kind: 'group_ref', reference: 'prod-db' },
      { scope: 'global', key: 'REDIS_URL', kind: 'plain', reference: '', plain: 'redis://global-explicit' },
      { scope: 'project', key: 'DATABASE_URL', kind: 'plain', reference: '', plain: 'postgres://project' },
    ];
    const env = Object.fromEntries(resolveEnvironment(entries, byId, byGroup).map((r) => [r.key, r.value]));
    expect(env).toEqual({ DATABASE_URL: 'postgres://project', REDIS_URL: 'redis://global-explicit' });
    expect(resolveEnvironment([entries[0]!], byId, byGroup).map((r) => r.key)).toEqual(['DATABASE_URL', 'REDIS_URL']);
  });

  it('names the variable and the missing reference', () => {
    const missing = '99999999-9999-4999-8999-999999999999';
    expect(() => resolveEnvironment([{ scope: 'project', key: 'API_KEY', kind: 'secret_ref', reference: missing }], byId, byGroup))
      .toThrowError(`project variable API_KEY references @secret:${missing}, which does not exist`);
    expect(() => resolveEnvironment([{ scope: 'global', key: 'X', kind: 'group_ref', reference: 'nope' }], byId, byGroup))
      .toThrowError(expect.objectContaining({ code: 'ERR_REFERENCE_MISSING', message: expect.stringContaining('X references @group:nope') }));
  });

  it('leaves group secrets whose names are not valid variable names out of the expansion and reports them', () => {
    const dotted = secret('33333333-3333-4333-8333-333333333333', 'mixed', 'db.password', 'pw');
    const dashed = secret('44444444-4444-4444-8444-444444444444', 'mixed', 'api-key', 'k');
    const skipped: unknown[] = [];
    const resolved = resolveEnvironment([{ scope: 'project', key: 'MIXED', kind: 'group_ref', reference: 'mixed' }], byId,
      new Map([['mixed', [dashed, dbUrl, dotted]]]), (s) => skipped.push(s));
    expect(resolved.map((r) => r.key)).toEqual(['DATABASE_URL']);
    expect(skipped).toEqual([{ scope: 'project', variable: 'MIXED', group: 'mixed', name: 'api-key' }, { scope: 'project', variable: 'MIXED', group: 'mixed', name: 'db.password' }]);
  });
});
