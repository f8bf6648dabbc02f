// What other packages (tests, tools) may use of the broker: its service definition and configuration.
export { oauthBrokerService, oauthBrokerMigrations, type BrokerHandles } from './service.js';
export { oauthBrokerConfig, brokerSettings, type BrokerSettings } from './config.js';
export { FEISHU_ERROR_CODES, classifyFeishu } from './adapters/outgoing/providers/feishu-errors.js';
