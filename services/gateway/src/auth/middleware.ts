// Who is calling: `Authorization: Bearer <token>` holds either an access JWT
// (verified locally against identity's JWKS) or a personal access token `kwp_…`
// (checked by its SHA-256 through rpc.identity.VerifyPersonalAccessToken,
// answers cached briefly). Both are refused once identity's events say they
// were revoked (sign-out, user disabled, password changed, PAT revoked), well
// before the access token would expire. No header: anonymous; routes that need
// an actor say so with requireActor.
import { scopes } from '@keywarden/contracts';
import { sha256Hex } from '@keywarden/crypto';
import { unauthenticated, unavailable } from '@keywarden/errors';
import type { BackgroundTask, ReadinessCheck } from '@keywarden/runtime';
import type { Context, MiddlewareHandler } from 'hono';
import { rpcCaller, settingsOf, type GatewayDeps } from '../rpc.js';
import { AccessTokenVerifier, InvalidToken } from './access-token.js';
import type { Actor, GatewayEnv } from './actor.js';
import { identityFeed } from './feed.js';
import { Jwks } from './jwks.js';
import { MembershipCache, registerMembershipCache } from './organization.js';
import { PatCache, type PatAnswer } from './pat-cache.js';
import { RevocationState } from './revocations.js';

export type Authentication = {
  /** Sets `actor` when valid credentials are presented; rejects invalid ones with 401; lets anonymous requests through. */
  middleware: MiddlewareHandler<GatewayEnv>;
  tasks: BackgroundTask[];
  /** /readyz: the JWKS is loaded and the revocation replay has caught up. */
  readiness: Record<string, ReadinessCheck>;
  jwks: Jwks;
  revocations: RevocationState;
};

const ALL_SCOPES: readonly string[] = scopes;
// Sign-in, refresh, sign-out and SSO must work with a stale token still in the client's header
// (an invalid one there counts as none; sign-out then needs the refresh token).
const LENIENT = /^\/api\/v1\/auth\/(sign-up|sign-in|refresh|sign-out|sso)(\/|$)/;

