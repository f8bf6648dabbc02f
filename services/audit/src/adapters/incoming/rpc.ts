// The audit service's RPC endpoint: decode, call the search use case, encode.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { AuditSearch } from '../../app/search.js';
import type { AuditEntry } from '../../domain/entry.js';

const time = (value: string | undefined): Date | undefined => (value ? new Date(value) : undefined);

export const entryOut = (e: AuditEntry) => ({
  eventId: e.eventId, time: e.time.toISOString(), context: e.context, action: e.action, actorKind: e.actorKind, actorId: e.actorId,
  resourceKind: e.resourceKind, resourceId: e.resourceId, resourceName: e.resourceName, organizationId: e.organizationId ?? '',
  outcome: e.outcome, traceId: e.traceId, source: e.source,
});

export function auditRpc(search: AuditSearch): AnyRpcEndpoint[] {
  return [
    endpoint('audit.SearchAuditEntries', async (req) => {
      const page = await search.search(req.actor, {
        organizationId: req.organizationId, actorId: req.actorId, resourceKind: req.resourceKind, resourceId: req.resourceId,
        action: req.action, outcome: req.outcome, from: time(req.from), to: time(req.to), pageSize: req.pageSize, pageToken: req.pageToken,
      });
      return { entries: page.entries.map(entryOut), nextPageToken: page.nextPageToken };
    }),
  ];
}
