// Composition root: the runtime reads the configuration (with the audit service's own variables),
// starts database, bus, consumers, RPC and the retention task, and stops them on a signal.
import { loadConfig, runService } from '@keywarden/runtime';
import { auditConfig, auditSettings } from './config.js';
import { auditService } from './service.js';

await runService(auditService(() => auditSettings(loadConfig('audit', process.env, auditConfig).extra)), { extraConfig: auditConfig });
