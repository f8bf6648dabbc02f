// Which events a company's own services may read (their integration users' pull consumers, the
// AsyncAPI document). Chosen by aggregate: what happens to credentials, projects, secrets' metadata
// and deployments is the platform's public story; people, sessions, sign-in tokens, provider app
// registrations, notification channels, master keys and the audit log's own upkeep stay inside.
// No event carries secret material (repo check and contracts test); public ones are also held to
// the buf breaking rules like every other message.
import { eventTypes, type Context, type EventName } from './registry.js';

/** `<context>.<aggregate>` pairs whose every event is public. */
export const publicAggregates: ReadonlySet<string> = new Set([
  'oauth.account',
  'gitops.project',
  'gitops.binding',
  'gitops.reconcile',
  // Rejections of what a company's service published: the publisher follows them.
  'gitops.inbound',
  'secrets.secret_group',
  'secrets.secret',
  'secrets.env_var',
  'secrets.provider',
  'deploy.application',
  'deploy.deployment',
  'deploy.drift',
  'deploy.inbound',
]);

export function isPublicEvent(name: EventName): boolean {
  const info = eventTypes[name];
  return publicAggregates.has(`${info.context}.${info.aggregate}`);
}

/** Every public event, in the registry's order. */
export const publicEvents: readonly EventName[] = (Object.keys(eventTypes) as EventName[]).filter(isPublicEvent);

/** The subject filters that select exactly the public events of a context (one per aggregate), e.g. 'evt.oauth.account.>'. */
export function publicSubjectFilters(context: Context, prefix = ''): string[] {
  return [...publicAggregates].filter((pair) => pair.startsWith(`${context}.`)).map((pair) => `${prefix}evt.${pair}.>`);
}
