// Read models the notifier keeps of other services' facts, to know whom an event concerns:
// organization members and roles (identity), account and provider-app owners (oauth-broker).
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import { and, eq } from 'drizzle-orm';
import { accountOwners, orgMembers, providerAppOwners, secretProviders } from '../schema.js';

export const membershipEventTypes = ['OrganizationCreated', 'MemberAdded', 'MemberRoleChanged', 'MemberRemoved', 'OwnershipTransferred'] as const;
export const ownershipEventTypes = ['AccountConnected', 'ProviderAppConfigured'] as const;
export const secretsOwnershipEventTypes = ['ProviderConfigured'] as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What these read models use of an event: the consumer's events and a replay's (tools/cli) both fit. */
export type FactEvent = Pick<ConsumedEvent, 'eventId' | 'type' | 'data'>;

async function setRole(tx: Tx, organizationId: string, userId: string, role: string): Promise<void> {
  if (!organizationId || !userId) return;
  await tx.insert(orgMembers).values({ organizationId, userId, role }).onConflictDoUpdate({ target: [orgMembers.organizationId, orgMembers.userId], set: { role } });
}

/** Applies identity's organization events in order. */
export async function applyMembership(tx: Tx, events: readonly FactEvent[]): Promise<void> {
  for (const { type, data } of events) {
    const org = str(data['organizationId']);
    switch (type) {
      case 'OrganizationCreated':
        await setRole(tx, org, str(data['ownerUserId']), 'owner');
        break;
      case 'MemberAdded':
      case 'MemberRoleChanged':
        await setRole(tx, org, str(data['userId']), str(data['role']) || 'member');
        break;
      case 'MemberRemoved':
        await tx.delete(orgMembers).where(and(eq(orgMembers.organizationId, org), eq(orgMembers.userId, str(data['userId']))));
        break;
      case 'OwnershipTransferred':
        // The previous owner stays a member as admin unless identity says otherwise (MemberRoleChanged/MemberRemoved follow).
        await setRole(tx, org, str(data['previousOwnerUserId']), 'admin');
        await setRole(tx, org, str(data['newOwnerUserId']), 'owner');
        break;
      default:
        break;
    }
  }
}

/** Applies oauth-broker's and secrets' ownership facts in order (before the batch's notifications are routed). */
export async function applyOwnership(tx: Tx, events: readonly FactEvent[]): Promise<void> {
  for (const { type, data } of events) {
    if (type === 'AccountConnected' && str(data['accountId']) && str(data['userId'])) {
      await tx.insert(accountOwners).values({ accountId: str(data['accountId']), userId: str(data['userId']) }).onConflictDoUpdate({ target: accountOwners.accountId, set: { userId: str(data['userId']) } });
    } else if (type === 'ProviderAppConfigured' && str(data['providerAppId']) && str(data['actorUserId'])) {
      await tx
        .insert(providerAppOwners)
        .values({ providerAppId: str(data['providerAppId']), userId: str(data['actorUserId']) })
        .onConflictDoUpdate({ target: providerAppOwners.providerAppId, set: { userId: str(data['actorUserId']) } });
    } else if (type === 'ProviderConfigured' && str(data['providerId']) && str(data['actorUserId']) && !str(data['actorUserId']).startsWith('service:')) {
      const row = { userId: str(data['actorUserId']), name: str(data['name']) || str(data['providerId']) };
      await tx.insert(secretProviders).values({ providerId: str(data['providerId']), ...row }).onConflictDoUpdate({ target: secretProviders.providerId, set: row });
    }
  }
}
