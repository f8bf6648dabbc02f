export { secretsVaultService, migrations, type VaultOptions } from './service.js';
export { extraConfig } from './config.js';
export { authorize, type Permission } from './adapters/incoming/rpc.js';
export type { ProviderClient, RemoteSecret } from './adapters/outgoing/providers/index.js';
