// The broker's RPC endpoints (rpc.oauth.<Method>). GetAccessToken is for
// gitops-sync and deployer (NATS permissions); the others are for the gateway,
// which passes the authenticated actor.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { requireActor } from '../../app/access.js';
import type { Commands } from '../../app/commands.js';
import { completeConnect, connectAppGrant, disconnect, startConnect, type ConnectDeps } from '../../app/connect.js';
import type { Store } from '../../app/ports.js';
import { configureProviderApp, listProviderApps } from '../../app/provider-apps.js';
import type { Refresher } from '../../app/refresher.js';
import { accountStatus, listAccounts, type AccountStatusView } from '../../app/status.js';

const MAX_MIN_VALID_MINUTES = 24 * 60;

export function brokerEndpoints(deps: { database: Database; commands: Commands; store: Store; refresher: Refresher; connect: ConnectDeps }): AnyRpcEndpoint[] {
  const { database, refresher } = deps;
  const status = (view: AccountStatusView) => view;
  return [
    endpoint('oauth.GetAccessToken', async (req) => {
      const minutes = Math.min(Math.max(req.minValidMinutes, 0), MAX_MIN_VALID_MINUTES);
      const grant = await refresher.accessToken(req.accountId, minutes * 60_000, 'on_demand');
      return {
        accessToken: grant.accessToken, expiresAt: grant.expiresAt.toISOString(), generation: grant.generation,
        usernameHint: refresher.module(grant.provider).usernameHint || grant.username,
      };
    }),
    endpoint('oauth.ConfigureProviderApp', async (req) =>
      configureProviderApp(deps.commands, deps.store, requireActor(req.actor), {
        providerAppId: req.providerAppId, provider: req.provider, name: req.name, baseUrl: req.baseUrl, clientId: req.clientId,
        clientSecret: req.clientSecret, privateKeyPem: req.privateKeyPem, scopes: req.scopes, authorizeUrl: req.authorizeUrl,
        tokenUrl: req.tokenUrl, revocationUrl: req.revocationUrl, issuer: req.issuer, defaultExpiresInSeconds: req.defaultExpiresInSeconds,
        apiUrl: req.apiUrl,
      }, { database, keyring: deps.connect.keyring, key: req.idempotencyKey })),
    endpoint('oauth.ListProviderApps', async (req) => {
      requireActor(req.actor);
      return { providerApps: await listProviderApps(database) };
    }),
    endpoint('oauth.StartConnect', async (req) =>
      startConnect(deps.connect, requireActor(req.actor), req.providerAppId, req.redirectUri, { bindingHash: req.bindingHash, accountId: req.accountId })),
    endpoint('oauth.CompleteConnect', async (req) => {
      const actor = requireActor(req.actor);
      const { accountId, reconnected } = await completeConnect(deps.connect, actor, req.state, req.code, { bindingHash: req.bindingHash, browser: req.browser });
      return { account: status(await accountStatus(database, actor, accountId)), reconnected };
    }),
    endpoint('oauth.ConnectAppGrant', async (req) => {
      const actor = requireActor(req.actor);
      const { accountId, replayed } = await connectAppGrant(deps.connect, actor, req.providerAppId, req.grantKind, req.installationId, req.idempotencyKey);
      return { account: status(await accountStatus(database, actor, accountId)), replayed };
    }),
    endpoint('oauth.GetAccountStatus', async (req) => ({ account: status(await accountStatus(database, requireActor(req.actor), req.accountId)) })),
    endpoint('oauth.ListAccounts', async (req) => ({ accounts: await listAccounts(database, requireActor(req.actor), req.userId, req.all) })),
    endpoint('oauth.RefreshAccount', async (req) => {
      const actor = requireActor(req.actor);
      await accountStatus(database, actor, req.accountId);
      // "Refresh now": forced, whatever the token's remaining time.
      await refresher.refresh(req.accountId, 'manual', Number.POSITIVE_INFINITY);
      return { account: status(await accountStatus(database, actor, req.accountId)) };
    }),
    endpoint('oauth.DisconnectAccount', async (req) => {
      const actor = requireActor(req.actor);
      return { revokedAtProvider: await disconnect(deps.connect, actor, req.accountId, actor.userId === (await deps.store.grant(req.accountId)).userId ? 'user' : 'admin') };
    }),
  ];
}
