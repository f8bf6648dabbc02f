// `kw login` in the browser (RFC 8252's loopback redirect with RFC 7636 PKCE): the signed-in
// user approves the CLI on the console's /cli/authorize page, which gets a one-time code
// (five minutes, bound to the CLI's S256 challenge and redirect URI) and sends the browser to
// the CLI's 127.0.0.1 listener with it; the CLI redeems code + verifier for a personal access
// token named for the machine, created as any PAT (listed, scoped, revocable; its creation is
// the PersonalAccessTokenCreated event). No token ever travels in a URL.
import { createHash } from 'node:crypto';
import { isScope } from '@keywarden/contracts';
import { constantTimeEqual, generateToken, sha256Hex } from '@keywarden/crypto';
import { forbidden, unauthenticated, validationError } from '@keywarden/errors';
import type { Actor } from '../actor.js';
import { createPat, type PatDeps, type PatView } from '../pats/tokens.js';
import type { CliLogins } from './ports.js';

export type CliLoginDeps = { logins: CliLogins; pats: PatDeps };

const CODE_TTL_MS = 5 * 60_000;
/** A CLI's token lasts 90 days: long enough not to nag, short enough that a forgotten laptop's token ends. */
const TOKEN_TTL_MS = 90 * 24 * 3600_000;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const MACHINE = /^[\p{L}\p{N} ._()-]{1,64}$/u;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export function isLoopbackRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.port !== '' && !url.username && !url.password && !url.hash && !url.search;
  } catch {
    return false;
  }
}

export async function approveCliLogin(deps: CliLoginDeps, actor: Actor,
  input: { codeChallenge: string; redirectUri: string; machine: string; scopes: string[] }): Promise<{ code: string; expiresAt: string }> {
  // A token may not mint a token (as createPat says): only a person in a signed-in session approves.
  if (actor.credential !== 'session') throw forbidden('a CLI login is approved from a signed-in session', { errorId: 'ID-cli1' });
  const machine = input.machine.trim();
  const issues = [
    ...(CHALLENGE.test(input.codeChallenge) ? [] : [{ path: 'codeChallenge', message: 'a PKCE S256 challenge (43 base64url characters)' }]),
    ...(isLoopbackRedirect(input.redirectUri) ? [] : [{ path: 'redirectUri', message: 'http://127.0.0.1:<port>/<path> (a loopback address with a port, no query)' }]),
    ...(MACHINE.test(machine) ? [] : [{ path: 'machine', message: '1 to 64 letters, digits, spaces or ._()-' }]),
    ...(input.scopes.length > 0 ? [] : [{ path: 'scopes', message: 'at least one scope' }]),
    ...input.scopes.flatMap((s, i) => (isScope(s) ? [] : [{ path: `scopes.${i}`, message: `unknown scope ${JSON.stringify(s.slice(0, 40))}` }])),
  ];
  if (issues.length) throw validationError('the CLI login request is not valid', { issues, errorId: 'ID-cli2' });
  const now = deps.pats.clock.now();
  // Abandoned approvals go as new ones come: the table stays as small as the logins in flight.
  await deps.logins.purgeExpired(now);
  const code = generateToken('kwc_', 32);
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  await deps.logins.add({
    codeHash: sha256Hex(code), userId: actor.userId, codeChallenge: input.codeChallenge, redirectUri: input.redirectUri, machine,
    scopes: [...new Set(input.scopes)], expiresAt, createdAt: now,
  });
  return { code, expiresAt: expiresAt.toISOString() };
}

export async function redeemCliLogin(deps: CliLoginDeps,
  input: { code: string; codeVerifier: string; redirectUri: string }): Promise<{ token: string; personalAccessToken: PatView }> {
  if (!VERIFIER.test(input.codeVerifier)) {
    throw validationError('codeVerifier is 43 to 128 unreserved characters (RFC 7636)', { errorId: 'ID-cli3', issues: [{ path: 'codeVerifier', message: 'not a PKCE verifier' }] });
  }
  const now = deps.pats.clock.now();
  // Claimed before it is checked: a code is spent by its first use, right or wrong, so it cannot be guessed at.
  const login = input.code ? await deps.logins.claim(sha256Hex(input.code), now) : undefined;
  if (!login) throw unauthenticated('the code is unknown, used or expired: run kw login again', { errorId: 'ID-cli4' });
  const challenge = createHash('sha256').update(input.codeVerifier).digest('base64url');
  if (!constantTimeEqual(challenge, login.codeChallenge) || login.redirectUri !== input.redirectUri) {
    throw unauthenticated('the code was approved for another CLI: run kw login again', { errorId: 'ID-cli5' });
  }
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ');
  const actor: Actor = { userId: login.userId, roles: [], credential: 'session', scopes: [] };
  const { token, personalAccessToken } = await createPat(deps.pats, actor, {
    name: `kw on ${login.machine} ${stamp}`, description: 'created by kw login in the browser', scopes: login.scopes,
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS).toISOString(),
  });
  return { token, personalAccessToken };
}
