// Password sign-in. An unknown e-mail, a wrong password, a disabled user and an
// SSO-only user all get the same error after the same argon2 work (a dummy hash
// stands in when there is no user), so the answer tells nothing about accounts.
// With password sign-in turned off for the installation, every attempt gets
// ERR_PASSWORD_SIGN_IN_DISABLED before anything is looked up or counted.
import { unauthenticated } from '@keywarden/errors';
import type { Clock } from '@keywarden/runtime';
import type { IdentitySettings } from '../../config.js';
import { passwordSignInDisabled } from '../../domain/instance/instance.js';
import { normalizeEmail } from '../../domain/user/user.js';
import type { ClientInfo, InstancePort, IssuedSession } from '../ports.js';
import { PASSWORD_MAX, dummyHash, verifyPassword } from './passwords.js';
import { countSignIn } from '../metrics.js';
import type { Credentials, SignInCounters } from './ports.js';
import { checkSignInLimits, signInLimits } from './rate-limit.js';
import type { Sessions } from './sessions.js';

const refused = () => unauthenticated('the e-mail address or the password is not correct', { errorId: 'IDENT-sin1' });

type SignInDeps = { credentials: Credentials; counters: SignInCounters; clock: Clock; settings: IdentitySettings; sessions: Pick<Sessions, 'open'>; instance: InstancePort };
type SignInInput = { email: string; password: string; client: ClientInfo };

/** Counted in keywarden_sign_in_total{method="password"}. */
export function signIn(deps: SignInDeps, input: SignInInput): Promise<IssuedSession> {
  return countSignIn('password', () => passwordSignIn(deps, input));
}

async function passwordSignIn(deps: SignInDeps, input: SignInInput): Promise<IssuedSession> {
  const { settings } = deps;
  if (!(await deps.instance.passwordSignInEnabled())) throw passwordSignInDisabled('sign-in');
  const email = normalizeEmail(input.email);
  if (email.length === 0 || email.length > 254 || input.password.length === 0 || input.password.length > PASSWORD_MAX) throw refused();
  await checkSignInLimits(deps.counters, signInLimits(settings), email, input.client.ip, deps.clock.now());
  const user = await deps.credentials.byEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !user.passwordHash || !ok || user.status !== 'active') throw refused();
  return await deps.sessions.open({ userId: user.id, method: 'password', client: input.client, passwordHash: user.passwordHash });
}
