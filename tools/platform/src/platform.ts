import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPlatformConfig, type PlatformConfig } from './config.js';
import { ensureNatsServer, passwordOf, startInfra, type RunningInfra, type Say } from './infra.js';
import { ServiceSupervisor, describeExit, isCleanExit, type ServiceExit } from './processes.js';
import { loadOrCreateSecrets, type PlatformSecrets } from './secrets.js';
import { NATS_USERS, OPERATOR_NATS_USER, SERVICES, existingServices, type ServiceSpec } from './services.js';
import { SIMULATOR_APPS, registerSimulatorApps, startDevSimulators, type DevSimulators } from './simulators.js';

const NAME_WIDTH = Math.max('platform'.length, ...SERVICES.map((s) => s.name.length));
const say: Say = (line) => process.stdout.write(`${'platform'.padEnd(NAME_WIDTH)} | ${line}\n`);
const shout: Say = (line) => process.stderr.write(`${'platform'.padEnd(NAME_WIDTH)} | ✖ ${line}\n`);

type StopReason = { kind: 'signal'; signal: string } | { kind: 'service-died'; exit: ServiceExit } | { kind: 'failed' };

/**
 * The local platform: nats-server, PostgreSQL, then every service that exists;
 * on a signal or a service's death, services first, then nats, then PostgreSQL.
 * Resolves with the process exit code.
 */
export async function runPlatform(): Promise<number> {
  let config: PlatformConfig;
  try {
    config = loadPlatformConfig();
  } catch (error) {
    shout((error as Error).message);
    return 2;
  }

  let requestStop: (reason: StopReason) => void = () => {};
  const stopRequested = new Promise<StopReason>((resolve) => {
    requestStop = resolve;
  });
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return say(`${signal} again: already stopping`);
    stopping = true;
    say(`${signal} received: stopping services, then nats-server, then PostgreSQL`);
    requestStop({ kind: 'signal', signal });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // The launcher (start.ts) went away without forwarding a signal: do not outlive it.
  process.on('disconnect', () => onSignal('SIGTERM'));
  // A bug here must not leave nats-server and PostgreSQL running unattended.
  process.on('uncaughtException', (error) => {
    shout(`internal error: ${error.stack ?? error.message}`);
    if (!stopping) {
      stopping = true;
      requestStop({ kind: 'failed' });
    }
  });

  let infra: RunningInfra | undefined;
  let sims: DevSimulators | undefined;
  let operatorPassword = '';
  const supervisor = new ServiceSupervisor({
    repoRoot: config.repoRoot,
    stdout: process.stdout,
    stderr: process.stderr,
    nameWidth: NAME_WIDTH,
    onUnexpectedExit: (exit) => {
      if (stopping) return;
      stopping = true;
      shout(`${describeExit(exit)} UNEXPECTEDLY. Nothing is restarted: stopping the platform.`);
      requestStop({ kind: 'service-died', exit });
    },
  });

  // Start-up runs to the end (or fails) even when a signal arrives meanwhile,
  // so that shutdown knows exactly what is running; services are skipped then.
  let reason: StopReason | undefined;
  try {
    await startAll(config, supervisor, () => stopping, (started, secrets) => {
      infra = started;
      operatorPassword = passwordOf(secrets.nats, OPERATOR_NATS_USER);
    }, (started) => (sims = started));
  } catch (error) {
    shout(`could not start: ${(error as Error).message}`);
    stopping = true;
    reason = { kind: 'failed' };
  }
  if (!reason) {
    const operator = infra ? { url: infra.nats.url, user: OPERATOR_NATS_USER, password: operatorPassword } : undefined;
    void announceWhenHealthy(config, supervisor, () => stopping, operator, sims);
    reason = await stopRequested;
  }
  return await shutdown(config, supervisor, infra, sims, reason);
}

async function startAll(
  config: PlatformConfig,
  supervisor: ServiceSupervisor,
  stopping: () => boolean,
  onInfra: (infra: RunningInfra, secrets: PlatformSecrets) => void,
  onSimulators: (sims: DevSimulators) => void,
): Promise<void> {
  await mkdir(config.dataDir, { recursive: true });
  say(`data directory ${config.dataDir} (pid ${process.pid})`);
  ensureNatsServer(say);

  const services = existingServices(config.repoRoot);
  const secretsFile = join(config.dataDir, 'secrets.json');
  const { secrets, created, added } = await loadOrCreateSecrets(secretsFile, {
    natsUsers: NATS_USERS,
    databaseRoles: SERVICES.flatMap((s) => (s.database ? [s.database] : [])),
    simulatorApps: SIMULATOR_APPS,
  });
  say(created ? `generated DEV-ONLY secrets in ${secretsFile} (kept for every later run)` : `using secrets from ${secretsFile}`);
  if (added.length > 0) say(`added secrets for ${added.join(', ')}`);

  const infra = await startInfra(config, secrets, services, say);
  onInfra(infra, secrets);
  if (config.simulators && services.some((s) => s.name === 'oauth-broker')) {
    onSimulators(await startDevSimulators(config.simulatorPorts, say, { gitlabTokenTtlSeconds: config.gitlabTokenTtlSeconds, clientSecrets: secrets.simulators }));
  }

  for (const spec of services) {
    if (stopping()) return;
    const pid = supervisor.start(spec, serviceEnv(spec, config, secrets, infra));
    say(`started ${spec.name} (pid ${pid})`);
  }
}

