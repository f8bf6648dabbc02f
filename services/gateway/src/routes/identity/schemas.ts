// The JSON shapes of the identity routes (request bodies and responses), and
// the mapping from identity's RPC replies to them. Never a password, a hash or
// a token other than the one a reply exists to hand over.
import { z } from '@hono/zod-openapi';
import type { RpcResponse } from '@keywarden/contracts';
import { body as kitBody } from '../kit.js';

const when = z.string().optional().openapi({ format: 'date-time' });

export const User = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  status: z.string().openapi({ description: '"active" or "disabled"' }),
  createdAt: when,
}).openapi('User');

export const Session = z.object({
  sessionId: z.string(),
  tokenType: z.literal('Bearer'),
  accessToken: z.string().openapi({ description: 'The access JWT for `Authorization: Bearer`; 15 minutes.' }),
  accessTokenExpiresAt: when,
  refreshTokenExpiresAt: when,
  refreshToken: z.string().optional().openapi({
    description: 'Only for non-browser clients that send `X-Keywarden-Client: cli` (or sent the refresh token in the body); browsers get it in the HttpOnly `kw_refresh` cookie only.',
  }),
  user: User.optional(),
}).openapi('Session');

export const Membership = z.object({ organizationId: z.string(), organizationName: z.string(), organizationSlug: z.string(), role: z.string() }).openapi('Membership');

export const PersonalAccessToken = z.object({
  tokenId: z.string(),
  name: z.string(),
  description: z.string(),
  scopes: z.array(z.string()),
  expiresAt: when,
  createdAt: when,
  lastUsedAt: when,
  status: z.string().openapi({ description: '"active", "expired" or "revoked"' }),
  tokenFingerprint: z.string(),
}).openapi('PersonalAccessToken');

export const Organization = z.object({ organizationId: z.string(), name: z.string(), slug: z.string(), ownerUserId: z.string(), createdAt: when }).openapi('Organization');
export const Member = z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: z.string() }).openapi('Member');

export const IdentityProvider = z.object({
  identityProviderId: z.string(),
  name: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  clientSecretFingerprint: z.string(),
  scopes: z.array(z.string()),
  claimMapping: z.record(z.string(), z.string()),
  identifierFilter: z.string(),
  enabled: z.boolean(),
}).openapi('IdentityProvider');

export const Device = z.object({
  browser: z.string().openapi({ example: 'Firefox' }),
  browserVersion: z.string(),
  os: z.string().openapi({ example: 'Windows' }),
  osVersion: z.string(),
  type: z.string().openapi({ description: '"desktop", "mobile", "tablet", "tv", "bot", or "" when the User-Agent does not say' }),
  vendor: z.string(),
  model: z.string(),
}).openapi('Device', { description: 'Parsed from the User-Agent of the sign-in (bowser); empty fields where it does not say (a CLI, curl).' });

export const SessionInfo = z.object({
  sessionId: z.string(),
  userId: z.string(),
  method: z.string().openapi({ description: '"password" or "sso"' }),
  identityProviderId: z.string(),
  device: Device,
  userAgent: z.string(),
  ipAddress: z.string().openapi({ description: 'Address of the last use (last refresh, else the sign-in)' }),
  signInIpAddress: z.string(),
  createdAt: when,
  lastUsedAt: when.openapi({ description: 'The last sign-in or refresh (a browser refreshes every 15 minutes while open); requests are not recorded one by one' }),
  expiresAt: when.openapi({ description: 'When it ends unless used: the earlier of its idle and absolute ends' }),
  status: z.string().openapi({ description: '"active" or "revoked"' }),
  revokedAt: when,
  current: z.boolean().openapi({ description: 'The session of the access token making this request' }),
}).openapi('SessionInfo');

export const InstanceSettings = z.object({
  passwordSignIn: z.enum(['enabled', 'disabled']).openapi({ description: 'As an administrator set it' }),
  passwordSignInEnabled: z.boolean().openapi({ description: 'Whether password sign-in and sign-up work right now (the setting, unless KW_IDENTITY_PASSWORD_SIGN_IN=force-enabled overrides it)' }),
  passwordSignInForced: z.boolean().openapi({ description: 'True while the break-glass variable KW_IDENTITY_PASSWORD_SIGN_IN=force-enabled is set' }),
  updatedAt: when,
  updatedByUserId: z.string(),
}).openapi('InstanceSettings');

