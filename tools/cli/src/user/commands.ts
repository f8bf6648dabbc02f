// The user commands beside run and login: env, secrets, deploy, projects refresh,
// connections. Human tables by default, one JSON document with --json.
import { readFileSync } from 'node:fs';
import type { KeywardenClient, Schemas } from '@keywarden/client';
import { table } from '../format.js';
import { CliError, line, usage, type Io } from '../io.js';
import { resolvedEnvironment, revealedEnvironment } from './environment.js';
import { findApplication, signedInClient, type AppQuery, type UserOptions } from './gateway.js';

const MASK = '••••••';
const json = (io: Io, value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);

export async function envCommand(query: AppQuery, options: UserOptions & { reveal?: boolean; reason?: string }, io: Io): Promise<void> {
  if (options.reveal && !options.reason) throw usage('--reveal needs --reason <why> (it is audited)');
  const client = signedInClient(options, io);
  const app = await findApplication(client, query);
  const view = await resolvedEnvironment(client, app);
  const values = options.reveal ? await revealedEnvironment(client, app, options.reason!, view) : undefined;
  const valueOf = (v: Schemas['ResolvedVariable']) => values?.get(v.key) ?? MASK;
  if (options.json) {
    json(io, { application: app.name, environment: app.environment, missing: view.missing,
      variables: view.variables.map((v) => ({ key: v.key, scope: v.scope, kind: v.kind, secretName: v.secretName, secretVersion: v.secretVersion, ...(values ? { value: valueOf(v) } : {}) })) });
    return;
  }
  const rows = view.variables.map((v) => [v.key, v.scope, v.kind === 'plain' ? 'plain' : `${v.secretName}@${v.secretVersion}`, valueOf(v)]);
  io.out(table(['KEY', 'SCOPE', 'SOURCE', 'VALUE'], rows));
  for (const m of view.missing) line(io.err)(`missing: ${m.key} (${m.scope}) refers to ${m.reference}, which does not resolve`);
}

async function groupNamed(client: KeywardenClient, name: string): Promise<Schemas['SecretGroup']> {
  const { groups } = await client.call(client.GET('/api/v1/secrets/groups'));
  const group = groups.find((g) => g.name === name || g.groupId === name);
  if (!group) throw new CliError(`no secret group ${JSON.stringify(name)}`);
  return group;
}

async function secretsOf(client: KeywardenClient, group: Schemas['SecretGroup']) {
  return (await client.call(client.GET('/api/v1/secrets/groups/{groupId}/secrets', { params: { path: { groupId: group.groupId } } }))).secrets;
}

export const secretsCommands = {
  async list(groupName: string | undefined, options: UserOptions, io: Io) {
    const client = signedInClient(options, io);
    const groups = groupName ? [await groupNamed(client, groupName)] : (await client.call(client.GET('/api/v1/secrets/groups'))).groups;
    const secrets = (await Promise.all(groups.map((g) => secretsOf(client, g)))).flat();
    if (options.json) return json(io, { secrets });
    io.out(table(['GROUP', 'NAME', 'VERSION', 'PREVIEW', 'UPDATED'], secrets.map((s) => [s.groupName, s.name, String(s.version), s.preview, s.updatedAt ?? ''])));
  },
  async get(groupName: string, name: string, options: UserOptions & { reason: string }, io: Io) {
    const client = signedInClient(options, io);
    const secret = (await secretsOf(client, await groupNamed(client, groupName))).find((s) => s.name === name);
    if (!secret) throw new CliError(`no secret ${JSON.stringify(name)} in ${groupName}`);
    const revealed = await client.call(client.POST('/api/v1/secrets/{secretId}/reveal', { params: { path: { secretId: secret.secretId } }, body: { reason: options.reason } }));
    if (options.json) return json(io, { name, version: revealed.version, value: revealed.value });
    io.out(`${revealed.value}\n`);
  },
  /** The value comes from a file or stdin, never from argv (argv shows in `ps` and shell history). */
  async set(groupName: string, name: string, options: UserOptions & { fromFile?: string; description?: string }, io: Io, stdin: () => Promise<string>) {
    const client = signedInClient(options, io);
    const group = await groupNamed(client, groupName);
    const value = (options.fromFile ? readFileSync(options.fromFile, 'utf8') : await stdin()).replace(/\r?\n$/, '');
    if (!value) throw usage('no value: pipe it on stdin or pass --from-file <path>');
    const { secret: saved } = await client.call(client.POST('/api/v1/secrets/groups/{groupId}/secrets', {
      params: { path: { groupId: group.groupId } }, body: { name, value, replace: true, ...(options.description ? { description: options.description } : {}) },
    }));
    if (options.json) return json(io, { secret: saved });
    line(io.out)(saved ? `${group.name}/${saved.name} is at version ${saved.version} (${saved.preview})` : `${group.name}/${name} unchanged`);
  },
  async import(groupName: string, file: string, options: UserOptions & { format?: 'json' | 'dotenv'; overwrite?: boolean }, io: Io) {
    const client = signedInClient(options, io);
    const group = await groupNamed(client, groupName);
    const format = options.format ?? (file.endsWith('.json') ? 'json' : 'dotenv');
    const result = await client.call(client.POST('/api/v1/secrets/groups/{groupId}/import', {
      params: { path: { groupId: group.groupId } }, body: { content: readFileSync(file, 'utf8'), format, overwrite: options.overwrite ?? false },
    }));
    if (options.json) return json(io, result);
    line(io.out)(`created ${result.created.length}, updated ${result.updated.length}, unchanged ${result.unchanged.length}, skipped ${result.skipped.length}`);
  },
  async export(groupName: string, options: UserOptions & { reason: string }, io: Io) {
    const client = signedInClient(options, io);
    const group = await groupNamed(client, groupName);
    const exported = await client.call(client.POST('/api/v1/secrets/groups/{groupId}/export', { params: { path: { groupId: group.groupId } }, body: { reason: options.reason } }));
    if (options.json) return json(io, exported);
    io.out(exported.content.endsWith('\n') ? exported.content : `${exported.content}\n`);
  },
};

