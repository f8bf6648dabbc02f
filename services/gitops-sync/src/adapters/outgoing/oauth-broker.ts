// An account's token from oauth-broker (rpc.oauth.GetAccessToken): app/'s TokenSource.
// The token lives only in the Credentials returned here, the caller's locals
// and the Secret it writes.
import { RpcError, callRpc, isRpcError } from '@keywarden/bus';
import { fingerprint } from '@keywarden/crypto';
import type { Logger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Credentials, TokenFailure, TokenSource } from '../../app/ports.js';

/** oauth-broker's maximum: longer than any access token lives, so the grant is refreshed. */
const FRESH_MINUTES = 24 * 60;

export class AccountTokens implements TokenSource {
  /** Accounts whose provider's tokens live less than minValidMinutes (the broker said so): asked for any valid token. */
  private readonly shortLived = new Set<string>();
  constructor(private readonly deps: { nc: NatsConnection; namespace: string | undefined; minValidMinutes: number; logger: Logger }) {}

  async token(accountId: string, fresh: boolean): Promise<Credentials | TokenFailure> {
    try {
      const minValidMinutes = fresh ? FRESH_MINUTES : this.shortLived.has(accountId) ? 0 : this.deps.minValidMinutes;
      const ask = (minutes: number) => callRpc(this.deps.nc, 'oauth.GetAccessToken', { accountId, minValidMinutes: minutes }, { namespace: this.deps.namespace, timeoutMs: 15_000 });
      const reply = await ask(minValidMinutes).catch((error: unknown) => {
        // The provider's tokens live less than asked (a GitLab handing out one-minute tokens): the broker keeps
        // the token fresh on its own schedule and each refresh rewrites the Secret, so the current one will do.
        if (isRpcError(error, 'oauth.GetAccessToken') && error.code === 'ERR_VALIDATION' && minValidMinutes > 0) {
          if (!fresh) this.shortLived.add(accountId);
          return ask(0);
        }
        throw error;
      });
      return { username: reply.usernameHint || 'git', password: reply.accessToken, generation: reply.generation, fingerprint: fingerprint(reply.accessToken), accountId };
    } catch (error) {
      if (isRpcError(error, 'oauth.GetAccessToken')) {
        switch (error.code) {
          case 'ERR_ACCOUNT_NOT_FOUND': return { reason: 'no_account', detail: 'the account no longer exists at oauth-broker', retry: false, stale: false, accountId };
          case 'ERR_ACCOUNT_NOT_USABLE': return { reason: 'reauthorization_required', detail: 'the account must be connected again by its owner', retry: false, stale: true, accountId };
          default: break;
        }
      }
      const code = error instanceof RpcError ? error.code : 'ERR_UNKNOWN';
      this.deps.logger.warn({ accountId, code }, 'access token unavailable; will retry');
      return { reason: 'token_unavailable', detail: `oauth-broker did not return a token (${code})`, retry: true, stale: false, accountId };
    }
  }
}
