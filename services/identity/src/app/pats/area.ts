// STUB — replaced by the personal access token area.
import type { Area } from '../area.js';
import type { IdentityDeps } from '../context.js';
import type { PatsPort } from '../ports.js';

export function buildPatsArea(_deps: IdentityDeps): Area & { pats: PatsPort } {
  return { rpc: [], pats: { revokeAllOfUser: async () => 0, purge: async () => ({ purged: 0, remaining: 0 }) } };
}
