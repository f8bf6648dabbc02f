// The end of the fault suite: every write the ledger holds is read back
// through the gateway (and, for what reached the cluster, from the manifests
// under the data directory). Each check returns what it found wrong, one line
// per acknowledged write that was lost or changed, so a failure names it.
import type { Ledger, TeamRecord } from './ledger.js';
import type { PlatformState } from './platform-state.js';
import { secretValue } from './platform-state.js';
import type { ResilientClient } from './resilient-client.js';
import { signIn } from './workload-setup.js';

const api = '/api/v1';
type Deployment = {
  deploymentId: string; applicationId: string; version: string; trigger: string; status: string; stage: string; error: string; requestedAt?: string; finishedAt?: string;
};
type Environment = { environment: string; namespace: string; status: string; tokenGeneration: number; accountId: string; reason: string };

/** Every user signs in; the administrator's list holds exactly them; every organization exactly its owner and acknowledged members. */
export async function checkUsers(client: ResilientClient, ledger: Ledger, tokens: Map<number, string>): Promise<string[]> {
  const problems: string[] = [];
  // A few at a time: each sign-in is an argon2 verification.
  for (let i = 0; i < ledger.users.length; i += 4) {
    await Promise.all(ledger.users.slice(i, i + 4).map(async (user) => {
      const token = await signIn(client, user).catch((error: Error) => void problems.push(`lost: user ${user.email} (${user.userId}) cannot sign in: ${error.message}`));
      if (token && user.userId === ledger.teams[user.team]?.owner.userId) tokens.set(user.team, token);
    }));
  }
  const admin = tokens.get(0)!;
  const listed = await client.send<{ users: Array<{ userId: string; email: string }> }>('list users', 'GET', `${api}/users?limit=500`, { token: admin, expect: [200] });
  problems.push(...sameSet('user', listed.body.users.map((u) => `${u.email} ${u.userId}`), ledger.users.map((u) => `${u.email} ${u.userId}`)));
  for (const team of ledger.teams) {
    const org = await client.send<{ members: Array<{ userId: string; role: string }> }>('organization', 'GET', `${api}/organizations/${team.organizationId}`, { token: tokens.get(team.index)!, expect: [200] });
    problems.push(...sameSet(`member of team ${team.index}`, org.body.members.map((m) => m.userId), [team.owner.userId, ...team.members]));
  }
  return problems;
}

/** Each team's secrets: exactly the acknowledged ones, each revealing its latest acknowledged value, with one version per acknowledged put. */
export async function checkSecrets(client: ResilientClient, ledger: Ledger, tokens: Map<number, string>): Promise<string[]> {
  const problems: string[] = [];
  // Revealing needs secrets:reveal, which only administrators have: team 0's owner, the first to sign up.
  const admin = tokens.get(0)!;
  for (const team of ledger.teams) {
    const token = tokens.get(team.index)!;
    const listed = await client.send<{ secrets: Array<{ secretId: string; name: string }> }>('list secrets', 'GET', `${api}/secrets/groups/${team.groupId}/secrets`, { token, expect: [200] });
    problems.push(...sameSet(`secret of team ${team.index}`, listed.body.secrets.map((s) => `${s.name} ${s.secretId}`), team.secrets.map((s) => `${s.name} ${s.secretId}`)));
    for (const secret of team.secrets) {
      const revealed = await client.send<{ value: string; version: number }>('reveal', 'POST', `${api}/secrets/${secret.secretId}/reveal`, { token: admin, body: { reason: 'fault suite: acknowledged writes' }, expect: [200] });
      if (revealed.body.value !== secret.value || revealed.body.version !== secret.version) {
        problems.push(`lost: secret ${secret.name} (${secret.secretId}) reveals version ${revealed.body.version}, acknowledged was version ${secret.version} with another value`);
      }
      const history = await client.send<{ versions: unknown[] }>('history', 'GET', `${api}/secrets/${secret.secretId}/versions`, { token, expect: [200] });
      if (history.body.versions.length !== secret.versions) {
        problems.push(`twice: secret ${secret.name} (${secret.secretId}) has ${history.body.versions.length} versions for ${secret.versions} acknowledged puts`);
      }
    }
  }
  return problems;
}

