// Identity's own settings (KW_IDENTITY_*), on top of the shared ones.
import { envInt as int, envBool as bool } from '@keywarden/runtime';
import { z } from 'zod';

export const identityConfig = {
  /** `iss` of every access token; verifiers pin it. */
  KW_IDENTITY_ISSUER: z.string().min(1).default('https://keywarden.local'),
  /** `aud` of every access token; verifiers pin it. */
  KW_IDENTITY_AUDIENCE: z.string().min(1).default('keywarden-api'),
  KW_IDENTITY_ACCESS_TOKEN_MINUTES: int(15, 1),
  /** "EdDSA" (Ed25519) or "ES256" for new signing keys. */
  KW_IDENTITY_SIGNING_ALGORITHM: z.enum(['EdDSA', 'ES256']).default('EdDSA'),
  /** A new signing key becomes active this often (0 = only on demand). */
  KW_IDENTITY_KEY_ROTATION_DAYS: int(30),
  /** A refresh-token family ends this long after sign-in, whatever its activity. */
  KW_IDENTITY_REFRESH_ABSOLUTE_DAYS: int(30, 1),
  /** ...or this long after its last refresh. */
  KW_IDENTITY_REFRESH_IDLE_DAYS: int(7, 1),
  /** Two tabs refreshing with the same token this close together get the same new pair. */
  KW_IDENTITY_REFRESH_GRACE_SECONDS: int(10),
  /** Sign-in attempts per e-mail address and per client IP, per window. */
  KW_IDENTITY_SIGNIN_LIMIT_PER_ACCOUNT: int(10, 1),
  KW_IDENTITY_SIGNIN_LIMIT_PER_IP: int(50, 1),
  KW_IDENTITY_SIGNIN_WINDOW_SECONDS: int(300, 1),
  /** Token cleanup: cron with seconds (croner, 6 fields), its time zone, and how long dead tokens are kept. */
  KW_IDENTITY_CLEANUP_CRON: z.string().min(1).default('0 0 3 * * *'),
  KW_IDENTITY_CLEANUP_TIMEZONE: z.string().min(1).default('UTC'),
  KW_IDENTITY_CLEANUP_RETENTION_DAYS: int(7),
  /** How long an SSO sign-in may take between start and callback. */
  KW_IDENTITY_SSO_STATE_MINUTES: int(10, 1),
  /**
   * The SSO callback URLs StartSso accepts (comma-separated, exact match): the gateway's public callback.
   * Empty accepts any http(s) URL the caller (the gateway, by NATS permissions) names; set it in production so a
   * forged Host header at the edge cannot send authorization codes elsewhere.
   */
  KW_IDENTITY_SSO_REDIRECT_URIS: z.string().default(''),
  /** Accept http:// OIDC issuers (local development and tests only). */
  KW_IDENTITY_ALLOW_INSECURE_ISSUERS: bool(false),
  /**
   * Break-glass: "force-enabled" keeps password sign-in and sign-up working whatever the instance setting says
   * (an administrator locked out after turning it off, the SSO provider gone). "setting" (default) follows the setting.
   */
  KW_IDENTITY_PASSWORD_SIGN_IN: z.enum(['setting', 'force-enabled']).default('setting'),
};

export type IdentityExtra = z.infer<z.ZodObject<typeof identityConfig>>;

/** The settings as the app layer uses them (milliseconds). */
export type IdentitySettings = {
  issuer: string;
  audience: string;
  accessTokenMs: number;
  signingAlgorithm: 'EdDSA' | 'ES256';
  keyRotationMs: number;
  refreshAbsoluteMs: number;
  refreshIdleMs: number;
  refreshGraceMs: number;
  signInLimitPerAccount: number;
  signInLimitPerIp: number;
  signInWindowMs: number;
  cleanupCron: string;
  cleanupTimezone: string;
  cleanupRetentionMs: number;
  ssoStateMs: number;
  ssoRedirectUris: string[];
  allowInsecureIssuers: boolean;
  /** KW_IDENTITY_PASSWORD_SIGN_IN=force-enabled: password sign-in works whatever the instance setting. */
  passwordSignInForced: boolean;
};

const DAY_MS = 86_400_000;

export function identitySettings(extra: Partial<Record<keyof IdentityExtra, unknown>>): IdentitySettings {
  const e = z.object(identityConfig).parse(extra);
  return {
    issuer: e.KW_IDENTITY_ISSUER,
    audience: e.KW_IDENTITY_AUDIENCE,
    accessTokenMs: e.KW_IDENTITY_ACCESS_TOKEN_MINUTES * 60_000,
    signingAlgorithm: e.KW_IDENTITY_SIGNING_ALGORITHM,
    keyRotationMs: e.KW_IDENTITY_KEY_ROTATION_DAYS * DAY_MS,
    refreshAbsoluteMs: e.KW_IDENTITY_REFRESH_ABSOLUTE_DAYS * DAY_MS,
    refreshIdleMs: e.KW_IDENTITY_REFRESH_IDLE_DAYS * DAY_MS,
    refreshGraceMs: e.KW_IDENTITY_REFRESH_GRACE_SECONDS * 1000,
    signInLimitPerAccount: e.KW_IDENTITY_SIGNIN_LIMIT_PER_ACCOUNT,
    signInLimitPerIp: e.KW_IDENTITY_SIGNIN_LIMIT_PER_IP,
    signInWindowMs: e.KW_IDENTITY_SIGNIN_WINDOW_SECONDS * 1000,
    cleanupCron: e.KW_IDENTITY_CLEANUP_CRON,
    cleanupTimezone: e.KW_IDENTITY_CLEANUP_TIMEZONE,
    cleanupRetentionMs: e.KW_IDENTITY_CLEANUP_RETENTION_DAYS * DAY_MS,
    ssoStateMs: e.KW_IDENTITY_SSO_STATE_MINUTES * 60_000,
    ssoRedirectUris: e.KW_IDENTITY_SSO_REDIRECT_URIS.split(',').map((u) => u.trim()).filter(Boolean),
    allowInsecureIssuers: e.KW_IDENTITY_ALLOW_INSECURE_ISSUERS,
    passwordSignInForced: e.KW_IDENTITY_PASSWORD_SIGN_IN === 'force-enabled',
  };
}
