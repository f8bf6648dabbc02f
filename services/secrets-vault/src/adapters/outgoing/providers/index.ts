// The provider client of a configured provider, from its decrypted settings (app/ports.ts ProviderFactory).
import type { ProviderFactory, SettingsCheck } from '../../../app/ports.js';
import { ProviderError } from './types.js';
import { awsClient, awsSettings } from './aws.js';
import { infisicalClient, infisicalSettings } from './infisical.js';
import { vaultClient, vaultSettings } from './hashicorp-vault.js';
import { azureClient, azureSettings } from './azure.js';
import { gcpClient, gcpSettings } from './gcp.js';

export { ProviderError, type ProviderClient, type ProviderFactory, type RemoteSecret } from './types.js';

const SCHEMAS = { infisical: infisicalSettings, 'hashicorp-vault': vaultSettings, 'aws-secrets-manager': awsSettings, 'azure-keyvault': azureSettings,
  'gcp-secret-manager': gcpSettings } as const;

/** Validates the settings of a type; issues name fields, never values. */
export const checkSettings: SettingsCheck = (type, settings) => {
  const parsed = SCHEMAS[type].safeParse(settings);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))].join(', ');
    throw new ProviderError('invalid_config', `${type} settings are invalid: ${fields}`, { errorId: 'VAULT-fc26' });
  }
};

export const providerClient: ProviderFactory = (type, settings) => {
  checkSettings(type, settings);
  switch (type) {
    case 'infisical':
      return infisicalClient(infisicalSettings.parse(settings));
    case 'hashicorp-vault':
      return vaultClient(vaultSettings.parse(settings));
    case 'aws-secrets-manager':
      return awsClient(awsSettings.parse(settings));
    case 'azure-keyvault':
      return azureClient(azureSettings.parse(settings));
    case 'gcp-secret-manager':
      return gcpClient(gcpSettings.parse(settings));
  }
};
