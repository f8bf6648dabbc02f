// Composition root of gitops-sync: configuration (KW_GITOPS_* on top of the
// shared variables), then everything starts; SIGINT/SIGTERM stop it cleanly.
import { runService } from '@keywarden/runtime';
import { gitopsSyncConfig } from './config.js';
import { gitopsSyncService } from './service.js';

await runService(gitopsSyncService(), { extraConfig: gitopsSyncConfig, requireDatabase: true });
