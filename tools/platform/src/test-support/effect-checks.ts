// The fault suite's checks of effects outside the read models: what the
// deployer and gitops-sync wrote to the cluster (manifests), notifications the
// receiver got, and the bus and databases drained: every consumer caught up,
// every outbox empty, nothing parked.
import type { Fault } from './faults.js';
import type { SignedDelivery } from './gateway-client.js';
import type { AppRecord, Ledger } from './ledger.js';
import type { Deployment } from './ledger-checks.js';
import { DATABASE_SERVICES, secretValue, type PlatformState } from './platform-state.js';

/**
 * After one last deploy of every application (its id in `last`): the Deployment in the manifests is that
 * deployment's, and its environment Secret holds every acknowledged project variable with the latest
 * acknowledged value of each secret it references.
 */
export async function checkRollouts(ledger: Ledger, state: PlatformState, last: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const app of ledger.apps) {
    const objects = await state.manifests('deployer', app.namespace);
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === app.name);
    const rolledOut = deployment?.metadata.annotations?.['keywarden.dev/deployment-id'];
    if (rolledOut !== last.get(app.applicationId)) problems.push(`${app.name}: the Deployment in the manifests is ${rolledOut}, the last deployment ${last.get(app.applicationId)}`);
    const env = objects.find((o) => o.kind === 'Secret' && o.metadata.name === `${app.name}-env`);
    for (const [key, expected] of expectedEnvironment(ledger, app)) {
      const actual = env ? secretValue(env, key) : undefined;
      if (actual !== expected) problems.push(`lost: ${app.name}'s environment Secret has ${key} ${actual === undefined ? 'missing' : 'with another value'}, acknowledged ${expected.startsWith('value-') ? 'a secret value' : expected}`);
    }
  }
  return problems;
}

function expectedEnvironment(ledger: Ledger, app: AppRecord): Map<string, string> {
  const project = ledger.projects.find((p) => p.projectId === app.projectId);
  const env = new Map<string, string>();
  for (const [key, value] of project?.envVars ?? []) env.set(key, value.startsWith('@secret:') ? ledger.secret(value.slice('@secret:'.length))?.value ?? `(unknown ${value})` : value);
  return env;
}

/** GitCredentialsSynced per binding and token generation: each generation written (and recorded) once. */
export async function checkCredentialWrites(state: PlatformState): Promise<{ problems: string[]; writes: number; generations: number }> {
  const sql = await state.sql('gitops-sync');
  const rows = await sql<Array<{ stream_id: string; generation: string; writes: number; triggers: string }>>`
    select stream_id, data->>'tokenGeneration' as generation, count(*)::int as writes, string_agg(data->>'trigger', ', ' order by global_position) as triggers
    from events where type = 'GitCredentialsSynced' group by 1, 2 order by 1, 2`;
  const problems = rows.filter((r) => r.writes > 1).map((r) => `twice: ${r.stream_id} written ${r.writes} times with token generation ${r.generation} (${r.triggers})`);
  return { problems, writes: rows.reduce((n, r) => n + r.writes, 0), generations: rows.length };
}

export type NotificationReport = { problems: string[]; deliveries: number; duplicates: number; explained: string[] };

/**
 * Every succeeded deployment notified at least once by exactly one delivery (one channel per
 * organization); a delivery received more than once only as services/notifier/README.md allows: a
 * notifier (or its database) gone between sending and recording, so a fault of the notifier or
 * PostgreSQL fell between the two receipts.
 */
export function checkNotifications(received: SignedDelivery[], deployments: Deployment[], faults: Fault[]): NotificationReport {
  const problems: string[] = [];
  const byDeployment = new Map<string, Set<string>>();
  const receipts = new Map<string, number[]>();
  for (const d of received) {
    if (!d.signatureValid) problems.push(`delivery ${d.id}: signature not valid`);
    const facts = (d.body.data['facts'] ?? {}) as Record<string, string>;
    const deploymentId = facts['Deployment'] ?? '';
    if (!byDeployment.has(deploymentId)) byDeployment.set(deploymentId, new Set());
    byDeployment.get(deploymentId)!.add(d.id);
    receipts.set(d.id, [...(receipts.get(d.id) ?? []), d.receivedAt]);
  }
  for (const deployment of deployments.filter((d) => d.status === 'succeeded')) {
    const ids = byDeployment.get(deployment.deploymentId);
    if (!ids) problems.push(`lost: no notification of deployment ${deployment.deploymentId} (${deployment.trigger} ${deployment.version})`);
    else if (ids.size > 1) problems.push(`twice: deployment ${deployment.deploymentId} notified by ${ids.size} deliveries (${[...ids].join(', ')})`);
  }
  const known = new Set(deployments.map((d) => d.deploymentId));
  for (const id of byDeployment.keys()) if (!known.has(id)) problems.push(`a notification of deployment ${JSON.stringify(id)}, which none of the applications has`);
  const outages = faults.filter((f) => f.part === 'notifier' || f.part === 'PostgreSQL');
  const explained: string[] = [];
  let duplicates = 0;
  for (const [id, times] of receipts) {
    if (times.length < 2) continue;
    duplicates += times.length - 1;
    const first = Math.min(...times);
    const last = Math.max(...times);
    const fault = outages.find((f) => first <= f.backAt && last >= f.killedAt);
    if (fault) explained.push(`${id} ×${times.length} (${fault.part} killed in between)`);
    else problems.push(`twice: delivery ${id} received ${times.length} times with no notifier or database outage in between`);
  }
  return { problems, deliveries: receipts.size, duplicates, explained };
}

/** `kw lag`: every durable consumer caught up (nothing pending or awaiting an ack); every outbox empty; no dead letters. */
export async function checkBus(state: PlatformState): Promise<{ problems: string[]; lag: string }> {
  const problems: string[] = [];
  const lag = await state.kw(['ops', 'lag']);
  if (lag.code !== 0) problems.push(`kw lag exited ${lag.code}: ${lag.err}`);
  const summary = /(\d+) durable consumers on \d+ streams: (\d+) pending, (\d+) awaiting ack/.exec(lag.out + lag.err);
  if (!summary || summary[1] === '0') problems.push(`kw lag listed no durable consumer: ${lag.out}${lag.err}`);
  for (const row of lag.out.split('\n').slice(1).filter((l) => l.startsWith('EVT_'))) {
    const [stream, consumer, pending, ackPending] = row.split(/\s+/);
    if (pending !== '0' || ackPending !== '0') problems.push(`consumer ${consumer} on ${stream} not caught up: ${pending} pending, ${ackPending} awaiting ack`);
  }
  for (const service of DATABASE_SERVICES) {
    const sql = await state.sql(service);
    const [counts] = await sql<Array<{ outbox: number; parked: number }>>`
      select (select count(*) from outbox)::int as outbox, (select count(*) from dead_letters)::int as parked`;
    const { outbox, parked } = counts!;
    if (outbox > 0) problems.push(`${service}: ${outbox} events still in the outbox`);
    if (parked > 0) {
      const rows = await sql`select consumer, subject, error_code, error from dead_letters limit 5`;
      problems.push(`${service}: ${parked} dead letters, e.g. ${JSON.stringify(rows)}`);
    }
  }
  const notifier = await state.sql('notifier');
  const undelivered = await notifier<Array<{ status: string; count: number }>>`select status, count(*)::int as count from notify_deliveries where status <> 'sent' group by status`;
  for (const row of undelivered) problems.push(`notifier: ${row.count} deliveries ${row.status}`);
  return { problems, lag: `${lag.out}${lag.err}` };
}
