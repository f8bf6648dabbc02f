// What the SSO area's application code works with.
import type { Database } from '@keywarden/db';
import type { Keyring } from '@keywarden/crypto';
import type { Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { IdentitySettings } from '../../config.js';
import type { InstancePort, SessionsPort, UsersPort } from '../ports.js';
import { OidcClients } from './oidc.js';
import type { ProviderStore, SsoAttempts, SsoLinks } from './ports.js';
import { commands, type Commands } from '../commands.js';


export type SsoDeps = {
  database: Database;
  keyring: Keyring;
  clock: Clock;
  settings: Pick<IdentitySettings, 'ssoStateMs' | 'ssoRedirectUris' | 'allowInsecureIssuers'>;
  logger: Logger;
  commands: Pick<Commands, 'identityProvider'>;
  providers: ProviderStore;
  attempts: SsoAttempts;
  links: SsoLinks;
  clients: OidcClients;
  users: UsersPort;
  sessions: SessionsPort;
  instance: InstancePort;
};

export function ssoDeps(
  base: { database: Database; keyring: Keyring; clock: Clock; settings: IdentitySettings; logger: Logger },
  ports: { users: UsersPort; sessions: SessionsPort; instance: InstancePort },
  stores: { providers: ProviderStore; attempts: SsoAttempts; links: SsoLinks },
): SsoDeps {
  return {
    database: base.database, keyring: base.keyring, clock: base.clock, settings: base.settings, logger: base.logger,
    commands: commands(base.database), ...stores,
    clients: new OidcClients({ allowInsecureIssuers: base.settings.allowInsecureIssuers }), ...ports,
  };
}
