export { gatewayApp, gatewayRoutes, type GatewayDeps } from './app.js';
export { gatewayService } from './service.js';
