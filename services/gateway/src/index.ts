export { createGatewayApp, type GatewayDeps } from './app.js';
export { GatewayConfigError, loadGatewayConfig, type GatewayConfig } from './config.js';
export type { NatsStatus } from './routes/health.js';
