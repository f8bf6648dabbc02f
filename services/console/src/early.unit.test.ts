import { describe, expect, it } from 'vitest';
import { firstLoadPaths } from './early';

describe('the first load asks early for what its page shows', () => {
  it('the overview: who am I, the accounts, the providers and the organization’s projects and applications', () => {
    expect(firstLoadPaths('/', 'org 1')).toEqual([
      '/api/v1/users/me', '/api/v1/oauth/accounts', '/api/v1/secrets/providers',
      '/api/v1/projects?organizationId=org%201', '/api/v1/applications?organizationId=org%201',
    ]);
  });

  it('no organization remembered: nothing organization-scoped', () => {
    expect(firstLoadPaths('/', null)).toEqual(['/api/v1/users/me', '/api/v1/oauth/accounts', '/api/v1/secrets/providers']);
  });

  it('another page: only the frame’s own question', () => {
    expect(firstLoadPaths('/secrets', 'org')).toEqual(['/api/v1/users/me']);
  });
});
