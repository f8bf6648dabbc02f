// argon2id password hashes and the input rules of sign-up and password change.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { validationError, type FieldIssue } from '@keywarden/errors';

// Algorithm is a const enum, which isolatedModules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
/** Bounds the hashing work an attacker can ask for. */
export const PASSWORD_MAX = 256;
const EMAIL_MAX = 254;
const DISPLAY_NAME_MAX = 100;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash of nothing anyone knows, with the same parameters: verifying against
 * it when the e-mail is unknown makes that answer cost what a wrong password costs.
 */
export const dummyHash = (): Promise<string> => (dummy ??= hash(`dummy-${Math.random()}-${Date.now()}`, PARAMS));

export function checkEmail(email: string, issues: FieldIssue[], path = 'email'): string {
  const trimmed = email.trim();
  if (trimmed.length === 0 || trimmed.length > EMAIL_MAX || !EMAIL.test(trimmed)) issues.push({ path, message: 'must be an e-mail address' });
  return trimmed;
}

export function checkPassword(password: string, issues: FieldIssue[], path = 'password'): void {
  if ([...password].length < PASSWORD_MIN) issues.push({ path, message: `must have at least ${PASSWORD_MIN} characters` });
  else if (password.length > PASSWORD_MAX) issues.push({ path, message: `must have at most ${PASSWORD_MAX} characters` });
  else if (password.trim().length === 0) issues.push({ path, message: 'must not be blank' });
}

export function checkDisplayName(displayName: string, email: string, issues: FieldIssue[]): string {
  const name = displayName.trim() || email.split('@')[0] || email;
  if (name.length > DISPLAY_NAME_MAX) issues.push({ path: 'display_name', message: `must have at most ${DISPLAY_NAME_MAX} characters` });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) issues.push({ path: 'display_name', message: 'must not contain control characters' });
  return name;
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw validationError(issues.map((i) => `${i.path} ${i.message}`).join('; '), { issues, errorId: 'IDENT-val1' });
}
