// Admins configure provider apps; the secret is encrypted in the same transaction as the event.
import { createPrivateKey, randomUUID } from 'node:crypto';
import { fingerprint, type Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { callerScope, idempotency, runIdempotent } from '@keywarden/event-store';
import { validationError } from '@keywarden/errors';
import { providerAppDecider, providerAppStream } from '../domain/provider-app/provider-app.js';
import { PROVIDERS, type Provider } from '../domain/types.js';
import { providerAppSecretFingerprint, providerAppViews } from '../projections/queries.js';
import { requireAdmin, type Actor } from './access.js';
import type { Commands } from './commands.js';
import type { Store } from './ports.js';

export type ConfigureAppInput = {
  providerAppId: string;
  provider: string;
  name: string;
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  privateKeyPem: string;
  scopes: string[];
  authorizeUrl: string;
  tokenUrl: string;
  revocationUrl: string;
  issuer: string;
  defaultExpiresInSeconds: number;
  apiUrl: string;
};

const httpUrl = (value: string) => {
  if (value === '') return true;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** For a create with an Idempotency-Key: where earlier requests are found, and the keyring that seals their digest (the request holds the secret). */
export type IdempotentCreate = { database: Database; keyring: Keyring; key: string };

export async function configureProviderApp(commands: Commands, store: Store, actor: Actor, input: ConfigureAppInput, idempotent?: IdempotentCreate) {
  requireAdmin(actor);
  const issues: Array<{ path: string; message: string }> = [];
  if (!PROVIDERS.includes(input.provider as Provider)) issues.push({ path: 'provider', message: `must be one of ${PROVIDERS.join(', ')}` });
  if (!input.name.trim()) issues.push({ path: 'name', message: 'is required' });
  if (!input.clientId.trim()) issues.push({ path: 'clientId', message: 'is required' });
  for (const key of ['baseUrl', 'authorizeUrl', 'tokenUrl', 'revocationUrl', 'issuer', 'apiUrl'] as const) {
    if (!httpUrl(input[key])) issues.push({ path: key, message: 'must be an http(s) URL' });
  }
  const secret = input.provider === 'github_app' ? input.privateKeyPem : input.clientSecret;
  const creating = input.providerAppId === '';
  if (creating && !secret) issues.push({ path: input.provider === 'github_app' ? 'privateKeyPem' : 'clientSecret', message: 'is required' });
  if (input.provider === 'github_app' && input.privateKeyPem && !isRsaPrivateKey(input.privateKeyPem)) {
    issues.push({ path: 'privateKeyPem', message: 'must be the GitHub App RSA private key in PEM' });
  }
  if (input.provider === 'oauth2' && !(input.issuer || input.baseUrl) && !(input.authorizeUrl && input.tokenUrl)) {
    issues.push({ path: 'issuer', message: 'give an issuer (RFC 8414 discovery) or both authorizeUrl and tokenUrl' });
  }
  if (issues.length) throw validationError('the provider app is not valid', { errorId: 'OAUTH-2f92', issues });
  if (!creating && idempotent?.key) throw validationError('an Idempotency-Key is for creating a provider app', { errorId: 'OAUTH-da0f' });

  const idem = idempotent && idempotency({ operation: 'oauth.ConfigureProviderApp', scope: callerScope(actor), key: idempotent.key, request: input }, idempotent.keyring);
  const providerAppId = creating ? (idem?.id ?? randomUUID()) : input.providerAppId;
  if (!idempotent) return { ...(await configure(commands, store, actor, input, providerAppId, secret, { metadata: {} })), replayed: false };
  const { database } = idempotent;
  const { result, replayed } = await runIdempotent(database.db, idem, providerAppStream(providerAppId), (options) => configure(commands, store, actor, input, providerAppId, secret, options), async () => ({
    providerAppId, clientSecretFingerprint: await providerAppSecretFingerprint(database, providerAppId),
  }));
  return { ...result, replayed };
}

async function configure(
  commands: Commands, store: Store, actor: Actor, input: ConfigureAppInput, providerAppId: string, secret: string, options: { metadata: Record<string, string>; retries?: number },
) {
  const creating = input.providerAppId === '';
  const previous = creating ? undefined : await store.app(providerAppId);
  const secretFingerprint = secret ? fingerprint(secret) : previous!.secretFingerprint;
  const settings: Record<string, string | number> = {};
  for (const key of ['authorizeUrl', 'tokenUrl', 'revocationUrl', 'issuer', 'apiUrl'] as const) if (input[key]) settings[key] = input[key];
  if (input.defaultExpiresInSeconds > 0) settings['defaultExpiresInSeconds'] = input.defaultExpiresInSeconds;
  // Keys in a fixed order (above), so equal settings give equal fingerprints.
  const settingsFingerprint = Object.keys(settings).length > 0 ? fingerprint(JSON.stringify(settings)) : '';
  await commands.providerApp(
    providerAppStream(providerAppId),
    {
      type: 'Configure', providerAppId, provider: input.provider, name: input.name.trim(), baseUrl: input.baseUrl.replace(/\/+$/, ''),
      clientId: input.clientId.trim(), clientSecretFingerprint: secretFingerprint, scopes: input.scopes, settingsFingerprint,
      actorUserId: actor.userId,
    },
    {
      metadata: { actor: actor.userId, ...options.metadata }, retries: options.retries,
      // A create decides on a stream that must not exist yet: a twin of a keyed request fails here instead of updating.
      ...(creating ? { from: { state: providerAppDecider.initialState(), version: 0 } } : {}),
      within: (tx) => store.writeAppSecret(tx, providerAppId, secret || undefined, secretFingerprint, settings),
    },
  );
  return { providerAppId, clientSecretFingerprint: secretFingerprint };
}

/** Every provider app, by name: what users may connect accounts with (no secret, not even encrypted). */
export function listProviderApps(database: Database) {
  return providerAppViews(database);
}

/** Whether `pem` is an RSA private key GitHub App JWTs can be signed with (checked before it is stored). */
export function isRsaPrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}
