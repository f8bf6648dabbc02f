// The PAT and organization areas on a real database and bus, without auth:
// users are rows written straight into auth's `users` table and read back
// through a small UsersPort of the test's own. This keeps these tests
// independent of sign-up; service.int tests exercise the full composition.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { Keyring, generateMasterKey } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { loadConfig, startService, type RunningService, type ServiceDefinition } from '@keywarden/runtime';
import { TestClock, createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import { eq, inArray, type SQL } from 'drizzle-orm';
import { users } from '../schema/users.js';
import type { IdentityDeps } from '../app/context.js';
import { buildOrganizationsArea } from '../wiring/organizations.js';
import { buildPatsArea } from '../wiring/pats.js';
import type { PatsPort, UsersPort, UserView } from '../app/ports.js';
import { identityConfig, identitySettings } from '../config.js';
import { identityMigrations } from '../service.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });

type UserRow = typeof users.$inferSelect;
const view = (r: UserRow): UserView => ({
  userId: r.id, email: r.email, displayName: r.displayName, roles: r.roles, status: r.status === 'disabled' ? 'disabled' : 'active', createdAt: r.createdAt,
});

export function tableUsers(database: Database, calls: { getMany: number } = { getMany: 0 }): UsersPort {
  const select = (where: SQL | undefined) => database.db.select().from(users).where(where);
  return {
    get: async (userId) => (await select(eq(users.id, userId))).map(view)[0],
    findByEmail: async (email) => (await select(eq(users.emailNormalized, email.trim().toLowerCase()))).map(view)[0],
    getMany: async (ids) => {
      calls.getMany++;
      return new Map((ids.length ? await select(inArray(users.id, [...ids])) : []).map((r) => [r.id, view(r)]));
    },
    registerFromSso: () => Promise.reject(new Error('not in these tests')),
  };
}

export type PatsOrgsHarness = {
  clock: TestClock;
  service: RunningService;
  deps: IdentityDeps;
  pats: PatsPort;
  usersCalls: { getMany: number };
  rpc: <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2]) => ReturnType<typeof callRpc<N>>;
  addUser: (input?: { email?: string; displayName?: string; roles?: string[] }) => Promise<{ userId: string; email: string }>;
  setUserStatus: (userId: string, status: 'active' | 'disabled') => Promise<void>;
  stop: () => Promise<void>;
};

export async function startPatsOrgsHarness(): Promise<PatsOrgsHarness> {
  // From the wall clock: events are recorded (and rows stamped) at the database's time.
  const clock = new TestClock(new Date());
  const db: TestDatabase = await createTestDatabase('identity_po');
  const { natsUrl, namespace } = testBus();
  const env = {
    KW_SERVICE_NAME: 'identity', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: process.env['KW_TEST_LOG'] ?? 'silent',
    KW_MASTER_KEYS: `1:${generateMasterKey()}`,
  };
  const usersCalls = { getMany: 0 };
  let built: { deps: IdentityDeps; pats: PatsPort } | undefined;
  const definition: ServiceDefinition = {
    name: 'identity',
    context: 'identity',
    migrations: [identityMigrations],
    build: (base) => {
      const deps: IdentityDeps = {
        database: base.database!, keyring: Keyring.fromConfig(base.config.masterKeys!), clock: base.clock, settings: identitySettings({}),
        logger: base.logger, nc: base.nc, namespace: base.namespace,
      };
      const pats = buildPatsArea(deps);
      const organizations = buildOrganizationsArea(deps, { users: tableUsers(deps.database, usersCalls) });
      built = { deps, pats: pats.pats };
      return { rpc: [...pats.rpc, ...organizations.rpc], tasks: [...(pats.tasks ?? []), ...(organizations.tasks ?? [])] };
    },
  };
  const service = await startService(definition, loadConfig('identity', env, identityConfig), { clock, ...(process.env['KW_TEST_LOG'] ? {} : { logDestination: quiet }) });
  const sql = service.deps.database!.sql;
  return {
    clock, service, deps: built!.deps, pats: built!.pats, usersCalls,
    rpc: (method, request) => callRpc(service.deps.nc, method, request, { namespace, timeoutMs: 20_000 }),
    addUser: async (input = {}) => {
      const userId = randomUUID();
      const email = input.email ?? `${userId.slice(0, 8)}@example.com`;
      const now = clock.now().toISOString();
      await sql`insert into users (id, email, email_normalized, display_name, roles, status, method, created_at, updated_at)
        values (${userId}, ${email}, ${email.toLowerCase()}, ${input.displayName ?? email.split('@')[0]!}, ${JSON.stringify(input.roles ?? [])}::jsonb, 'active', 'password', ${now}, ${now})`;
      return { userId, email };
    },
    setUserStatus: async (userId, status) => {
      await sql`update users set status = ${status} where id = ${userId}`;
    },
    stop: async () => {
      await service.stop();
      await db.drop();
    },
  };
}
