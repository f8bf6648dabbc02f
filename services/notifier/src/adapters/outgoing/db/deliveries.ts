// The deliveries table: the work queue the delivery worker claims from (libs/runtime), the
// set-based enqueue the consumers run (one pending delivery per matching channel, for a whole
// batch of events in one statement; the unique (source event, channel) and (dedupe key,
// channel) indexes make a redelivered or repeated event enqueue nothing), and an attempt's
// step applied to its row. app/'s DeliveryStore.
import type { Database } from '@keywarden/db';
import { WorkQueue, type Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { and, eq, sql } from 'drizzle-orm';
import type { AttemptedDelivery, DeliveryStore } from '../../../app/ports.js';
import { deliveries } from '../../../schema.js';

/** LISTEN/NOTIFY channel through which replicas wake each other's delivery workers. */
export const DELIVERY_CHANNEL = 'notifier_deliveries';

/** The deliveries table as a work queue: due pending ones, and those whose sender died mid-send; test notifications are the RPC's alone. */
export function deliveryQueue(database: Database, leaseMs: number, clock: Clock, logger: Logger): WorkQueue<AttemptedDelivery> {
  return new WorkQueue<AttemptedDelivery>({
    database, leaseMs, clock, logger,
    table: {
      table: 'notify_deliveries', key: { id: 'uuid' }, columns: { traceparent: 'traceparent', tracestate: 'tracestate' },
      ready: `q.status in ('pending', 'sending') and q.kind <> 'test'`, onClaim: `status = 'sending'`,
      data: ['channel_id', 'kind', 'vars', 'locale', 'source_event_id', 'source_event_type', 'organization_id', 'user_id'],
    },
    map: (r) => ({
      id: String(r['id']), channel_id: String(r['channel_id']), kind: String(r['kind']), vars: r['vars'] as Record<string, string>,
      locale: (r['locale'] as string | null) ?? null, attempts: Number(r['attempts']), source_event_id: String(r['source_event_id']),
      source_event_type: String(r['source_event_type']), organization_id: (r['organization_id'] as string | null) ?? null, user_id: (r['user_id'] as string | null) ?? null,
    }),
  });
}

export function deliveryStore(database: Database): DeliveryStore {
  return {
    async enqueue(tx, wanted, now) {
      if (wanted.length === 0) return;
      const at = now.toISOString();
      await tx.execute(sql`
      insert into notify_deliveries
        (id, source_event_id, source_event_type, channel_id, kind, dedupe_key, vars, organization_id, user_id, status, attempts, next_attempt_at, created_at, traceparent, tracestate)
      select gen_random_uuid(), m.event_id, m.event_type, m.channel_id, m.kind, m.dedupe_key, m.vars, m.organization_id, m.user_id, 'pending', 0, ${at}::timestamptz, ${at}::timestamptz,
        m.traceparent, m.tracestate
      from (
        select distinct on (n.ord, s.channel_id) n.ord, n.event_id, n.event_type, s.channel_id, n.kind, n.dedupe_key, n.vars, s.organization_id, n.uid as user_id,
          n.traceparent, n.tracestate
        from (
          select r.ord, r.event_id, r.event_type, r.kind, r.dedupe_key, r.credential, r.traceparent, r.tracestate,
            r.vars
              || case when sp.name is null then '{}'::jsonb else jsonb_build_object('providerName', sp.name) end
              || case when pr.name is null then '{}'::jsonb else jsonb_build_object('project', pr.name) end as vars,
            coalesce(r.user_id, a.user_id, p.user_id, sp.user_id) as uid,
            coalesce(r.organization_id, pr.organization_id) as org
          from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb)
            as r(ord int, event_id text, event_type text, kind text, dedupe_key text, user_id text, account_id text, provider_app_id text, provider_id text,
                 organization_id text, project_id text, vars jsonb, credential boolean, traceparent text, tracestate text)
          left join notify_account_owners a on a.account_id = r.account_id
          left join notify_provider_app_owners p on p.provider_app_id = r.provider_app_id
          left join notify_secret_providers sp on sp.provider_id = r.provider_id
          left join notify_projects pr on pr.project_id = r.project_id
        ) n
        join notify_subscriptions s on (
          (n.org is null and (
            (s.organization_id is null and (
              s.user_id = n.uid
              or (n.credential and exists (
                select 1 from notify_org_members o join notify_org_members m on m.organization_id = o.organization_id
                where o.user_id = s.user_id and o.role = 'owner' and m.user_id = n.uid))))
            or (s.user_id is null and exists (
              select 1 from notify_org_members m where m.organization_id = s.organization_id and m.user_id = n.uid))))
          or (n.org is not null and (
            s.organization_id = n.org
            or (s.organization_id is null and (
              s.user_id = n.uid
              or exists (
                select 1 from notify_org_members o
                where o.organization_id = n.org and o.user_id = s.user_id and (o.role = 'owner' or n.kind = any(s.kinds)))))))
        ) and ((n.credential and cardinality(s.kinds) = 0) or n.kind = any(s.kinds))
        join notify_channels c on c.id = s.channel_id and c.enabled
        order by n.ord, s.channel_id
      ) m
      order by m.ord
      on conflict do nothing`);
    },

    async insertTest({ id, channelId, locale, organizationId, userId, now }) {
      await database.db.insert(deliveries).values({
        id, sourceEventId: `test-${id}`, sourceEventType: 'SendTestNotification', channelId, kind: 'test', dedupeKey: `test:${id}`,
        locale, vars: {}, organizationId, userId, status: 'sending', attempts: 1, nextAttemptAt: now, createdAt: now,
      });
    },

    async settle(tx, delivery, step) {
      // Only the holder of this attempt records it: the worker has locked the rows its leases still
      // hold (fence), and an attempt claimed again since has moved attempts on.
      const mine = and(eq(deliveries.id, delivery.id), eq(deliveries.status, 'sending'), eq(deliveries.attempts, delivery.attempts));
      const set = step.status === 'sent'
        ? { status: 'sent', sentAt: step.sentAt, leaseUntil: null, lastErrorClass: null, lastStatusCode: null }
        : step.status === 'retry'
          ? { status: 'pending', nextAttemptAt: step.nextAttemptAt, leaseUntil: null, lastErrorClass: step.errorClass, lastStatusCode: step.statusCode ?? null }
          : { status: 'dead', leaseUntil: null, lastErrorClass: step.errorClass, lastStatusCode: step.statusCode ?? null };
      const updated = await tx.update(deliveries).set(set).where(mine).returning({ id: deliveries.id });
      return updated.length > 0;
    },
  };
}
