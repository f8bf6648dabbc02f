// Identity's RPC contract served by a stand-in over the real bus (GetJwks,
// VerifyPersonalAccessToken, GetMe, GetMembership), its stream with events
// the test publishes, and access tokens signed the way identity signs them.
import { randomUUID } from 'node:crypto';
import { endpoint, ensureEventStream, eventPublisher, startRpcService } from '@keywarden/bus';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { NatsConnection } from '@nats-io/nats-core';

export const ISSUER = 'https://keywarden.local';
export const AUDIENCE = 'keywarden-api';

export type FakeIdentity = {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
  jwksCalls: () => number;
  /** Starts publishing the key (started with `keysPublished: false`, as a fresh identity before its first key). */
  publishKeys: () => void;
  patCalls: () => number;
  pats: Map<string, { tokenId: string; userId: string; scopes: string[]; expiresAt?: string; valid?: boolean }>;
  memberships: Map<string, string>;
  /** An access token as identity issues it; override anything. */
  accessToken: (claims?: Record<string, unknown>, header?: Record<string, unknown>) => Promise<string>;
  publish: (type: string, aggregate: string, data: Record<string, unknown>, at?: Date) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startFakeIdentity(nc: NatsConnection, namespace: string, options: { keysPublished?: boolean } = {}): Promise<FakeIdentity> {
  let keysPublished = options.keysPublished ?? true;
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
  const kid = `k-${randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  let jwks = 0;
  let patChecks = 0;
  const pats = new Map<string, { tokenId: string; userId: string; scopes: string[]; expiresAt?: string; valid?: boolean }>();
  const memberships = new Map<string, string>();
  const service = await startRpcService(nc, {
    name: 'identity', version: '0.0.0', namespace,
    endpoints: [
      endpoint('identity.GetJwks', async () => {
        jwks++;
        return { jwksJson: JSON.stringify({ keys: keysPublished ? [publicJwk] : [] }) };
      }),
      endpoint('identity.VerifyPersonalAccessToken', async ({ tokenHash }) => {
        patChecks++;
        const pat = pats.get(tokenHash);
        if (!pat || pat.valid === false) return { valid: false };
        return { valid: true, tokenId: pat.tokenId, userId: pat.userId, roles: [], scopes: pat.scopes, ...(pat.expiresAt ? { expiresAt: pat.expiresAt } : {}) };
      }),
      endpoint('identity.GetMe', async ({ actor }) => ({
        user: { userId: actor?.userId ?? '', email: `${actor?.userId}@example.com`, displayName: '', roles: actor?.roles ?? [], status: 'active' },
        memberships: [],
      })),
      endpoint('identity.GetMembership', async ({ organizationId, userId }) => ({ role: memberships.get(`${organizationId} ${userId}`) ?? '' })),
    ],
  });
  await ensureEventStream(nc, 'identity', { namespace });
  const publisher = eventPublisher(nc, { source: 'identity', namespace });
  const versions = new Map<string, number>();
  return {
    kid, privateKey, publicJwk, pats, memberships,
    jwksCalls: () => jwks,
    publishKeys: () => {
      keysPublished = true;
    },
    patCalls: () => patChecks,
    accessToken: async (claims = {}, header = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return await new SignJWT({ sid: `s-${randomUUID()}`, roles: [], ...claims })
        .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid, ...header })
        .setIssuer((claims['iss'] as string) ?? ISSUER).setAudience((claims['aud'] as string) ?? AUDIENCE).setSubject((claims['sub'] as string) ?? 'u-1').setJti(randomUUID())
        .setIssuedAt((claims['iat'] as number) ?? now).setExpirationTime((claims['exp'] as number) ?? now + 900)
        .sign(privateKey);
    },
    publish: async (type, aggregate, data, at = new Date()) => {
      const streamId = `${aggregate}-${String(Object.values(data)[0])}`;
      const version = (versions.get(streamId) ?? 0) + 1;
      versions.set(streamId, version);
      const [outcome] = await publisher([{ eventId: randomUUID(), type, streamId, streamVersion: version, recordedAt: at, data, metadata: {} }]);
      if (outcome?.status !== 'acked') throw new Error(`publish ${type}: ${JSON.stringify(outcome)}`);
    },
    stop: async () => {
      await service.stop();
    },
  };
}
