// Identity started in-process (startService) on a fresh database and bus
// namespace, with a TestClock and master keys: for the int tests of every area.
//   const h = await startIdentity({ settings: { refreshGraceMs: 5_000 } });
//   await h.rpc('identity.SignUp', { email, password, displayName: '' });
import { Writable } from 'node:stream';
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { TestClock, createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import type { Sql } from 'postgres';
import { buildAuthArea, type AuthInternals } from '../wiring/auth.js';
import type { IdentityDeps } from '../app/context.js';
import { instanceSettings } from '../wiring/instance.js';
import type { PatsPort } from '../app/ports.js';
import { identityConfig, type IdentitySettings } from '../config.js';
import { identityService } from '../service.js';

export const quiet = new Writable({ write: (_c, _e, cb) => cb() });
export const STRONG_PASSWORD = 'correct horse battery staple';

export type StoredEvent = { type: string; stream_id: string; data: Record<string, unknown> };

export type IdentityHarness = {
  clock: TestClock;
  db: TestDatabase;
  namespace: string;
  natsUrl: string;
  env: Record<string, string>;
  services: RunningService[];
  /** What each instance's areas were built from (settings already overridden). */
  deps: IdentityDeps[];
  database: Database;
  sql: Sql;
  rpc: <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2], instance?: number) => ReturnType<typeof callRpc<N>>;
  /** Events in the store, oldest first, optionally of one type. */
  events: (type?: string) => Promise<StoredEvent[]>;
  /** The auth area's pieces on instance 0's deps, with the PATs port given (a spy, say). */
  auth: (pats?: PatsPort) => AuthInternals;
  stop: () => Promise<void>;
};

/** The tokens of a SignIn or RefreshSession reply, with the optional wrappers removed. */
export function tokens(reply: { session?: { sessionId?: string; accessToken?: string; refreshToken?: string; user?: { userId?: string } | null } | null }) {
  const s = reply.session;
  if (!s?.sessionId || !s.accessToken || !s.refreshToken || !s.user?.userId) throw new Error('the reply holds no session');
  return { sessionId: s.sessionId, accessToken: s.accessToken, refreshToken: s.refreshToken, userId: s.user.userId };
}

export const noPats: PatsPort = { revokeAllOfUser: async () => 0, purge: async () => ({ purged: 0, remaining: 0, valid: 0 }) };

export async function startIdentity(options: {
  instances?: number;
  /** KW_* variables on top of the harness's. */
  env?: Record<string, string>;
  /** Settings as the app sees them (milliseconds), applied after the configuration is read. */
  settings?: Partial<IdentitySettings>;
  clockStart?: string;
} = {}): Promise<IdentityHarness> {
  const clock = new TestClock(options.clockStart ?? '2026-03-01T08:00:00.000Z');
  const db = await createTestDatabase('identity');
  const { natsUrl, namespace } = testBus();
  const env: Record<string, string> = {
    KW_SERVICE_NAME: 'identity', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent',
    KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    ...options.env,
  };
  const services: RunningService[] = [];
  const deps: IdentityDeps[] = [];
  try {
    for (let i = 0; i < (options.instances ?? 1); i++) {
      services.push(await startService(
        identityService({ onBuilt: (d) => { Object.assign(d.settings, options.settings ?? {}); deps.push(d); } }),
        loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }),
        { clock, logDestination: quiet },
      ));
    }
  } catch (error) {
    for (const s of services.reverse()) await s.stop();
    await db.drop();
    throw error;
  }
  const database = services[0]!.deps.database!;
  const sql = database.sql;
  return {
    clock, db, namespace, natsUrl, env, services, deps, database, sql,
    rpc: (method, request, instance = 0) => callRpc(services[instance]!.deps.nc, method, request, { namespace, timeoutMs: 20_000 }),
    events: async (type) => {
      const rows = type
        ? await sql`select type, stream_id, data from events where type = ${type} order by global_position`
        : await sql`select type, stream_id, data from events order by global_position`;
      return rows as unknown as StoredEvent[];
    },
    auth: (pats = noPats) => {
      let internals: AuthInternals | undefined;
      buildAuthArea(deps[0]!, { pats, instance: instanceSettings(deps[0]!) }, (built) => (internals = built));
      return internals!;
    },
    stop: async () => {
      for (const s of services.reverse()) await s.stop();
      await db.drop();
    },
  };
}