/**
 * Each team's projects: exactly the acknowledged ones, every environment synced with its Git credential
 * Secret and GitRepository in the manifests (the Secret's generation the binding's), and the project
 * variables exactly the acknowledged keys (secret references to the acknowledged secret).
 */
export async function checkProjects(client: ResilientClient, ledger: Ledger, tokens: Map<number, string>, state: PlatformState): Promise<string[]> {
  const problems: string[] = [];
  for (const team of ledger.teams) {
    const token = tokens.get(team.index)!;
    const listed = await client.send<{ projects: Array<{ projectId: string; slug: string; environments: Environment[] }> }>('list projects', 'GET', `${api}/projects?organizationId=${team.organizationId}`, { token, expect: [200] });
    problems.push(...sameSet(`project of team ${team.index}`, listed.body.projects.map((p) => `${p.slug} ${p.projectId}`), team.projects.map((p) => `${p.slug} ${p.projectId}`)));
    for (const project of team.projects) {
      const found = listed.body.projects.find((p) => p.projectId === project.projectId);
      for (const env of found?.environments ?? []) {
        if (env.status !== 'synced') problems.push(`project ${project.slug} ${env.environment}: ${env.status} (${env.reason}), not synced`);
        const objects = await state.manifests('gitops-sync', env.namespace);
        const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === `${project.slug}-git-auth`);
        const generation = secret?.metadata.annotations?.['keywarden.dev/token-generation'];
        if (!secret || !secretValue(secret, 'password')) problems.push(`lost: project ${project.slug} ${env.environment}: no Git credential Secret in the manifests`);
        else if (generation !== String(env.tokenGeneration)) problems.push(`project ${project.slug} ${env.environment}: the Secret holds generation ${generation}, the binding ${env.tokenGeneration}`);
        if (!objects.some((o) => o.kind === 'GitRepository')) problems.push(`lost: project ${project.slug} ${env.environment}: no GitRepository in the manifests`);
      }
      const vars = await client.send<{ envVars: Array<{ key: string; kind: string; reference: string }> }>('variables', 'GET', `${api}/secrets/projects/${project.projectId}/env-vars?organizationId=${project.organizationId}`, { token, expect: [200] });
      problems.push(...sameSet(`variable of ${project.slug}`, vars.body.envVars.map((v) => v.key), [...project.envVars.keys()]));
      for (const v of vars.body.envVars) {
        const acknowledged = project.envVars.get(v.key);
        if (acknowledged?.startsWith('@secret:') && v.reference !== acknowledged.slice('@secret:'.length)) {
          problems.push(`lost: variable ${v.key} of ${project.slug} references ${v.reference}, acknowledged ${acknowledged}`);
        }
      }
    }
  }
  return problems;
}

/** Every deployment of an application, newest first, all pages. */
export async function deploymentsOf(client: ResilientClient, token: string, app: { applicationId: string; organizationId: string }): Promise<Deployment[]> {
  const all: Deployment[] = [];
  let page = '';
  do {
    const reply = await client.send<{ deployments: Deployment[]; nextPageToken: string }>('list deployments', 'GET',
      `${api}/applications/${app.applicationId}/deployments?organizationId=${app.organizationId}&pageSize=100${page ? `&pageToken=${encodeURIComponent(page)}` : ''}`, { token, expect: [200] });
    all.push(...reply.body.deployments);
    page = reply.body.nextPageToken;
  } while (page);
  return all;
}

/**
 * Applications and deployments: exactly the acknowledged applications; one webhook deployment per
 * Idempotency-Key and none the ledger does not know; every deployment finished and succeeded; the
 * deployer's event store holds one request and one outcome per deployment.
 */
