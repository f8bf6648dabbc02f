// What gitops-sync follows of other contexts (app/facts.ts says what it does with
// each), each a durable consumer whose effects commit with its inbox row.
import type { ConsumerSpec } from '@keywarden/runtime';
import type { Facts } from '../../app/facts.js';

export const OAUTH_CONSUMER = 'oauth-accounts';
export const IDENTITY_CONSUMER = 'organizations';

/** `onQueued`: wakes the sync workers once a batch that may have queued work committed. */
export function consumers(facts: Facts, onQueued: () => void = () => undefined): ConsumerSpec[] {
  return [
    {
      context: 'oauth', purpose: OAUTH_CONSUMER,
      types: ['AccountConnected', 'AccountDisconnected', 'TokenRefreshed', 'ReauthorizationRequired'],
      // The cluster work itself is queued, so a handler only writes rows: redeliveries are cheap.
      handle: (tx, event) => facts.onAccountEvent(tx, event),
      afterCommit: onQueued,
    },
    {
      context: 'identity', purpose: IDENTITY_CONSUMER,
      types: ['OrganizationCreated', 'OwnershipTransferred'],
      handle: (tx, event) => facts.onOrganizationEvent(tx, event),
      afterCommit: onQueued,
    },
  ];
}
