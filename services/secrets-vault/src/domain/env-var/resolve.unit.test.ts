import { describe, expect, it } from 'vitest';
import { parseEnvValue } from './env-var.js';
import { resolveEnvironment, type EnvEntry, type LoadedSecret, type Missing } from './resolve.js';

const S1 = '11111111-1111-4111-8111-111111111111';
const secret = (id: string, groupName: string, name: string, value: string, version = 1): LoadedSecret => ({ secretId: id, groupName, name, version, fingerprint: `fp-${name}-${version}`, value });
const dbUrl = secret(S1, 'prod-db', 'DATABASE_URL', 'postgres://a:b@h/db');
const redis = secret('22222222-2222-4222-8222-222222222222', 'prod-db', 'REDIS_URL', 'redis://r');
const byId = new Map([[S1, dbUrl], [redis.secretId, redis]]);
const byGroup = new Map([['prod-db', [dbUrl, redis]]]);
const plain = (scope: EnvEntry['scope'], key: string, value: string): EnvEntry => ({ scope, key, kind: 'plain', reference: '', plain: value });

describe('parseEnvValue', () => {
  it('reads plain values and the two reference forms, and refuses a malformed reference', () => {
    expect(parseEnvValue('production')).toEqual({ kind: 'plain', reference: '' });
    expect(parseEnvValue(`@secret:${S1}`)).toEqual({ kind: 'secret_ref', reference: S1 });
    expect(parseEnvValue('@group:prod-db')).toEqual({ kind: 'group_ref', reference: 'prod-db' });
    expect(() => parseEnvValue('@secret:12')).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });
});

describe('resolveEnvironment', () => {
  it('applies global < project < environment < application, whatever order the entries come in, and says what each value overrode', () => {
    const entries: EnvEntry[] = [
      plain('application', 'MODE', 'app'),
      plain('environment', 'MODE', 'env'),
      plain('project', 'MODE', 'project'),
      plain('global', 'MODE', 'global'),
      plain('environment', 'REGION', 'eu'),
      plain('global', 'REGION', 'us'),
      plain('project', 'TEAM', 'shop'),
      plain('global', 'LOG_LEVEL', 'info'),
    ];
    const resolved = resolveEnvironment(entries, byId, byGroup);
    expect(resolved.map((r) => [r.key, r.value, r.scope, r.overrides])).toEqual([
      ['LOG_LEVEL', 'info', 'global', []],
      ['MODE', 'app', 'application', ['global', 'project', 'environment']],
      ['REGION', 'eu', 'environment', ['global']],
      ['TEAM', 'shop', 'project', []],
    ]);
  });

  it('expands @group to every secret of the group; explicit keys of the same scope win; a nearer scope wins over a farther one', () => {
    const entries: EnvEntry[] = [
      { scope: 'global', key: 'ALL_DB', kind: 'group_ref', reference: 'prod-db' },
      plain('global', 'REDIS_URL', 'redis://global-explicit'),
      plain('project', 'DATABASE_URL', 'postgres://project'),
    ];
    const resolved = resolveEnvironment(entries, byId, byGroup);
    expect(Object.fromEntries(resolved.map((r) => [r.key, r.value]))).toEqual({ DATABASE_URL: 'postgres://project', REDIS_URL: 'redis://global-explicit' });
    // Within its own scope the explicit key replaced the group's secret: no other scope was overridden.
    expect(resolved.find((r) => r.key === 'REDIS_URL')?.overrides).toEqual([]);
    expect(resolveEnvironment([entries[0]!], byId, byGroup).map((r) => [r.key, r.kind, r.variableKey, r.groupName, r.secretName, r.valueFingerprint])).toEqual([
      ['DATABASE_URL', 'group_ref', 'ALL_DB', 'prod-db', 'DATABASE_URL', 'fp-DATABASE_URL-1'],
      ['REDIS_URL', 'group_ref', 'ALL_DB', 'prod-db', 'REDIS_URL', 'fp-REDIS_URL-1'],
    ]);
  });

  it('an application @group expansion overrides a project @secret, and an application explicit key its own group', () => {
    const entries: EnvEntry[] = [
      { scope: 'project', key: 'DATABASE_URL', kind: 'secret_ref', reference: redis.secretId },
      { scope: 'application', key: 'ALL_DB', kind: 'group_ref', reference: 'prod-db' },
      plain('application', 'REDIS_URL', 'redis://app'),
    ];
    const resolved = Object.fromEntries(resolveEnvironment(entries, byId, byGroup).map((r) => [r.key, r]));
    expect(resolved['DATABASE_URL']).toMatchObject({ value: dbUrl.value, scope: 'application', kind: 'group_ref', secretId: S1, overrides: ['project'] });
    expect(resolved['REDIS_URL']).toMatchObject({ value: 'redis://app', scope: 'application', kind: 'plain', secretId: '', overrides: [] });
  });

  it('names the variable and the missing reference', () => {
    const missing = '99999999-9999-4999-8999-999999999999';
    expect(() => resolveEnvironment([{ scope: 'project', key: 'API_KEY', kind: 'secret_ref', reference: missing }], byId, byGroup))
      .toThrowError(`project variable API_KEY references @secret:${missing}, which does not exist`);
    expect(() => resolveEnvironment([{ scope: 'application', key: 'X', kind: 'group_ref', reference: 'nope' }], byId, byGroup))
      .toThrowError(expect.objectContaining({ code: 'ERR_REFERENCE_MISSING', message: expect.stringContaining('application variable X references @group:nope') }));
  });

  it('with onMissing, reports missing references and resolves the rest (the resolved view)', () => {
    const found: Missing[] = [];
    const resolved = resolveEnvironment([
      { scope: 'environment', key: 'API_KEY', kind: 'secret_ref', reference: '99999999-9999-4999-8999-999999999999' },
      { scope: 'global', key: 'G', kind: 'group_ref', reference: 'nope' },
      plain('project', 'OK', 'yes'),
    ], byId, byGroup, { onMissing: (m) => found.push(m) });
    expect(resolved.map((r) => r.key)).toEqual(['OK']);
    expect(found).toEqual([
      { scope: 'global', key: 'G', reference: '@group:nope' },
      { scope: 'environment', key: 'API_KEY', reference: '@secret:99999999-9999-4999-8999-999999999999' },
    ]);
  });

  it('leaves group secrets whose names are not valid variable names out of the expansion and reports them', () => {
    const dotted = secret('33333333-3333-4333-8333-333333333333', 'mixed', 'db.password', 'pw');
    const dashed = secret('44444444-4444-4444-8444-444444444444', 'mixed', 'api-key', 'k');
    const skipped: unknown[] = [];
    const resolved = resolveEnvironment([{ scope: 'project', key: 'MIXED', kind: 'group_ref', reference: 'mixed' }], byId,
      new Map([['mixed', [dashed, dbUrl, dotted]]]), { onSkipped: (s) => skipped.push(s) });
    expect(resolved.map((r) => r.key)).toEqual(['DATABASE_URL']);
    expect(skipped).toEqual([{ scope: 'project', variable: 'MIXED', group: 'mixed', name: 'api-key' }, { scope: 'project', variable: 'MIXED', group: 'mixed', name: 'db.password' }]);
  });
});
