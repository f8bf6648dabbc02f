// A real OpenID provider (the oidc-provider package) for tests: http on a free
// port with a localhost issuer, one confidential client that must use PKCE, a
// configurable set of users, and an interaction that logs in whoever the test
// names. `authorize` plays the browser: it follows the authorization URL through
// the login and returns the redirect to the client's redirect_uri (code & state).
// Reused by the gateway's end-to-end SSO test.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type TestOidcUser = { sub: string; email?: string; emailVerified?: boolean; name?: string };

export type TestOidcProviderOptions = {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  users?: TestOidcUser[];
  /** Profile claims in the ID token too (default: only at userinfo, oidc-provider's conform mode). */
  claimsInIdToken?: boolean;
};

export type AuthorizeOptions = {
  /** Who logs in at the provider (a user's sub); default the first user. */
  login?: string;
  /** The user refuses: the provider redirects back with error=access_denied. */
  deny?: boolean;
  /** Changes the authorization URL before the browser follows it (e.g. another nonce). */
  tamper?: (url: URL) => void;
};

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces a user (e.g. to change an e-mail address at the IdP). */
  setUser: (user: TestOidcUser) => void;
  /** Follows the authorization URL as a fresh browser and returns the callback URL it is sent to. */
  authorize: (authorizationUrl: string, options?: AuthorizeOptions) => Promise<string>;
  close: () => Promise<void>;
};

export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const users = new Map((options.users ?? []).map((u) => [u.sub, u]));
  const clientId = options.clientId ?? 'keywarden-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;

  const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId, client_secret: clientSecret, redirect_uris: options.redirectUris, grant_types: ['authorization_code'],
      response_types: ['code'], token_endpoint_auth_method: options.tokenEndpointAuthMethod ?? 'client_secret_basic',
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: !options.claimsInIdToken,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const user = users.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub, ...(user.email === undefined ? {} : { email: user.email }), ...(user.emailVerified === undefined ? {} : { email_verified: user.emailVerified }),
          ...(user.name === undefined ? {} : { name: user.name }),
        }),
      };
    },
  });
  const oidcCallback = provider.callback();

  handler = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (!url.pathname.startsWith('/interaction/')) return oidcCallback(req, res);
    void interact(req, res, url).catch((error: unknown) => res.writeHead(500).end(`interaction failed: ${(error as Error).message}`));
  };

  // The "login page": logs in the user named by ?login=, or refuses with ?deny=1, and grants the requested scopes.
  async function interact(req: IncomingMessage, res: ServerResponse, url: URL) {
    const details = await provider.interactionDetails(req, res);
    if (url.searchParams.get('deny')) {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'the user refused' }, { mergeWithLastSubmission: false });
    }
    const sub = url.searchParams.get('login') ?? '';
    if (!users.has(sub)) return void res.writeHead(400).end('unknown test user');
    const grant = new provider.Grant({ accountId: sub, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  return {
    issuer, clientId, clientSecret,
    setUser: (user) => void users.set(user.sub, user),
    authorize: async (authorizationUrl, opts = {}) => {
      const start = new URL(authorizationUrl);
      const redirectUri = start.searchParams.get('redirect_uri') ?? '';
      opts.tamper?.(start);
      const login = opts.login ?? [...users.keys()][0] ?? '';
      return followToRedirectUri(start, redirectUri, (url) => {
        if (url.pathname.startsWith('/interaction/')) {
          if (opts.deny) url.searchParams.set('deny', '1');
          else url.searchParams.set('login', login);
        }
      });
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** A minimal browser: follows redirects with its own cookie jar until one leads to the redirect URI. */
async function followToRedirectUri(start: URL, redirectUri: string, visit: (url: URL) => void): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    visit(url);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`the provider answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`);
    await response.body?.cancel();
    const next = new URL(location, url);
    if (redirectUri && `${next.origin}${next.pathname}` === `${new URL(redirectUri).origin}${new URL(redirectUri).pathname}`) return next.href;
    url = next;
  }
  throw new Error('too many redirects at the test OpenID provider');
}
