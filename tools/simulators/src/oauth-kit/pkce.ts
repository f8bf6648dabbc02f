import { createHash } from 'node:crypto';

/** Checks an RFC 7636 code_verifier against the challenge sent with the authorize request. */
export function pkceMatches(verifier: string | undefined, challenge: string | undefined, method: string | undefined): boolean {
  if (!challenge) return true;
  if (!verifier) return false;
  if ((method ?? 'plain') === 'plain') return verifier === challenge;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}
