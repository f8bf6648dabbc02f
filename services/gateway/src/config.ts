// The gateway's own settings (KW_GATEWAY_*), on top of the shared ones.
import { fileURLToPath } from 'node:url';
import { envInt as int, envBool as bool } from '@keywarden/runtime';
import { z } from 'zod';

/** The console's build in this checkout (services/console/dist), wherever the gateway is started from. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../console/dist', import.meta.url));

export const gatewayConfig = {
  /** `iss` and `aud` access tokens must carry; the defaults are identity's. */
  KW_GATEWAY_ISSUER: z.string().min(1).default('https://keywarden.local'),
  KW_GATEWAY_AUDIENCE: z.string().min(1).default('keywarden-api'),
  /** Identity's access-token lifetime: how far back revocations are replayed at start and how long they are kept. */
  KW_GATEWAY_ACCESS_TOKEN_MINUTES: int(15, 1),
  /** Clock skew tolerated on exp/iat, and added to the revocation window. */
  KW_GATEWAY_CLOCK_SKEW_SECONDS: int(30),
  /** How long the revocation feed may be interrupted (NATS reconnecting) before credentials are refused with 503. */
  KW_GATEWAY_REVOCATIONS_MAX_STALE_SECONDS: int(5),
  /** How long a PAT check answer is reused (negative answers: a fifth of it). */
  KW_GATEWAY_PAT_CACHE_SECONDS: int(30),
  /** Take the client IP from X-Forwarded-For (only behind a proxy that sets it). */
  KW_GATEWAY_TRUST_PROXY: bool(false),
  /** The public origin (e.g. https://keywarden.example.com): the SSO and OAuth connect redirect URIs and callback URLs. Default: the request's. */
  KW_GATEWAY_PUBLIC_URL: z.url().optional(),
  /** Where the browser goes after an SSO sign-in; unset: the callback answers JSON. */
  KW_GATEWAY_POST_LOGIN_REDIRECT: z.string().min(1).optional(),
  /** The console's built files, served at /. */
  KW_GATEWAY_CONSOLE_DIR: z.string().min(1).default(DEFAULT_CONSOLE_DIR),
  /**
   * Jaeger's web UI as the browser reaches it (e.g. http://localhost:16686): the console links trace ids to
   * `<url>/trace/<id>`. Unset: trace ids stay copyable text. Not KW_GATEWAY_*: the name the issue and the
   * operators' other tools use for the same address.
   */
  KW_JAEGER_UI_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
};

export type GatewayExtra = z.infer<z.ZodObject<typeof gatewayConfig>>;

export type GatewaySettings = {
  issuer: string;
  audience: string;
  accessTokenMs: number;
  clockSkewMs: number;
  patCacheMs: number;
  revocationsMaxStaleMs: number;
  trustProxy: boolean;
  publicUrl: string | undefined;
  postLoginRedirect: string | undefined;
  consoleDir: string;
  /** Jaeger's UI without a trailing slash, or undefined. */
  jaegerUiUrl: string | undefined;
};

export function gatewaySettings(extra: Partial<Record<keyof GatewayExtra, unknown>> = {}): GatewaySettings {
  const e = z.object(gatewayConfig).parse(extra);
  return {
    issuer: e.KW_GATEWAY_ISSUER,
    audience: e.KW_GATEWAY_AUDIENCE,
    accessTokenMs: e.KW_GATEWAY_ACCESS_TOKEN_MINUTES * 60_000,
    clockSkewMs: e.KW_GATEWAY_CLOCK_SKEW_SECONDS * 1000,
    patCacheMs: e.KW_GATEWAY_PAT_CACHE_SECONDS * 1000,
    revocationsMaxStaleMs: e.KW_GATEWAY_REVOCATIONS_MAX_STALE_SECONDS * 1000,
    trustProxy: e.KW_GATEWAY_TRUST_PROXY,
    publicUrl: e.KW_GATEWAY_PUBLIC_URL?.replace(/\/+$/, ''),
    postLoginRedirect: e.KW_GATEWAY_POST_LOGIN_REDIRECT,
    consoleDir: e.KW_GATEWAY_CONSOLE_DIR,
    jaegerUiUrl: e.KW_JAEGER_UI_URL?.replace(/\/+$/, ''),
  };
}
