import { describe, expect, it } from 'vitest';
import { organizationAccess } from './access.js';

const scopes = { read: 'deploy:read', write: 'deploy:write' } as const;
const member = (role: string, extra = {}) => ({ userId: 'u1', organizationId: 'org-1', organizationRole: role, credential: 'session', ...extra });

describe('organizationAccess', () => {
  it('lets owners and admins write, members only read, others nothing', () => {
    for (const role of ['owner', 'admin']) expect(organizationAccess(member(role), 'org-1', 'write', scopes)).toBeUndefined();
    expect(organizationAccess(member('member'), 'org-1', 'read', scopes)).toBeUndefined();
    expect(organizationAccess(member('member'), 'org-1', 'write', scopes)).toBe('role');
    expect(organizationAccess(member(''), 'org-1', 'read', scopes)).toBe('role');
  });

  it('takes the role only for the organization the gateway resolved', () => {
    expect(organizationAccess(member('owner'), 'org-2', 'read', scopes)).toBe('role');
  });

  it('lets platform admins do everything, but a PAT still needs its scope', () => {
    expect(organizationAccess({ userId: 'a', roles: ['admin'] }, 'org-9', 'write', scopes)).toBeUndefined();
    expect(organizationAccess({ userId: 'a', roles: ['admin'], credential: 'pat', scopes: ['deploy:read'] }, 'org-9', 'write', scopes)).toBe('scope');
    expect(organizationAccess(member('owner', { credential: 'pat', scopes: ['deploy:write'] }), 'org-1', 'read', scopes)).toBeUndefined();
    expect(organizationAccess(member('owner', { credential: 'pat', scopes: ['gitops:write'] }), 'org-1', 'read', scopes)).toBe('scope');
  });

  it('refuses a request without an actor', () => {
    expect(organizationAccess(undefined, 'org-1', 'read', scopes)).toBe('no_actor');
    expect(organizationAccess({ roles: ['admin'] }, 'org-1', 'read', scopes)).toBe('no_actor');
  });
});
