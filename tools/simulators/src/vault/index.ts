export { startVaultSimulator, type VaultSimulator } from './vault.js';
