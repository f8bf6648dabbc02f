// The first load, in parallel: the session is resumed before React renders
// (boot.ts), and once it is, what the frame and the overview need is asked for at once
// (who am I, the accounts, the secret providers, the remembered organization's
// projects and applications) instead of one request after the other as components mount.
import type { QueryClient } from '@tanstack/react-query';
import { $api } from './api/client';
import { ORGANIZATION_KEY } from './auth/organization';
import type { SessionStatus } from './auth/session';

export function prefetchWhenResumed(resumed: Promise<SessionStatus>, queryClient: QueryClient, pathname: string): void {
  void resumed.then((status) => {
    if (status !== 'signed-in') return;
    void queryClient.prefetchQuery({ ...$api.queryOptions('get', '/api/v1/users/me', {}), staleTime: 30_000 });
    if (pathname !== '/') return;
    void queryClient.prefetchQuery($api.queryOptions('get', '/api/v1/oauth/accounts', {}));
    void queryClient.prefetchQuery($api.queryOptions('get', '/api/v1/secrets/providers', {}));
    const organizationId = localStorage.getItem(ORGANIZATION_KEY);
    if (!organizationId) return;
    void queryClient.prefetchQuery($api.queryOptions('get', '/api/v1/projects', { params: { query: { organizationId } } }));
    void queryClient.prefetchQuery($api.queryOptions('get', '/api/v1/applications', { params: { query: { organizationId } } }));
  });
}
