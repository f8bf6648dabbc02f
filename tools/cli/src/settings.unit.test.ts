// Where the CLI finds its connections: flags, KW_* variables, then the data directory of
// `npm start`; passwords never from flags and never in a message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from './format.js';
import type { Io } from './io.js';
import { busSettings, databaseUrlOf } from './settings.js';
import { emptyDataDir } from './test-support.js';
import { runCli } from './program.js';

const io = (env: Record<string, string> = {}, cwd = emptyDataDir()): Io => ({ out: () => {}, err: () => {}, env, cwd });

function platformDir() {
  const dir = emptyDataDir();
  writeFileSync(join(dir, 'secrets.json'), JSON.stringify({
    notice: 'dev only', createdAt: '2026-01-01T00:00:00Z', masterKeys: '1:AAAA', postgresSuperuser: 'x'.repeat(20),
    nats: { operator: 'kwOperatorPassword123456', identity: 'kwIdentityPassword123456' },
    databases: { identity: 'kwDbIdentityPassword1234', oauth_broker: 'kwDbOauthPassword1234567' },
  }));
  return dir;
}

describe('connection settings', () => {
  it("reads the operator's NATS password and each service's database from the platform's data directory", () => {
    const dir = platformDir();
    expect(busSettings({ dataDir: dir }, io())).toEqual({ url: 'nats://127.0.0.1:4222', user: 'operator', password: 'kwOperatorPassword123456', namespace: undefined });
    expect(busSettings({}, io({ KW_NATS_PORT: '4333', KW_DATA_DIR: dir }))).toMatchObject({ url: 'nats://127.0.0.1:4333', user: 'operator' });
    expect(databaseUrlOf('oauth-broker', undefined, { dataDir: dir }, io({ KW_PG_PORT: '6543' })))
      .toBe('postgres://oauth_broker:kwDbOauthPassword1234567@127.0.0.1:6543/oauth_broker');
  });

  it('prefers flags, then the environment', () => {
    const dir = platformDir();
    const env = { KW_NATS_URL: 'nats://nats.internal:4222', KW_NATS_USER: 'identity', KW_DATABASE_URL_OAUTH_BROKER: 'postgres://u:p@db/oauth' };
    expect(busSettings({ dataDir: dir }, io(env))).toMatchObject({ url: 'nats://nats.internal:4222', user: 'identity', password: 'kwIdentityPassword123456' });
    expect(busSettings({ dataDir: dir, natsUrl: 'nats://other:4222' }, io({ ...env, KW_NATS_PASSWORD: 'from-env' }))).toMatchObject({ url: 'nats://other:4222', password: 'from-env' });
    expect(databaseUrlOf('oauth-broker', undefined, { dataDir: dir }, io(env))).toBe('postgres://u:p@db/oauth');
    expect(databaseUrlOf('oauth-broker', 'postgres://flag/db', { dataDir: dir }, io(env))).toBe('postgres://flag/db');
    expect(busSettings({}, io())).toMatchObject({ user: undefined, password: undefined });
  });

  it('says where to look when it finds no database, and fails without showing a password', async () => {
    expect(() => databaseUrlOf('identity', undefined, {}, io())).toThrow(/pass --database-url, set KW_DATABASE_URL_IDENTITY/);
    let err = '';
    const code = await runCli(['ops', '--data-dir', platformDir(), '--nats-url', 'nats://127.0.0.1:1', 'lag'], { ...io(), err: (t) => void (err += t) });
    expect(code).toBe(1);
    expect(err).toContain('cannot connect to NATS at nats://127.0.0.1:1 as operator');
    expect(err).not.toContain('kwOperatorPassword');
  });

  it('does not show a password written into the NATS URL', async () => {
    let err = '';
    const code = await runCli(['ops', 'lag'], { ...io({ KW_NATS_URL: 'nats://operator:kwUrlPassword98765@127.0.0.1:1' }), err: (t) => void (err += t) });
    expect(code).toBe(1);
    expect(err).toContain('cannot connect to NATS at nats://operator:***@127.0.0.1:1');
    expect(err).not.toContain('kwUrlPassword98765');
  });
});

describe('event summaries', () => {
  it('shows fields in order, cuts long values, and never shows a field named like a credential', () => {
    expect(summarize({ userId: 'u1', email: 'a@example.com', note: 'two words', roles: [], description: '' })).toBe('userId=u1 email=a@example.com note="two words"');
    expect(summarize({ accessToken: 'glpat-abc', clientSecret: 's3cret', password: 'pw', tokenFingerprint: 'ab12', refreshTokenId: 't1' }))
      .toBe('accessToken=‹hidden› clientSecret=‹hidden› password=‹hidden› tokenFingerprint=ab12 refreshTokenId=t1');
    expect(summarize({ url: `https://${'a'.repeat(100)}` })).toBe(`url=https://${'a'.repeat(31)}…`);
    expect(summarize(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field${i}`, 'value-value'])))).toHaveLength(200);
  });
});

describe('a damaged secrets file', () => {
  it('is reported by name, without quoting its contents', async () => {
    const dir = emptyDataDir();
    writeFileSync(join(dir, 'secrets.json'), '{"nats": {"operator": "kwTopSecretPassword123" ');
    let err = '';
    const code = await runCli(['ops', '--data-dir', dir, 'lag'], { ...io(), err: (t) => void (err += t) });
    expect(code).toBe(1);
    expect(err).toBe(`kw: ${join(dir, 'secrets.json')} is not valid JSON\n`);
  });
});
