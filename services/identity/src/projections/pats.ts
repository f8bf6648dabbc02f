// Read model of personal access tokens: one row per token, from its events.
// The hash table and last_used_at are written beside it, not from events.
import type { EventData } from '@keywarden/contracts';
import type { Projection } from '@keywarden/event-store';
import { and, eq, isNull } from 'drizzle-orm';
import { personalAccessTokens } from '../schema/pats.js';

export const patsProjection: Projection = {
  name: 'personal_access_tokens',
  handles: ['PersonalAccessTokenCreated', 'PersonalAccessTokenRevoked'],
  async apply(tx, event) {
    if (event.type === 'PersonalAccessTokenCreated') {
      const d = event.data as EventData<'PersonalAccessTokenCreated'>;
      await tx.insert(personalAccessTokens).values({
        id: d.tokenId, userId: d.userId, name: d.name, description: d.description, scopes: d.scopes, tokenFingerprint: d.tokenFingerprint,
        expiresAt: d.expiresAt ? new Date(d.expiresAt) : null, createdAt: event.time,
      }).onConflictDoNothing();
      return;
    }
    const d = event.data as EventData<'PersonalAccessTokenRevoked'>;
    await tx.update(personalAccessTokens)
      .set({ revokedAt: event.time, revokedReason: d.reason })
      .where(and(eq(personalAccessTokens.id, d.tokenId), isNull(personalAccessTokens.revokedAt)));
  },
  reset: async (tx) => {
    await tx.delete(personalAccessTokens);
  },
};
