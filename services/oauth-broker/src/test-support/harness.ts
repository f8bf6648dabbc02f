// Brokers on one database and one bus namespace, with the GitLab and Feishu
// simulators following the same controllable clock.
import { Writable } from 'node:stream';
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { Keyring, generateMasterKey } from '@keywarden/crypto';
import { connectDatabase } from '@keywarden/db';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startFeishuSimulator, startGitLabSimulator, type FeishuSimulator, type GitLabSimulator } from '@keywarden/simulators';
import { createLogger } from '@keywarden/telemetry';
import { TestClock, createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import type { Refresher, RefresherDeps } from '../app/refresher.js';
import { brokerSettings, oauthBrokerConfig, type OAuthBrokerExtra } from '../config.js';
import { oauthBrokerService, type BrokerHandles } from '../service.js';
import { buildRefresher } from '../wiring/refresher.js';

export const quiet = new Writable({ write: (_c, _e, cb) => cb() });
export const admin = { userId: 'admin-1', roles: ['admin'], organizationId: 'org-1' };
export const REDIRECT = 'https://keywarden.example/api/v1/oauth/callback';

export type Harness = {
  clock: TestClock;
  db: TestDatabase;
  namespace: string;
  natsUrl: string;
  gitlab: GitLabSimulator;
  feishu: FeishuSimulator;
  brokers: RunningService[];
  handles: BrokerHandles[];
  env: Record<string, string>;
  rpc: <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2], instance?: number) => ReturnType<typeof callRpc<N>>;
  events: (type?: string) => Promise<Array<{ type: string; stream_id: string; data: Record<string, unknown> }>>;
  stop: () => Promise<void>;
};

export async function startHarness(options: { instances?: number; env?: Record<string, string> } = {}): Promise<Harness> {
  const clock = new TestClock('2026-03-01T08:00:00.000Z');
  const db = await createTestDatabase('oauth');
  const { natsUrl, namespace } = testBus();
  const gitlab = await startGitLabSimulator();
  const feishu = await startFeishuSimulator();
  gitlab.clock.follow(clock);
  feishu.clock.follow(clock);
  const env: Record<string, string> = {
    KW_SERVICE_NAME: 'oauth-broker', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent',
    KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    // Tests drive the scheduler and the monitor by hand.
    KW_OAUTH_SCHEDULER_INTERVAL_MS: '3600000', KW_OAUTH_INLINE_RETRY_BASE_MS: '20',
    ...options.env,
  };
  const brokers: RunningService[] = [];
  const handles: BrokerHandles[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) {
    brokers.push(await startService(
      oauthBrokerService({ onBuilt: (h) => handles.push(h) }),
      loadConfig('oauth-broker', env, oauthBrokerConfig),
      { clock, logDestination: quiet },
    ));
  }
  const sql = brokers[0]!.deps.database!.sql;
  return {
    clock, db, namespace, natsUrl, gitlab, feishu, brokers, handles, env,
    rpc: (method, request, instance = 0) => callRpc(brokers[instance]!.deps.nc, method, request, { namespace, timeoutMs: 20_000 }),
    events: async (type) => {
      const rows = type
        ? await sql`select type, stream_id, data from events where type = ${type} order by global_position`
        : await sql`select type, stream_id, data from events order by global_position`;
      return rows as unknown as Array<{ type: string; stream_id: string; data: Record<string, unknown> }>;
    },
    stop: async () => {
      for (const broker of brokers.reverse()) await broker.stop();
      await gitlab.close();
      await feishu.close();
      await db.drop();
    },
  };
}

/** Configures a GitLab app on the simulator and connects `userId`'s GitLab user through the real flow. */
export async function connectGitLab(h: Harness, userId: string, gitlabUser: { id: number; username: string }, secret = 'gl-client-secret-1') {
  h.gitlab.addApp({ clientId: 'gl-app', clientSecret: secret });
  h.gitlab.addUser(gitlabUser);
  const apps = await h.rpc('oauth.ConfigureProviderApp', { actor: admin, provider: 'gitlab', name: 'GitLab', baseUrl: h.gitlab.url, clientId: 'gl-app', clientSecret: secret, scopes: ['api'] });
  const accountId = await connectUser(h, apps.providerAppId, userId, () => h.gitlab.signIn(gitlabUser.id));
  return { providerAppId: apps.providerAppId, accountId };
}

/** Start, follow the authorize redirect as a browser would, complete. */
export async function connectUser(h: Harness, providerAppId: string, userId: string, signIn: () => void): Promise<string> {
  const actor = { userId, roles: [], organizationId: 'org-1' };
  const start = await h.rpc('oauth.StartConnect', { actor, providerAppId, redirectUri: REDIRECT });
  signIn();
  const response = await fetch(start.authorizeUrl, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? 'http://missing/');
  const done = await h.rpc('oauth.CompleteConnect', { actor, state: location.searchParams.get('state') ?? '', code: location.searchParams.get('code') ?? '' });
  return done.account?.accountId ?? '';
}

/** A Refresher of its own on the harness database (own pools), for tests that need other refresher settings. */
export function standaloneRefresher(h: Harness, overrides: Partial<RefresherDeps> = {}): { refresher: Refresher; close: () => Promise<void> } {
  const config = loadConfig('oauth-broker', h.env, oauthBrokerConfig);
  const settings = brokerSettings((config as { extra?: Partial<OAuthBrokerExtra> }).extra ?? {});
  const database = connectDatabase(h.db.url, { max: 2 });
  const lockDatabase = connectDatabase(h.db.url, { max: 2 });
  const logger = createLogger({ service: 'oauth-broker-test', level: 'silent' });
  const { refresher } = buildRefresher({ database, lockDatabase, keyring: Keyring.fromConfig(config.masterKeys!), clock: h.clock, settings, logger, lockSlots: 2 }, overrides);
  return { refresher, close: async () => { await lockDatabase.close(); await database.close(); } };
}
