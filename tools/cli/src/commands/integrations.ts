// integrations: a company's own services as NATS users (issue 20). The registry (a JSON file with a
// bcrypt hash per password, never the password) is the source; each change renders the running
// nats-server config from deploy/nats plus the registry, has nats-server reload it (SIGHUP through
// its pid file; a reload closes a removed user's connections), and provisions or deletes the
// integration's durable pull consumers as the operator. The password is printed once, on create.
import { existsSync } from 'node:fs';
import {
  IntegrationGrantError,
  checkIntegrationGrant,
  describeProvisionStep,
  inboxPrefixFor,
  integrationConsumers,
  integrationSubjects,
  integrationUser,
  provisionIntegrationConsumers,
  type IntegrationGrant,
} from '@keywarden/bus';
import { busNames } from '@keywarden/contracts';
import {
  BASE_NATS_CONFIG,
  integrationsFileOf,
  loadIntegrations,
  localNatsFiles,
  newIntegration,
  reloadNatsServer,
  saveIntegrations,
  writeNatsConfig,
  type Integration,
} from '@keywarden/platform/integrations';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { closeBus, openBus } from '../connect.js';
import { table } from '../format.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, dataDirOf, type GlobalOptions } from '../settings.js';

export type IntegrationFiles = { registry?: string; natsConfig?: string; baseConfig?: string; storeDir?: string; natsPidFile?: string; reload?: boolean };
export type CreateOptions = IntegrationFiles & { organization: string; publish?: string[]; follow?: string[]; json?: boolean };

type Files = { registry: string; natsConfig: string; baseConfig: string; storeDir: string; pidFile: string | undefined };

/** Flags, then KW_* variables, then the local platform's layout under the data directory. */
function filesOf(options: IntegrationFiles, global: GlobalOptions, io: Io): Files {
  const dataDir = dataDirOf(global, io);
  const local = localNatsFiles(dataDir);
  const pidFile = options.natsPidFile ?? io.env['KW_NATS_PID_FILE'] ?? local.pidFile;
  return {
    registry: options.registry ?? integrationsFileOf(dataDir, io.env),
    natsConfig: options.natsConfig ?? io.env['KW_NATS_CONFIG_FILE'] ?? local.config,
    baseConfig: options.baseConfig ?? io.env['KW_NATS_BASE_CONFIG'] ?? BASE_NATS_CONFIG,
    storeDir: options.storeDir ?? io.env['KW_NATS_STORE_DIR'] ?? local.storeDir,
    // --no-reload: the config reloader (deploy/k8s) or a person does it.
    pidFile: options.reload === false || !existsSync(pidFile) ? undefined : pidFile,
  };
}

const split = (values: string[] | undefined): string[] => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/** Renders the config and has nats-server reload it; says what it did and what is left to do. */
async function apply(files: Files, integrations: readonly Integration[], say: (text: string) => void): Promise<boolean> {
  await writeNatsConfig({ baseFile: files.baseConfig, file: files.natsConfig, storeDir: files.storeDir }, integrations);
  say(`rendered ${files.natsConfig} (${integrations.length} integration user${integrations.length === 1 ? '' : 's'})`);
  if (!files.pidFile) {
    say('no nats-server pid file: reload nats-server with this config yourself (SIGHUP; root README, "Integrations")');
    return false;
  }
  const pid = await reloadNatsServer(files.pidFile);
  if (pid === undefined) {
    say(`no nats-server runs under the pid in ${files.pidFile}: it reads this config when it starts`);
    return false;
  }
  say(`nats-server (pid ${pid}) told to reload its config`);
  return true;
}

/**
 * Until the operator connects and JetStream answers again: while nats-server 2.9.10 reloads it
 * refuses connections (Authorization Violation) and answers JetStream's API with "no responders"
 * for a moment, and the next command should not fall into that.
 */
