// The subscription aggregate (stream subscription-<id>): a route from notification kinds to a
// channel of the same owner, created and possibly deleted. Whether the channel is the owner's
// and the kinds are known is checked before the command (app/management.ts): both are lookups.
// Pure: the subscription's id and time come in with the command.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { commonError } from '@keywarden/errors';
import type { Owner } from '../channel/channel.js';

// Event data is the contract's (notify/v1/subscription.proto); times are RFC 3339 strings.
export type SubscriptionEvent =
  | ContractEvent<'SubscriptionCreated', { createdAt: string }>
  | ContractEvent<'SubscriptionDeleted', { deletedAt: string }>;

/** What a new subscription is, as its event tells it. */
export type SubscriptionFacts = Omit<ContractData<'SubscriptionCreated', { createdAt: string }>, 'createdAt'>;

export type SubscriptionCommand =
  | { type: 'CreateSubscription'; subscription: SubscriptionFacts; at: Date }
  | { type: 'DeleteSubscription'; at: Date };

export type SubscriptionState =
  | { status: 'none' }
  | { status: 'active' | 'deleted'; subscriptionId: string; owner: Owner; channelId: string };

const noSuchSubscription = () => commonError('ERR_NOT_FOUND', 'no such subscription', { errorId: 'NOTIFY-sb01' });
const subscriptionExists = () => commonError('ERR_CONFLICT', 'the subscription exists already', { errorId: 'NOTIFY-sb02' });

export const subscriptionDecider: Decider<SubscriptionState, SubscriptionCommand, SubscriptionEvent> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateSubscription':
        // A deleted subscription's id is not taken again: its stream has ended.
        if (state.status !== 'none') throw subscriptionExists();
        return [{ type: 'SubscriptionCreated', data: { ...command.subscription, createdAt: command.at.toISOString() } }];
      case 'DeleteSubscription':
        if (state.status === 'none') throw noSuchSubscription();
        // Deleting a deleted subscription is a repeat (a race of two deletes): nothing changes.
        if (state.status === 'deleted') return [];
        return [{
          type: 'SubscriptionDeleted',
          data: {
            subscriptionId: state.subscriptionId, organizationId: state.owner.organizationId ?? '', userId: state.owner.userId ?? '',
            channelId: state.channelId, deletedAt: command.at.toISOString(),
          },
        }];
      default:
        return assertNever(command);
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'SubscriptionCreated': {
        const d = event.data;
        return { status: 'active', subscriptionId: d.subscriptionId, channelId: d.channelId, owner: { organizationId: d.organizationId || undefined, userId: d.userId || undefined } };
      }
      case 'SubscriptionDeleted':
        return state.status === 'none' ? state : { ...state, status: 'deleted' };
      default:
        return assertNever(event);
    }
  },
};
