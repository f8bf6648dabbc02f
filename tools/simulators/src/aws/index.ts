export { startAwsSecretsManagerSimulator, type AwsSecretsManagerSimulator } from './secrets-manager.js';
