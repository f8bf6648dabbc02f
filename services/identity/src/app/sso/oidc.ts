// OIDC client configurations (openid-client v6), discovered once per provider
// version and cached: a change of the provider (new stream version, new secret)
// makes the next sign-in discover again, on every replica.
import * as oidc from 'openid-client';

export type OidcTarget = { id: string; issuer: string; clientId: string; clientSecret: string; version: number; clientSecretFingerprint: string };

// Below the gateway's RPC deadline (5 s), so a hanging provider gives our clear error rather than a timeout.
const DISCOVERY_TIMEOUT_SECONDS = 4;

export class OidcClients {
  private readonly cache = new Map<string, { key: string; config: Promise<oidc.Configuration> }>();

  constructor(private readonly options: { allowInsecureIssuers: boolean }) {}

  /** The cached configuration of this provider version, discovering it when needed. */
  get(target: OidcTarget): Promise<oidc.Configuration> {
    const key = `${target.version}:${target.clientSecretFingerprint}`;
    const cached = this.cache.get(target.id);
    if (cached?.key === key) return cached.config;
    const config = this.discover(target.issuer, target.clientId, target.clientSecret);
    this.cache.set(target.id, { key, config });
    // A failed discovery is not remembered: the next attempt tries again.
    config.catch(() => {
      if (this.cache.get(target.id)?.config === config) this.cache.delete(target.id);
    });
    return config;
  }

  invalidate(id: string): void {
    this.cache.delete(id);
  }

  /** Discovery of <issuer>/.well-known/openid-configuration, then the client with the auth method the server prefers. */
  async discover(issuer: string, clientId: string, clientSecret: string): Promise<oidc.Configuration> {
    const execute = this.options.allowInsecureIssuers ? [oidc.allowInsecureRequests] : [];
    const discovered = await oidc.discovery(new URL(issuer), clientId, { client_secret: clientSecret }, undefined, { execute, timeout: DISCOVERY_TIMEOUT_SECONDS });
    const server = discovered.serverMetadata();
    // RFC 8414: client_secret_basic is the default when the server lists nothing.
    const methods = server.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth = methods.includes('client_secret_basic') || !methods.includes('client_secret_post')
      ? oidc.ClientSecretBasic(clientSecret)
      : oidc.ClientSecretPost(clientSecret);
    const config = new oidc.Configuration(server, clientId, { client_secret: clientSecret }, auth);
    for (const run of execute) run(config);
    config.timeout = DISCOVERY_TIMEOUT_SECONDS;
    return config;
  }
}

/** What went wrong with the provider, in words safe for an error detail or a log line (no tokens, codes or URLs). */
export function describeOidcFailure(error: unknown): { reason: string; unavailable: boolean } {
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) {
    return { reason: `the provider answered ${safeToken(error.error)}`, unavailable: false };
  }
  const e = error as { name?: string; code?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { reason: 'the provider did not answer in time', unavailable: true };
  if (e?.name === 'TypeError' && !e.code) return { reason: 'the provider cannot be reached', unavailable: true };
  if (typeof e?.code === 'string') return { reason: `the provider's answer was rejected (${safeToken(e.code)})`, unavailable: e.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' };
  return { reason: 'the provider could not be used', unavailable: false };
}

const safeToken = (value: string) => (/^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : 'an error');
