// A company's own services on the bus (issue 20): each integration is a NATS user
// `int-<name>` that may publish exactly the inbound subjects it was granted
// (`ext.<name>.<organizationId>.<context>.<Type>`: the subject is the authority, a
// consumer trusts the name and organization it reads there) and read the public
// aggregates it follows through durable pull consumers the operator provisions
// (`int-<name>--<context>-<aggregate>`), never creating one itself. What is here is
// data: deploy's rendering (tools/platform integrations) turns it into a user block of
// nats-server.conf, provisionBus into consumers.
import { busNames, contexts, inboundTypes, integrationNamePattern, publicAggregates, type Context, type InboundContext } from '@keywarden/contracts';
import { inboxPrefixFor } from './connection.js';
import { durableName, type DurableConsumer } from './topology.js';

/** What an integration may send, as `<context>.<Type>` (contracts' inboundTypes: keywarden.inbound.v1). */
export const INBOUND_TYPES: readonly string[] = Object.entries(inboundTypes).map(([type, info]) => `${info.context}.${type}`);

export const INTEGRATION_NAME_PATTERN = integrationNamePattern;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An integration's grants: who it is, for which organization, what it may send and which public aggregates it follows. */
export type IntegrationGrant = {
  name: string;
  organizationId: string;
  /** `<context>.<Type>` from INBOUND_TYPES. */
  publish: readonly string[];
  /** `<context>.<aggregate>` from contracts' publicAggregates. */
  follow: readonly string[];
};

/** Thrown for a grant that is not allowed; `field` names what is wrong (the values are plain names, never secrets). */
export class IntegrationGrantError extends Error {
  override name = 'IntegrationGrantError';
  readonly code = 'ERR_INTEGRATION_GRANT';
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

/** The NATS user of an integration. */
export const integrationUser = (name: string): string => `int-${name}`;

/** Every durable of every integration starts with `int-`; no service's name does. */
export const INTEGRATION_DURABLE_PREFIX = 'int-';

/** Checks a grant against the contract (names, organization UUID, known inbound types, public aggregates); throws IntegrationGrantError. */
export function checkIntegrationGrant(grant: IntegrationGrant): IntegrationGrant {
  if (!INTEGRATION_NAME_PATTERN.test(grant.name)) {
    throw new IntegrationGrantError(`integration name must match ${INTEGRATION_NAME_PATTERN.source}`, 'name');
  }
  if (!UUID.test(grant.organizationId)) throw new IntegrationGrantError('organization must be a UUID (lower case)', 'organization');
  if (grant.publish.length === 0 && grant.follow.length === 0) throw new IntegrationGrantError('an integration needs at least one inbound type or one followed aggregate', 'publish');
  for (const type of grant.publish) {
    if (!INBOUND_TYPES.includes(type)) throw new IntegrationGrantError(`unknown inbound type ${JSON.stringify(type)}; one of: ${INBOUND_TYPES.join(', ')}`, 'publish');
  }
  for (const aggregate of grant.follow) {
    if (!publicAggregates.has(aggregate)) throw new IntegrationGrantError(`${JSON.stringify(aggregate)} is not a public aggregate; one of: ${[...publicAggregates].join(', ')}`, 'follow');
  }
  for (const [field, list] of [['publish', grant.publish], ['follow', grant.follow]] as const) {
    if (new Set(list).size !== list.length) throw new IntegrationGrantError(`${field} lists a value twice`, field);
  }
  return grant;
}

/** The exact subjects it may publish: `ext.<name>.<organizationId>.<context>.<Type>` (namespaced in tests). */
export function integrationSubjects(grant: IntegrationGrant, namespace?: string): string[] {
  const names = busNames(namespace);
  return grant.publish.map((pair) => {
    const [context, type] = pair.split('.') as [InboundContext, string];
    return names.inbound(grant.name, grant.organizationId, context, type);
  });
}

/** Its durable pull consumers, one per followed aggregate, each filtered to that aggregate's events. */
export function integrationConsumers(grant: IntegrationGrant): DurableConsumer[] {
  return grant.follow.map((pair) => {
    const [context, aggregate] = pair.split('.') as [Context, string];
    if (!contexts.includes(context)) throw new IntegrationGrantError(`unknown context in ${JSON.stringify(pair)}`, 'follow');
    return { service: integrationUser(grant.name), purpose: `${context}-${aggregate.replaceAll('_', '-')}`, context, aggregate };
  });
}

/** The user's permissions, as deploy/nats writes them: nothing but its subjects, its consumers' look-up, fetch and ack, and its own inbox. */
export function integrationPermissions(grant: IntegrationGrant): { publish: string[]; subscribe: string[] } {
  const names = busNames();
  const consumerSubjects = integrationConsumers(grant).flatMap((c) => {
    const stream = names.stream(c.context);
    const name = durableName(c);
    return [`$JS.API.CONSUMER.INFO.${stream}.${name}`, `$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, `$JS.ACK.${stream}.${name}.>`];
  });
  return {
    publish: [...integrationSubjects(grant), '$JS.API.INFO', ...consumerSubjects],
    subscribe: [`${inboxPrefixFor(integrationUser(grant.name))}.>`],
  };
}
