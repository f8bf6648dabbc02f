import { KeywardenError } from '@keywarden/errors';
import { z } from 'zod';

export type GatewayConfig = {
  serviceName: string;
  http: { port: number; host: string };
  nats: { url: string; user: string; password: string };
  /** Collector base URL (Jaeger's OTLP/HTTP, e.g. http://localhost:4318); no export when unset. */
  otlpEndpoint: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
};

export type GatewayConfigErrorCode = 'ERR_CONFIG_INVALID';

/** Lists every missing or invalid variable by name; never their values (passwords). */
export class GatewayConfigError extends KeywardenError<GatewayConfigErrorCode> {
  constructor(readonly problems: readonly string[]) {
    super('ERR_CONFIG_INVALID', 500, `Invalid gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const schema = z.object({
  KW_SERVICE_NAME: z.string().min(1).default('gateway'),
  KW_HTTP_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  // All interfaces by default (containers); the local platform passes 127.0.0.1.
  KW_HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  KW_NATS_URL: z.string().regex(/^(nats|tls|wss?):\/\/[^\s]+$/, 'must be a URL like nats://host:4222'),
  KW_NATS_USER: z.string().min(1),
  KW_NATS_PASSWORD: z.string().min(1),
  KW_OTLP_ENDPOINT: z.url().optional(),
  KW_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // An empty variable counts as unset, as in docker-compose's `VAR=`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new GatewayConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return present[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  return {
    serviceName: values.KW_SERVICE_NAME,
    http: { port: values.KW_HTTP_PORT, host: values.KW_HTTP_HOST },
    nats: { url: values.KW_NATS_URL, user: values.KW_NATS_USER, password: values.KW_NATS_PASSWORD },
    otlpEndpoint: values.KW_OTLP_ENDPOINT,
    logLevel: values.KW_LOG_LEVEL,
  };
}