// Set per service by the platform: a value left in the caller's shell must not
// leak into a service that should not have it (KW_DATABASE_URL into the gateway).
const PER_SERVICE = /^KW_(SERVICE_NAME|DATABASE_URL|NATS_.*|MASTER_KEYS|HTTP_PORT|HTTP_HOST|DATA_DIR|OTLP_ENDPOINT|PLATFORM_.*)$/;

function serviceEnv(spec: ServiceSpec, config: PlatformConfig, secrets: PlatformSecrets, infra: RunningInfra) {
  const inherited = Object.entries(process.env).filter(([name, value]) => value !== undefined && !PER_SERVICE.test(name));
  const env: Record<string, string> = {
    ...(Object.fromEntries(inherited) as Record<string, string>),
    KW_SERVICE_NAME: spec.name,
    KW_NATS_URL: infra.nats.url,
    KW_NATS_USER: spec.natsUser,
    KW_NATS_PASSWORD: passwordOf(secrets.nats, spec.natsUser),
    KW_MASTER_KEYS: secrets.masterKeys,
    KW_DATA_DIR: config.dataDir,
  };
  // Local development only: let the notifier post to receivers on this machine (the simulators).
  if (spec.name === 'notifier') env['KW_NOTIFIER_ALLOW_PRIVATE_TARGETS'] ??= 'true';
  const databaseUrl = infra.databaseUrls.get(spec.name);
  if (databaseUrl) env['KW_DATABASE_URL'] = databaseUrl;
  if (config.otlpEndpoint) env['KW_OTLP_ENDPOINT'] = config.otlpEndpoint;
  const port = config.httpPorts.get(spec.name);
  if (port !== undefined) {
    env['KW_HTTP_PORT'] = String(port);
    // Local development: reachable from this machine only.
    env['KW_HTTP_HOST'] = '127.0.0.1';
  }
  return env;
}

async function announceWhenHealthy(
  config: PlatformConfig,
  supervisor: ServiceSupervisor,
  stopping: () => boolean,
  operator: { url: string; user: string; password: string } | undefined,
  sims: DevSimulators | undefined,
): Promise<void> {
  // Every service first (migrations done, bus connected, consumers and RPC up), then the gateway's readiness.
  await supervisor.allReady();
  if (sims && operator && !stopping()) {
    await registerSimulatorApps(sims, operator, config.dataDir, say).catch((error: unknown) =>
      shout(`could not register the simulators as provider apps: ${(error as Error).message}`),
    );
  }
  const port = config.httpPorts.get('gateway');
  if (port === undefined || !existingServices(config.repoRoot).some((s) => s.name === 'gateway')) {
    say('Keywarden is up (no gateway in this checkout). Ctrl-C stops everything.');
    return;
  }
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!stopping() && Date.now() < deadline) {
    // Ready, not merely alive: the URL is printed once requests can be served.
    const ok = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      say(`Keywarden is up. Gateway: ${url}  (Ctrl-C stops everything)`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!stopping()) shout(`the gateway was not ready (${url}/readyz) within 120 s`);
}

async function shutdown(
  config: PlatformConfig,
  supervisor: ServiceSupervisor,
  infra: RunningInfra | undefined,
  sims: DevSimulators | undefined,
  reason: StopReason,
): Promise<number> {
  let clean = reason.kind === 'signal';
  const exits = await supervisor.stopAll(config.stopTimeoutMs);
  await sims?.stop();
  for (const exit of exits) {
    if (isCleanExit(exit)) say(describeExit(exit));
    else if (exit.requested) {
      clean = false;
      shout(describeExit(exit));
    }
  }
  if (infra) {
    await infra.stop().catch((error: unknown) => {
      clean = false;
      shout(`infrastructure did not stop cleanly: ${(error as Error).message}`);
    });
  }
  say(clean ? 'stopped cleanly' : 'stopped with errors');
  return clean ? 0 : 1;
}
