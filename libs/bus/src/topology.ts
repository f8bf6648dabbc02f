// The bus topology as data: one event stream per context and every service's
// durable consumers. The provisioner (provisionBus, run as a privileged NATS
// user) creates exactly this; the services only look it up, because their NATS
// users may create no stream and no consumer (a consumer's or a stream's
// configuration could make the server publish anywhere: a push consumer's
// deliver subject, a stream's republish, sources or mirror). deploy/nats and
// each service's ServiceDefinition.consumes are checked against this table
// (tools/platform's deploy-files test, tools/repo-checks' bus-topology test);
// it imports no service.
import { busNames, contexts, type Context, type InboundContext } from '@keywarden/contracts';
import type { ConsumerConfig, StreamConfig } from '@nats-io/jetstream';
import { durableConsumerConfig } from './consumer-config.js';
import { eventStreamConfig, inboundStreamConfig, type EventStreamOptions } from './streams.js';

/** A durable pull consumer `<service>--<purpose>` on one context's stream (all of `evt.<context>.>`). */
export type DurableConsumer = {
  service: string;
  purpose: string;
  /** The context whose stream it reads. */
  context: Context;
  /** Only this aggregate's events (`evt.<context>.<aggregate>.>`): an integration's consumers; default the whole stream. */
  aggregate?: string;
  /** How long a delivered message may stay unacknowledged before JetStream redelivers it (default 30 s). */
  ackWaitMs?: number;
  /** Delivered and unacknowledged messages at most (default 1000). */
  maxAckPending?: number;
};

const durable = (service: string, purpose: string, context: Context): DurableConsumer => ({ service, purpose, context });

/** Every durable consumer of Keywarden's services (ARCHITECTURE §4). */
export const DURABLE_CONSUMERS: readonly DurableConsumer[] = [
  durable('oauth-broker', 'user-disabled', 'identity'),
  durable('gitops-sync', 'oauth-accounts', 'oauth'),
  durable('gitops-sync', 'organizations', 'identity'),
  durable('secrets-vault', 'projects', 'gitops'),
  durable('secrets-vault', 'applications', 'deploy'),
  durable('deployer', 'projects', 'gitops'),
  durable('deployer', 'secret-rotations', 'secrets'),
  durable('notifier', 'oauth-warnings', 'oauth'),
  durable('notifier', 'security-alerts', 'identity'),
  durable('notifier', 'org-members', 'identity'),
  durable('notifier', 'secrets-alerts', 'secrets'),
  durable('notifier', 'gitops-alerts', 'gitops'),
  durable('notifier', 'deploy-alerts', 'deploy'),
  // The audit trail: every event of every context (services/audit).
  ...(['identity', 'oauth', 'secrets', 'gitops', 'deploy', 'notify', 'audit'] as const).map((context) => durable('audit', context, context)),
];

/**
 * A durable pull consumer `<service>--inbound` on EXT_INBOUND, reading what a company's services publish for
 * one context (`ext.*.*.<context>.>`; contracts inbound.ts).
 */
export type InboundConsumer = {
  service: string;
  purpose: 'inbound';
  /** The inbound context it reads. */
  context: InboundContext;
  ackWaitMs?: number;
  maxAckPending?: number;
};

/** Every consumer of the inbound stream (issue #20): one per receiving service. */
export const INBOUND_CONSUMERS: readonly InboundConsumer[] = [
  { service: 'gitops-sync', purpose: 'inbound', context: 'gitops' },
  { service: 'deployer', purpose: 'inbound', context: 'deploy' },
];

/** The configuration of an inbound consumer, the same for the provisioner and the service. */
export function inboundConsumerConfig(consumer: InboundConsumer, namespace?: string) {
  return durableConsumerConfig({
    context: consumer.context, durable: durableName(consumer), namespace,
    filterSubject: busNames(namespace).inboundFilter(consumer.context), ackWaitMs: consumer.ackWaitMs, maxAckPending: consumer.maxAckPending,
  });
}

/** `<service>--<purpose>`: the consumer's name on the server. */
export function durableName(consumer: Pick<DurableConsumer, 'service' | 'purpose'>): string {
  return `${consumer.service}--${consumer.purpose}`;
}

/** The topology's entry for a consumer name, if it has one. */
export function topologyDurable(name: string): DurableConsumer | undefined {
  return DURABLE_CONSUMERS.find((c) => durableName(c) === name);
}

export type BusTopology = {
  streams: Array<Partial<StreamConfig> & { name: string }>;
  consumers: Array<{ stream: string; config: Partial<ConsumerConfig> & { durable_name: string } }>;
};

/**
 * The JetStream configuration of the whole topology (every context's stream and EXT_INBOUND, every durable
 * consumer of them).
 */
export function busTopology(
  options: EventStreamOptions = {},
  consumers: readonly DurableConsumer[] = DURABLE_CONSUMERS,
  inbound: readonly InboundConsumer[] = INBOUND_CONSUMERS,
): BusTopology {
  const names = busNames(options.namespace);
  return {
    streams: [...contexts.map((context) => eventStreamConfig(context, options)), inboundStreamConfig(options)],
    consumers: [
      ...consumers.map((c) => ({
        stream: names.stream(c.context),
        config: durableConsumerConfig({
          context: c.context,
          durable: durableName(c),
          namespace: options.namespace,
          filterSubject: c.aggregate === undefined ? undefined : `${names.namespace ? `${names.namespace}.` : ''}evt.${c.context}.${c.aggregate}.>`,
          ackWaitMs: c.ackWaitMs,
          maxAckPending: c.maxAckPending,
        }),
      })),
      ...inbound.map((c) => ({ stream: names.inboundStream(), config: inboundConsumerConfig(c, options.namespace) })),
    ],
  };
}
