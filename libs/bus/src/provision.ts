// The one privileged step that makes the bus what the topology says (topology.ts):
// every context's stream and every service's durable consumer, created or
// brought back to their configuration, idempotently. It runs as a NATS user
// that may manage streams and consumers (deploy/nats: operator) before the
// services start: the local platform, `kw provision`, docker-compose's
// one-shot service, deploy/k8s's Job. The services' own users may do neither.
import type { ConsumerConfig, ConsumerInfo, JetStreamManager, StreamConfig, StreamInfo } from '@nats-io/jetstream';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { RECREATE_FIELDS, consumerDifferences, differingFields, type DurableConfig } from './consumer-config.js';
import { isConsumerMissing, isStreamMissing } from './errors.js';
import { streamDifferences, streamUpdate, type EventStreamOptions } from './streams.js';
import { INTEGRATION_DURABLE_PREFIX, integrationConsumers, type IntegrationGrant } from './integrations.js';
import { DURABLE_CONSUMERS, busTopology, type DurableConsumer, type InboundConsumer } from './topology.js';

/**
 * created, updated (in place), recreated (deleted and created again: it had
 * settings an update cannot change, e.g. a push consumer's deliver subject),
 * deleted (a push consumer on an event stream that the topology does not
 * have), unchanged, or unknown (a durable the topology does not have, left alone).
 */
export type ProvisionAction = 'created' | 'updated' | 'recreated' | 'deleted' | 'unchanged' | 'unknown';

export type ProvisionStep = {
  kind: 'stream' | 'consumer';
  /** The stream's or the consumer's name. */
  name: string;
  stream: string;
  action: ProvisionAction;
  /** What differed from the topology, each as `field: found (expected …)`. */
  details: string[];
};

export type ProvisionOptions = EventStreamOptions & {
  /** The durable consumers to provision; default DURABLE_CONSUMERS. */
  consumers?: readonly DurableConsumer[];
  /** The consumers of EXT_INBOUND to provision; default INBOUND_CONSUMERS. */
  inbound?: readonly InboundConsumer[];
  /** Reports what would change, changes nothing. */
  dryRun?: boolean;
  /**
   * The integrations (kw ops integrations' registry): their durables are provisioned too, and
   * an integration durable (`int-...`) that none of them has any more is deleted (revoked, or
   * no longer following that aggregate). Absent: integration durables are left alone.
   */
  integrations?: readonly IntegrationGrant[];
};

/**
 * Creates or updates every stream and durable consumer of the topology and
 * reports each one's action. A consumer is recreated when an update cannot make
 * it right (it then delivers its stream again from the start: the services'
 * inbox skips what they handled). A stream is never deleted: one the server
 * will not update (e.g. a mirror) is an error for a human.
 */
export async function provisionBus(nc: NatsConnection, options: ProvisionOptions = {}): Promise<ProvisionStep[]> {
  const integrations = options.integrations?.flatMap(integrationConsumers) ?? [];
  const topology = busTopology(options, [...(options.consumers ?? DURABLE_CONSUMERS), ...integrations], options.inbound);
  const revoke = options.integrations !== undefined;
  const dryRun = options.dryRun ?? false;
  const jsm = await jetstreamManager(nc);
  const steps: ProvisionStep[] = [];
  for (const stream of topology.streams) steps.push(await provisionStream(jsm, stream, dryRun));
  for (const { stream, config } of topology.consumers) steps.push(await provisionConsumer(jsm, stream, config, dryRun));
  for (const stream of topology.streams) {
    const wanted = new Set(topology.consumers.filter((c) => c.stream === stream.name).map((c) => c.config.durable_name));
    steps.push(...(await strayConsumers(jsm, stream.name, wanted, dryRun, revoke)));
  }
  return steps;
}

/**
 * Only the integrations' durables (`kw ops integrations create` / `revoke`): each one's consumers
 * created or brought back to their configuration, and every `int-...` durable no integration has
 * any more deleted (and, as provisionBus does, any push consumer on an event stream). Streams are not
 * touched (they must exist: `kw ops provision`).
 */
export async function provisionIntegrationConsumers(nc: NatsConnection, integrations: readonly IntegrationGrant[], options: Pick<ProvisionOptions, 'namespace' | 'dryRun'> = {}): Promise<ProvisionStep[]> {
  const topology = busTopology({ namespace: options.namespace }, integrations.flatMap(integrationConsumers), []);
  const dryRun = options.dryRun ?? false;
  const jsm = await jetstreamManager(nc);
  const steps: ProvisionStep[] = [];
  for (const { stream, config } of topology.consumers) steps.push(await provisionConsumer(jsm, stream, config, dryRun));
  for (const stream of topology.streams) {
    const wanted = new Set(topology.consumers.filter((c) => c.stream === stream.name).map((c) => c.config.durable_name));
    const stray = await strayConsumers(jsm, stream.name, wanted, dryRun, true).catch((error: unknown) => {
      // A stream not provisioned yet has no consumer to delete.
      if (isStreamMissing(error)) return [];
      throw error;
    });
    steps.push(...stray.filter((step) => step.name.startsWith(INTEGRATION_DURABLE_PREFIX)));
  }
  return steps;
}

