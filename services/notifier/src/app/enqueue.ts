// The consumer half of delivery: in the consumer's transaction (with its inbox rows), one
// pending delivery per matching channel, for a whole batch of events in one statement. The
// unique (source event, channel) and (dedupe key, channel) indexes make a redelivered or
// repeated event enqueue nothing.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import type { Clock } from '@keywarden/runtime';
import { KeywardenError } from '@keywarden/errors';
import { inArray, sql } from 'drizzle-orm';
import { projects } from '../adapters/db/schema.js';
import { isCredentialWarning, notificationFor } from '../domain/notification/kinds.js';
import { applyOwnership } from '../projections/membership.js';
import { applyGitBindings, applyProjects } from '../projections/projects.js';

/** Errors the notifier's consumers raise (redelivered with backoff, then parked). */
export type NotifierErrorCode = 'ERR_PROJECT_UNKNOWN';

export type EnqueueOptions = { publicUrl: string; clock: Clock };

/**
 * Whom an event concerns: its userId, or the owner of its account (AccountConnected), of
 * its provider app (ProviderAppConfigured) or the last configurer of its secret provider
 * (ProviderConfigured: secrets' events carry no organization). Matching subscriptions:
 * - a user's own, for events about that user;
 * - a user's own, for every credential warning about a member of an organization the user
 *   owns (by default an organization's owners get every credential warning);
 * - an organization's, for events about its members.
 * Events about an organization's project (gitops, deploy: the organization is named or found
 * through ProjectCreated) go to that organization's subscriptions, its owners' own (credential
 * warnings by default), members' own that list the kind, and the user the event concerns.
 * A subscription with no kinds gets every credential warning; others get the kinds listed.
 */
export function enqueueHandler(options: EnqueueOptions) {
  return async (tx: Tx, events: readonly ConsumedEvent[]): Promise<void> => {
    await applyOwnership(tx, events);
    await applyProjects(tx, events);
    const episodes = await applyGitBindings(tx, events);
    const rows = events.flatMap((event, ord) => {
      const n = notificationFor(event.type, event.data, options.publicUrl, { syncEpisode: episodes.get(event.eventId) ?? 0 });
      if (!n) return [];
      return [{
        ord, event_id: event.eventId, event_type: event.type, kind: n.kind, dedupe_key: n.dedupeKey, user_id: n.userId ?? null,
        account_id: n.vars['accountId'] || null, provider_app_id: n.vars['providerAppId'] || null, provider_id: n.vars['providerId'] || null,
        organization_id: n.organizationId ?? null, project_id: n.projectId || null, vars: n.vars, credential: isCredentialWarning(n.kind),
        // The delivery continues the trace of the event that asked for it.
        traceparent: event.traceparent ?? '', tracestate: event.tracestate ?? '',
      }];
    });
    if (rows.length === 0) return;
    await requireKnownProjects(tx, rows.filter((r) => !r.organization_id && r.project_id).map((r) => r.project_id!));
    const now = options.clock.now().toISOString();
    await tx.execute(sql`
      insert into notify_deliveries
        (id, source_event_id, source_event_type, channel_id, kind, dedupe_key, vars, organization_id, user_id, status, attempts, next_attempt_at, created_at, traceparent, tracestate)
      select gen_random_uuid(), m.event_id, m.event_type, m.channel_id, m.kind, m.dedupe_key, m.vars, m.organization_id, m.user_id, 'pending', 0, ${now}::timestamptz, ${now}::timestamptz,
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
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
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
  };
}

/**
 * Deployment events name a project, not an organization. A project the notifier has not seen
 * (its gitops consumer lags, or EVT_GITOPS appeared later) fails the event: the consumer
 * redelivers it with backoff until ProjectCreated has arrived, and parks it if it never does.
 */
async function requireKnownProjects(tx: Tx, projectIds: readonly string[]): Promise<void> {
  const wanted = [...new Set(projectIds)];
  if (wanted.length === 0) return;
  const known = await tx.select({ id: projects.projectId }).from(projects).where(inArray(projects.projectId, wanted));
  if (known.length < wanted.length) {
    throw new KeywardenError<NotifierErrorCode>('ERR_PROJECT_UNKNOWN', 503, 'an event names a project the notifier has not seen created yet');
  }
}
