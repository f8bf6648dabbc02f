export { gatewayApp, gatewayRoutes, openApiDocument, type GatewayDeps } from './app.js';
export { gatewayService } from './service.js';
