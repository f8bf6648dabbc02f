import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATS_USERS, natsPasswordEnv } from '@keywarden/platform';
import { BASE_NATS_CONFIG, localNatsFiles, writeNatsConfig } from '@keywarden/platform/integrations';
import { startNatsServer, type RunningNatsServer } from '@keywarden/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './program.js';

// `kw ops integrations` in-process against a nats-server run as the local platform runs it (the
// config rendered under the data directory, a pid file), connecting as the integration with the
// plain nats.js client, as a company's service would.
const ORG = '3f6d2a1e-8b7c-4d5e-9f00-1a2b3c4d5e6f';
const dataDir = mkdtempSync(join(tmpdir(), 'kw-cli-integrations-'));
const files = localNatsFiles(dataDir);
const operatorPassword = `kw${'o'.repeat(20)}`;
let server: RunningNatsServer;

async function kw(argv: readonly string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['ops', '--nats-url', server.url, '--nats-user', 'operator', '--data-dir', dataDir, ...argv], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: { KW_NATS_PASSWORD: operatorPassword },
    cwd: dataDir,
  });
  return { code, out, err };
}

beforeAll(async () => {
  await writeNatsConfig({ baseFile: BASE_NATS_CONFIG, file: files.config, storeDir: files.storeDir }, []);
  server = await startNatsServer({
    storeDir: files.storeDir,
    storeDirInConfig: true,
    pidFile: files.pidFile,
    configFile: files.config,
    env: Object.fromEntries(NATS_USERS.map((user) => [natsPasswordEnv(user), user === 'operator' ? operatorPassword : `kw${user.replaceAll('-', '')}Password1`])),
  });
  const provisioned = await kw(['provision']);
  expect(provisioned.code, provisioned.err).toBe(0);
});

afterAll(async () => {
  await server?.stop();
});

describe('kw ops integrations', () => {
  it('creates an integration that connects with the password shown once, lists it, and revokes it', async () => {
    const bad = await kw(['integrations', 'create', 'shop-portal', '--organization', ORG, '--publish', 'gitops.ProjectCreated,identity.UserRegistered']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown inbound type "identity.UserRegistered"');
    expect(existsSync(join(dataDir, 'integrations.json'))).toBe(false);

    const created = await kw(['integrations', 'create', 'shop-portal', '--organization', ORG, '--publish', 'gitops.ProjectCreated', '--follow', 'oauth.account,gitops.binding', '--json']);
    expect(created.code, created.err).toBe(0);
    const credentials = JSON.parse(created.out) as { user: string; password: string; inboxPrefix: string; publish: string[]; consumers: Array<{ name: string; stream: string }> };
    expect(credentials).toMatchObject({
      user: 'int-shop-portal',
      inboxPrefix: '_INBOX_int-shop-portal',
      publish: [`ext.shop-portal.${ORG}.gitops.ProjectCreated`],
      consumers: [{ name: 'int-shop-portal--oauth-account', stream: 'EVT_OAUTH' }, { name: 'int-shop-portal--gitops-binding', stream: 'EVT_GITOPS' }],
    });
    expect(created.err).toContain('int-shop-portal can connect');
    // Shown once: in no file and no log line.
    for (const file of [join(dataDir, 'integrations.json'), files.config]) expect(readFileSync(file, 'utf8')).not.toContain(credentials.password);
    expect(created.err).not.toContain(credentials.password);

    const again = await kw(['integrations', 'create', 'shop-portal', '--organization', ORG, '--follow', 'oauth.account']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('integration shop-portal exists already');

    // The integration as a company's service runs it: the plain nats.js client, its own inbox prefix.
    const nc = await connect({ servers: server.url, user: credentials.user, pass: credentials.password, inboxPrefix: credentials.inboxPrefix, maxReconnectAttempts: 0 });
    const operator = await connect({ servers: server.url, user: 'operator', pass: operatorPassword });
    try {
      await jetstream(operator).publish('evt.oauth.account.TokenRefreshed', 'refreshed');
      const consumer = await jetstream(nc).consumers.get('EVT_OAUTH', 'int-shop-portal--oauth-account');
      const message = await consumer.next({ expires: 5_000 });
      expect(message?.subject).toBe('evt.oauth.account.TokenRefreshed');
      await message?.ackAck();

      const listed = await kw(['integrations', 'list']);
      expect(listed.code, listed.err).toBe(0);
      expect(listed.out).toMatch(new RegExp(`shop-portal\\s+int-shop-portal\\s+${ORG}\\s+gitops.ProjectCreated\\s+oauth.account,gitops.binding`));
      expect(listed.out).not.toContain('$2');

      // kw ops provision knows its consumers (from the registry): nothing unknown, nothing changed.
      const provisioned = await kw(['provision']);
      expect(provisioned.err).toMatch(/0 created, 0 updated, 0 recreated, 0 deleted, \d+ unchanged\n$/);

      const revoked = await kw(['integrations', 'revoke', 'shop-portal']);
      expect(revoked.code, revoked.err).toBe(0);
      expect(revoked.err).toContain('deleted consumer int-shop-portal--oauth-account on EVT_OAUTH');
      expect(revoked.out).toContain('revoked int-shop-portal: its connections are closed');
      // The reload closed its connection; it cannot come back.
      await expect(nc.closed()).resolves.toBeInstanceOf(Error);
      await expect(connect({ servers: server.url, user: credentials.user, pass: credentials.password, maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization Violation/);
      const consumers: string[] = [];
      for await (const info of (await jetstreamManager(operator)).consumers.list('EVT_OAUTH')) consumers.push(info.name);
      expect(consumers.filter((name) => name.startsWith('int-'))).toEqual([]);
      expect((await kw(['integrations', 'revoke', 'shop-portal'])).code).toBe(1);
    } finally {
      await nc.close().catch(() => {});
      await operator.close();
    }
  });
});
