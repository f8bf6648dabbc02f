// A durable consumer's configuration, one function for the provisioner and
// the service that uses it, and how a service opens its durable: look it up,
// create it only when it is missing and its NATS user may (an open test
// server), never change it, never use it when it differs (a push consumer's
// deliver subject would have the server publish wherever it says).
import { busNames, type Context } from '@keywarden/contracts';
import { AckPolicy, DeliverPolicy, type ConsumerConfig, type ConsumerInfo, type JetStreamManager } from '@nats-io/jetstream';
import { BusSetupError, isConsumerMissing, isPermissionViolation, isStreamMissing, listDifferences } from './errors.js';

export type DurableSettings = {
  context: Context;
  durable: string;
  namespace?: string | undefined;
  /** Narrows the consumer on the server; default the whole context. */
  filterSubject?: string | undefined;
  ackWaitMs?: number | undefined;
  maxAckPending?: number | undefined;
};

export type DurableConfig = Partial<ConsumerConfig> & { durable_name: string };

/** Pull, explicit acks, the whole stream from the start; redelivery bounds are the client's (we park). */
export function durableConsumerConfig(settings: DurableSettings): DurableConfig {
  return {
    durable_name: settings.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: settings.filterSubject ?? busNames(settings.namespace).contextSubjects(settings.context),
    ack_wait: (settings.ackWaitMs ?? 30_000) * 1_000_000,
    // We park after maxDeliver ourselves; the server must never give up on a message silently.
    max_deliver: -1,
    max_ack_pending: settings.maxAckPending ?? 1000,
  };
}

/** Fields that a consumer update cannot change (or that make it a push consumer): the provisioner recreates it. */
export const RECREATE_FIELDS: ReadonlySet<string> = new Set(['deliver_subject', 'deliver_group', 'deliver_policy', 'ack_policy', 'headers_only']);

/** The fields of `found` that differ from `expected`, each as `field: found (expected …)`. */
export function consumerDifferences(expected: DurableConfig, found: Partial<ConsumerConfig>): string[] {
  const filters = found.filter_subject || (found.filter_subjects ?? []).join(',');
  const fields: Array<[string, unknown, unknown]> = [
    ['durable_name', found.durable_name ?? '', expected.durable_name],
    ['deliver_subject', found.deliver_subject ?? '', ''],
    ['deliver_group', found.deliver_group ?? '', ''],
    ['headers_only', found.headers_only ?? false, false],
    ['ack_policy', found.ack_policy, expected.ack_policy],
    ['deliver_policy', found.deliver_policy, expected.deliver_policy],
    ['filter_subject', filters, expected.filter_subject],
    ['ack_wait', found.ack_wait, expected.ack_wait],
    ['max_deliver', found.max_deliver, expected.max_deliver],
    ['max_ack_pending', found.max_ack_pending, expected.max_ack_pending],
  ];
  return listDifferences(fields);
}

/** The names of the fields consumerDifferences reported. */
export function differingFields(differences: readonly string[]): string[] {
  return differences.map((d) => d.slice(0, d.indexOf(':')));
}

/**
 * The durable as the service may use it. Missing: created when this NATS user
 * may (otherwise ERR_BUS_NOT_PROVISIONED); a missing stream is thrown as the
 * server reports it, for the caller to wait. Found with another configuration:
 * ERR_BUS_MISCONFIGURED, never updated here.
 */
export async function openDurableConsumer(jsm: JetStreamManager, stream: string, expected: DurableConfig): Promise<ConsumerInfo> {
  const target = `consumer ${expected.durable_name}`;
  let info: ConsumerInfo | undefined;
  try {
    info = await jsm.consumers.info(stream, expected.durable_name);
  } catch (error) {
    if (!isConsumerMissing(error) && !isStreamMissing(error)) throw error;
  }
  if (!info) {
    try {
      return await jsm.consumers.add(stream, expected);
    } catch (error) {
      if (isPermissionViolation(error)) throw new BusSetupError('ERR_BUS_NOT_PROVISIONED', target, [], error);
      throw error;
    }
  }
  const differences = consumerDifferences(expected, info.config);
  if (differences.length > 0) throw new BusSetupError('ERR_BUS_MISCONFIGURED', target, differences);
  return info;
}
