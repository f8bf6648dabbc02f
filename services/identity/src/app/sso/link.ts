// From an IdP's claims to a Keywarden user: the (provider, subject) link first,
// so a later e-mail change at the IdP still finds the user; else an existing
// user with the same verified e-mail (case-insensitive); else a new user.
import { forbidden, isKeywardenError, unauthenticated } from '@keywarden/errors';
import type { ClaimMapping } from '../../domain/idp/config.js';
import { MAX_EMAIL_LENGTH, compileIdentifierFilter, identifierAllowed } from '../../domain/idp/identifier-filter.js';
import type { UserView } from '../ports.js';
import type { SsoDeps } from './deps.js';

export type SsoIdentity = { subject: string; email: string; displayName: string };
type Provider = { id: string; claimMapping: ClaimMapping; identifierFilter: string };

const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Sign-up's limit (app/auth/passwords.ts). */
const DISPLAY_NAME_MAX = 100;

/** The mapped identity; the e-mail must be present and verified by the provider, and pass the identifier filter. */
export function mapClaims(provider: Provider, claims: Record<string, unknown>): SsoIdentity {
  const subject = typeof claims['sub'] === 'string' ? claims['sub'] : '';
  const rawEmail = claims[provider.claimMapping.email];
  const email = typeof rawEmail === 'string' ? rawEmail.trim() : '';
  if (!subject || !email || email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) {
    throw unauthenticated(`the identity provider gave no usable e-mail address (claim "${provider.claimMapping.email}")`, { errorId: 'SSO-ln01' });
  }
  // Linking by e-mail is only safe when the provider vouches for the address.
  const verified = claims[provider.claimMapping.email_verified];
  if (verified !== true && verified !== 'true') {
    throw forbidden(`the identity provider did not confirm that the e-mail address is verified (claim "${provider.claimMapping.email_verified}")`, { errorId: 'SSO-ln02' });
  }
  const filter = compileIdentifierFilter(provider.identifierFilter);
  if (!filter.ok || !identifierAllowed(filter.regex, email)) {
    throw forbidden('this identity may not sign in here (identifier filter)', { errorId: 'SSO-ln03' });
  }
  // The IdP's name must pass sign-up's display-name rules, or a first sign-in would fail on a long or odd name.
  const claimed = claims[provider.claimMapping.display_name];
  // eslint-disable-next-line no-control-regex
  const rawName = typeof claimed === 'string' ? claimed.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '';
  return { subject, email, displayName: truncate(rawName || email.split('@')[0]!, DISPLAY_NAME_MAX).trim() };
}

/** At most `max` UTF-16 units (sign-up's measure), never splitting a character. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

export async function linkUser(deps: SsoDeps, provider: Provider, identity: SsoIdentity): Promise<{ user: UserView; how: 'subject' | 'email' | 'created' }> {
  const linkedUserId = await deps.links.userOf(provider.id, identity.subject);
  let found: { user: UserView; how: 'subject' | 'email' | 'created' } | undefined;
  const linked = linkedUserId ? await deps.users.get(linkedUserId) : undefined;
  if (linked) found = { user: linked, how: 'subject' };
  else {
    const existing = await deps.users.findByEmail(identity.email);
    if (existing) found = { user: existing, how: 'email' };
    else found = await register(deps, provider, identity);
  }
  if (found.user.status !== 'active') throw forbidden('this user is disabled', { errorId: 'SSO-ln04' });
  const now = deps.clock.now();
  await deps.links.record({ identityProviderId: provider.id, subject: identity.subject, userId: found.user.userId, email: identity.email }, now);
  return found;
}

async function register(deps: SsoDeps, provider: Provider, identity: SsoIdentity): Promise<{ user: UserView; how: 'email' | 'created' }> {
  try {
    return { user: await deps.users.registerFromSso({ email: identity.email, displayName: identity.displayName, identityProviderId: provider.id }), how: 'created' };
  } catch (error) {
    // Two first sign-ins at once: the other one created the user.
    if (!isKeywardenError(error, 'ERR_CONFLICT')) throw error;
    const user = await deps.users.findByEmail(identity.email);
    if (!user) throw error;
    return { user, how: 'email' };
  }
}
