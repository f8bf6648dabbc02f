// Which account each project's Secrets use, and its token from oauth-broker.
// The token lives only in the Credentials returned here, the caller's locals
// and the Secret it writes.
import { RpcError, callRpc } from '@keywarden/bus';
import { fingerprint } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { oauthAccounts, orgOwners, type projects } from '../adapters/db/schema.js';
import type { Credentials } from '../adapters/kube/objects.js';
import type { FailureReason } from '../domain/binding/binding.js';
import { accountProvidersFor } from '../domain/project/repository.js';

type Project = typeof projects.$inferSelect;
export type TokenFailure = { reason: FailureReason; detail: string; retry: boolean; stale: boolean; accountId: string };

/** oauth-broker's maximum: longer than any access token lives, so the grant is refreshed. */
const FRESH_MINUTES = 24 * 60;

export class AccountTokens {
  /** Accounts whose provider's tokens live less than minValidMinutes (the broker said so): asked for any valid token. */
  private readonly shortLived = new Set<string>();
  constructor(private readonly deps: { database: Database; nc: NatsConnection; namespace: string | undefined; minValidMinutes: number; logger: Logger }) {}

  /**
   * The account each project uses: its organization owner's most recently
   * connected active account for the repository's provider (gitlab → 'gitlab';
   * github → 'github' or 'github_app').
   */
  async resolve(rows: readonly Project[]): Promise<Map<string, string>> {
    const { db } = this.deps.database;
    const orgIds = [...new Set(rows.map((p) => p.organizationId))];
    if (orgIds.length === 0) return new Map();
    const owners = await db.select().from(orgOwners).where(inArray(orgOwners.organizationId, orgIds));
    const ownerOf = new Map(owners.map((o) => [o.organizationId, o.ownerUserId]));
    const userIds = [...new Set(owners.map((o) => o.ownerUserId))];
    const accounts = userIds.length
      ? await db.select().from(oauthAccounts).where(and(inArray(oauthAccounts.userId, userIds), eq(oauthAccounts.status, 'active'))).orderBy(desc(oauthAccounts.connectedAt))
      : [];
    const result = new Map<string, string>();
    for (const project of rows) {
      const owner = ownerOf.get(project.organizationId);
      const providers = accountProvidersFor(project.provider);
      const account = accounts.find((a) => a.userId === owner && providers.includes(a.provider));
      if (account) result.set(project.id, account.accountId);
    }
    return result;
  }

  /** `fresh`: Flux could not use the current token, so one valid a whole day is asked for, which makes the broker refresh now. */
  async token(accountId: string, fresh: boolean): Promise<Credentials | TokenFailure> {
    try {
      const minValidMinutes = fresh ? FRESH_MINUTES : this.shortLived.has(accountId) ? 0 : this.deps.minValidMinutes;
      const ask = (minutes: number) => callRpc(this.deps.nc, 'oauth.GetAccessToken', { accountId, minValidMinutes: minutes }, { namespace: this.deps.namespace, timeoutMs: 15_000 });
      const reply = await ask(minValidMinutes).catch((error: unknown) => {
        // The provider's tokens live less than asked (a GitLab handing out one-minute tokens): the broker keeps
        // the token fresh on its own schedule and each refresh rewrites the Secret, so the current one will do.
        if (error instanceof RpcError && error.code === 'ERR_VALIDATION' && minValidMinutes > 0) {
          if (!fresh) this.shortLived.add(accountId);
          return ask(0);
        }
        throw error;
      });
      return { username: reply.usernameHint || 'git', password: reply.accessToken, generation: reply.generation, fingerprint: fingerprint(reply.accessToken), accountId };
    } catch (error) {
      const code = error instanceof RpcError ? error.code : 'ERR_UNKNOWN';
      if (code === 'ERR_ACCOUNT_NOT_FOUND') return { reason: 'no_account', detail: 'the account no longer exists at oauth-broker', retry: false, stale: false, accountId };
      if (code === 'ERR_ACCOUNT_NOT_USABLE') return { reason: 'reauthorization_required', detail: 'the account must be connected again by its owner', retry: false, stale: true, accountId };
      this.deps.logger.warn({ accountId, code }, 'access token unavailable; will retry');
      return { reason: 'token_unavailable', detail: `oauth-broker did not return a token (${code})`, retry: true, stale: false, accountId };
    }
  }
}
