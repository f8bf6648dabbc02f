// rpc.identity.* endpoints of personal access tokens. VerifyPersonalAccessToken
// is for the gateway only (NATS permissions): it receives the token's hash.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { requireActor } from '../../../app/actor.js';
import { createPat, listPats, revokePat, verifyPat, type PatDeps } from '../../../app/pats/tokens.js';

export function patEndpoints(deps: PatDeps): AnyRpcEndpoint[] {
  return [
    endpoint('identity.CreatePersonalAccessToken', async (req) =>
      createPat(deps, requireActor(req.actor), { name: req.name, description: req.description, scopes: req.scopes, expiresAt: req.expiresAt || undefined }, req.idempotencyKey)),
    endpoint('identity.ListPersonalAccessTokens', async (req) => ({ personalAccessTokens: await listPats(deps, requireActor(req.actor)) })),
    endpoint('identity.RevokePersonalAccessToken', async (req) =>
      ({ personalAccessToken: await revokePat(deps, requireActor(req.actor), req.tokenId) })),
    endpoint('identity.VerifyPersonalAccessToken', async (req) => verifyPat(deps, req.tokenHash)),
  ];
}
