// WebhookRejected: the audit record of a refused webhook call, on the
// application's stream (or application-unknown). It depends on no state, so
// it is appended at whatever version the stream has; concurrent rejections
// on one stream collide on the version index and simply try again.
import type { Database } from '@keywarden/db';
import { ConcurrencyError, appendToStream, applyProjections, projectedFromRecorded } from '@keywarden/event-store';
import { injectTraceContext } from '@keywarden/telemetry';
import {
  UNKNOWN_APPLICATION_STREAM, applicationDecider, applicationStreamId, type WebhookRejectedData,
} from '../domain/application/application.js';
import { projections } from '../projections/read-models.js';
import { deployerMetrics } from './metrics.js';

const ATTEMPTS = 20;

export async function auditRejection(database: Database, data: WebhookRejectedData): Promise<void> {
  const events = applicationDecider.decide({ type: 'RejectWebhook', data }, applicationDecider.initialState());
  const streamId = data.applicationId ? applicationStreamId(data.applicationId) : UNKNOWN_APPLICATION_STREAM;
  const metadata = { actor: 'webhook', ...injectTraceContext<Record<string, string>>({}) };
  for (let attempt = 1; ; attempt++) {
    try {
      await database.db.transaction(async (tx) => {
        const recorded = await appendToStream(tx, streamId, events, { expectedVersion: 'any', metadata });
        await applyProjections(tx, projections, recorded.map(projectedFromRecorded));
      });
      break;
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
  deployerMetrics().webhookRejected.add(1, { reason: data.reason });
}
