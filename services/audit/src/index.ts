export { auditService, auditMigrations } from './service.js';
export { auditConfig, auditSettings, type AuditSettings } from './config.js';
