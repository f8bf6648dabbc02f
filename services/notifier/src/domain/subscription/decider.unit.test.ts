import { deciderSpec } from '@keywarden/testing/decider';
import { describe, it } from 'vitest';
import { subscriptionDecider, type SubscriptionEvent, type SubscriptionFacts } from './decider.js';

const at = new Date('2026-05-01T00:00:00Z');
const later = new Date('2026-05-02T00:00:00Z');
const facts: SubscriptionFacts = { subscriptionId: 's-1', organizationId: '', userId: 'u-1', channelId: 'c-1', kinds: ['deployment_failed'] };
const created: SubscriptionEvent = { type: 'SubscriptionCreated', data: { ...facts, createdAt: at.toISOString() } };
const deleted: SubscriptionEvent = {
  type: 'SubscriptionDeleted', data: { subscriptionId: 's-1', organizationId: '', userId: 'u-1', channelId: 'c-1', deletedAt: later.toISOString() },
};
const spec = deciderSpec(subscriptionDecider);

describe('subscription decider', () => {
  it('given no subscription, when one is created, then SubscriptionCreated', () => {
    spec.given([]).when({ type: 'CreateSubscription', subscription: facts, at }).then([created]);
  });

  it('given no subscription, when one is created for every credential warning, then its kinds stay empty', () => {
    spec.given([]).when({ type: 'CreateSubscription', subscription: { ...facts, kinds: [] }, at }).thenMatches([{ type: 'SubscriptionCreated', data: { kinds: [] } }]);
  });

  it('given a subscription, when it is created again, then it is refused', () => {
    spec.given([created]).when({ type: 'CreateSubscription', subscription: facts, at: later }).thenThrows({ code: 'ERR_CONFLICT', errorId: 'NOTIFY-sb02' });
  });

  it('given a deleted subscription, when it is created again, then it is refused (its stream has ended)', () => {
    spec.given([created, deleted]).when({ type: 'CreateSubscription', subscription: facts, at: later }).thenThrows('ERR_CONFLICT');
  });

  it('given a subscription, when it is deleted, then SubscriptionDeleted names it, its owner and its channel', () => {
    spec.given([created]).when({ type: 'DeleteSubscription', at: later }).then([deleted]);
  });

  it('given a deleted subscription, when it is deleted again, then nothing changes', () => {
    spec.given([created, deleted]).when({ type: 'DeleteSubscription', at: later }).thenNothing();
  });

  it('given no subscription, when it is deleted, then it is not found', () => {
    spec.given([]).when({ type: 'DeleteSubscription', at }).thenThrows({ code: 'ERR_NOT_FOUND', errorId: 'NOTIFY-sb01' });
  });
});
