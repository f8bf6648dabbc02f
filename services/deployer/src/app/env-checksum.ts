// The environment's checksum: what the Deployment's pod template carries (keywarden.dev/env-checksum, so a
// changed environment rolls the pods) and, cut to a fingerprint, what DeploymentSucceeded records and the drift
// check compares the live annotation with. A digest of the values, never a value.
import { sha256Hex } from '@keywarden/crypto';

/** sha256 of the environment with its keys sorted: the same variables in any order give the same checksum. */
export function envChecksum(env: Record<string, string>): string {
  const sorted = Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(JSON.stringify(sorted));
}

/** The 16 hex an event carries of a checksum (the drift check compares these). */
export const envFingerprint = (checksum: string): string => checksum.slice(0, 16);
