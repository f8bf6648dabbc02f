import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Bounded contexts: evt.<context>.> subjects, EVT_<CONTEXT> streams, rpc.<context>.> endpoints. */
export type Context = 'identity' | 'oauth' | 'secrets' | 'gitops' | 'deploy' | 'notify' | 'audit';

export type ServiceSpec = {
  /** Folder under services/ and the service's name in logs, traces and events. */
  name: string;
  /** The context whose events and RPCs it owns; the gateway owns none. */
  context: Context | null;
  /** Its user in deploy/nats/nats-server.conf. */
  natsUser: string;
  /** Its own database and role (same name); the gateway keeps nothing durable. */
  database: string | null;
  /** Default HTTP port when it serves HTTP; the platform's KW_<NAME>_PORT overrides it. */
  httpPort: number | null;
  /** It encrypts data at rest, so docker-compose and deploy/k8s give it KW_MASTER_KEYS (the others never see them). */
  masterKeys: boolean;
  /** Entry point, relative to the repository root. */
  entry: string;
  /** The same compiled to JavaScript by `npm run build` (what the production image runs). */
  dist: string;
};

const service = (
  name: string,
  context: Context | null,
  options: { database?: boolean; httpPort?: number; masterKeys?: boolean } = {},
): ServiceSpec => ({
  name,
  context,
  natsUser: name,
  database: options.database === false ? null : name.replaceAll('-', '_'),
  httpPort: options.httpPort ?? null,
  masterKeys: options.masterKeys ?? true,
  entry: `services/${name}/src/main.ts`,
  dist: `services/${name}/dist/main.js`,
});

/**
 * Every service of ARCHITECTURE §1, in start order. The local platform starts
 * those whose folder exists; docker-compose and deploy/nats list the same.
 */
export const SERVICES: readonly ServiceSpec[] = [
  service('identity', 'identity'),
  service('oauth-broker', 'oauth'),
  service('secrets-vault', 'secrets'),
  service('gitops-sync', 'gitops', { masterKeys: false }),
  service('deployer', 'deploy'),
  service('notifier', 'notify'),
  service('audit', 'audit', { masterKeys: false }),
  service('gateway', null, { database: false, httpPort: 8080, masterKeys: false }),
];

/** The user the operator tools (replay, republish, tail) connect as. */
export const OPERATOR_NATS_USER = 'operator';

/** Every user deploy/nats/nats-server.conf expects a password for. */
export const NATS_USERS: readonly string[] = [...SERVICES.map((s) => s.natsUser), OPERATOR_NATS_USER];

/** The platform variable that overrides a service's HTTP port (KW_GATEWAY_PORT). */
export function httpPortEnv(name: string): string {
  return `KW_${name.toUpperCase().replaceAll('-', '_')}_PORT`;
}

/** The variable nats-server reads a user's password from ($KW_NATS_PASSWORD_OAUTH_BROKER). */
export function natsPasswordEnv(user: string): string {
  return `KW_NATS_PASSWORD_${user.toUpperCase().replaceAll('-', '_')}`;
}

/** The services that exist in this checkout: today's issues add them one by one. */
export function existingServices(repoRoot: string, services: readonly ServiceSpec[] = SERVICES): ServiceSpec[] {
  return services.filter((spec) => existsSync(join(repoRoot, spec.entry)));
}
