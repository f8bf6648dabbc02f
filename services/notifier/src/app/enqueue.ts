// The consumer half of delivery: in the consumer's transaction (with its inbox rows), one
// pending delivery per matching channel, for a whole batch of events in one statement. The
// unique (source event, channel) and (dedupe key, channel) indexes make a redelivered or
// repeated event enqueue nothing.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import type { Clock } from '@keywarden/runtime';
import { sql } from 'drizzle-orm';
import { isCredentialWarning, notificationFor } from '../domain/notification/kinds.js';
import { applyOwnership } from '../projections/membership.js';

export type EnqueueOptions = { publicUrl: string; clock: Clock; onEnqueued?: () => void };

/**
 * Whom an event concerns: its userId, or the owner of its account (AccountConnected), of
 * its provider app (ProviderAppConfigured) or the last configurer of its secret provider
 * (ProviderConfigured: secrets' events carry no organization). Matching subscriptions:
 * - a user's own, for events about that user;
 * - a user's own, for every credential warning about a member of an organization the user
 *   owns (by default an organization's owners get every credential warning);
 * - an organization's, for events about its members.
 * A subscription with no kinds gets every credential warning; others get the kinds listed.
 */
export function enqueueHandler(options: EnqueueOptions) {
  return async (tx: Tx, events: readonly ConsumedEvent[]): Promise<void> => {
    await applyOwnership(tx, events);
    const rows = events.flatMap((event, ord) => {
      const n = notificationFor(event.type, event.data, options.publicUrl);
      if (!n) return [];
      return [{
        ord, event_id: event.eventId, event_type: event.type, kind: n.kind, dedupe_key: n.dedupeKey, user_id: n.userId ?? null,
        account_id: n.vars['accountId'] || null, provider_app_id: n.vars['providerAppId'] || null, provider_id: n.vars['providerId'] || null, vars: n.vars, credential: isCredentialWarning(n.kind),
      }];
    });
    if (rows.length === 0) return;
    const now = options.clock.now().toISOString();
    const inserted = await tx.execute(sql`
      insert into notify_deliveries
        (id, source_event_id, source_event_type, channel_id, kind, dedupe_key, vars, organization_id, user_id, status, attempts, next_attempt_at, created_at)
      select gen_random_uuid(), m.event_id, m.event_type, m.channel_id, m.kind, m.dedupe_key, m.vars, m.organization_id, m.user_id, 'pending', 0, ${now}::timestamptz, ${now}::timestamptz
      from (
        select distinct on (n.ord, s.channel_id) n.ord, n.event_id, n.event_type, s.channel_id, n.kind, n.dedupe_key, n.vars, s.organization_id, n.uid as user_id
        from (
          select r.ord, r.event_id, r.event_type, r.kind, r.dedupe_key, r.credential,
            case when sp.name is null then r.vars else r.vars || jsonb_build_object('providerName', sp.name) end as vars,
            coalesce(r.user_id, a.user_id, p.user_id, sp.user_id) as uid
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as r(ord int, event_id text, event_type text, kind text, dedupe_key text, user_id text, account_id text, provider_app_id text, provider_id text, vars jsonb, credential boolean)
          left join notify_account_owners a on a.account_id = r.account_id
          left join notify_provider_app_owners p on p.provider_app_id = r.provider_app_id
          left join notify_secret_providers sp on sp.provider_id = r.provider_id
        ) n
        join notify_subscriptions s on (
          (s.organization_id is null and (
            s.user_id = n.uid
            or (n.credential and exists (
              select 1 from notify_org_members o join notify_org_members m on m.organization_id = o.organization_id
              where o.user_id = s.user_id and o.role = 'owner' and m.user_id = n.uid))))
          or (s.user_id is null and exists (
            select 1 from notify_org_members m where m.organization_id = s.organization_id and m.user_id = n.uid)))
         and ((n.credential and cardinality(s.kinds) = 0) or n.kind = any(s.kinds))
        join notify_channels c on c.id = s.channel_id and c.enabled
        order by n.ord, s.channel_id
      ) m
      order by m.ord
      on conflict do nothing
      returning id`);
    if (inserted.length > 0) options.onEnqueued?.();
  };
}
