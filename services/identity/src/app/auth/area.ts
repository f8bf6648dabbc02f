// STUB — replaced by the auth area (users, sessions, signing keys, cleanup).
import type { Area } from '../area.js';
import type { IdentityDeps } from '../context.js';
import type { PatsPort, SessionsPort, UsersPort } from '../ports.js';

export function buildAuthArea(_deps: IdentityDeps, _ports: { pats: PatsPort }): Area & { users: UsersPort; sessions: SessionsPort } {
  const missing = (): never => {
    throw new Error('auth area not built');
  };
  return { rpc: [], users: { get: missing, findByEmail: missing, getMany: missing, registerFromSso: missing }, sessions: { open: missing } };
}
