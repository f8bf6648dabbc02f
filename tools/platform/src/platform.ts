import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPlatformConfig, stopBudgetMs, type PlatformConfig } from './config.js';
import { ensureNatsServer, passwordOf, startInfra, type RunningInfra, type Supervision } from './infra.js';
import { NAME_WIDTH, PlatformLog } from './platform-log.js';
import { createPlatformMetrics, type PlatformMetrics } from './platform-metrics.js';
import { ServiceSupervisor, describeExit, isCleanExit } from './processes.js';
import { RestartPolicy } from './restart-policy.js';
import { provisionLocalBus } from './provision.js';
import { integrationsFileOf, loadIntegrations } from './integrations.js';
import { ensureConsoleBuilt } from './console-build.js';
import { loadOrCreateSecrets, type PlatformSecrets } from './secrets.js';
import { NATS_USERS, OPERATOR_NATS_USER, SERVICES, existingServices, type ServiceSpec } from './services.js';
import { SIMULATOR_APPS, registerSimulatorApps, startDevSimulators, type DevSimulators } from './simulators.js';
import { startSimulatedCluster, type SimulatedCluster } from './cluster.js';

const log = new PlatformLog();
const { say, shout } = log;

type StopReason = { kind: 'signal'; signal: string } | { kind: 'gave-up' } | { kind: 'failed' };

/**
 * The local platform: nats-server, PostgreSQL, the bus topology (streams and
 * durable consumers, provisioned as the operator), then every service that
 * exists, each supervised (restarted with backoff when it dies, given up on
 * after repeated fast crashes, which stops the platform). On a signal:
 * services first, then nats, then PostgreSQL, all within KW_STOP_TIMEOUT_MS
 * plus the infrastructure's grace times; a second signal kills everything at once.
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
  const logDir = join(config.dataDir, 'logs');
  try {
    await mkdir(logDir, { recursive: true });
  } catch (error) {
    shout(`could not create the data directory: ${(error as Error).message}`);
    return 1;
  }
  log.open(join(logDir, 'platform.log'));

  let requestStop: (reason: StopReason) => void = () => {};
  const stopRequested = new Promise<StopReason>((resolve) => {
    requestStop = resolve;
  });
  // Cancels a start-up still in progress (nats-server or PostgreSQL starting).
  const startAbort = new AbortController();
  let stopping = false;
  let forced = false;
  let infra: RunningInfra | undefined;
  const stop = (reason: StopReason) => {
    if (stopping) return;
    stopping = true;
    startAbort.abort();
    armWatchdog(config, () => force('the platform did not stop in time'));
    requestStop(reason);
  };
  const force = (why: string) => {
    if (forced) return;
    forced = true;
    shout(`${why}: killing every service, nats-server and PostgreSQL now`);
    supervisor.killAll();
    infra?.kill();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return force(`${signal} again`);
    say(`${signal} received: stopping services, then nats-server, then PostgreSQL (${signal} again kills them at once)`);
    stop({ kind: 'signal', signal });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // The launcher (start.ts) went away without forwarding a signal: do not outlive it.
  process.on('disconnect', () => onSignal('SIGTERM'));
  // A bug here must not leave nats-server and PostgreSQL running unattended.
  process.on('uncaughtException', (error) => {
    shout(`internal error: ${error.stack ?? error.message}`);
    stop({ kind: 'failed' });
  });

  const supervision: Supervision = {
    policy: () => new RestartPolicy(config.restart),
    say,
    shout,
    onGiveUp: () => stop({ kind: 'gave-up' }),
    onEvent: (part, event) => metrics.record(part, event),
  };
  const supervisor = new ServiceSupervisor({
    ...supervision,
    repoRoot: config.repoRoot,
    runtime: config.runtime,
    stdout: process.stdout,
    stderr: process.stderr,
    nameWidth: NAME_WIDTH,
    logDir,
    onEvent: supervision.onEvent,
  });
  const metrics = createPlatformMetrics(() => {
    const parts = [...(infra ? [infra.nats, infra.pg] : []), ...supervisor.parts];
    return new Map(parts.map((part) => [part.name, part.current !== undefined]));
  });

  let sims: DevSimulators | undefined;
  let cluster: SimulatedCluster | undefined;
  let operatorPassword = '';
  let reason: StopReason | undefined;
  try {
    await metrics.listen(config.metricsPort).catch((error: unknown) => {
      throw new Error(`the platform's metrics port ${config.metricsPort} (KW_PLATFORM_METRICS_PORT): ${(error as Error).message}`);
    });
    await startAll(config, supervisor, supervision, startAbort.signal, (started, secrets) => {
      infra = started;
      operatorPassword = passwordOf(secrets.nats, OPERATOR_NATS_USER);
    }, (started) => (sims = started), (started) => (cluster = started));
  } catch (error) {
    if (!startAbort.signal.aborted) shout(`could not start: ${(error as Error).message}`);
    stop({ kind: 'failed' });
    reason = await stopRequested;
  }
  if (!reason) {
    const operator = infra ? { url: infra.natsUrl, user: OPERATOR_NATS_USER, password: operatorPassword } : undefined;
    void announceWhenHealthy(config, supervisor, () => stopping, operator, sims);
    reason = await stopRequested;
  }
  const code = await shutdown(config, supervisor, infra, sims, cluster, metrics, reason);
  const exitCode = forced ? 1 : code;
  await log.close();
  return exitCode;
}

/**
 * The last resort: whatever hangs (a service ignoring SIGTERM is already
 * covered), everything is killed once the stop budget is spent.
 */
