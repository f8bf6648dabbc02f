// Loads what a change to an account, a secret or a group affects. A platform administrator asks
// without an organization and sees everything; anyone else asks with the header's organization and
// sees that organization's part (the audit service's rule). Loaded only where it is shown (the
// account page, a secret's history, a group, a confirmation): never on the overview.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { IMPACT_PATH, type ImpactAnswer, type ImpactKind } from './rows';

async function fetchImpact(kind: ImpactKind, id: string, organizationId: string | undefined, signal: AbortSignal): Promise<ImpactAnswer> {
  const query = organizationId ? { organizationId } : {};
  switch (kind) {
    case 'account':
      return { kind, data: await call(api.GET(IMPACT_PATH.account, { params: { path: { accountId: id }, query }, signal })) };
    case 'secret':
      return { kind, data: await call(api.GET(IMPACT_PATH.secret, { params: { path: { secretId: id }, query }, signal })) };
    case 'group':
      return { kind, data: await call(api.GET(IMPACT_PATH.group, { params: { path: { groupId: id }, query }, signal })) };
  }
}

export function useImpact(kind: ImpactKind, id: string, enabled = true) {
  const { isAdmin, current } = useOrganization();
  const organizationId = isAdmin ? undefined : current?.organizationId;
  const query = useQuery({
    queryKey: ['get', IMPACT_PATH[kind], { id, organizationId }],
    queryFn: ({ signal }) => fetchImpact(kind, id, organizationId, signal),
    enabled: enabled && Boolean(id),
    // A 403 or 404 will not change on a retry; the dialog says so at once.
    retry: false,
  });
  return { ...query, organizationName: organizationId ? current?.organizationName : undefined };
}

export type ImpactQuery = ReturnType<typeof useImpact>;

/** After a change, what depends on it may have changed too. */
export const invalidateImpact = (queryClient: QueryClient) =>
  Promise.all(Object.values(IMPACT_PATH).map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })));

/** The HTTP status of a failed load (403: the caller may not see it). */
export const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;
