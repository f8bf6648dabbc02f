// A service's inbound consumer (`<service>--inbound` on EXT_INBOUND; issue #20), started like its event
// consumers: attached to what the operator provisioned, kept trying while it is not there, held through a
// database outage. Each message is decided by event-store's receiveInbound: the effect with its receipt, or
// the message parked and answered by the service's rejection event, in one transaction.
import { INBOUND_CONSUMERS, durableName, startInboundConsumer, type RunningConsumer } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { receiveInbound, rejectInbound } from '@keywarden/event-store';
import type { Logger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { keepAttaching, type Attachment } from './bus-attach.js';
import { databaseOutagePolicy } from './outage.js';
import type { InboundSpec, ServiceDefinition } from './service-types.js';

export function attachInbound(
  definition: Pick<ServiceDefinition, 'name' | 'receives'>,
  spec: InboundSpec | undefined,
  deps: { nc: NatsConnection; namespace: string | undefined; database: Database | undefined; logger: Logger },
  started: RunningConsumer[],
): Attachment<RunningConsumer> | undefined {
  // Declared and built agree, like the event consumers (checkDeclaredConsumers): the topology provisions the declared one.
  if ((definition.receives === undefined) !== (spec === undefined)) {
    throw new Error(`${definition.name} ${spec ? 'handles inbound messages but declares no' : 'declares'} ServiceDefinition.receives${spec ? '' : ' but builds no inbound handler'}`);
  }
  if (!spec || !definition.receives) return undefined;
  const consumer = INBOUND_CONSUMERS.find((c) => c.service === definition.name && c.context === definition.receives);
  if (!consumer) throw new Error(`${definition.name} receives ${definition.receives} but the bus topology (INBOUND_CONSUMERS) has no consumer for it`);
  const database = deps.database;
  if (!database) throw new Error(`${definition.name} receives inbound messages and needs KW_DATABASE_URL`);
  const { namespace, logger } = deps;
  const options = { namespace, apply: spec.apply, refusal: spec.refusal, answer: spec.answer };
  return keepAttaching({
    what: `consumer ${durableName(consumer)}`,
    logger,
    attach: async () => {
      const running = await startInboundConsumer(deps.nc, {
        consumer,
        ...(namespace ? { namespace } : {}),
        logger,
        unavailable: databaseOutagePolicy(database),
        handle: async (delivery) => {
          const outcome = await receiveInbound(database, delivery, options);
          if (outcome === 'applied') spec.afterCommit?.();
          logger.info({ consumer: delivery.consumer, seq: delivery.streamSequence, type: delivery.message?.type, integration: delivery.message?.integration, outcome }, 'inbound message handled');
        },
        exhausted: async (delivery, error) => {
          const code = (error as { code?: string }).code ?? 'ERR_HANDLER_FAILED';
          await rejectInbound(database, delivery, { reason: 'handler_failed', detail: `the request failed ${delivery.deliveryCount} times (${code})` }, options);
        },
        ...(spec.backoffMs ? { backoffMs: spec.backoffMs } : {}),
        ...(spec.maxDeliver ? { maxDeliver: spec.maxDeliver } : {}),
      });
      started.push(running);
      return running;
    },
    detach: (running) => running.stop(),
  });
}
