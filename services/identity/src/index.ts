// What other packages (tests, tools, benchmarks) may use of identity: its service definition and configuration.
export { identityService, identityMigrations } from './service.js';
export { identityConfig, identitySettings, type IdentitySettings } from './config.js';
// The auth area's pieces without RPC: the refresh-grants benchmark drives sessions directly.
export { buildAuthArea, type AuthInternals } from './wiring/auth.js';
