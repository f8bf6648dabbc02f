// Identity: users, organizations, sessions (refresh-token families), personal
// access tokens, signing keys, SSO providers, instance settings and the token cleanup. Each area is
// wired in src/wiring (its use cases, their incoming RPC endpoints and tasks); they meet only through app/ports.ts.
import { packageMigrations } from '@keywarden/db';
import { Keyring } from '@keywarden/crypto';
import type { ServiceDefinition } from '@keywarden/runtime';
import type { IdentityDeps } from './app/context.js';
import { identitySettings, type IdentityExtra } from './config.js';
import { buildAuthArea } from './wiring/auth.js';
import { buildInstanceArea } from './wiring/instance.js';
import { buildOrganizationsArea } from './wiring/organizations.js';
import { buildPatsArea } from './wiring/pats.js';
import { buildSsoArea } from './wiring/sso.js';

export const identityMigrations = packageMigrations('@keywarden/identity', import.meta.url, '__migrations_identity');

export function identityService(options: { onBuilt?: (deps: IdentityDeps) => void } = {}): ServiceDefinition {
  return {
    name: 'identity',
    context: 'identity',
    migrations: [identityMigrations],
    build: (base) => {
      if (!base.config.masterKeys) throw new Error('identity needs KW_MASTER_KEYS: signing keys and SSO client secrets are encrypted at rest');
      const deps: IdentityDeps = {
        database: base.database!,
        keyring: Keyring.fromConfig(base.config.masterKeys),
        clock: base.clock,
        settings: identitySettings((base.config as { extra?: Partial<IdentityExtra> }).extra ?? {}),
        logger: base.logger,
        nc: base.nc,
        namespace: base.namespace,
      };
      options.onBuilt?.(deps);
      const pats = buildPatsArea(deps);
      const instance = buildInstanceArea(deps);
      const auth = buildAuthArea(deps, { pats: pats.pats, instance: instance.instance });
      const organizations = buildOrganizationsArea(deps, { users: auth.users });
      const sso = buildSsoArea(deps, { users: auth.users, sessions: auth.sessions, instance: instance.instance });
      const areas = [auth, pats, organizations, sso, instance];
      return { rpc: areas.flatMap((a) => a.rpc), tasks: areas.flatMap((a) => a.tasks ?? []) };
    },
  };
}
