// What operators watch on identity's GET /metrics: sign-ins by method and
// result, and refresh-token reuse detections (a stolen token, or a client
// replaying one). Labels are bounded; never a user, an e-mail or an address.
import { isKeywardenError } from '@keywarden/errors';
import { getMeter, type Counter } from '@keywarden/telemetry';

type IdentityMetrics = { signIns: Counter; reuse: Counter };

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let made: IdentityMetrics | undefined;

function identityMetrics(): IdentityMetrics {
  if (!made) {
    const meter = getMeter('@keywarden/identity');
    made = {
      signIns: meter.createCounter('keywarden_sign_in', { description: 'Sign-ins by method (password, sso) and result (success, failure, rate_limited, error)' }),
      reuse: meter.createCounter('keywarden_refresh_token_reuse', { description: 'Reuse of a rotated refresh token detected (its session family revoked)' }),
    };
  }
  return made;
}

export type SignInResult = 'success' | 'failure' | 'rate_limited' | 'error';

/** Runs a sign-in and counts its outcome: refused credentials are `failure`, our or the provider's trouble `error`. */
export async function countSignIn<T>(method: 'password' | 'sso', signIn: () => Promise<T>): Promise<T> {
  try {
    const session = await signIn();
    identityMetrics().signIns.add(1, { method, result: 'success' });
    return session;
  } catch (error) {
    identityMetrics().signIns.add(1, { method, result: signInResult(error) });
    throw error;
  }
}

function signInResult(error: unknown): SignInResult {
  if (!isKeywardenError(error)) return 'error';
  switch (error.code) {
    case 'ERR_RATE_LIMITED':
      return 'rate_limited';
    case 'ERR_UNAUTHENTICATED':
    case 'ERR_FORBIDDEN':
    case 'ERR_NOT_FOUND':
    case 'ERR_VALIDATION':
    case 'ERR_CONFLICT':
    case 'ERR_PASSWORD_SIGN_IN_DISABLED':
      return 'failure';
    default:
      return 'error';
  }
}

export function countRefreshTokenReuse(): void {
  identityMetrics().reuse.add(1);
}