function armWatchdog(config: PlatformConfig, force: () => void): void {
  setTimeout(() => {
    force();
    // Give the kills a moment to land, then leave whatever still waits.
    setTimeout(() => process.exit(1), 1_000).unref();
  }, stopBudgetMs(config)).unref();
}

async function startAll(
  config: PlatformConfig,
  supervisor: ServiceSupervisor,
  supervision: Supervision,
  signal: AbortSignal,
  onInfra: (infra: RunningInfra, secrets: PlatformSecrets) => void,
  onSimulators: (sims: DevSimulators) => void,
  onCluster: (cluster: SimulatedCluster) => void,
): Promise<void> {
  await mkdir(config.dataDir, { recursive: true });
  say(`data directory ${config.dataDir} (pid ${process.pid})`);
  ensureNatsServer(say);

  const services = existingServices(config.repoRoot);
  const unbuilt = config.runtime === 'dist' ? services.filter((s) => !existsSync(join(config.repoRoot, s.dist))) : [];
  if (unbuilt.length > 0) {
    throw new Error(`KW_PLATFORM_RUNTIME=dist, but ${unbuilt.map((s) => s.dist).join(', ')} ${unbuilt.length === 1 ? 'is' : 'are'} missing: run \`npm run build\` first`);
  }
  const secretsFile = join(config.dataDir, 'secrets.json');
  const { secrets, created, added } = await loadOrCreateSecrets(secretsFile, {
    natsUsers: NATS_USERS,
    databaseRoles: SERVICES.flatMap((s) => (s.database ? [s.database] : [])),
    simulatorApps: SIMULATOR_APPS,
  });
  say(created ? `generated DEV-ONLY secrets in ${secretsFile} (kept for every later run)` : `using secrets from ${secretsFile}`);
  if (added.length > 0) say(`added secrets for ${added.join(', ')}`);

  // Before the gateway serves it: a console whose sources changed is rebuilt first.
  if (services.some((s) => s.name === 'gateway')) await ensureConsoleBuilt(config.repoRoot, say);
  const infra = await startInfra(config, secrets, services, supervision, signal);
  onInfra(infra, secrets);
  if (signal.aborted) return;
  const integrations = await loadIntegrations(integrationsFileOf(config.dataDir, process.env));
  await provisionLocalBus({ url: infra.natsUrl, user: OPERATOR_NATS_USER, password: passwordOf(secrets.nats, OPERATOR_NATS_USER) }, integrations, say);
  let gitlabUrl: string | undefined;
  if (config.simulators && services.some((s) => s.name === 'oauth-broker')) {
    const sims = await startDevSimulators(config.simulatorPorts, say, { gitlabTokenTtlSeconds: config.gitlabTokenTtlSeconds, clientSecrets: secrets.simulators });
    onSimulators(sims);
    gitlabUrl = sims.gitlab.url;
  }
  let kubeconfig: string | undefined;
  if (config.cluster === 'simulated') {
    const cluster = await startSimulatedCluster({ port: config.clusterPort, dataDir: config.dataDir, gitlabUrl }, say);
    onCluster(cluster);
    kubeconfig = cluster.kubeconfigPath;
  }

  for (const spec of services) {
    if (signal.aborted) return;
    const pid = await supervisor.start(spec, serviceEnv(spec, config, secrets, infra, kubeconfig));
    say(`started ${spec.name} (pid ${pid})`);
  }
}

