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

type SimulatorApp = { key: 'gitlab' | 'feishu'; provider: string; name: string; baseUrl: string; clientId: string; clientSecret: string; scopes: string[] };

/** The simulated user who "clicks Authorize" on every visit: there is no login page to click through. */
export const DEV_PROVIDER_USER = { gitlab: { id: 1, username: 'dev' }, feishu: { openId: 'ou_dev', name: 'Dev' } } as const;

export async function startDevSimulators(
  ports: { gitlab: number; feishu: number },
  say: Say,
  options: { gitlabTokenTtlSeconds?: number } = {},
): Promise<DevSimulators> {
  const gitlab = await startGitLabSimulator({ port: ports.gitlab, accessTtlSeconds: options.gitlabTokenTtlSeconds });
  const feishu = await startFeishuSimulator({ port: ports.feishu }).catch(async (error: unknown) => {
    await gitlab.close();
    throw error;
  });
  // Fresh secrets each run: the simulators forget everything when they stop anyway.
  const apps: SimulatorApp[] = [
    { key: 'gitlab', provider: 'gitlab', name: 'GitLab (local simulator)', baseUrl: gitlab.url, clientId: 'keywarden-dev', clientSecret: secret(), scopes: ['api', 'read_repository'] },
    { key: 'feishu', provider: 'feishu', name: 'Feishu (local simulator)', baseUrl: feishu.url, clientId: 'cli_keywarden_dev', clientSecret: secret(), scopes: ['contact:user.base:readonly'] },
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
 * Registers (or, on later runs, updates: the ports and secrets change) one
 * provider app per simulator through the broker's RPC, as the platform
 * operator acting with the admin role. The app ids are kept in the data
 * directory so that accounts connected earlier stay attached to their app.
 */
export async function registerSimulatorApps(
  sims: DevSimulators,
  nats: { url: string; user: string; password: string },
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
      const reply = await callRpc(nc, 'oauth.ConfigureProviderApp', { ...request, providerAppId: known[app.key] ?? '' }).catch((error: unknown) =>
        // An id from a data directory whose broker database was reset: register anew.
        known[app.key] ? callRpc(nc, 'oauth.ConfigureProviderApp', { ...request, providerAppId: '' }) : Promise.reject(error),
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
