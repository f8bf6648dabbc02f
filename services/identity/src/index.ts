// What other packages (tests, tools, benchmarks) may use of identity: its service definition and configuration.
export { identityService, identityMigrations } from './service.js';
export { identityConfig, identitySettings, type IdentitySettings } from './config.js';
