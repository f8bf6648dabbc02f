import { KeywardenError } from '@keywarden/errors';
import { z } from 'zod';

/** The configuration every service shares (README "Configuration"). */
export type BaseConfig = {
  serviceName: string;
  databaseUrl: string | undefined;
  /** Connections in the service's pool (KW_DATABASE_POOL_SIZE): the cap on its concurrent transactions. */
  databasePoolSize: number;
  nats: { url: string; user: string | undefined; password: string | undefined };
  /** Test isolation only: prefixes streams and subjects. Empty in production. */
  busNamespace: string | undefined;
  /** Copies of the service's own event stream (KW_STREAM_REPLICAS): 1 on one server, 3 in a JetStream cluster. */
  streamReplicas: number;
  http: { port: number | undefined; host: string };
  otlpEndpoint: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  masterKeys: string | undefined;
  dataDir: string | undefined;
  /** How long a gauge computed by a query (consumer lag, backlogs, near-expiry counts) is served before it is read again. */
  metricsMaxAgeMs: number;
  /**
   * How long a claim on queued or scheduled work holds it without a heartbeat (KW_QUEUE_LEASE_MS): the work of a
   * replica that dies is taken over by another this long after its last heartbeat.
   */
  queueLeaseMs: number;
};

/** An integer variable with a default (services' own settings, `extraConfig`). */
export const envInt = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

/**
 * A 'true'/'false' variable with a default. Also accepts a boolean: services parse
 * the runtime's already-parsed `extra` once more into their settings.
 */
export const envBool = (fallback: boolean) => z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(fallback);

export class ConfigError extends KeywardenError<'ERR_CONFIG_INVALID'> {
  constructor(readonly problems: readonly string[]) {
    super('ERR_CONFIG_INVALID', 500, `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, { errorId: 'RUNTIME-cfg1' });
  }
}

const base = z.object({
  KW_SERVICE_NAME: z.string().min(1).optional(),
  KW_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  KW_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  KW_NATS_URL: z.string().regex(/^(nats|tls|wss?):\/\/\S+$/, 'must be a URL like nats://host:4222'),
  KW_NATS_USER: z.string().min(1).optional(),
  KW_NATS_PASSWORD: z.string().min(1).optional(),
  KW_BUS_NAMESPACE: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
  // JetStream allows 1 to 5 replicas; deploy/k8s runs a 3-server cluster and sets 3.
  KW_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  KW_HTTP_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  // All interfaces by default (containers); the local platform passes 127.0.0.1.
  KW_HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  KW_OTLP_ENDPOINT: z.url().optional(),
  KW_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KW_MASTER_KEYS: z.string().min(1).optional(),
  KW_DATA_DIR: z.string().min(1).optional(),
  KW_METRICS_MAX_AGE_MS: z.coerce.number().int().min(0).default(15_000),
  KW_QUEUE_LEASE_MS: z.coerce.number().int().min(300).max(600_000).default(15_000),
});

/**
 * Reads the shared variables plus a service's own (`extra`), and lists every
 * missing or invalid one by name — never a value, which may be a password.
 */
export function loadConfig<E extends z.ZodRawShape>(
  defaultName: string,
  env: NodeJS.ProcessEnv = process.env,
  extra?: E,
  required: { database?: boolean; masterKeys?: boolean } = {},
): BaseConfig & { extra: z.infer<z.ZodObject<E>> } {
  // An empty variable counts as unset, as in docker-compose's `VAR=`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const schema = base.extend(extra ?? ({} as E));
  const parsed = schema.safeParse(present);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      problems.push(present[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`);
    }
  }
  if (required.database && !present['KW_DATABASE_URL']) problems.push('KW_DATABASE_URL is missing');
  if (required.masterKeys && !present['KW_MASTER_KEYS']) problems.push('KW_MASTER_KEYS is missing');
  if (problems.length > 0 || !parsed.success) throw new ConfigError([...new Set(problems)]);
  const v = parsed.data as z.infer<typeof base> & Record<string, unknown>;
  const extraValues = Object.fromEntries(Object.keys(extra ?? {}).map((key) => [key, v[key]]));
  return {
    serviceName: v.KW_SERVICE_NAME ?? defaultName,
    databaseUrl: v.KW_DATABASE_URL,
    databasePoolSize: v.KW_DATABASE_POOL_SIZE,
    nats: { url: v.KW_NATS_URL, user: v.KW_NATS_USER, password: v.KW_NATS_PASSWORD },
    busNamespace: v.KW_BUS_NAMESPACE,
    streamReplicas: v.KW_STREAM_REPLICAS,
    http: { port: v.KW_HTTP_PORT, host: v.KW_HTTP_HOST },
    otlpEndpoint: v.KW_OTLP_ENDPOINT,
    logLevel: v.KW_LOG_LEVEL,
    masterKeys: v.KW_MASTER_KEYS,
    dataDir: v.KW_DATA_DIR,
    metricsMaxAgeMs: v.KW_METRICS_MAX_AGE_MS,
    queueLeaseMs: v.KW_QUEUE_LEASE_MS,
    extra: extraValues as z.infer<z.ZodObject<E>>,
  };
}
