// rpc.identity.* endpoints of `kw login` in the browser: ApproveCliLogin (the console, as the
// signed-in user) and RedeemCliLogin (the CLI through the gateway, anonymous).
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { requireActor } from '../../../app/actor.js';
import { approveCliLogin, redeemCliLogin, type CliLoginDeps } from '../../../app/cli-login/cli-login.js';

export function cliLoginEndpoints(deps: CliLoginDeps): AnyRpcEndpoint[] {
  return [
    endpoint('identity.ApproveCliLogin', async (req) => approveCliLogin(deps, requireActor(req.actor),
      { codeChallenge: req.codeChallenge, redirectUri: req.redirectUri, machine: req.machine, scopes: req.scopes })),
    endpoint('identity.RedeemCliLogin', async (req) => redeemCliLogin(deps, { code: req.code, codeVerifier: req.codeVerifier, redirectUri: req.redirectUri })),
  ];
}
