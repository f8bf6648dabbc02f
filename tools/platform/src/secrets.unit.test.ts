import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePassword, loadOrCreateSecrets } from './secrets.js';

const needed = { natsUsers: ['identity', 'gateway', 'operator'], databaseRoles: ['identity'] };
const dirs: string[] = [];
const tempFile = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kw-secrets-'));
  dirs.push(dir);
  return join(dir, 'secrets.json');
};

describe('platform secrets', () => {
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('generates every password and a master key once, owner-only', async () => {
    const file = await tempFile();
    const { secrets, created } = await loadOrCreateSecrets(file, needed);
    expect(created).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Object.keys(secrets.nats).sort()).toEqual(['gateway', 'identity', 'operator']);
    expect(Object.keys(secrets.databases)).toEqual(['identity']);
    expect(secrets.masterKeys).toMatch(/^1:[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secrets.masterKeys.slice(2), 'base64')).toHaveLength(32);
    expect(secrets.notice).toMatch(/^DEVELOPMENT ONLY/);
    expect(new Set(Object.values(secrets.nats)).size).toBe(3);
  });

  it('never replaces existing values, and adds only what a new service needs', async () => {
    const file = await tempFile();
    const first = await loadOrCreateSecrets(file, needed);
    const second = await loadOrCreateSecrets(file, {
      natsUsers: [...needed.natsUsers, 'notifier'],
      databaseRoles: [...needed.databaseRoles, 'notifier'],
    });
    expect(second.created).toBe(false);
    expect(second.added).toEqual(['nats user notifier', 'database role notifier']);
    expect(second.secrets.masterKeys).toBe(first.secrets.masterKeys);
    expect(second.secrets.nats['identity']).toBe(first.secrets.nats['identity']);
    expect(second.secrets.databases['identity']).toBe(first.secrets.databases['identity']);
    const third = await loadOrCreateSecrets(file, needed);
    expect(third.added).toEqual([]);
    expect(third.secrets).toEqual(second.secrets);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('adds the simulator apps\' client secrets to a file written before they were kept, then keeps them', async () => {
    const file = await tempFile();
    const { secrets: older } = await loadOrCreateSecrets(file, needed);
    const { simulators: _none, ...withoutSimulators } = older;
    await writeFile(file, JSON.stringify(withoutSimulators), { mode: 0o600 });
    const upgraded = await loadOrCreateSecrets(file, { ...needed, simulatorApps: ['gitlab', 'feishu'] });
    expect(upgraded.added).toEqual(['simulator app gitlab', 'simulator app feishu']);
    expect(upgraded.secrets.masterKeys).toBe(older.masterKeys);
    const again = await loadOrCreateSecrets(file, { ...needed, simulatorApps: ['gitlab', 'feishu'] });
    expect(again.added).toEqual([]);
    expect(again.secrets.simulators).toEqual(upgraded.secrets.simulators);
    expect(Object.keys(again.secrets.simulators)).toEqual(['gitlab', 'feishu']);
  });

  it('tightens a file copied with a looser mode', async () => {
    const file = await tempFile();
    await loadOrCreateSecrets(file, needed);
    await chmod(file, 0o644);
    await loadOrCreateSecrets(file, needed);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged file without regenerating it or printing its values', async () => {
    const file = await tempFile();
    const { secrets } = await loadOrCreateSecrets(file, needed);
    const damaged = { ...secrets, masterKeys: 'not a key' };
    await writeFile(file, JSON.stringify(damaged));
    const error = await loadOrCreateSecrets(file, needed).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/damaged \(fields: masterKeys\)/);
    expect(error?.message).not.toContain('not a key');
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify(damaged));
  });

  it('makes passwords nats-server reads as strings from its environment', () => {
    for (let i = 0; i < 50; i++) expect(generatePassword()).toMatch(/^kw[A-Za-z0-9_-]{32}$/);
  });
});
