// Composition root of the gateway: the runtime reads the configuration,
// starts telemetry, NATS and HTTP, and stops them cleanly on SIGINT/SIGTERM.
import { runService } from '@keywarden/runtime';
import { gatewayService } from './service.js';

await runService(gatewayService);
