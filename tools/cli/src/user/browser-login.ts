// `kw login` in the browser (RFC 8252 loopback redirect + RFC 7636 PKCE): kw listens on
// 127.0.0.1:<random port>, opens the console's /cli/authorize page with its S256 challenge and
// a state, and waits; the signed-in user approves and the console sends the browser back with a
// one-time code (or error=access_denied); kw redeems code + verifier at the gateway for a PAT
// named for this machine. Only the code crosses a URL, and it is useless without the verifier.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { createKeywardenClient } from '@keywarden/client';
import { CliError, type Io } from '../io.js';

/** What `kw` does: read and reveal secrets, deploy, see connections; never administer. */
export const CLI_SCOPES = ['identity:read', 'secrets:read', 'secrets:write', 'secrets:reveal', 'deploy:read', 'deploy:write', 'gitops:write', 'oauth:read'];
const WAIT_MS = 5 * 60_000;

// No icon to fetch: the listener closes as soon as it has its answer.
const page = (text: string) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>kw login</title><p style="font:16px system-ui;margin:3em">${text}</p>`;

/** Opens the URL in the user's browser: KW_BROWSER (a command; "none" opens nothing), else the OS's opener. */
function openBrowser(url: string, io: Io): void {
  const chosen = io.env['KW_BROWSER'];
  if (chosen === 'none') return;
  const [command, ...args] = chosen ? [chosen] : process.platform === 'darwin' ? ['open'] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""'] : ['xdg-open'];
  const child = spawn(command!, [...args, url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

export async function browserLogin(gateway: string, io: Io): Promise<{ token: string; tokenId: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  let server: Server | undefined;
  const callback = new Promise<{ code?: string; error?: string }>((resolve) => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/callback' || url.searchParams.get('state') !== state) {
        response.writeHead(404, { 'content-type': 'text/html' }).end(page('Not a kw login answer.'));
        return;
      }
      const code = url.searchParams.get('code') ?? undefined;
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' })
        .end(page(code ? 'kw is signed in: you can close this tab.' : 'kw login was denied: you can close this tab.'));
      resolve(code ? { code } : { error: url.searchParams.get('error') ?? 'no code' });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  try {
    const redirectUri = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/callback`;
    const machine = hostname().replace(/[^\p{L}\p{N} ._()-]/gu, '-').slice(0, 64) || 'this machine';
    const authorize = `${gateway}/cli/authorize?${new URLSearchParams({ redirect_uri: redirectUri, code_challenge: challenge, state, machine, scope: CLI_SCOPES.join(' ') })}`;
    io.err(`kw: approve the login in your browser; if none opened, open:\n  ${authorize}\n`);
    openBrowser(authorize, io);
    let timer: NodeJS.Timeout | undefined;
    const answer = await Promise.race([callback, new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CliError('no answer from the browser within 5 minutes: run kw login again')), WAIT_MS);
    })]).finally(() => clearTimeout(timer));
    if (!answer.code) throw new CliError(`the login was not approved (${answer.error})`);
    const client = createKeywardenClient({ baseUrl: gateway });
    const redeemed = await client.call(client.POST('/api/v1/auth/cli/token', { body: { code: answer.code, codeVerifier: verifier, redirectUri } }));
    return { token: redeemed.token, tokenId: redeemed.personalAccessToken.tokenId };
  } finally {
    server!.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
  }
}