export async function checkDeployments(client: ResilientClient, ledger: Ledger, tokens: Map<number, string>, state: PlatformState): Promise<{ problems: string[]; deployments: Deployment[] }> {
  const problems: string[] = [];
  const deployments: Deployment[] = [];
  for (const team of ledger.teams) {
    const token = tokens.get(team.index)!;
    const listed = await client.send<{ applications: Array<{ applicationId: string; name: string }> }>('list applications', 'GET', `${api}/applications?organizationId=${team.organizationId}`, { token, expect: [200] });
    problems.push(...sameSet(`application of team ${team.index}`, listed.body.applications.map((a) => `${a.name} ${a.applicationId}`), team.apps.map((a) => `${a.name} ${a.applicationId}`)));
    for (const app of team.apps) {
      const history = await deploymentsOf(client, token, app);
      deployments.push(...history);
      const acknowledged = ledger.deployments.filter((d) => d.applicationId === app.applicationId);
      problems.push(...sameSet(`webhook deployment of ${app.name}`, history.filter((d) => d.trigger === 'webhook').map((d) => `${d.version} ${d.deploymentId}`),
        acknowledged.map((d) => `${d.version} ${d.deploymentId}`)));
      for (const d of history.filter((h) => h.status !== 'succeeded')) problems.push(`deployment ${d.deploymentId} of ${app.name} (${d.trigger} ${d.version}) is ${d.status} ${d.stage} ${d.error}`);
      problems.push(...outOfOrder(app.name, history));
    }
  }
  const sql = await state.sql('deployer');
  const counts = await sql<Array<{ stream_id: string; requested: number; outcomes: number }>>`
    select stream_id, count(*) filter (where type = 'DeploymentRequested')::int as requested,
           count(*) filter (where type in ('DeploymentSucceeded', 'DeploymentFailed'))::int as outcomes
    from events where stream_id like 'deployment-%' group by stream_id`;
  for (const row of counts) if (row.requested !== 1 || row.outcomes !== 1) problems.push(`twice: ${row.stream_id} has ${row.requested} requests and ${row.outcomes} outcomes`);
  const streams = new Set(counts.map((r) => r.stream_id));
  for (const d of deployments) if (!streams.has(`deployment-${d.deploymentId}`)) problems.push(`lost: deployment ${d.deploymentId} has no event stream`);
  return { problems, deployments };
}

/**
 * Two requests in flight together take their queue places in the order they get the application's queue lock, while
 * requestedAt is their transaction's start (a secret rotation's redeploy racing a webhook deploy, say): their order
 * is the queue's, not the clock's. Requests further apart than any request lasts are rolled out in request order.
 */
const IN_FLIGHT_TOGETHER_MS = 5_000;

/** An application rolls out one deployment at a time, in the order they were requested: each finishes after the ones requested before it. */
function outOfOrder(name: string, history: Deployment[]): string[] {
  const finished = history.filter((d) => d.finishedAt && d.requestedAt);
  const at = (d: Deployment, field: 'requestedAt' | 'finishedAt') => Date.parse(d[field]!);
  return finished.flatMap((later) => finished
    .filter((earlier) => at(later, 'requestedAt') - at(earlier, 'requestedAt') > IN_FLIGHT_TOGETHER_MS && at(later, 'finishedAt') < at(earlier, 'finishedAt'))
    .map((earlier) => `${name}: deployment ${later.deploymentId} (${later.version}) finished before ${earlier.deploymentId} (${earlier.version}), requested more than ${IN_FLIGHT_TOGETHER_MS / 1000} s earlier`));
}

/** A names lost (acknowledged, not there) and extra (there, never acknowledged: done twice) entries. */
export function sameSet(what: string, found: string[], acknowledged: string[]): string[] {
  const have = new Set(found);
  const want = new Set(acknowledged);
  const problems = [...want].filter((x) => !have.has(x)).map((x) => `lost: ${what} ${x}`);
  problems.push(...[...have].filter((x) => !want.has(x)).map((x) => `twice: ${what} ${x} was never acknowledged`));
  if (found.length !== have.size) problems.push(`twice: ${what} listed more than once`);
  return problems;
}

export type { Deployment, TeamRecord };
