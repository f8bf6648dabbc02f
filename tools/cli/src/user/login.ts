// kw login / logout / whoami. `kw login --token` (or KW_TOKEN) checks a personal access
// token at the gateway and stores it, no browser; plain `kw login` signs in through the
// browser (browser-login.ts) and stores the PAT it ends with.
import { createKeywardenClient } from '@keywarden/client';
import { line, usage, type Io } from '../io.js';
import { credentialsFile, deleteCredentials, readCredentials, writeCredentials } from './credentials.js';
import { gatewayUrl, signedInClient, type UserOptions } from './gateway.js';

export async function loginCommand(options: UserOptions & { token?: string }, io: Io, stdin: () => Promise<string> = async () => ''): Promise<void> {
  // `--token -`: from stdin, so the token is in neither the process list nor the shell history.
  const given = options.token === '-' ? (await stdin()).trim() : (options.token ?? io.env['KW_TOKEN']);
  if (given !== undefined && !given.startsWith('kwp_')) throw usage('--token takes a personal access token (kwp_...)');
  const gateway = gatewayUrl(options, io);
  const { token, tokenId } = given ? { token: given, tokenId: undefined } : await (await import('./browser-login.js')).browserLogin(gateway, io);
  const client = createKeywardenClient({ baseUrl: gateway, token });
  const { user } = await client.call(client.GET('/api/v1/users/me'));
  const file = writeCredentials(io, { gateway, token, ...(tokenId ? { tokenId } : {}), user: { userId: user.userId, email: user.email }, savedAt: new Date().toISOString() });
  if (options.json) io.out(`${JSON.stringify({ gateway, user: { userId: user.userId, email: user.email }, credentials: file })}\n`);
  else line(io.out)(`logged in to ${gateway} as ${user.email} (token stored in ${file})`);
}

export async function logoutCommand(options: UserOptions, io: Io): Promise<void> {
  const stored = readCredentials(io);
  const say = line(io.err);
  if (!stored) {
    say('not logged in (no stored token)');
    return;
  }
  deleteCredentials(io);
  // PATs are managed with a session (the console's): a PAT cannot revoke itself.
  say(`logged out of ${stored.gateway}: ${credentialsFile(io)} deleted; the personal access token stays valid until you revoke it in the console`);
  if (options.json) io.out(`${JSON.stringify({ gateway: stored.gateway, deleted: true, revoked: false })}\n`);
}

export async function whoamiCommand(options: UserOptions, io: Io): Promise<void> {
  const client = signedInClient(options, io);
  const me = await client.call(client.GET('/api/v1/users/me'));
  if (options.json) {
    io.out(`${JSON.stringify({ gateway: gatewayUrl(options, io), user: me.user, memberships: me.memberships })}\n`);
    return;
  }
  const out = line(io.out);
  out(`${me.user.email} (${me.user.displayName}) on ${gatewayUrl(options, io)}${me.user.roles.length ? `, roles: ${me.user.roles.join(', ')}` : ''}`);
  for (const m of me.memberships) out(`  ${m.organizationSlug}: ${m.role}`);
}