// Set per service by the platform: a value left in the caller's shell must not
// leak into a service that should not have it (KW_DATABASE_URL into the gateway).
const PER_SERVICE = /^KW_(SERVICE_NAME|DATABASE_URL|NATS_.*|MASTER_KEYS|HTTP_PORT|HTTP_HOST|DATA_DIR|OTLP_ENDPOINT|JAEGER_UI_URL|PLATFORM_.*)$/;

function serviceEnv(spec: ServiceSpec, config: PlatformConfig, secrets: PlatformSecrets, infra: RunningInfra, kubeconfig: string | undefined) {
  const inherited = Object.entries(process.env).filter(([name, value]) => value !== undefined && !PER_SERVICE.test(name));
  const env: Record<string, string> = {
    ...(Object.fromEntries(inherited) as Record<string, string>),
    KW_SERVICE_NAME: spec.name,
    KW_NATS_URL: infra.natsUrl,
    KW_NATS_USER: spec.natsUser,
    KW_NATS_PASSWORD: passwordOf(secrets.nats, spec.natsUser),
    KW_MASTER_KEYS: secrets.masterKeys,
    KW_DATA_DIR: config.dataDir,
  };
  // Local development only: let the notifier post to receivers on this machine (the simulators).
  if (spec.name === 'notifier') env['KW_NOTIFIER_ALLOW_PRIVATE_TARGETS'] ??= 'true';
  // After an SSO sign-in the browser lands on the console, which picks the session up from the cookie.
  if (spec.name === 'gateway') env['KW_GATEWAY_POST_LOGIN_REDIRECT'] ??= '/';
  // The simulated cluster (KW_PLATFORM_CLUSTER=simulated) instead of the manifests target or a kubeconfig from the shell.
  if (kubeconfig && spec.name === 'deployer') env['KW_DEPLOYER_KUBECONFIG'] = kubeconfig;
  if (kubeconfig && spec.name === 'gitops-sync') env['KW_GITOPS_KUBECONFIG'] = kubeconfig;
  const databaseUrl = infra.databaseUrls.get(spec.name);
  if (databaseUrl) env['KW_DATABASE_URL'] = databaseUrl;
  if (config.otlpEndpoint) env['KW_OTLP_ENDPOINT'] = config.otlpEndpoint;
  if (config.jaegerUiUrl && spec.name === 'gateway') env['KW_JAEGER_UI_URL'] = config.jaegerUiUrl;
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
  cluster: SimulatedCluster | undefined,
  metrics: PlatformMetrics,
  reason: StopReason,
): Promise<number> {
  let clean = reason.kind === 'signal';
  // Nothing comes back while the rest stops (nats-server restarting during the services' drain, say).
  supervisor.holdAll();
  infra?.nats.hold();
  infra?.pg.hold();
  const { exits, down } = await supervisor.stopAll(config.stopTimeoutMs);
  for (const name of down) say(`${name} was not running (its restart is cancelled)`);
  // The simulators (and the simulated cluster, its clients gone) hold nothing worth waiting for.
  await Promise.race([Promise.all([sims?.stop(), cluster?.stop()]), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  for (const exit of exits) {
    if (isCleanExit(exit)) say(describeExit(exit));
    else {
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
  await metrics.close();
  say(clean ? 'stopped cleanly' : 'stopped with errors');
  return clean ? 0 : 1;
}
