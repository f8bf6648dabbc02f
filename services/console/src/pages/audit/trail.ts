// The audit trail's search, shared by the audit page and the timelines: the
// filters as the API takes them (and as the page keeps them in its URL: ids,
// kinds, times; never a secret), keyset pages ("Load more"), and the export
// saved as a file. The export is fetched with the in-memory access token in
// the Authorization header and handed to the browser as a blob: a plain link
// to the export URL would need the token in the URL.
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

export { RESOURCE_KINDS } from './kinds';

export type AuditEntry = Schemas['AuditEntry'];

export type AuditFilters = {
  organizationId?: string;
  actorId?: string;
  resourceKind?: string;
  resourceId?: string;
  action?: string;
  outcome?: 'success' | 'failure';
  /** RFC 3339 */
  from?: string;
  /** RFC 3339 */
  to?: string;
};


/** Drops empty filters, so the query key and the URL stay the same for the same search. */
export function cleanFilters(filters: AuditFilters): AuditFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as AuditFilters;
}

export function useAuditPages(filters: AuditFilters, options: { enabled?: boolean; pageSize?: number } = {}) {
  const query = { ...cleanFilters(filters), pageSize: options.pageSize ?? 50 };
  // TanStack's own infinite query, not openapi-react-query's: that one sends `pageToken=0` for the first page.
  return useInfiniteQuery({
    queryKey: ['get', '/api/v1/audit', query, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/api/v1/audit', { params: { query: pageParam ? { ...query, pageToken: pageParam } : query }, signal })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextPageToken || undefined,
    enabled: options.enabled ?? true,
  });
}

export type ExportFormat = 'jsonl' | 'csv';

/** Fetches the export with the Authorization header and saves it as a file; returns the file's name. */
export async function saveExport(filters: AuditFilters, format: ExportFormat): Promise<string> {
  const blob = await call(
    api.GET('/api/v1/audit/export', { params: { query: { ...cleanFilters(filters), format } }, parseAs: 'blob' }) as Promise<{ data?: Blob; error?: unknown; response: Response }>,
  );
  const file = `keywarden-audit-${new Date().toISOString().replace(/[:.]/g, '-')}.${format}`;
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the download by now; a little later keeps slow browsers safe.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return file;
}

/** Where a resource of the trail is shown in the console, for the kinds that have a page. */
export function resourceHref(entry: Pick<AuditEntry, 'resourceKind' | 'resourceId'>): string | undefined {
  const id = encodeURIComponent(entry.resourceId);
  switch (entry.resourceKind) {
    case 'account': return `/connections/${id}`;
    case 'project': return `/projects/${id}`;
    case 'application': return `/applications/${id}`;
    case 'secret_group': return `/secrets/${id}`;
    default: return undefined;
  }
}
