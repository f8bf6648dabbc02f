// What the PAT area offers auth: ending a user's tokens in auth's own
// transaction (disable, password change) and the token cleanup's purge.
import type { Clock } from '@keywarden/runtime';
import { patStream } from '../../domain/pat/pat.js';
import type { PatsPort, Transactions } from '../ports.js';
import { commands } from '../commands.js';
import type { PatStore } from './ports.js';

export function patsPort(transactions: Transactions, store: PatStore, clock: Clock): PatsPort {
  return {
    async revokeAllOfUser(tx, userId, reason, actorUserId) {
      // Each revocation is a savepoint of the caller's transaction: all end, or none.
      const inTx = commands(transactions.within(tx));
      const ids = await store.activeIdsOfUser(tx, userId, clock.now());
      let revoked = 0;
      for (const tokenId of ids) {
        const result = await inTx.pat(patStream(tokenId), { type: 'Revoke', actorUserId, reason }, { metadata: { actor: actorUserId } });
        revoked += result.events.length;
      }
      return revoked;
    },
    purge: (tx, before, now) => store.purge(tx, before, now),
  };
}
