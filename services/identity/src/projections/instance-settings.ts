// Read model of the instance settings (inline: a change is read back at once, and
// every sign-in reads it). One row; none while the settings are the defaults.
import type { EventData } from '@keywarden/contracts';
import type { DbOrTx } from '@keywarden/db';
import type { Projection } from '@keywarden/event-store';
import { eq } from 'drizzle-orm';
import { instanceSettings } from '../schema/instance.js';

export const instanceSettingsProjection: Projection = {
  name: 'instance_settings',
  handles: ['PasswordSignInDisabled', 'PasswordSignInEnabled'],
  async apply(tx, event) {
    const d = event.data as EventData<'PasswordSignInDisabled'>;
    const row = {
      id: 'settings', passwordSignIn: event.type === 'PasswordSignInDisabled' ? 'disabled' : 'enabled',
      updatedAt: event.time, updatedByUserId: d.actorUserId, version: event.streamVersion,
    };
    await tx.insert(instanceSettings).values(row).onConflictDoUpdate({ target: instanceSettings.id, set: row });
  },
  reset: async (tx) => {
    await tx.delete(instanceSettings);
  },
};

/** The settings row (one primary-key read); undefined while the settings are the defaults. */
export async function instanceSettingsRow(db: DbOrTx) {
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.id, 'settings'));
  return row;
}
