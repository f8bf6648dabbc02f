// keywarden_deployments_total{result,trigger} and keywarden_webhook_rejected_total{reason},
// served on the service's GET /metrics (libs/runtime).
import { getMeter, type Counter } from '@keywarden/telemetry';

type DeployerMetrics = { deployments: Counter; webhookRejected: Counter };

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let made: DeployerMetrics | undefined;

export function deployerMetrics(): DeployerMetrics {
  if (!made) {
    const meter = getMeter('@keywarden/deployer');
    made = {
      deployments: meter.createCounter('keywarden_deployments', { description: 'Finished deployments, by result (succeeded/failed) and trigger' }),
      webhookRejected: meter.createCounter('keywarden_webhook_rejected', { description: 'Refused webhook deploy calls, by reason' }),
    };
  }
  return made;
}
