import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SERVICES, httpPortEnv } from './services.js';

/** tools/platform/src → the repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export type PlatformConfig = {
  repoRoot: string;
  /** Everything that persists between runs: JetStream store, PostgreSQL cluster, secrets.json, logs. */
  dataDir: string;
  /** Service name → HTTP port, for the services that serve HTTP. */
  httpPorts: ReadonlyMap<string, number>;
  natsPort: number;
  pgPort: number;
  /** Passed to the services when set, so their traces reach a collector (Jaeger). */
  otlpEndpoint: string | undefined;
  /** How long a service gets to stop after SIGTERM before it is killed. */
  stopTimeoutMs: number;
  /** Start the GitLab and Feishu simulators and register them as provider apps (no real provider needed). */
  simulators: boolean;
  simulatorPorts: { gitlab: number; feishu: number };
  /** How long the GitLab simulator's access tokens live (GitLab's default: two hours; about a minute shows refreshes). */
  gitlabTokenTtlSeconds: number;
};

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

const httpServices = SERVICES.flatMap((s) => (s.httpPort === null ? [] : [{ name: s.name, port: s.httpPort }]));

const schema = z.object({
  KW_DATA_DIR: z.string().min(1).optional(),
  ...Object.fromEntries(httpServices.map((s) => [httpPortEnv(s.name), port(s.port)])),
  KW_NATS_PORT: port(4222),
  // 5433, not 5432: leaves room for a PostgreSQL already installed on the machine.
  KW_PG_PORT: port(5433),
  KW_OTLP_ENDPOINT: z.url().optional(),
  KW_STOP_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  KW_PLATFORM_SIMULATORS: z.enum(['on', 'off']).default('on'),
  KW_GITLAB_SIM_PORT: port(8091),
  KW_FEISHU_SIM_PORT: port(8092),
  KW_GITLAB_SIM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(30 * 86_400).default(7200),
});

export class PlatformConfigError extends Error {
  override name = 'PlatformConfigError';
}

export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new PlatformConfigError(`Invalid platform settings:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  // The default lives at the repository root (gitignored) wherever `npm start` runs from.
  const dataDir = values.KW_DATA_DIR
    ? isAbsolute(values.KW_DATA_DIR)
      ? values.KW_DATA_DIR
      : resolve(values.KW_DATA_DIR)
    : join(REPO_ROOT, '.keywarden');
  return {
    repoRoot: REPO_ROOT,
    dataDir,
    httpPorts: new Map(httpServices.map((s) => [s.name, (values as Record<string, unknown>)[httpPortEnv(s.name)] as number])),
    natsPort: values.KW_NATS_PORT,
    pgPort: values.KW_PG_PORT,
    otlpEndpoint: values.KW_OTLP_ENDPOINT,
    stopTimeoutMs: values.KW_STOP_TIMEOUT_MS,
    simulators: values.KW_PLATFORM_SIMULATORS === 'on',
    simulatorPorts: { gitlab: values.KW_GITLAB_SIM_PORT, feishu: values.KW_FEISHU_SIM_PORT },
    gitlabTokenTtlSeconds: values.KW_GITLAB_SIM_TOKEN_TTL_SECONDS,
  };
}
