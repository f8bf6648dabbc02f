// Retention's SQL: the delete and the purge event in one transaction, so a purge is never done
// without its record (nor recorded without being done).
import type { Database } from '@keywarden/db';
import { appendToStream } from '@keywarden/event-store';
import { injectTraceContext } from '@keywarden/telemetry';
import { lt } from 'drizzle-orm';
import type { RetentionStore } from '../../../app/ports.js';
import { auditEntries, auditEntryLinks } from '../../../schema.js';

export function retentionStore(database: Database): RetentionStore {
  return {
    async purge(cutoff, decide, streamId) {
      return await database.db.transaction(async (tx) => {
        const deleted = await tx.delete(auditEntries).where(lt(auditEntries.time, cutoff)).returning({ eventId: auditEntries.eventId });
        await tx.delete(auditEntryLinks).where(lt(auditEntryLinks.time, cutoff));
        const events = decide(deleted.length);
        const metadata = { actor: 'service:audit', ...injectTraceContext<Record<string, string>>({}) };
        if (events.length > 0) await appendToStream(tx, streamId, events, { expectedVersion: 'no_stream', metadata });
        return { deletedCount: deleted.length };
      });
    },
  };
}
