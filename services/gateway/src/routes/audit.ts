// /api/v1/audit: the audit trail (rpc.audit.SearchAuditEntries), searched in keyset pages, and
// exported as JSON Lines or CSV streamed page by page (never the whole range in memory). With
// ?organizationId= the caller's role there comes from identity (organizationActor); without it only
// platform administrators may search. The audit service decides again who sees what.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { RpcResponse } from '@keywarden/contracts';
import type { Context } from 'hono';
import type { GatewayEnv } from '../auth/actor.js';
import { auditReader } from '../auth/audit-reader.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { json, protectedRoute, reply, signedIn } from './kit.js';

const route = protectedRoute(['audit']);

const Filters = z.object({
  organizationId: z.uuid().optional().openapi({ description: "The organization whose entries to search (its members may); left out: every entry (platform administrators only)" }),
  actorId: z.string().min(1).max(200).optional().openapi({ description: 'A user id, a service name, a provider or a webhook source' }),
  resourceKind: z.string().min(1).max(200).optional().openapi({ example: 'account' }),
  resourceId: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(200).optional().openapi({ description: 'An event type', example: 'TokenRefreshed' }),
  outcome: z.enum(['success', 'failure']).optional(),
  from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Entries at or after this time (RFC 3339)' }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Entries strictly before this time (RFC 3339)' }),
});
const SearchQuery = Filters.extend({
  pageSize: z.coerce.number().int().min(1).max(500).optional().openapi({ description: 'Entries per page (default 50)' }),
  pageToken: z.string().max(200).optional().openapi({ description: 'nextPageToken of the previous page' }),
});
const ExportQuery = Filters.extend({ format: z.enum(['jsonl', 'csv']).default('jsonl') });

const Entry = z
  .object({
    eventId: z.string(), time: z.string().optional(), context: z.string(), action: z.string(), actorKind: z.string(), actorId: z.string(),
    resourceKind: z.string(), resourceId: z.string(), resourceName: z.string(), organizationId: z.string(), outcome: z.string(),
    traceId: z.string().openapi({ description: 'W3C trace id of the trace the event was produced in; empty when none' }), source: z.string(),
  })
  .openapi('AuditEntry');
const Page = z.object({ entries: z.array(Entry), nextPageToken: z.string().openapi({ description: 'Empty on the last page' }) }).openapi('AuditPage');

const searchRoute = route({
  method: 'get', path: '/', summary: 'Search the audit trail, newest first, in keyset pages',
  request: { query: SearchQuery }, responses: { 200: json(Page, 'One page of entries') },
});
const exportRoute = route({
  method: 'get', path: '/export', summary: 'Export the audit trail for any range as JSON Lines or CSV, streamed',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'Every matching entry, newest first: one JSON object per line, or CSV with a header row',
      content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
    },
  },
});

type AuditEntry = NonNullable<RpcResponse<'audit.SearchAuditEntries'>['entries']>[number];
const COLUMNS = ['time', 'eventId', 'context', 'action', 'outcome', 'actorKind', 'actorId', 'resourceKind', 'resourceId', 'resourceName', 'organizationId', 'traceId', 'source'] as const;
const EXPORT_PAGE = 500;

/** One CSV field: quoted when it must be, and a leading formula character defused for spreadsheets. */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
const csvLine = (entry: AuditEntry) => `${COLUMNS.map((c) => csvField(String(entry[c] ?? ''))).join(',')}\r\n`;
const jsonLine = (entry: AuditEntry) => `${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, entry[c] ?? ''])))}\n`;

export function auditRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  app.use('*', signedIn);

  const acting = (c: Context<GatewayEnv>, organization: string | undefined) => auditReader(c, deps, organization);
  const filtersOf = (q: z.infer<typeof Filters>) => ({
    organizationId: q.organizationId ?? '', actorId: q.actorId ?? '', resourceKind: q.resourceKind ?? '', resourceId: q.resourceId ?? '',
    action: q.action ?? '', outcome: q.outcome ?? '', ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}),
  });

  app.openapi(searchRoute, async (c) => {
    const query = c.req.valid('query');
    const actor = await acting(c, query.organizationId);
    const result = await rpc('audit.SearchAuditEntries', { actor, ...filtersOf(query), pageSize: query.pageSize ?? 0, pageToken: query.pageToken ?? '' });
    return c.json(reply(Page, { entries: result.entries ?? [], nextPageToken: result.nextPageToken ?? '' }), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const query = c.req.valid('query');
    const actor = await acting(c, query.organizationId);
    const request = { actor, ...filtersOf(query), pageSize: EXPORT_PAGE };
    // The first page before the first byte: a refusal is still a problem+json answer.
    let page = await rpc('audit.SearchAuditEntries', { ...request, pageToken: '' });
    const line = query.format === 'csv' ? csvLine : jsonLine;
    const encoder = new TextEncoder();
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      // One page per pull: the client's reading pace sets how fast pages are asked for.
      async pull(controller) {
        if (!started && query.format === 'csv') controller.enqueue(encoder.encode(`${COLUMNS.join(',')}\r\n`));
        if (started) {
          if (!page.nextPageToken) return controller.close();
          page = await rpc('audit.SearchAuditEntries', { ...request, pageToken: page.nextPageToken });
        }
        started = true;
        controller.enqueue(encoder.encode((page.entries ?? []).map(line).join('')));
        if (!page.nextPageToken) controller.close();
      },
    });
    const type = query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
    return new Response(body, {
      status: 200,
      headers: { 'content-type': type, 'content-disposition': `attachment; filename="audit.${query.format}"`, 'cache-control': 'no-store' },
    }) as never;
  });

  return app;
}
