// webhook-deploy: the deployer's two rates against the Kubernetes API test server
// (in-process), with a BuildEnvironment stand-in for secrets-vault:
//  - webhook requests/s up to an accepted deployment: rpc.deploy.WebhookDeploy over the
//    bus with a valid token (hash lookup, constant-time compare, rate counter, idempotency
//    key, DeploymentRequested + queue row in one transaction, reply), `--concurrency` in
//    flight (the deploy worker paused meanwhile), beside a bare request/reply endpoint
//    doing one PostgreSQL insert per call;
//  - deployments/s: those deployments rolled out once the worker resumes (BuildEnvironment, server-side apply of
//    the env Secret and the Deployment, rollout watched to completion, DeploymentSucceeded),
//    one at a time per application, beside raw server-side applies of the same object pairs.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { deployerConfig, deployerService, kubernetesDeployTarget, type DeployerHandles } from '@keywarden/deployer';
import { loadConfig, startService } from '@keywarden/runtime';
import { kubeConfigFor, startKubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig, KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node';
import postgres from 'postgres';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { perSecond, round, say, verdict, type Benchmark } from '../report.js';

const spec = {
  requests: { default: 400, help: 'webhook calls measured (each a new deployment)' },
  apps: { default: 20, help: 'applications the calls are spread over (deployments of one application run one at a time)' },
  concurrency: { default: 16, help: 'webhook calls in flight' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { requests: 40, apps: 4, concurrency: 8 };
/**
 * Webhook acceptance against a bare RPC + one insert. A webhook makes about ten database round trips
 * (lookup, rate counter, idempotency check, one transaction with append, outbox, two projections,
 * queue row and two notifications, the reply's row) where the baseline makes one: a tenth is the bar.
 */
const TARGET = 0.1;
/** Deployments against raw applies: a deployment also builds the environment, waits for the rollout and records the outcome. */
const DEPLOY_TARGET = 0.2;
const PROJECT = randomUUID();
const NS = 'project-bench-prod';

async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

export const webhookDeploy: Benchmark = {
  help: () => runHelp('webhook-deploy', spec, SMOKE),
  run: async (args) => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const kube = await startKubeApiServer({ namespaces: [NS] });
      const kc = kubeConfigFor(kube, KubeConfig);
      const nc = await connectBus({ servers: infra.natsUrl, name: 'bench-deployer' });
      await ensureEventStream(nc, 'gitops');
      await ensureEventStream(nc, 'secrets');
      const variables = Array.from({ length: 20 }, (_, i) => ({ key: `VAR_${i}`, value: `value-${i}-${randomUUID()}`, scope: 'project', kind: i % 2 ? 'secret_ref' : 'plain', secretId: i % 2 ? `sec-${i}` : '', secretVersion: 1 }));
      const vault = await startRpcService(nc, {
        name: 'secrets-vault-stand-in', version: '0.0.1',
        endpoints: [endpoint('secrets.BuildEnvironment', async () => ({ variables, resolvedAt: new Date().toISOString() }))],
      });
      const databaseUrl = await infra.serviceDatabase('deployer');
      let handles: DeployerHandles | undefined;
      const config = loadConfig('deployer', {
        KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: databaseUrl, KW_LOG_LEVEL: 'error', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
        KW_DEPLOYER_WEBHOOK_RATE_LIMIT: String(o.requests * 10), KW_DEPLOYER_CONCURRENCY: String(o.apps),
      }, deployerConfig);
      const service = await startService(deployerService({ target: kubernetesDeployTarget(kc, 'bench'), onBuilt: (h) => (handles = h) }), config, {
        logDestination: new Writable({ write: (_c, _e, cb) => cb() }),
      });
      const sql = service.deps.database!.sql;
      // Raw baseline's own table and connection, in the same database.
      const raw = postgres(databaseUrl, { max: o.concurrency, onnotice: () => {} });
      try {
        await sql`insert into projects values (${PROJECT}, 'org-bench', 'bench', ${JSON.stringify(['prod'])}::jsonb, now())`;
        const actor = { userId: 'bench', roles: ['admin'], organizationId: 'org-bench', organizationRole: 'owner', scopes: [], credential: 'session' };
        const apps: Array<{ name: string; token: string }> = [];
        for (let i = 0; i < o.apps; i++) {
          const { webhookToken } = await handles!.applications.register(actor, {
            projectId: PROJECT, name: `bench-${i}`, environment: 'prod', image: 'registry.bench.test/app', ports: [8080], replicas: 1,
            webhookEnabled: true, autoDeploy: false, signatureRequired: false,
          });
          apps.push({ name: `bench-${i}`, token: webhookToken });
        }
        const call = (i: number) => {
          const app = apps[i % apps.length]!;
          return callRpc(nc, 'deploy.WebhookDeploy', {
            applicationId: '', applicationName: app.name, version: `v${i}`, token: app.token, idempotencyKey: `run-${i}`, signature: '',
            body: '', sourceAddress: '127.0.0.1',
          }, { timeoutMs: 30_000 });
        };
        say(`warm-up: ${o.apps} webhook deploys`);
        await pool(Array.from({ length: o.apps }, (_, i) => o.requests + i), o.concurrency, async (i) => void (await call(i)));
        await waitFinished(sql, o.apps);

        // The two rates apart: the worker waits while the calls are measured (in production it runs
        // beside them, in another process or replica), then drains what they queued.
        const worker = handles!.worker.task();
        await worker.stop();
        say(`${o.requests} webhook calls over ${o.apps} applications, ${o.concurrency} in flight (worker paused)`);
        const started = performance.now();
        await pool(Array.from({ length: o.requests }, (_, i) => i), o.concurrency, async (i) => {
          const reply = await call(i);
          if (reply.duplicate || !reply.deployment?.deploymentId) throw new Error('a webhook call was not accepted as a new deployment');
        });
        const acceptMs = performance.now() - started;
        const webhookRps = perSecond(o.requests, acceptMs);
        say(`accepted ${o.requests} in ${round(acceptMs)} ms: ${round(webhookRps, 1)} requests/s; rolling them out`);
        const deployStarted = performance.now();
        await worker.start();
        await waitFinished(sql, o.apps + o.requests);
        const deployMs = performance.now() - deployStarted;
        const [counts] = await sql<Array<{ failed: number; succeeded: number }>>`
          select count(*) filter (where status = 'failed')::int as failed, count(*) filter (where status = 'succeeded')::int as succeeded from deployments`;
        if (counts?.failed) throw new Error(`${counts.failed} deployments failed`);
        const deploymentsPerS = perSecond(o.requests, deployMs);
        say(`${o.requests} deployments rolled out in ${round(deployMs)} ms: ${round(deploymentsPerS, 1)} deployments/s`);

        say('baseline: bare request/reply with one PostgreSQL insert per call');
        await raw`create table if not exists bench_raw (id uuid primary key, at timestamptz not null default now())`;
        const stand = await startRpcService(nc, {
          name: 'raw-stand-in', version: '0.0.1', namespace: 'raw',
          endpoints: [endpoint('deploy.GetWebhookDeployment', async (r) => {
            await raw`insert into bench_raw (id) values (${r.deploymentId})`;
            return { deployment: { deploymentId: r.deploymentId, status: 'pending' } };
          })],
        });
        const rawStarted = performance.now();
        await pool(Array.from({ length: o.requests }, () => randomUUID()), o.concurrency, async (id) => {
          await callRpc(nc, 'deploy.GetWebhookDeployment', { deploymentId: id, token: '', sourceAddress: '' }, { namespace: 'raw', timeoutMs: 30_000 });
        });
        const rawRps = perSecond(o.requests, performance.now() - rawStarted);
        await stand.stop();

        say('baseline: raw server-side applies of a Secret and a Deployment per deployment');
        const api = KubernetesObjectApi.makeApiClient(kc);
        const applyStarted = performance.now();
        await pool(Array.from({ length: o.requests }, (_, i) => i), o.apps, async (i) => {
          const name = `raw-${i % o.apps}`;
          const labels = { app: name };
          await api.patch({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `${name}-env`, namespace: NS }, stringData: Object.fromEntries(variables.map((v) => [v.key, v.value])) },
            undefined, undefined, 'bench-raw', true, PatchStrategy.ServerSideApply);
          await api.patch({
            apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: NS },
            spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels, annotations: { round: String(i) } }, spec: { containers: [{ name, image: `registry.bench.test/app:v${i}` }] } } },
          }, undefined, undefined, 'bench-raw', true, PatchStrategy.ServerSideApply);
        });
        const rawDeploysPerS = perSecond(o.requests, performance.now() - applyStarted);

        const ratio = webhookRps / rawRps;
        const deployRatio = deploymentsPerS / rawDeploysPerS;
        const result = verdict(ratio, TARGET, infra.versions);
        return {
          benchmark: 'webhook-deploy', smoke, requests: o.requests, apps: o.apps, concurrency: o.concurrency,
          webhook_requests_per_s: round(webhookRps, 1),
          deployments_per_s: round(deploymentsPerS, 1),
          deployments: { succeeded: counts?.succeeded ?? 0, ratio: round(deployRatio, 3), target: DEPLOY_TARGET, meets_target: deployRatio >= DEPLOY_TARGET },
          baseline: {
            what: 'a bare NATS request/reply endpoint doing one PostgreSQL insert per call (same concurrency); raw server-side applies of a Secret and a Deployment per deployment (one writer per application)',
            raw_rpc_insert_per_s: round(rawRps, 1),
            raw_apply_pairs_per_s: round(rawDeploysPerS, 1),
          },
          ...result,
          meets_target: result.meets_target && deployRatio >= DEPLOY_TARGET,
        };
      } finally {
        await raw.end();
        await service.stop();
        await vault.stop();
        await closeBus(nc);
        await kube.close();
      }
    });
  },
};

async function waitFinished(sql: postgres.Sql, total: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const [row] = await sql<Array<{ n: number }>>`select count(*)::int as n from deployments where status in ('succeeded', 'failed')`;
    if ((row?.n ?? 0) >= total) return;
    if (Date.now() > deadline) throw new Error(`only ${row?.n} of ${total} deployments finished within 10 minutes`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
