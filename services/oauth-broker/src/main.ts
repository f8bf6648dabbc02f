// Composition root of the oauth-broker: the runtime reads the configuration
// (KW_OAUTH_* on top of the shared variables), starts everything, and stops
// it cleanly on SIGINT/SIGTERM.
import { runService } from '@keywarden/runtime';
import { oauthBrokerConfig } from './config.js';
import { oauthBrokerService } from './service.js';

await runService(oauthBrokerService(), { extraConfig: oauthBrokerConfig, requireDatabase: true, requireMasterKeys: true });
