// The personal access token area: create (shown once), list, revoke, verify
// (the gateway's PAT path), the batched last-used flush, and the port auth
// uses to end a user's tokens and to purge dead ones.
import { patEndpoints } from '../../adapters/rpc/pats.js';
import type { Area } from '../area.js';
import type { IdentityDeps } from '../context.js';
import type { PatsPort } from '../ports.js';
import { patCommands } from './commands.js';
import { patsPort } from './port.js';
import { PatStore } from './store.js';
import { UsageRecorder } from './usage.js';

export function buildPatsArea(deps: IdentityDeps): Area & { pats: PatsPort } {
  const store = new PatStore(deps.database);
  const usage = new UsageRecorder((uses) => store.recordUses(uses), deps.logger, 1000, (error) => deps.database.availability.noticeFailure(error));
  const patDeps = { database: deps.database, commands: patCommands(deps.database), store, clock: deps.clock, usage };
  return {
    rpc: patEndpoints(patDeps),
    tasks: [usage.task()],
    pats: patsPort(deps.database, store, deps.clock),
  };
}
