import { closeBus, connectBus, describeProvisionStep, provisionBus } from '@keywarden/bus';
import type { Say } from './infra.js';
import type { Integration } from './integrations.js';

/**
 * The bus topology, provisioned as the operator before any service starts: the
 * services' NATS users may create no stream and no consumer (deploy/nats).
 * Says what changed; the rest is summed up in one line.
 */
export async function provisionLocalBus(nats: { url: string; user: string; password: string }, integrations: readonly Integration[], say: Say): Promise<void> {
  const nc = await connectBus({ servers: nats.url, user: nats.user, pass: nats.password, name: 'platform-provision' });
  try {
    const steps = await provisionBus(nc, { replicas: 1, integrations });
    for (const step of steps.filter((s) => s.action !== 'unchanged')) say(`bus: ${describeProvisionStep(step)}`);
    const streams = steps.filter((s) => s.kind === 'stream').length;
    const consumers = steps.filter((s) => s.kind === 'consumer' && s.action !== 'deleted' && s.action !== 'unknown').length;
    say(`bus provisioned: ${streams} streams, ${consumers} durable consumers (${steps.filter((s) => s.action === 'unchanged').length} unchanged)`);
  } finally {
    await closeBus(nc);
  }
}