const FINAL = new Set(['succeeded', 'failed']);

export async function deployCommand(appName: string, version: string, options: UserOptions & AppQuery & { wait?: boolean; pollMs?: number }, io: Io): Promise<void> {
  const client = signedInClient(options, io);
  const app = await findApplication(client, { ...options, app: appName });
  let { deployment } = await client.call(client.POST('/api/v1/applications/{applicationId}/deployments', {
    params: { path: { applicationId: app.applicationId }, query: { organizationId: app.organizationId } }, body: { version },
  } as never)) as Schemas['DeploymentResult'];
  const say = line(io.err);
  say(`deployment ${deployment.deploymentId} of ${app.name} ${version}: ${deployment.status}`);
  while (options.wait && !FINAL.has(deployment.status)) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
    const previous = deployment.status;
    ({ deployment } = await client.call(client.GET('/api/v1/applications/{applicationId}/deployments/{deploymentId}', {
      params: { path: { applicationId: app.applicationId, deploymentId: deployment.deploymentId }, query: { organizationId: app.organizationId } },
    })));
    if (deployment.status !== previous) say(`  ${deployment.status}${deployment.stage ? ` (${deployment.stage})` : ''}`);
  }
  if (options.json) json(io, { deployment });
  else line(io.out)(`${app.name} ${version}: ${deployment.status}${deployment.error ? `: ${deployment.error}` : ''}`);
  if (deployment.status === 'failed') throw new CliError(`deployment ${deployment.deploymentId} failed${deployment.stage ? ` at ${deployment.stage}` : ''}`);
}

export async function projectsRefreshCommand(projectId: string, options: UserOptions & { org?: string; force?: boolean }, io: Io): Promise<void> {
  const client = signedInClient(options, io);
  const result = await client.call(client.POST('/api/v1/projects/{projectId}/refresh', {
    params: { path: { projectId }, ...(options.org ? { query: { organizationId: options.org } } : {}) }, body: { force: options.force ?? false },
  }));
  if (options.json) return json(io, result);
  line(io.out)(`${result.project.name}: ${result.refreshed} environment${result.refreshed === 1 ? '' : 's'} refreshed, ${result.driftFixed} drift fixed`);
}

export async function connectionsCommand(options: UserOptions, io: Io): Promise<void> {
  const client = signedInClient(options, io);
  const { accounts } = await client.call(client.GET('/api/v1/oauth/accounts'));
  if (options.json) return json(io, { accounts });
  io.out(table(['PROVIDER', 'ACCOUNT', 'STATUS', 'EXPIRES', 'REFRESH EXPIRES'],
    accounts.map((a) => [a.provider, a.username, a.status, a.expiresAt ?? '-', a.refreshExpiresAt ?? '-'])));
}
