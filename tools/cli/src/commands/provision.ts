// provision: makes the bus what the topology says (libs/bus provisionBus): every context's
// stream and every service's durable pull consumer, created or brought back to their
// configuration. The services' own NATS users may create neither (deploy/nats), so this runs
// as the operator before they start: the local platform does it itself, docker-compose and
// deploy/k8s run this command once (`bus-provision`).
import { existsSync } from 'node:fs';
import { describeProvisionStep, provisionBus } from '@keywarden/bus';
import { integrationsFileOf, loadIntegrations } from '@keywarden/platform/integrations';
import { closeBus, openBus } from '../connect.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, dataDirOf, type GlobalOptions } from '../settings.js';

export type ProvisionOptions = { replicas?: number; dryRun?: boolean };

export async function provisionCommand(options: ProvisionOptions, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const replicas = options.replicas ?? replicasFromEnv(io.env['KW_STREAM_REPLICAS']);
  const bus = busSettings(global, io);
  // The integrations' durables too, when their registry is here; without it they are left alone (never deleted).
  const registry = integrationsFileOf(dataDirOf(global, io), io.env);
  const integrations = existsSync(registry) ? await loadIntegrations(registry) : undefined;
  const nc = await openBus(bus);
  try {
    const steps = await provisionBus(nc, { namespace: bus.namespace, replicas, dryRun: options.dryRun ?? false, ...(integrations ? { integrations } : {}) }).catch((error: unknown) => {
      if (/permissions violation/i.test((error as Error).message ?? '')) {
        throw new CliError(`NATS user ${bus.user ?? '(none)'} may not manage streams and consumers: provision as the operator (deploy/nats/nats-server.conf)`);
      }
      throw error;
    });
    for (const step of steps) io.out(`${describeProvisionStep(step, { dryRun: options.dryRun })}\n`);
    const count = (action: string) => steps.filter((s) => s.action === action).length;
    const changed = ['created', 'updated', 'recreated', 'deleted'].map((a) => `${count(a)} ${options.dryRun ? `to be ${a}` : a}`).join(', ');
    say(`${steps.filter((s) => s.kind === 'stream').length} streams (${replicas} replica${replicas === 1 ? '' : 's'}) and ${steps.filter((s) => s.kind === 'consumer' && s.action !== 'deleted' && s.action !== 'unknown').length} durable consumers: ${changed}, ${count('unchanged')} unchanged` +
      `${count('unknown') > 0 ? `, ${count('unknown')} unknown durable${count('unknown') === 1 ? '' : 's'} left alone` : ''}${options.dryRun ? ' (dry run: nothing changed)' : ''}`);
  } finally {
    await closeBus(nc);
  }
}

function replicasFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  if (!/^[1-5]$/.test(value)) throw usage('KW_STREAM_REPLICAS must be an integer from 1 to 5');
  return Number(value);
}
