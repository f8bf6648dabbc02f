import { encodeInbound } from '@keywarden/contracts';
import { eventually, testBus } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNatsHeaders } from './headers.js';
import { closeBus, connectBus, ensureInboundStream, startInboundConsumer, type InboundDelivery } from './index.js';

// The inbound consumer on a real nats-server: every message reaches the service decoded or with its error, a
// handler that keeps failing gives the message to `exhausted` after maxDeliver, and the others go on.
const ORG = '6f1c2a4e-8b7d-4c1e-9f3a-2b5d7e9c1a3f';
let nc: NatsConnection;
const { natsUrl, namespace } = testBus();

beforeAll(async () => {
  nc = await connectBus({ servers: natsUrl, name: 'inbound-consumer-test' });
  await ensureInboundStream(nc, { namespace });
});
afterAll(async () => closeBus(nc));

const publish = async (slug: string, tamper?: (headers: Record<string, string>) => void) => {
  const msg = encodeInbound({ integration: 'portal', organizationId: ORG, type: 'ProjectDeleted', id: `ce-${slug}`, source: 'portal', data: { slug } }, { namespace });
  tamper?.(msg.headers);
  await jetstream(nc).publish(msg.subject, msg.data, { headers: toNatsHeaders(msg.headers), msgID: msg.headers['Nats-Msg-Id']! });
};

describe('startInboundConsumer', () => {
  it('hands over decoded and undecodable messages, parks one that keeps failing through `exhausted`, and goes on', async () => {
    const handled: InboundDelivery[] = [];
    const exhausted: Array<{ slug: string; deliveries: number; error: string }> = [];
    const running = await startInboundConsumer(nc, {
      consumer: { service: 'probe', purpose: 'inbound', context: 'gitops' }, namespace, maxDeliver: 2, backoffMs: [50],
      handle: async (delivery) => {
        if (delivery.message?.data['slug'] === 'fails') throw Object.assign(new Error('downstream'), { code: 'ERR_DOWNSTREAM' });
        handled.push(delivery);
      },
      exhausted: async (delivery, error) => void exhausted.push({ slug: String(delivery.message?.data['slug']), deliveries: delivery.deliveryCount, error: (error as { code: string }).code }),
    });
    try {
      await publish('fails');
      await publish('unknown', (h) => void (h['ce-type'] = 'keywarden.inbound.v1.ProjectRenamed'));
      await publish('works');
      await eventually(() => handled.length === 2 && exhausted.length === 1);
      expect(handled.map((d) => d.message?.data['slug'] ?? d.error?.code)).toEqual(['ERR_UNKNOWN_EVENT_TYPE', 'works']);
      expect(handled[1]).toMatchObject({ consumer: 'probe--inbound', stream: `${namespace.toUpperCase()}_EXT_INBOUND`, message: { integration: 'portal', organizationId: ORG, ceId: 'ce-works' } });
      expect(exhausted).toEqual([{ slug: 'fails', deliveries: 2, error: 'ERR_DOWNSTREAM' }]);
      expect(running.stats).toMatchObject({ handled: 2, parked: 1, redelivered: 1 });
    } finally {
      await running.stop();
    }
  });
});
