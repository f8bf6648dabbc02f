// What operators watch on secrets-vault's GET /metrics: external provider syncs
// by provider type and result. Labels are bounded: the provider's type, never
// its id, a group or a secret name.
import { getMeter, type Counter } from '@keywarden/telemetry';

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let syncs: Counter | undefined;

/** One provider sync that ran (not one skipped because another replica holds it). */
export function countProviderSync(provider: string, outcome: { ok: true } | { ok: false; errorClass: string }): void {
  syncs ??= getMeter('@keywarden/secrets-vault').createCounter('keywarden_secret_provider_sync', {
    description: 'Secret provider syncs by provider type and result (error_class on failures)',
  });
  syncs.add(1, outcome.ok ? { provider, result: 'success' } : { provider, result: 'failure', error_class: outcome.errorClass });
}
