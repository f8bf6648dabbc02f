// The consumer half of delivery: in the consumer's transaction (with its inbox rows), the
// read models the batch feeds, then one pending delivery per matching channel, for the whole
// batch at once (DeliveryStore.enqueue). A redelivered or repeated event enqueues nothing.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import type { Clock } from '@keywarden/runtime';
import { NotifierError } from '../domain/errors.js';
import { isCredentialWarning, notificationFor } from '../domain/notification/kinds.js';
import { applyOwnership } from '../projections/membership.js';
import { applyGitBindings, applyProjects } from '../projections/projects.js';
import { knownProjects } from '../projections/queries.js';
import type { DeliveryStore, WantedNotification } from './ports.js';

/** Errors the notifier's consumers raise (redelivered with backoff, then parked). */
export type { NotifierErrorCode } from '../domain/errors.js';

export type EnqueueOptions = { publicUrl: string; clock: Clock; deliveries: DeliveryStore };

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
    const rows = events.flatMap((event, ord): WantedNotification[] => {
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
    await options.deliveries.enqueue(tx, rows, options.clock.now());
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
  if ((await knownProjects(tx, wanted)) < wanted.length) {
    throw new NotifierError('ERR_PROJECT_UNKNOWN', 'an event names a project the notifier has not seen created yet', { errorId: 'NOTIFY-pj01' });
  }
}
