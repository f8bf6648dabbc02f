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

export { json, problems } from '../kit.js';
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
