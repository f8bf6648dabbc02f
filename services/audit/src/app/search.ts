// Searching the trail for a caller: who may see what (organization members their organization's
// entries, platform administrators every entry), the request's checks, and the keyset paging.
import { isPlatformAdmin, organizationAccess, scopeGranted, type ActorClaims } from '@keywarden/contracts';
import type { Database } from '@keywarden/db';
import { forbidden, invalid } from '../domain/errors.js';
import type { AuditEntry } from '../domain/entry.js';
import { searchEntries, type SearchFilter } from '../projections/search.js';
import { decodePageToken, encodePageToken } from './page-token.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export type SearchRequest = SearchFilter & { pageSize?: number | undefined; pageToken?: string | undefined };
export type SearchPage = { entries: AuditEntry[]; nextPageToken: string };

const ID = /^[\x21-\x7e]{1,200}$/;

/** Who may search: a member of the organization asked for, or a platform administrator for all. */
export function authorizeSearch(actor: ActorClaims, organizationId: string | undefined): void {
  if (!organizationId) {
    if (!actor?.userId) throw forbidden('the request carries no actor', 'AUDIT-az01');
    if (!isPlatformAdmin(actor)) throw forbidden('only platform administrators may search every organization: give an organizationId', 'AUDIT-az02');
    if (actor.credential === 'pat' && !scopeGranted(actor.scopes ?? [], 'audit:read')) throw forbidden('the personal access token lacks the audit:read scope', 'AUDIT-az03');
    return;
  }
  switch (organizationAccess(actor, organizationId, 'read', { read: 'audit:read', write: 'audit:read' })) {
    case undefined:
      return;
    case 'no_actor':
      throw forbidden('the request carries no actor', 'AUDIT-az01');
    case 'scope':
      throw forbidden('the personal access token lacks the audit:read scope', 'AUDIT-az03');
    case 'role':
      throw forbidden("only members of the organization may see its audit trail", 'AUDIT-az04');
  }
}

function checkRequest(request: SearchRequest): number {
  const size = request.pageSize ?? 0;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw invalid(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`, 'AUDIT-rq01');
  for (const field of ['organizationId', 'actorId', 'resourceKind', 'resourceId', 'action'] as const) {
    const value = request[field];
    if (value && !ID.test(value)) throw invalid(`${field} must be 1 to 200 visible characters`, 'AUDIT-rq02');
  }
  if (request.outcome && request.outcome !== 'success' && request.outcome !== 'failure') throw invalid('outcome must be success or failure', 'AUDIT-rq03');
  for (const field of ['from', 'to'] as const) {
    if (request[field] && Number.isNaN(request[field].getTime())) throw invalid(`${field} must be a timestamp`, 'AUDIT-rq04');
  }
  if (request.from && request.to && request.from.getTime() > request.to.getTime()) throw invalid('from must not be after to', 'AUDIT-rq05');
  return size === 0 ? DEFAULT_PAGE_SIZE : size;
}

export function auditSearch(deps: { database: Database }) {
  return {
    async search(actor: ActorClaims, request: SearchRequest): Promise<SearchPage> {
      const pageSize = checkRequest(request);
      authorizeSearch(actor, request.organizationId || undefined);
      const after = request.pageToken ? decodePageToken(request.pageToken) : undefined;
      // One more than asked: whether there is a next page, without a count.
      const rows = await searchEntries(deps.database, { ...request, organizationId: request.organizationId || undefined }, pageSize + 1, after);
      const entries = rows.slice(0, pageSize);
      const last = entries.at(-1);
      return { entries, nextPageToken: rows.length > pageSize && last ? encodePageToken({ time: last.time, eventId: last.eventId }) : '' };
    },
  };
}

export type AuditSearch = ReturnType<typeof auditSearch>;