export function authentication(deps: GatewayDeps): Authentication {
  const settings = settingsOf(deps);
  const rpc = rpcCaller(deps);
  const now = () => deps.clock.now().getTime();
  const revocations = new RevocationState(now, settings.accessTokenMs + settings.clockSkewMs);
  const jwks = new Jwks(rpc, deps.logger);
  const verifier = new AccessTokenVerifier(jwks, { issuer: settings.issuer, audience: settings.audience, clockSkewMs: settings.clockSkewMs, now: () => deps.clock.now() });
  const pats = new PatCache(settings.patCacheMs, Math.max(1000, Math.round(settings.patCacheMs / 5)));
  const memberships = new MembershipCache(rpc, now, 30_000);
  registerMembershipCache(deps, memberships);
  revocations.onChange((change) => {
    if (change.kind === 'pat') pats.evict((a) => a.tokenId === change.id);
    else if (change.kind === 'user') pats.evict((a) => a.userId === change.id);
    else if (change.kind === 'signing-key') void jwks.load();
    else if (change.kind === 'membership' && change.organizationId) memberships.evict(change.organizationId, change.id);
  });
  const feed = identityFeed({
    nc: deps.nc, namespace: deps.namespace, logger: deps.logger, clock: deps.clock,
    windowMs: settings.accessTokenMs + settings.clockSkewMs,
    apply: (event) => revocations.apply(event),
  });
  // Without the feed the gateway cannot know of revocations: past a short grace (a NATS
  // reconnect), refuse every credential rather than accept revoked ones (fail closed).
  const requireLiveRevocations = (c: Context<GatewayEnv>): void => {
    const since = feed.staleSince();
    if (since === undefined || now() - since <= settings.revocationsMaxStaleMs) return;
    c.header('Retry-After', '5');
    throw unavailable('revocations cannot be checked right now; try again shortly', { errorId: 'GW-48c9' });
  };
  const inflight = new Map<string, { answer: Promise<PatAnswer>; startedAt: number }>();

  // One identity call per hash at a time; `verifiedAt` is when it was asked, so a revocation that raced it still counts.
  const checkPat = async (hash: string): Promise<{ answer: PatAnswer; verifiedAt: number }> => {
    const cached = pats.get(hash, now());
    if (cached) return cached;
    const joined = inflight.get(hash);
    if (joined) return { answer: await joined.answer, verifiedAt: joined.startedAt };
    const startedAt = now();
    const answer = rpc('identity.VerifyPersonalAccessToken', { tokenHash: hash }, { timeoutMs: 3000 })
      .then((r): PatAnswer => r.valid
        ? { valid: true, tokenId: r.tokenId, userId: r.userId, roles: r.roles, scopes: r.scopes, expiresAtMs: r.expiresAt ? Date.parse(r.expiresAt) : undefined }
        : { valid: false })
      .finally(() => inflight.delete(hash));
    inflight.set(hash, { answer, startedAt });
    const result = await answer;
    pats.set(hash, result, startedAt, now());
    return { answer: result, verifiedAt: startedAt };
  };

  const patActor = async (token: string): Promise<Actor> => {
    const { answer, verifiedAt } = await checkPat(sha256Hex(token));
    if (!answer.valid) throw new InvalidToken('the personal access token is not valid');
    if (answer.expiresAtMs !== undefined && answer.expiresAtMs <= now()) throw new InvalidToken('the personal access token has expired');
    if (revocations.patRevoked(answer.tokenId) || revocations.userRevokedSince(answer.userId, verifiedAt)) {
      throw new InvalidToken('the personal access token has been revoked');
    }
    return { userId: answer.userId, roles: answer.roles, credential: 'pat', scopes: answer.scopes, tokenId: answer.tokenId };
  };

  const jwtActor = async (token: string): Promise<Actor> => {
    const claims = await verifier.verify(token);
    if (revocations.sessionRevoked(claims.sid)) throw new InvalidToken('the session has ended');
    if (revocations.userRevokedSince(claims.sub, claims.iat * 1000)) throw new InvalidToken('the access token has been revoked');
    return { userId: claims.sub, roles: claims.roles, credential: 'session', scopes: [...ALL_SCOPES], sessionId: claims.sid };
  };

  const middleware: MiddlewareHandler<GatewayEnv> = async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) return await next();
    const lenient = LENIENT.test(c.req.path);
    try {
      const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header);
      if (!match) throw new InvalidToken('the Authorization header must be "Bearer <token>"');
      const token = match[1]!;
      requireLiveRevocations(c);
      c.set('actor', token.startsWith('kwp_') ? await patActor(token) : await jwtActor(token));
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      if (!lenient) reject(c, error.reason);
    }
    return await next();
  };

  const auth: Authentication = {
    middleware,
    jwks,
    revocations,
    readiness: {
      jwks: () => (jwks.loaded ? 'ok' : 'loading'),
      revocations: () => feed.state(),
    },
    tasks: [
      { name: 'jwks', start: () => jwks.startLoading(), stop: () => jwks.stop() },
      feed.task,
      { name: 'revocation-pruning', ...pruning(() => revocations.prune()) },
    ],
  };
  registry.set(deps, auth);
  return auth;
}

const registry = new WeakMap<GatewayDeps, Authentication>();

/** The authentication built for these deps (routes that act on the revocation state or the JWKS). */
export const authenticationOf = (deps: GatewayDeps): Authentication | undefined => registry.get(deps);

function reject(c: Context<GatewayEnv>, reason: string): never {
  c.header('WWW-Authenticate', `Bearer error="invalid_token", error_description="${reason.replace(/"/g, "'")}"`);
  throw unauthenticated(reason, { errorId: 'GW-559c' });
}

function pruning(prune: () => void): Pick<BackgroundTask, 'start' | 'stop'> {
  let timer: NodeJS.Timeout | undefined;
  return {
    start: () => {
      timer = setInterval(prune, 60_000);
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}
