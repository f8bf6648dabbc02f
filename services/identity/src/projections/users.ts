// Read model of users, inline (same transaction as the user events). Its
// unique index on the normalized e-mail turns a racing second sign-up of the
// same address into a unique violation, which the app reports as ERR_CONFLICT.
import type { EventData } from '@keywarden/contracts';
import type { Projection, ProjectedEvent } from '@keywarden/event-store';
import { eq } from 'drizzle-orm';
import { users } from '../schema/users.js';
import { normalizeEmail } from '../domain/user/user.js';

const TYPES = ['UserRegistered', 'UserDisabled', 'UserEnabled', 'PasswordChanged'] as const;

export const usersProjection: Projection = {
  name: 'users',
  handles: TYPES,
  async apply(tx, event: ProjectedEvent) {
    const at = event.time;
    switch (event.type) {
      case 'UserRegistered': {
        const d = event.data as EventData<'UserRegistered'>;
        await tx.insert(users).values({
          id: d.userId, email: d.email, emailNormalized: normalizeEmail(d.email), displayName: d.displayName, roles: d.roles,
          status: 'active', method: d.method, identityProviderId: d.identityProviderId, createdAt: at, updatedAt: at,
        });
        return;
      }
      case 'UserDisabled':
        await tx.update(users).set({ status: 'disabled', updatedAt: at }).where(eq(users.id, (event.data as EventData<'UserDisabled'>).userId));
        return;
      case 'UserEnabled':
        await tx.update(users).set({ status: 'active', updatedAt: at }).where(eq(users.id, (event.data as EventData<'UserEnabled'>).userId));
        return;
      case 'PasswordChanged': {
        const d = event.data as EventData<'PasswordChanged'>;
        await tx.update(users).set({ passwordChangedAt: d.revokedBefore ? new Date(d.revokedBefore) : at, updatedAt: at }).where(eq(users.id, d.userId));
        return;
      }
      default:
        throw new Error(`users projection cannot apply ${event.type}`);
    }
  },
  reset: async (tx) => {
    await tx.delete(users);
  },
};
