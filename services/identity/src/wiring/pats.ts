// The personal access token area: create (shown once), list, revoke, verify
// (the gateway's PAT path), the batched last-used flush, and the port auth
// uses to end a user's tokens and to purge dead ones; and `kw login` in the browser, which ends
// in a PAT named for the machine.
import { cliLoginEndpoints } from '../adapters/incoming/rpc/cli-login.js';
import { patEndpoints } from '../adapters/incoming/rpc/pats.js';
import { DbCliLogins } from '../adapters/outgoing/db/cli-login-store.js';
import { DbPatStore } from '../adapters/outgoing/db/pat-store.js';
import { dbTransactions } from '../adapters/outgoing/db/transactions.js';
import type { Area } from './area.js';
import type { IdentityDeps } from '../app/context.js';
import type { PatsPort } from '../app/ports.js';
import { commands } from '../app/commands.js';
import { patsPort } from '../app/pats/port.js';
import { UsageRecorder } from '../app/pats/usage.js';

export function buildPatsArea(deps: IdentityDeps): Area & { pats: PatsPort } {
  const store = new DbPatStore(deps.database);
  const usage = new UsageRecorder((uses) => store.recordUses(uses), deps.logger, 1000, (error) => deps.database.availability.noticeFailure(error));
  const patDeps = { database: deps.database, commands: commands(deps.database), store, clock: deps.clock, usage };
  return {
    rpc: [...patEndpoints(patDeps), ...cliLoginEndpoints({ logins: new DbCliLogins(deps.database), pats: patDeps })],
    tasks: [usage.task()],
    pats: patsPort(dbTransactions(deps.database), store, deps.clock),
  };
}