async function provisionStream(jsm: JetStreamManager, expected: Partial<StreamConfig> & { name: string }, dryRun: boolean): Promise<ProvisionStep> {
  const step = (action: ProvisionAction, details: string[] = []): ProvisionStep => ({ kind: 'stream', name: expected.name, stream: expected.name, action, details });
  let info: StreamInfo | undefined;
  try {
    info = await jsm.streams.info(expected.name);
  } catch (error) {
    if (!isStreamMissing(error)) throw error;
  }
  if (!info) {
    if (!dryRun) await jsm.streams.add(expected);
    return step('created');
  }
  const differences = streamDifferences(expected, info.config);
  if (differences.length === 0) return step('unchanged');
  if (!dryRun) {
    try {
      await jsm.streams.update(expected.name, streamUpdate(info.config, expected));
    } catch (error) {
      throw new Error(`stream ${expected.name} differs from the topology (${differences.join('; ')}) and nats-server refused the update: ${(error as Error).message}`, { cause: error });
    }
  }
  return step('updated', differences);
}

async function provisionConsumer(jsm: JetStreamManager, stream: string, expected: DurableConfig, dryRun: boolean): Promise<ProvisionStep> {
  const name = expected.durable_name;
  const step = (action: ProvisionAction, details: string[] = []): ProvisionStep => ({ kind: 'consumer', name, stream, action, details });
  let info: ConsumerInfo | undefined;
  try {
    info = await jsm.consumers.info(stream, name);
  } catch (error) {
    // A stream created in this same run does not exist yet in a dry run.
    if (!isConsumerMissing(error) && !isStreamMissing(error)) throw error;
  }
  if (!info) {
    if (!dryRun) await jsm.consumers.add(stream, expected);
    return step('created');
  }
  const differences = consumerDifferences(expected, info.config);
  if (differences.length === 0) return step('unchanged');
  const recreate = async () => {
    if (dryRun) return;
    await jsm.consumers.delete(stream, name);
    await jsm.consumers.add(stream, expected);
  };
  if (differingFields(differences).some((field) => RECREATE_FIELDS.has(field))) {
    await recreate();
    return step('recreated', differences);
  }
  if (dryRun) return step('updated', differences);
  try {
    const { filter_subject, ack_wait, max_deliver, max_ack_pending } = expected;
    await jsm.consumers.update(stream, name, { filter_subject, ack_wait, max_deliver, max_ack_pending } as Partial<ConsumerConfig>);
    return step('updated', differences);
  } catch (error) {
    // The server would not change it in place (e.g. nats-server 2.9 and a filter subject): start it over.
    if ((error as Error).name !== 'JetStreamApiError') throw error;
    await recreate();
    return step('recreated', differences);
  }
}

/** Consumers on a topology stream that the topology does not have: push ones and revoked integrations' are deleted, other durables reported. */
async function strayConsumers(jsm: JetStreamManager, stream: string, wanted: ReadonlySet<string>, dryRun: boolean, revoke: boolean): Promise<ProvisionStep[]> {
  const steps: ProvisionStep[] = [];
  let consumers: ConsumerInfo[];
  try {
    consumers = [];
    for await (const info of jsm.consumers.list(stream)) consumers.push(info);
  } catch (error) {
    // A dry run does not create the stream it reports.
    if (dryRun && isStreamMissing(error)) return [];
    throw error;
  }
  for (const info of consumers) {
    if (wanted.has(info.name)) continue;
    if (info.config.deliver_subject) {
      // A push consumer has the server publish the stream into its deliver subject: none belongs on an event stream.
      if (!dryRun) await jsm.consumers.delete(stream, info.name);
      steps.push({ kind: 'consumer', name: info.name, stream, action: 'deleted', details: [`push consumer delivering to ${JSON.stringify(info.config.deliver_subject)}`] });
    } else if (revoke && info.name.startsWith(INTEGRATION_DURABLE_PREFIX)) {
      // Its integration was revoked or follows that aggregate no more: nobody may read through it.
      if (!dryRun) await jsm.consumers.delete(stream, info.name);
      steps.push({ kind: 'consumer', name: info.name, stream, action: 'deleted', details: ['no integration has it any more'] });
    } else if (info.config.durable_name) {
      steps.push({ kind: 'consumer', name: info.name, stream, action: 'unknown', details: ['not in the bus topology; left alone'] });
    }
  }
  return steps;
}

/** One line per step: `created consumer notifier--oauth-warnings on EVT_OAUTH`, with what differed. */
export function describeProvisionStep(step: ProvisionStep, options: { dryRun?: boolean } = {}): string {
  const would: Record<ProvisionAction, string> = { created: 'would create', updated: 'would update', recreated: 'would recreate', deleted: 'would delete', unchanged: 'unchanged', unknown: 'unknown' };
  const action = options.dryRun ? would[step.action] : step.action;
  const where = step.kind === 'consumer' ? ` on ${step.stream}` : '';
  return `${action} ${step.kind} ${step.name}${where}${step.details.length > 0 ? `: ${step.details.join('; ')}` : ''}`;
}