const counts = {
  runId: z.string(),
  cleanedCount: z.number().openapi({ description: 'Tokens deleted by the run (dead longer than the retention)' }),
  remainingTokens: z.number().openapi({ description: 'Tokens stored after the run' }),
  totalCount: z.number().openapi({ description: 'Tokens stored when the run began: cleanedCount + remainingTokens' }),
  expiredCount: z.number().openapi({ description: 'Of totalCount, those that no longer work (expired, rotated, revoked): cleaned, or kept for the retention' }),
  validCount: z.number().openapi({ description: 'Of totalCount, those that still work: expiredCount + validCount = totalCount' }),
  cleanedRefreshTokenCount: z.number(),
  cleanedPersonalAccessTokenCount: z.number(),
  durationMs: z.number(),
  timestamp: when.openapi({ description: 'When the run finished' }),
};
export const TokenCleanupFigures = z.object(counts).openapi('TokenCleanupFigures');
export const TokenCleanupRun = z.object({ ...counts, trigger: z.string().openapi({ description: '"schedule" or "manual"' }) }).openapi('TokenCleanupRun');
export const TokenCleanupSchedule = z.object({
  cron: z.string().openapi({ description: 'croner expression, seconds first (KW_IDENTITY_CLEANUP_CRON)', example: '0 0 3 * * *' }),
  timezone: z.string(),
  nextRunAt: when,
  retentionDays: z.number().openapi({ description: 'Dead tokens are deleted this many days after they died (KW_IDENTITY_CLEANUP_RETENTION_DAYS)' }),
}).openapi('TokenCleanupSchedule');

export { json, problem, problems } from '../kit.js';
/** Request bodies as identity routes spread them into `request`. */
export const body = <T extends z.ZodType>(schema: T) => ({ body: kitBody(schema) });
export const optionalBody = <T extends z.ZodType>(schema: T) => ({ body: { ...kitBody(schema), required: false } });

export const ClientHeader = z.object({
  'x-keywarden-client': z.enum(['web', 'cli']).optional().openapi({
    description: '`cli`: also return the refresh token in the body. Any value: required when the refresh token comes from the cookie (CSRF guard).',
  }),
});

type UserJson = NonNullable<RpcResponse<'identity.GetMe'>['user']>;
type SessionJson = NonNullable<RpcResponse<'identity.SignIn'>['session']>;
type PatJson = NonNullable<RpcResponse<'identity.RevokePersonalAccessToken'>['personalAccessToken']>;
type IdpJson = NonNullable<RpcResponse<'identity.ConfigureIdentityProvider'>['identityProvider']>;
type SessionInfoJson = NonNullable<RpcResponse<'identity.RevokeSession'>['session']>;
type SettingsJson = NonNullable<RpcResponse<'identity.GetInstanceSettings'>['settings']>;
type FiguresJson = RpcResponse<'identity.RunTokenCleanup'>;
type ScheduleJson = NonNullable<RpcResponse<'identity.GetTokenCleanup'>['schedule']>;

const str = (v: string | undefined) => v ?? '';
const list = (v: string[] | undefined) => v ?? [];

export const toUser = (u: UserJson): z.infer<typeof User> => ({
  userId: str(u.userId), email: str(u.email), displayName: str(u.displayName), roles: list(u.roles), status: str(u.status), createdAt: u.createdAt,
});

export const toSession = (s: SessionJson, withRefreshToken: boolean): z.infer<typeof Session> => ({
  sessionId: str(s.sessionId),
  tokenType: 'Bearer',
  accessToken: str(s.accessToken),
  accessTokenExpiresAt: s.accessTokenExpiresAt,
  refreshTokenExpiresAt: s.refreshTokenExpiresAt,
  ...(withRefreshToken ? { refreshToken: str(s.refreshToken) } : {}),
  ...(s.user ? { user: toUser(s.user) } : {}),
});

