export { secretsVaultService, migrations, type VaultOptions } from './service.js';
export { extraConfig } from './config.js';
export { authorize, type Permission } from './adapters/rpc.js';
export type { ProviderClient, RemoteSecret } from './adapters/providers/index.js';
