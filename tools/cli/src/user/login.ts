// kw login / logout / whoami. `kw login --token` (or KW_TOKEN) checks a personal access
// token at the gateway and stores it, no browser; plain `kw login` signs in through the
// browser (browser-login.ts) and stores the PAT it ends with. `kw logout` has the token
// revoke itself before the file goes, so logging out leaves no live credential behind.
import { createKeywardenClient, KeywardenApiError, KeywardenConnectionError } from '@keywarden/client';
import { CliError, line, usage, type Io } from '../io.js';
import { credentialsFile, deleteCredentials, readCredentials, writeCredentials, type Credentials } from './credentials.js';
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

/** How long logout waits for the gateway before it gives up revoking (the file goes either way). */
const REVOKE_TIMEOUT_MS = 10_000;

/**
 * Revokes the stored token at its gateway (DELETE /users/me/tokens/self: a PAT may revoke itself), then deletes the
 * file. When the gateway cannot be reached or refuses, the file still goes, and the user is told the token may be live.
 */
export async function logoutCommand(options: UserOptions, io: Io): Promise<void> {
  const stored = readCredentials(io);
  const say = line(io.err);
  if (!stored) {
    say('not logged in (no stored token)');
    return;
  }
  const outcome = await revokeStoredToken(stored);
  deleteCredentials(io);
  const file = credentialsFile(io);
  if (outcome === 'revoked') say(`logged out of ${stored.gateway}: the personal access token is revoked and ${file} deleted`);
  else if (outcome === 'refused') say(`logged out of ${stored.gateway}: ${file} deleted; the gateway no longer accepts the token (revoked or expired already)`);
  else say(`logged out of ${stored.gateway}: ${file} deleted`);
  if (options.json) {
    const state = outcome === 'revoked' ? { revoked: true } : outcome === 'refused' ? { revoked: false, tokenValid: false } : { revoked: false, error: outcome.code };
    io.out(`${JSON.stringify({ gateway: stored.gateway, deleted: true, ...state })}\n`);
  }
  if (typeof outcome === 'object') {
    const which = stored.tokenId ? ` (token id ${stored.tokenId})` : '';
    throw new CliError(`the personal access token may still be valid: revoking it failed (${outcome.reason}); revoke it${which} in the console: ${stored.gateway}/admin/tokens`);
  }
}

/** `refused`: the gateway answered 401, so the token is not live (revoked or expired before). */
type RevokeOutcome = 'revoked' | 'refused' | { code: string; reason: string };

async function revokeStoredToken(stored: Credentials): Promise<RevokeOutcome> {
  const client = createKeywardenClient({ baseUrl: stored.gateway, token: stored.token });
  try {
    await client.call(client.DELETE('/api/v1/users/me/tokens/self', { signal: AbortSignal.timeout(REVOKE_TIMEOUT_MS) }));
    return 'revoked';
  } catch (error) {
    // 401 to a PAT: the gateway does not accept it any more, so there is nothing left to revoke.
    if (error instanceof KeywardenApiError && error.status === 401) return 'refused';
    if (error instanceof KeywardenApiError) return { code: error.code, reason: `${error.code}: ${error.message}` };
    if (error instanceof KeywardenConnectionError) return { code: error.code, reason: error.message };
    // Anything else still must not keep the file: the user asked to log out.
    return { code: 'ERR_INTERNAL', reason: (error as Error)?.message ?? String(error) };
  }
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
