// Local providers for a laptop: with no real GitLab or Feishu/Lark configured,
// the platform starts the protocol simulators from tools/simulators and
// registers a provider app for each in the oauth-broker, so a newcomer can
// connect an account end to end. Their grants live in memory: after a restart
// connected accounts need reconnecting (the broker reports
// ReauthorizationRequired), exactly as a real provider that forgot them would.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callRpc, closeBus, connectBus } from '@keywarden/bus';
import { startFeishuSimulator, startGitLabSimulator, type FeishuSimulator, type GitLabSimulator } from '@keywarden/simulators';
import type { Say } from './infra.js';

export type DevSimulators = {
  gitlab: GitLabSimulator;
  feishu: FeishuSimulator;
  apps: SimulatorApp[];
  stop: () => Promise<void>;
};

/** The simulators registered as provider apps; each gets a client secret kept in the data directory's secrets.json. */
export const SIMULATOR_APPS = ['gitlab', 'feishu'] as const;

type SimulatorApp = { key: (typeof SIMULATOR_APPS)[number]; provider: string; name: string; baseUrl: string; clientId: string; clientSecret: string; scopes: string[] };

/** The simulated user who "clicks Authorize" on every visit: there is no login page to click through. */
export const DEV_PROVIDER_USER = { gitlab: { id: 1, username: 'dev' }, feishu: { openId: 'ou_dev', name: 'Dev' } } as const;

export async function startDevSimulators(
  ports: { gitlab: number; feishu: number },
  say: Say,
  options: { gitlabTokenTtlSeconds?: number; clientSecrets?: Partial<Record<SimulatorApp['key'], string>> } = {},
): Promise<DevSimulators> {
  const gitlab = await startGitLabSimulator({ port: ports.gitlab, accessTtlSeconds: options.gitlabTokenTtlSeconds });
  const feishu = await startFeishuSimulator({ port: ports.feishu }).catch(async (error: unknown) => {
    await gitlab.close();
    throw error;
  });
  // The data directory's secrets (the platform passes them): the same on every start, so re-registering the apps
  // changes nothing in the broker. Fresh ones only when none are given (tests).
  const secrets = options.clientSecrets ?? {};
  const apps: SimulatorApp[] = [
    { key: 'gitlab', provider: 'gitlab', name: 'GitLab (local simulator)', baseUrl: gitlab.url, clientId: 'keywarden-dev', clientSecret: secrets.gitlab ?? secret(), scopes: ['api', 'read_repository'] },
    { key: 'feishu', provider: 'feishu', name: 'Feishu (local simulator)', baseUrl: feishu.url, clientId: 'cli_keywarden_dev', clientSecret: secrets.feishu ?? secret(), scopes: ['contact:user.base:readonly'] },
  ];
  gitlab.addApp({ clientId: apps[0]!.clientId, clientSecret: apps[0]!.clientSecret });
  gitlab.addUser(DEV_PROVIDER_USER.gitlab);
  gitlab.signIn(DEV_PROVIDER_USER.gitlab.id);
  feishu.addApp({ appId: apps[1]!.clientId, appSecret: apps[1]!.clientSecret });
  feishu.addUser(DEV_PROVIDER_USER.feishu);
  feishu.signIn(DEV_PROVIDER_USER.feishu.openId);
  say(`GitLab simulator on ${gitlab.url}, Feishu simulator on ${feishu.url} (KW_PLATFORM_SIMULATORS=off to skip)`);
  if (options.gitlabTokenTtlSeconds !== undefined && options.gitlabTokenTtlSeconds !== 7200) {
    say(`GitLab simulator access tokens live ${options.gitlabTokenTtlSeconds} s (KW_GITLAB_SIM_TOKEN_TTL_SECONDS)`);
  }
  return { gitlab, feishu, apps, stop: async () => void (await Promise.allSettled([gitlab.close(), feishu.close()])) };
}

const secret = () => `sim-${randomBytes(24).toString('base64url')}`;

/**
 * Registers (or, on later runs, configures again) one provider app per
 * simulator through the broker's RPC, as the platform operator acting with the
 * admin role. The app ids are kept in the data directory so that accounts
 * connected earlier stay attached to their app; with the same ports and the
 * data directory's secrets, configuring again appends nothing in the broker.
 */
export async function registerSimulatorApps(
  sims: DevSimulators,
  nats: { url: string; user: string; password: string; namespace?: string },
  dataDir: string,
  say: Say,
): Promise<Record<string, string>> {
  const file = join(dataDir, 'simulator-apps.json');
  const known = await readFile(file, 'utf8').then((text) => JSON.parse(text) as Record<string, string>, () => ({}) as Record<string, string>);
  const nc = await connectBus({ servers: nats.url, user: nats.user, pass: nats.password, name: 'platform' });
  const actor = { userId: 'platform', roles: ['admin'] };
  try {
    for (const app of sims.apps) {
      const request = { actor, provider: app.provider, name: app.name, baseUrl: app.baseUrl, clientId: app.clientId, clientSecret: app.clientSecret, scopes: app.scopes };
      const options = { namespace: nats.namespace };
      const reply = await callRpc(nc, 'oauth.ConfigureProviderApp', { ...request, providerAppId: known[app.key] ?? '' }, options).catch((error: unknown) =>
        // An id from a data directory whose broker database was reset: register anew.
        known[app.key] ? callRpc(nc, 'oauth.ConfigureProviderApp', { ...request, providerAppId: '' }, options) : Promise.reject(error),
      );
      known[app.key] = reply.providerAppId;
      say(`provider app "${app.name}" is ${reply.providerAppId}`);
    }
  } finally {
    await closeBus(nc);
  }
  await writeFile(file, `${JSON.stringify(known, null, 2)}\n`, { mode: 0o600 });
  return known;
}
