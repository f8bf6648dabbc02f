// Access JWTs are verified locally: signature against identity's JWKS with the
// algorithm, issuer, audience and typ pinned (alg none, HS256 keyed with the
// public key, foreign issuers and audiences, expired tokens all fail here),
// then checked against the revocations learnt from the bus. A token that passed
// the signature check is remembered by its exact text until it expires, so a
// busy client costs a map lookup, not a signature verification, per request;
// revocations are checked on every request either way.
import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { Jwks } from './jwks.js';

export const ALGORITHMS = ['EdDSA', 'ES256'];

export type AccessClaims = { sub: string; sid: string; jti: string; exp: number; iat: number; roles: string[] };

export class InvalidToken extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class AccessTokenVerifier {
  private readonly verified = new Map<string, { claims: AccessClaims; generation: number }>();

  constructor(
    private readonly jwks: Jwks,
    private readonly options: { issuer: string; audience: string; clockSkewMs: number; now: () => Date; maxCached?: number },
  ) {}

  async verify(token: string): Promise<AccessClaims> {
    const nowMs = this.options.now().getTime();
    const cached = this.verified.get(token);
    if (cached && cached.generation === this.jwks.generation) {
      if (cached.claims.exp * 1000 + this.options.clockSkewMs <= nowMs) {
        this.verified.delete(token);
        throw new InvalidToken('the access token has expired');
      }
      return cached.claims;
    }
    const claims = await this.verifySignature(token, nowMs);
    const max = this.options.maxCached ?? 10_000;
    if (this.verified.size >= max) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { claims, generation: this.jwks.generation });
    return claims;
  }

  private async verifySignature(token: string, nowMs: number, retried = false): Promise<AccessClaims> {
    const getKey = this.jwks.getKey;
    if (!getKey) {
      // Rate-limited like an unknown kid: requests must not hammer an identity that is down.
      if (!retried && (await this.jwks.reloadForUnknownKey())) return await this.verifySignature(token, nowMs, true);
      throw new InvalidToken('signing keys are not available yet');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms: ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        typ: 'at+jwt',
        requiredClaims: ['sub', 'sid', 'jti', 'exp', 'iat'],
        clockTolerance: Math.round(this.options.clockSkewMs / 1000),
        currentDate: new Date(nowMs),
      }));
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && !retried && (await this.jwks.reloadForUnknownKey())) {
        return await this.verifySignature(token, nowMs, true);
      }
      throw new InvalidToken(reasonOf(error));
    }
    const { sub, sid, jti, exp, iat } = payload as JWTPayload & { sid?: unknown };
    // iat is what the per-user cut-off (password changed, user disabled) compares: no guessing it.
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof jti !== 'string' || typeof exp !== 'number' || typeof iat !== 'number') {
      throw new InvalidToken('the access token lacks sub, sid, jti, iat or exp');
    }
    const roles = Array.isArray(payload['roles']) ? (payload['roles'] as unknown[]).filter((r): r is string => typeof r === 'string') : [];
    return { sub, sid, jti, exp, iat, roles };
  }
}

/** A reason safe to show: jose's messages name claims and checks, never token contents. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the access token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the access token's ${error.claim} claim is not acceptable`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the access token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the access token is signed with an unknown key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the access token signature is invalid';
  return 'the access token is malformed';
}
