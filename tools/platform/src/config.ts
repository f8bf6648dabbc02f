import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_RESTART_POLICY, type RestartPolicyOptions } from './restart-policy.js';
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
  /** Jaeger's web UI as the browser reaches it (KW_JAEGER_UI_URL): handed to the gateway, whose console links trace ids there. */
  jaegerUiUrl: string | undefined;
  /** How long the services get to stop after SIGTERM before they are killed (Ctrl-C's budget: this plus about 4 s). */
  stopTimeoutMs: number;
  /** When a service, nats-server or PostgreSQL dies: restart delays and when to give up. */
  restart: RestartPolicyOptions;
  /** The platform's own GET /metrics (restarts, what is up), on 127.0.0.1. */
  metricsPort: number;
  /** Start the GitLab and Feishu simulators and register them as provider apps (no real provider needed). */
  simulators: boolean;
  simulatorPorts: { gitlab: number; feishu: number };
  /** How long the GitLab simulator's access tokens live (GitLab's default: two hours; about a minute shows refreshes). */
  gitlabTokenTtlSeconds: number;
  /**
   * Where the deployer and gitops-sync write: 'manifests' (YAML files, no cluster, no Flux) or 'simulated'
   * (the Kubernetes API simulator with rollouts and a Flux stand-in, cluster.ts, on `clusterPort`).
   */
  cluster: 'manifests' | 'simulated';
  clusterPort: number;
  /**
   * How the services run: 'source' (TypeScript through tsx, as in development) or 'dist' (the JavaScript
   * `npm run build` compiled, as the production image runs them).
   */
  runtime: 'source' | 'dist';
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
  // Checked here too, so `npm start` stops with the message before any service starts (the gateway checks it again).
  KW_JAEGER_UI_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  KW_STOP_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  KW_PLATFORM_RESTART_DELAY_MS: z.coerce.number().int().min(10).default(DEFAULT_RESTART_POLICY.initialDelayMs),
  KW_PLATFORM_RESTART_MAX_DELAY_MS: z.coerce.number().int().min(10).default(DEFAULT_RESTART_POLICY.maxDelayMs),
  KW_PLATFORM_RESTART_LIMIT: z.coerce.number().int().min(1).default(DEFAULT_RESTART_POLICY.maxFastCrashes),
  KW_PLATFORM_RESTART_WINDOW_MS: z.coerce.number().int().min(1_000).default(DEFAULT_RESTART_POLICY.windowMs),
  KW_PLATFORM_METRICS_PORT: port(9464),
  KW_PLATFORM_SIMULATORS: z.enum(['on', 'off']).default('on'),
  KW_GITLAB_SIM_PORT: port(8091),
  KW_FEISHU_SIM_PORT: port(8092),
  KW_GITLAB_SIM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(30 * 86_400).default(7200),
  KW_PLATFORM_CLUSTER: z.enum(['manifests', 'simulated']).default('manifests'),
  KW_KUBE_SIM_PORT: port(8093),
  KW_PLATFORM_RUNTIME: z.enum(['source', 'dist']).default('source'),
});

// After SIGTERM (nats-server) or a fast shutdown (PostgreSQL), how long each
// may take before it is killed.
export const NATS_STOP_GRACE_MS = 1_500;
export const PG_STOP_GRACE_MS = 2_000;

/**
 * How long a stop may take in all: the services' grace time, then
 * nats-server's, then PostgreSQL's (one after the other). With the default
 * KW_STOP_TIMEOUT_MS, 8.5 s: Ctrl-C ends `npm start` within 10 s.
 */
export function stopBudgetMs(config: Pick<PlatformConfig, 'stopTimeoutMs'>): number {
  return config.stopTimeoutMs + NATS_STOP_GRACE_MS + PG_STOP_GRACE_MS;
}

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
    jaegerUiUrl: values.KW_JAEGER_UI_URL,
    stopTimeoutMs: values.KW_STOP_TIMEOUT_MS,
    restart: {
      ...DEFAULT_RESTART_POLICY,
      initialDelayMs: values.KW_PLATFORM_RESTART_DELAY_MS,
      maxDelayMs: Math.max(values.KW_PLATFORM_RESTART_MAX_DELAY_MS, values.KW_PLATFORM_RESTART_DELAY_MS),
      maxFastCrashes: values.KW_PLATFORM_RESTART_LIMIT,
      windowMs: values.KW_PLATFORM_RESTART_WINDOW_MS,
    },
    metricsPort: values.KW_PLATFORM_METRICS_PORT,
    simulators: values.KW_PLATFORM_SIMULATORS === 'on',
    simulatorPorts: { gitlab: values.KW_GITLAB_SIM_PORT, feishu: values.KW_FEISHU_SIM_PORT },
    gitlabTokenTtlSeconds: values.KW_GITLAB_SIM_TOKEN_TTL_SECONDS,
    cluster: values.KW_PLATFORM_CLUSTER,
    clusterPort: values.KW_KUBE_SIM_PORT,
    runtime: values.KW_PLATFORM_RUNTIME,
  };
}
