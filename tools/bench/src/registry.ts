import type { Benchmark } from './report.js';

/** Every benchmark the project plans; `load` is set once it is built. */
export const benchmarks: ReadonlyArray<{ name: string; summary: string; load?: () => Promise<Benchmark> }> = [
  {
    name: 'pipeline',
    summary: 'append -> outbox relay -> JetStream -> consumer projection: events/s and latency vs raw JetStream publish',
    load: async () => (await import('./benchmarks/pipeline.js')).pipeline,
  },
  {
    name: 'replay',
    summary: 'replay a context stream into an emptied projection vs a raw ordered-consumer read; event-store rebuild',
    load: async () => (await import('./benchmarks/replay.js')).replay,
  },
  { name: 'refresh-grants', summary: 'not built yet' },
  { name: 'gateway-auth', summary: 'not built yet' },
  { name: 'refresh-scheduler', summary: 'not built yet' },
  { name: 'build-environment', summary: 'not built yet' },
  { name: 'credential-latency', summary: 'not built yet' },
  { name: 'reconcile', summary: 'not built yet' },
  { name: 'webhook-deploy', summary: 'not built yet' },
  { name: 'notifications', summary: 'not built yet' },
];
