// Composition root of secrets-vault: the runtime reads the configuration (KW_MASTER_KEYS is
// required: a random key at boot would lose every secret on restart), starts and stops it.
import { runService } from '@keywarden/runtime';
import { extraConfig } from './config.js';
import { secretsVaultService } from './service.js';

await runService(secretsVaultService(), { extraConfig, requireDatabase: true, requireMasterKeys: true });
