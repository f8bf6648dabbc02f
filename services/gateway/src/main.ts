// Composition root of the gateway: the runtime reads the configuration
// (KW_GATEWAY_* on top of the shared variables), starts telemetry, NATS and
// HTTP, and stops them cleanly on SIGINT/SIGTERM.
import { runService } from '@keywarden/runtime';
import { gatewayConfig } from './config.js';
import { gatewayService } from './service.js';

await runService(gatewayService, { extraConfig: gatewayConfig });