async function waitForJetStream(global: GlobalOptions, io: Io): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const nc = await openBus(busSettings(global, io));
      try {
        await (await jetstreamManager(nc)).getAccountInfo();
        return;
      } finally {
        await closeBus(nc);
      }
    } catch (error) {
      if (Date.now() > deadline) throw new CliError(`nats-server did not answer as before after the reload: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function provision(integrations: readonly Integration[], global: GlobalOptions, io: Io): Promise<void> {
  const bus = busSettings(global, io);
  const nc = await openBus(bus);
  try {
    const steps = await provisionIntegrationConsumers(nc, integrations, { namespace: bus.namespace }).catch((error: unknown) => {
      if (/permissions violation/i.test((error as Error).message ?? '')) throw new CliError(`NATS user ${bus.user ?? '(none)'} may not manage consumers: run as the operator`);
      throw error;
    });
    for (const step of steps.filter((s) => s.action !== 'unchanged')) line(io.err)(describeProvisionStep(step));
  } finally {
    await closeBus(nc);
  }
}

/** After a reload the new user can connect: tried for a while, the reload is asynchronous. */
async function waitUntilConnects(url: string, user: string, pass: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const nc = await connect({ servers: url, user, pass, inboxPrefix: inboxPrefixFor(user), timeout: 3_000, maxReconnectAttempts: 0 });
      await nc.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new CliError(`${user} cannot connect after the reload: ${(error as Error).message} (is the rendered config the one nats-server runs?)`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function createIntegrationCommand(name: string, options: CreateOptions, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const grant: IntegrationGrant = { name, organizationId: options.organization, publish: split(options.publish), follow: split(options.follow) };
  try {
    checkIntegrationGrant(grant);
  } catch (error) {
    if (error instanceof IntegrationGrantError) throw usage(`${error.field === 'name' ? '<name>' : `--${error.field}`}: ${error.message}`);
    throw error;
  }
  const files = filesOf(options, global, io);
  const registry = await loadIntegrations(files.registry);
  if (registry.some((i) => i.name === name)) throw new CliError(`integration ${name} exists already: revoke it first to give it new credentials`);
  const { integration, password } = await newIntegration(grant);
  const integrations = [...registry, integration];
  await saveIntegrations(files.registry, integrations);
  say(`registered integration ${name} in ${files.registry}`);
  const user = integrationUser(name);
  const names = busNames(busSettings(global, io).namespace);
  const consumers = integrationConsumers(grant).map((c) => ({ name: `${c.service}--${c.purpose}`, stream: names.stream(c.context) }));
  // Printed now, once: if a later step fails it can be run again (`kw ops provision`), the password cannot.
  if (options.json) {
    io.out(`${JSON.stringify({ name, user, password, inboxPrefix: inboxPrefixFor(user), organizationId: grant.organizationId, publish: integrationSubjects(grant, names.namespace), consumers })}\n`);
  } else {
    io.out(
      `integration ${name} (organization ${grant.organizationId})\n` +
        `  NATS user      ${user}\n` +
        `  NATS password  ${password}\n` +
        '                 shown once: only its hash is kept. Lost, revoke and create again.\n' +
        `  inbox prefix   ${inboxPrefixFor(user)}\n` +
        integrationSubjects(grant, names.namespace).map((s) => `  publish        ${s}\n`).join('') +
        consumers.map((c) => `  consumer       ${c.name} on ${c.stream}\n`).join(''),
    );
  }
  // Its consumers first: nats-server's JetStream API pauses for a moment while it reloads.
  await provision(integrations, global, io);
  const reloaded = await apply(files, integrations, say);
  if (reloaded) {
    await waitUntilConnects(busSettings(global, io).url, user, password);
    await waitForJetStream(global, io);
    say(`${user} can connect`);
  }
}

export async function listIntegrationsCommand(options: IntegrationFiles & { json?: boolean }, global: GlobalOptions, io: Io): Promise<void> {
  const registry = await loadIntegrations(filesOf(options, global, io).registry);
  // No hash either: nothing secret-shaped leaves the file.
  const rows = registry.map(({ passwordHash: _hash, ...rest }) => ({ ...rest, user: integrationUser(rest.name) }));
  if (options.json) return io.out(`${JSON.stringify(rows)}\n`);
  if (rows.length === 0) return line(io.err)('no integrations');
  io.out(table(['NAME', 'USER', 'ORGANIZATION', 'PUBLISH', 'FOLLOW', 'CREATED'], rows.map((r) => [r.name, r.user, r.organizationId, r.publish.join(',') || '-', r.follow.join(',') || '-', r.createdAt])));
}

export async function revokeIntegrationCommand(name: string, options: IntegrationFiles, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const files = filesOf(options, global, io);
  const registry = await loadIntegrations(files.registry);
  if (!registry.some((i) => i.name === name)) throw new CliError(`no integration ${name} in ${files.registry}`);
  const integrations = registry.filter((i) => i.name !== name);
  await saveIntegrations(files.registry, integrations);
  say(`removed integration ${name} from ${files.registry}`);
  await provision(integrations, global, io);
  const reloaded = await apply(files, integrations, say);
  if (reloaded) await waitForJetStream(global, io);
  io.out(`revoked ${integrationUser(name)}${reloaded ? ': its connections are closed and it can no longer connect' : ' (once nats-server reloads its config)'}; its consumers are deleted\n`);
}

/** The config from the registry as it is (a first Secret for deploy/k8s, or after the base file changed), reloaded when it can be. */
export async function renderIntegrationsCommand(options: IntegrationFiles, global: GlobalOptions, io: Io): Promise<void> {
  const files = filesOf(options, global, io);
  const reloaded = await apply(files, await loadIntegrations(files.registry), line(io.err));
  if (reloaded) await waitForJetStream(global, io);
}
