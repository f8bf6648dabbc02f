// Composition root of identity: the runtime reads the configuration
// (KW_IDENTITY_* on top of the shared variables), starts everything, and stops
// it cleanly on SIGINT/SIGTERM.
import { runService } from '@keywarden/runtime';
import { identityConfig } from './config.js';
import { identityService } from './service.js';

await runService(identityService(), { extraConfig: identityConfig, requireDatabase: true, requireMasterKeys: true });
