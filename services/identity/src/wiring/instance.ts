// The instance area: settings of the whole installation (today: whether password
// sign-in is on), changed by administrators, read by auth and SSO through InstancePort.
import { instanceEndpoints } from '../adapters/incoming/rpc/instance.js';
import { lockSignInMethods } from '../adapters/outgoing/db/locks.js';
import { dbTransactions } from '../adapters/outgoing/db/transactions.js';
import type { Area } from './area.js';
import type { IdentityDeps } from '../app/context.js';
import type { InstancePort } from '../app/ports.js';
import { InstanceSettings } from '../app/instance/settings.js';

export type InstanceArea = Area & { instance: InstancePort };

/** The instance settings on their adapters (also what tests hand auth and SSO). */
export function instanceSettings(deps: IdentityDeps): InstanceSettings {
  return new InstanceSettings({ ...deps, transactions: dbTransactions(deps.database), lockSignInMethods });
}

export function buildInstanceArea(deps: IdentityDeps): InstanceArea {
  const instance = instanceSettings(deps);
  const tasks = deps.settings.passwordSignInForced
    ? [{
      name: 'password-sign-in-override',
      // Said once at every start, so the override is not forgotten once the emergency is over.
      start: () => deps.logger.warn('KW_IDENTITY_PASSWORD_SIGN_IN=force-enabled: password sign-in and sign-up work whatever the instance setting says; remove it once an administrator can sign in'),
      stop: () => {},
    }]
    : [];
  return { rpc: instanceEndpoints(instance), tasks, instance };
}
