// Instance settings: whether password sign-in (and sign-up) is on. Administrators
// change it; auth asks on every password sign-in and sign-up (one primary-key read);
// SSO asks before disabling a provider. Turning password sign-in off and disabling
// the last enabled SSO provider take one advisory lock, so two administrators doing
// both at once cannot leave nobody a way in.
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import { validationError } from '@keywarden/errors';
import type { Logger } from '@keywarden/telemetry';
import type { IdentitySettings } from '../../config.js';
import { INSTANCE_STREAM, type PasswordSignIn } from '../../domain/instance/instance.js';
// SSO's read model, read only: how many providers are enabled.
import { enabledProviderCount } from '../../projections/identity-providers.js';
import { instanceSettingsRow } from '../../projections/instance-settings.js';
import { requireActor, requireAdmin, type ActorInput } from '../actor.js';
import type { InstancePort, Transactions } from '../ports.js';
import { commands } from '../commands.js';

export type InstanceSettingsView = {
  passwordSignIn: PasswordSignIn;
  passwordSignInEnabled: boolean;
  passwordSignInForced: boolean;
  updatedAt: Date | undefined;
  updatedByUserId: string;
};

export type InstanceDeps = {
  database: Database; settings: IdentitySettings; logger: Logger; transactions: Transactions;
  /** Takes the sign-in-methods advisory lock in `tx` (adapters/outgoing/db/locks.ts). */
  lockSignInMethods: (tx: Tx) => Promise<void>;
};

export class InstanceSettings implements InstancePort {
  constructor(private readonly deps: InstanceDeps) {}

  async view(db: DbOrTx = this.deps.database.db): Promise<InstanceSettingsView> {
    const row = await instanceSettingsRow(db);
    const passwordSignIn: PasswordSignIn = row?.passwordSignIn === 'disabled' ? 'disabled' : 'enabled';
    const forced = this.deps.settings.passwordSignInForced;
    return {
      passwordSignIn, passwordSignInEnabled: forced || passwordSignIn === 'enabled', passwordSignInForced: forced,
      updatedAt: row?.updatedAt, updatedByUserId: row?.updatedByUserId ?? '',
    };
  }

  async passwordSignInEnabled(db?: DbOrTx): Promise<boolean> {
    if (this.deps.settings.passwordSignInForced) return true;
    return (await this.view(db)).passwordSignInEnabled;
  }

  async lockSignInMethods(tx: Tx): Promise<{ passwordSignInDisabled: boolean }> {
    await this.deps.lockSignInMethods(tx);
    return { passwordSignInDisabled: (await this.view(tx)).passwordSignIn === 'disabled' };
  }

  /** Administrators only. Disabling password sign-in is refused (ERR_CONFLICT) while no SSO provider is enabled. */
  async update(actorInput: ActorInput, input: { passwordSignIn: string }): Promise<InstanceSettingsView> {
    const actor = requireActor(actorInput);
    requireAdmin(actor);
    const wanted = input.passwordSignIn;
    if (wanted !== 'enabled' && wanted !== 'disabled') {
      throw validationError('the settings are not valid', { errorId: 'IDENT-ins2', issues: [{ path: 'passwordSignIn', message: 'must be "enabled" or "disabled"' }] });
    }
    const result = await this.deps.transactions.run(async (tx, database) => {
      await this.lockSignInMethods(tx);
      // Under the lock: a provider being disabled right now has either committed (counted out) or waits for us.
      const enabled = await enabledProviderCount(tx);
      return await commands(database).instance(INSTANCE_STREAM, {
        type: 'SetPasswordSignIn', passwordSignIn: wanted, actorUserId: actor.userId, enabledSsoProviders: enabled,
      }, { metadata: { actor: actor.userId } });
    });
    if (result.events.length > 0) this.deps.logger.info({ password_sign_in: wanted, actor_user_id: actor.userId }, 'password sign-in changed');
    return await this.view();
  }
}
