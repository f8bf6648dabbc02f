// Composition root of the deployer: configuration (KW_DEPLOYER_* on top of the
// shared variables, KW_MASTER_KEYS required), then everything starts;
// SIGINT/SIGTERM stop it cleanly.
import { runService } from '@keywarden/runtime';
import { deployerConfig } from './config.js';
import { deployerService } from './service.js';

await runService(deployerService(), { extraConfig: deployerConfig, requireDatabase: true, requireMasterKeys: true });
