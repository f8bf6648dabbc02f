import type { Benchmark } from './report.js';

/** Every benchmark the project plans; `load` is set once it is built. */
export const benchmarks: ReadonlyArray<{ name: string; summary: string; load?: () => Promise<Benchmark> }> = [
  {
    name: 'append',
    summary: "append alone, 16 writers, one new stream and one event per command: commandHandler and raw append vs Emmett's PostgreSQL event store, same PostgreSQL, alternating rounds",
    load: async () => (await import('./benchmarks/append.js')).append,
  },
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
  { name: 'refresh-grants', summary: 'identity refresh path (rotate, append, sign a JWT) through the app layer: refreshes/s and p99 vs a bare update+insert transaction', load: async () => (await import('./benchmarks/refresh-grants.js')).refreshGrants },
  { name: 'gateway-auth', summary: 'authenticated requests/s through the gateway app (in-process app.request), JWT path and PAT path (cache warm), vs a bare hono route', load: async () => (await import('./benchmarks/gateway-auth.js')).gatewayAuth },
  {
    name: 'refresh-scheduler',
    summary: 'oauth-broker scheduler refreshing N GitLab grants ending over two hours, simulator with 50 ms latency, time compressed: refreshes/s, share before expiry, double refreshes, peak memory',
    load: async () => (await import('./benchmarks/refresh-scheduler.js')).refreshScheduler,
  },
  {
    name: 'build-environment',
    summary: 'BuildEnvironment RPC of secrets-vault for 200 variables (half references): requests/s and p99 vs raw AES-256-GCM decryption of the same values',
    load: async () => (await import('./benchmarks/build-environment.js')).buildEnvironment,
  },
  { name: 'credential-latency', summary: 'TokenRefreshed -> every Secret bound to the account rewritten, p50/p99 for 1, 10, 100 projects x 3 environments, vs raw server-side applies of as many Secrets', load: async () => (await import('./benchmarks/credential-latency.js')).credentialLatency },
  { name: 'reconcile', summary: 'full gitops-sync reconcile of 10,000 projects x 3 environments: duration and Kubernetes requests, clean and repairing deleted Secrets, vs the raw paged LISTs', load: async () => (await import('./benchmarks/reconcile.js')).reconcile },
  {
    name: 'webhook-deploy',
    summary: 'deployer: webhook requests/s up to an accepted deployment vs a bare RPC + insert, and deployments/s to the Kubernetes API test server vs raw applies',
    load: async () => (await import('./benchmarks/webhook-deploy.js')).webhookDeploy,
  },
  {
    name: 'console',
    summary: 'web console in Chromium on npm start\'s platform with 100 accounts, 100 projects, 1,000 secrets: first-load JavaScript (gzip) and overview interactive time vs a static file load',
    load: async () => (await import('./benchmarks/console.js')).consoleBench,
  },
  {
    name: 'notifications',
    summary: 'RefreshTokenExpiring -> notifier consumer -> delivery worker -> signed webhook to a local receiver: notifications/s vs raw signed POSTs',
    load: async () => (await import('./benchmarks/notifications.js')).notifications,
  },
  {
    name: 'impact',
    summary: 'audit impact queries (account, secret, group, provider) in process on 10,000 secrets, 2,000 applications, 5,000 bindings: p50/p99 vs a bare indexed lookup',
    load: async () => (await import('./benchmarks/impact.js')).impact,
  },
];
