// Every service in this process, each on its own test database, on one bus
// namespace, behind a gateway served through app.request(): what the fuzz test
// needs to send any operation of the OpenAPI document to the code that really
// answers it. Each service's log lines (warn and above) are kept so a test can
// read what a service said about an error it hit.
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { closeBus, connectBus } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { auditConfig, auditService, auditSettings } from '@keywarden/audit';
import { deployerConfig, deployerService } from '@keywarden/deployer';
import { startGateway, type TestGateway } from '@keywarden/gateway/testing';
import { gitopsSyncConfig, gitopsSyncService, manifestsTarget } from '@keywarden/gitops-sync';
import { identityConfig, identityService } from '@keywarden/identity';
import { notifierConfig, notifierService, notifierSettings } from '@keywarden/notifier';
import { oauthBrokerConfig, oauthBrokerService } from '@keywarden/oauth-broker';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { extraConfig as secretsConfig, secretsVaultService } from '@keywarden/secrets-vault';
import { createTestDatabase, testBus, testRoot, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';

export type LogLine = { service: string; level: string; msg: string; [key: string]: unknown };

export type TestPlatform = {
  gateway: TestGateway;
  services: Record<string, RunningService>;
  /** Every warn/error line any service wrote so far, parsed. */
  logs: LogLine[];
  stop: () => Promise<void>;
};

function collector(lines: LogLine[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
}

// The fuzz test sends thousands of requests from one client: rate limits would answer most of them.
const LIMITS = { KW_IDENTITY_SIGNIN_LIMIT_PER_IP: '1000000', KW_IDENTITY_SIGNIN_LIMIT_PER_ACCOUNT: '1000000', KW_IDENTITY_ALLOW_INSECURE_ISSUERS: 'true' };
const DEPLOYER_LIMITS = { KW_DEPLOYER_WEBHOOK_RATE_LIMIT: '1000000', KW_DEPLOYER_REJECTION_LIMIT: '1000000' };

export async function startTestPlatform(): Promise<TestPlatform> {
  const { natsUrl, namespace } = testBus();
  const dataDir = await mkdtemp(join(testRoot(), 'gw-platform-'));
  const logs: LogLine[] = [];
  const databases: TestDatabase[] = [];
  const services: Record<string, RunningService> = {};
  let nc: NatsConnection | undefined;
  let gateway: TestGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    if (nc) await closeBus(nc);
    for (const service of Object.values(services).reverse()) await service.stop();
    for (const db of databases) await db.drop();
  };
  const env = async (prefix: string, extra: Record<string, string> = {}) => {
    const db = await createTestDatabase(prefix);
    databases.push(db);
    return {
      KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'warn', KW_DATA_DIR: dataDir,
      KW_MASTER_KEYS: `1:${generateMasterKey()}`, ...extra,
    };
  };
  const options = { logDestination: collector(logs) };
  try {
    services['identity'] = await startService(identityService(), loadConfig('identity', await env('fz_identity', LIMITS), identityConfig, { database: true, masterKeys: true }), options);
    services['oauth-broker'] = await startService(oauthBrokerService(), loadConfig('oauth-broker', await env('fz_oauth', { KW_OAUTH_SCHEDULER_INTERVAL_MS: '3600000' }), oauthBrokerConfig), options);
    services['secrets-vault'] = await startService(secretsVaultService(), loadConfig('secrets-vault', await env('fz_secrets', { KW_SECRETS_REWRAP_ON_START: 'false' }), secretsConfig), options);
    services['gitops-sync'] = await startService(gitopsSyncService({ target: manifestsTarget(join(dataDir, 'gitops-sync')) }),
      loadConfig('gitops-sync', await env('fz_gitops', { KW_GITOPS_QUEUE_POLL_MS: '100' }), gitopsSyncConfig), options);
    services['deployer'] = await startService(deployerService(), loadConfig('deployer', await env('fz_deployer', { KW_DEPLOYER_QUEUE_POLL_MS: '100', ...DEPLOYER_LIMITS }), deployerConfig), options);
    const notifierEnv = loadConfig('notifier', await env('fz_notifier', { KW_NOTIFIER_SEND_TIMEOUT_MS: '1000' }), notifierConfig, { database: true, masterKeys: true });
    services['notifier'] = await startService(notifierService(() => notifierSettings(notifierEnv.extra)), notifierEnv, options);
    const auditEnv = loadConfig('audit', await env('fz_audit'), auditConfig, { database: true });
    services['audit'] = await startService(auditService(() => auditSettings(auditEnv.extra)), auditEnv, options);
    nc = await connectBus({ servers: natsUrl, name: 'gateway-platform-test' });
    gateway = await startGateway({ nc, namespace });
    await gateway.ready();
    return { gateway, services, logs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The console's build (services/console/dist), made when its sources changed: the gateway serves it at /. */
export { ensureConsoleBuilt } from '../../console-build.js';
