// The auth area's RPC endpoints (rpc.identity.<Method>). Replies of SignIn and
// RefreshSession carry tokens: never log them. Sign-up, sign-in and refresh are
// anonymous; the others act for the actor the gateway authenticated.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { isAdmin, requireActor, requireAdmin } from '../../../app/actor.js';
import type { CleanupDeps } from '../../../app/auth/cleanup.js';
import { runTokenCleanup, type CleanupFigures } from '../../../app/auth/cleanup.js';
import { tokenCleanupStatus } from '../../../app/auth/cleanup-status.js';
import type { SigningKeys } from '../../../app/auth/keys.js';
import type { Credentials, SignInCounters } from '../../../app/auth/ports.js';
import type { Sessions } from '../../../app/auth/sessions.js';
import { signIn } from '../../../app/auth/sign-in.js';
import { listUsers } from '../../../projections/user-views.js';
import { userMessage } from './user-message.js';
import type { Users } from '../../../app/auth/users.js';
import type { IdentityDeps } from '../../../app/context.js';
import type { ClientInfo, InstancePort, IssuedSession } from '../../../app/ports.js';

const client = (c: { ip?: string; userAgent?: string } | null | undefined): ClientInfo => ({ ip: c?.ip ?? '', userAgent: c?.userAgent ?? '' });

const figuresMessage = (f: Omit<CleanupFigures, 'timestamp'> & { timestamp: Date }) => ({
  runId: f.runId, cleanedCount: f.cleanedCount, remainingTokens: f.remainingTokens, durationMs: f.durationMs, timestamp: f.timestamp.toISOString(),
  cleanedRefreshTokenCount: f.cleanedRefreshTokenCount, cleanedPersonalAccessTokenCount: f.cleanedPersonalAccessTokenCount,
  totalCount: f.totalCount, expiredCount: f.expiredCount, validCount: f.validCount,
});

const sessionMessage = (s: IssuedSession) => ({
  sessionId: s.sessionId, accessToken: s.accessToken, accessTokenExpiresAt: s.accessTokenExpiresAt.toISOString(),
  refreshToken: s.refreshToken, refreshTokenExpiresAt: s.refreshTokenExpiresAt.toISOString(), user: userMessage(s.user),
});

export function authEndpoints(
  deps: IdentityDeps & { users: Users; sessions: Sessions; keys: SigningKeys; cleanup: CleanupDeps; instance: InstancePort; credentials: Credentials; counters: SignInCounters },
): AnyRpcEndpoint[] {
  const { users, sessions, keys } = deps;
  return [
    endpoint('identity.SignUp', async (req) => {
      const { user, replayed } = await users.signUp({ email: req.email, password: req.password, displayName: req.displayName }, req.idempotencyKey);
      return { user: userMessage(user), replayed };
    }),
    endpoint('identity.SignIn', async (req) => ({ session: sessionMessage(await signIn(deps, { email: req.email, password: req.password, client: client(req.client) })) })),
    endpoint('identity.RefreshSession', async (req) => ({ session: sessionMessage(await sessions.refresh(req.refreshToken, client(req.client))) })),
    endpoint('identity.VerifyRefreshToken', async (req) => {
      const session = await sessions.verify(req.tokenHash, client(req.client));
      return session ? { valid: true, ...session } : { valid: false };
    }),
    endpoint('identity.SignOut', async (req) => {
      const actor = req.actor?.userId ? requireActor(req.actor) : undefined;
      const revoked = await sessions.signOut({
        actorUserId: actor?.userId ?? '', isAdmin: actor ? isAdmin(actor) : false, refreshToken: req.refreshToken, sessionId: req.sessionId,
      });
      return { revoked };
    }),
    endpoint('identity.ChangePassword', async (req) => {
      const result = await users.changePassword(requireActor(req.actor), req.currentPassword, req.newPassword);
      return { revokedSessions: result.sessions, revokedPersonalAccessTokens: result.pats };
    }),
    endpoint('identity.ListUsers', async (req) => {
      requireAdmin(requireActor(req.actor));
      const page = await listUsers(deps.database.db, { emailPrefix: req.emailPrefix, limit: req.limit, after: req.after });
      return { users: page.users.map(userMessage), next: page.next };
    }),
    endpoint('identity.DisableUser', async (req) => {
      const actor = requireActor(req.actor);
      requireAdmin(actor);
      return { user: userMessage(await users.disable(actor, req.userId, req.reason)) };
    }),
    endpoint('identity.EnableUser', async (req) => {
      const actor = requireActor(req.actor);
      requireAdmin(actor);
      return { user: userMessage(await users.enable(actor, req.userId)) };
    }),
    endpoint('identity.GetJwks', async () => ({ jwksJson: JSON.stringify(await keys.jwks()) })),
    endpoint('identity.RotateSigningKey', async (req) => {
      const actor = requireActor(req.actor);
      requireAdmin(actor);
      const rotated = await keys.rotate(actor.userId);
      return { keyId: rotated.keyId, previousKeyId: rotated.previousKeyId, retirePreviousAt: rotated.retirePreviousAt?.toISOString() ?? null };
    }),
    endpoint('identity.RunTokenCleanup', async (req) => {
      const actor = requireActor(req.actor);
      requireAdmin(actor);
      return figuresMessage((await runTokenCleanup(deps.cleanup, 'manual', actor.userId))!);
    }),
    endpoint('identity.GetTokenCleanup', async (req) => {
      requireAdmin(requireActor(req.actor));
      const { lastRun: r, schedule } = await tokenCleanupStatus(deps.cleanup);
      return {
        lastRun: r ? { ...figuresMessage({ ...r, timestamp: r.finishedAt }), trigger: r.trigger } : null,
        schedule: { ...schedule, nextRunAt: schedule.nextRunAt?.toISOString() },
      };
    }),
  ];
}
