export { notifierService, notifierConsumers, notifierMigrations } from './service.js';
export { notifierConfig, notifierSettings, type NotifierSettings } from './config.js';