export const toPat = (p: PatJson): z.infer<typeof PersonalAccessToken> => ({
  tokenId: str(p.tokenId), name: str(p.name), description: str(p.description), scopes: list(p.scopes), expiresAt: p.expiresAt, createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt, status: str(p.status), tokenFingerprint: str(p.tokenFingerprint),
});

export const toIdp = (p: IdpJson): z.infer<typeof IdentityProvider> => ({
  identityProviderId: str(p.identityProviderId), name: str(p.name), issuer: str(p.issuer), clientId: str(p.clientId), clientSecretFingerprint: str(p.clientSecretFingerprint),
  scopes: list(p.scopes), claimMapping: p.claimMapping ?? {}, identifierFilter: str(p.identifierFilter), enabled: p.enabled ?? false,
});

type MembershipJson = NonNullable<RpcResponse<'identity.GetMe'>['memberships']>[number];
type OrganizationJson = NonNullable<RpcResponse<'identity.CreateOrganization'>['organization']>;
type MemberJson = NonNullable<RpcResponse<'identity.AddMember'>['member']>;

export const toMembership = (m: MembershipJson): z.infer<typeof Membership> => ({
  organizationId: str(m.organizationId), organizationName: str(m.organizationName), organizationSlug: str(m.organizationSlug), role: str(m.role),
});
export const toOrganization = (o: OrganizationJson): z.infer<typeof Organization> => ({
  organizationId: str(o.organizationId), name: str(o.name), slug: str(o.slug), ownerUserId: str(o.ownerUserId), createdAt: o.createdAt,
});
export const toMember = (m: MemberJson): z.infer<typeof Member> => ({ userId: str(m.userId), email: str(m.email), displayName: str(m.displayName), role: str(m.role) });

const num = (v: number | undefined) => v ?? 0;

/** `current`: the session of the access token that asks (none for a personal access token). */
export const toSessionInfo = (s: SessionInfoJson, currentSessionId: string | undefined): z.infer<typeof SessionInfo> => {
  const d = s.device ?? {};
  return {
    sessionId: str(s.sessionId), userId: str(s.userId), method: str(s.method), identityProviderId: str(s.identityProviderId),
    device: {
      browser: str(d.browser), browserVersion: str(d.browserVersion), os: str(d.os), osVersion: str(d.osVersion), type: str(d.type), vendor: str(d.vendor), model: str(d.model),
    },
    userAgent: str(s.userAgent), ipAddress: str(s.ipAddress), signInIpAddress: str(s.signInIpAddress), createdAt: s.createdAt, lastUsedAt: s.lastUsedAt,
    expiresAt: s.expiresAt, status: str(s.status), revokedAt: s.revokedAt, current: currentSessionId !== undefined && s.sessionId === currentSessionId,
  };
};

export const toSettings = (s: SettingsJson): z.infer<typeof InstanceSettings> => ({
  passwordSignIn: s.passwordSignIn === 'disabled' ? 'disabled' : 'enabled', passwordSignInEnabled: s.passwordSignInEnabled ?? false,
  passwordSignInForced: s.passwordSignInForced ?? false, updatedAt: s.updatedAt, updatedByUserId: str(s.updatedByUserId),
});

/** RunTokenCleanup's reply, or GetTokenCleanup's last run (the same figures). */
export const toCleanupFigures = (f: Partial<FiguresJson>): z.infer<typeof TokenCleanupFigures> => ({
  runId: str(f.runId), cleanedCount: num(f.cleanedCount), remainingTokens: num(f.remainingTokens), totalCount: num(f.totalCount), expiredCount: num(f.expiredCount),
  validCount: num(f.validCount), cleanedRefreshTokenCount: num(f.cleanedRefreshTokenCount), cleanedPersonalAccessTokenCount: num(f.cleanedPersonalAccessTokenCount),
  durationMs: num(f.durationMs), timestamp: f.timestamp,
});

export const toCleanupSchedule = (s: ScheduleJson): z.infer<typeof TokenCleanupSchedule> => ({
  cron: str(s.cron), timezone: str(s.timezone), nextRunAt: s.nextRunAt, retentionDays: num(s.retentionDays),
});
