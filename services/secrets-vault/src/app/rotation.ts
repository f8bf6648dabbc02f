// Master key rotation, online: rows are re-wrapped in small batches (Material.rewrapBatch: FOR
// UPDATE SKIP LOCKED), each batch its own transaction, while both key versions stay configured,
// so every value stays readable before, during and after.
import { randomUUID } from 'node:crypto';
import type { Database } from '@keywarden/db';
import { appendToStream } from '@keywarden/event-store';
import type { Clock } from '@keywarden/runtime';
import type { Material } from './ports.js';

export type RotationResult = { activeVersion: number; rewrappedCount: number; previousVersions: number[] };

export async function rotateMasterKey(
  database: Database,
  store: Material,
  clock: Clock,
  options: { actor?: string; batchSize?: number; onBatch?: (done: number) => Promise<void> | void } = {},
): Promise<RotationResult> {
  const started = clock.now();
  const active = store.keyring.activeVersion;
  const previousVersions = (await store.keyVersions(database.db)).filter((v) => v !== active);
  const batchSize = Math.min(Math.max(options.batchSize || 200, 1), 5000);
  let rewrapped = 0;
  for (;;) {
    const done = await store.rewrapBatch(batchSize);
    rewrapped += done;
    if (done > 0) await options.onBatch?.(rewrapped);
    if (done < batchSize) break;
  }
  if (rewrapped > 0 || previousVersions.length > 0) {
    const rotationId = randomUUID();
    const completed = clock.now();
    await database.db.transaction((tx) => appendToStream(tx, `master_key-${rotationId}`, [{ type: 'MasterKeyRotated', data: {
      rotationId, activeVersion: active, previousVersions, rewrappedCount: rewrapped, durationMs: completed.getTime() - started.getTime(),
      completedAt: completed.toISOString(), actorUserId: options.actor ?? 'system',
    } }], { expectedVersion: 'no_stream', metadata: { actor: options.actor ?? 'system' } }));
  }
  return { activeVersion: active, rewrappedCount: rewrapped, previousVersions };
}
