// The auth area: users, password sign-in, sessions with rotating refresh
// tokens, access JWTs and their signing keys, token cleanup.
import { periodicTask, type BackgroundTask } from '@keywarden/runtime';
import { authEndpoints } from '../adapters/incoming/rpc/auth.js';
import { sessionListEndpoints } from '../adapters/incoming/rpc/sessions.js';
import { DbCredentials, DbSignInCounters } from '../adapters/outgoing/db/credentials.js';
import { dbRefreshTokens } from '../adapters/outgoing/db/refresh-tokens.js';
import { dbSigningKeys } from '../adapters/outgoing/db/signing-keys.js';
import { tokenCleanupStore } from '../adapters/outgoing/db/token-cleanup.js';
import { dbTransactions } from '../adapters/outgoing/db/transactions.js';
import type { Area } from './area.js';
import type { IdentityDeps } from '../app/context.js';
import type { InstancePort, PatsPort, SessionsPort, UsersPort } from '../app/ports.js';
import { cleanupSchedule, type CleanupDeps } from '../app/auth/cleanup.js';
import { SigningKeys } from '../app/auth/keys.js';
import { dummyHash } from '../app/auth/passwords.js';
import { signInLimits } from '../app/auth/rate-limit.js';
import { Sessions } from '../app/auth/sessions.js';
import { Users } from '../app/auth/users.js';

/** How often the rotation timer looks whether the active key is due (at most). */
const ROTATION_CHECK_MS = 60_000;
/** How often grace pairs past their window are cleared. */
const GRACE_SWEEP_MS = 30_000;

export type AuthArea = Area & { users: UsersPort; sessions: SessionsPort };
/** The concrete pieces, for tests and the refresh-grants benchmark. */
export type AuthInternals = { users: Users; sessions: Sessions; keys: SigningKeys; cleanup: CleanupDeps };

export function buildAuthArea(deps: IdentityDeps, ports: { pats: PatsPort; instance: InstancePort }, onInternals?: (internals: AuthInternals) => void): AuthArea {
  const storage = { credentials: new DbCredentials(deps.database), counters: new DbSignInCounters(deps.database), transactions: dbTransactions(deps.database) };
  const keys = new SigningKeys({ ...deps, store: dbSigningKeys(deps.database), transactions: storage.transactions });
  const sessions = new Sessions({ ...deps, keys, tokens: dbRefreshTokens(deps.database), transactions: storage.transactions });
  const users = new Users({
    database: deps.database, keyring: deps.keyring, clock: deps.clock, sessions, pats: ports.pats, instance: ports.instance, limits: signInLimits(deps.settings), ...storage,
  });
  const cleanup: CleanupDeps = {
    database: deps.database, clock: deps.clock, settings: deps.settings, pats: ports.pats, logger: deps.logger, store: tokenCleanupStore, transactions: storage.transactions,
  };
  onInternals?.({ users, sessions, keys, cleanup });
  // The dummy hash that unknown e-mails are checked against: made now, not on the first such sign-in.
  void dummyHash();
  const tasks: BackgroundTask[] = [
    { name: 'signing-keys', start: () => keys.ensure(), stop: () => {} },
    cleanupSchedule(cleanup),
    every(deps, 'grace-pair-sweep', GRACE_SWEEP_MS, () => sessions.clearExpiredGracePairs()),
  ];
  if (deps.settings.keyRotationMs > 0) tasks.push(every(deps, 'signing-key-rotation', Math.min(deps.settings.keyRotationMs, ROTATION_CHECK_MS), () => keys.rotateIfDue()));
  const rpc = [...authEndpoints({ ...deps, ...storage, users, sessions, keys, cleanup, instance: ports.instance }), ...sessionListEndpoints({ ...deps, sessions })];
  return { rpc, tasks, users, sessions };
}

/** Every `intervalMs`; a database outage is waited out quietly (runtime's periodicTask), other failures are logged. */
function every(deps: IdentityDeps, name: string, intervalMs: number, work: () => Promise<unknown>): BackgroundTask {
  return periodicTask({ name, intervalMs, database: deps.database, logger: deps.logger, work });
}
