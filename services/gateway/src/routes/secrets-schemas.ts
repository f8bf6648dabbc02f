// Request and response schemas of /api/v1/secrets (rpc.secrets.*). Secret
// values appear only in request bodies and in the reveal/export replies.
import { z } from '@hono/zod-openapi';

export const GroupId = z.object({ groupId: z.uuid().openapi({ param: { name: 'groupId', in: 'path' } }) });
export const SecretId = z.object({ secretId: z.uuid().openapi({ param: { name: 'secretId', in: 'path' } }) });
export const ProviderId = z.object({ providerId: z.uuid().openapi({ param: { name: 'providerId', in: 'path' } }) });
const projectId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a project id').openapi({ param: { name: 'projectId', in: 'path' } });
const envKey = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,254}$/, 'letters, digits and "_", not starting with a digit').openapi({ param: { name: 'key', in: 'path' } });
export const ProjectParams = z.object({ projectId });
export const GlobalKeyParams = z.object({ key: envKey });
export const ProjectKeyParams = z.object({ projectId, key: envKey });

const reason = z.string().trim().min(3).max(500).openapi({ description: 'Why the plaintext is needed (audited)' });

export const CreateGroupInput = z.object({ name: z.string().min(1).max(63), description: z.string().max(1000).optional() }).strict().openapi('CreateSecretGroupInput');
export const PutSecretInput = z
  .object({
    name: z.string().min(1).max(128),
    value: z.string().max(65_536),
    description: z.string().max(1000).optional(),
    replace: z.boolean().optional().openapi({ description: 'Allow a new version of an existing name' }),
  })
  .strict()
  .openapi('PutSecretInput');
export const ImportInput = z
  .object({
    format: z.enum(['json', 'dotenv']),
    content: z.string().min(1).max(1_048_576),
    overwrite: z.boolean().optional().openapi({ description: 'Existing names get the imported value as a new version (otherwise skipped)' }),
  })
  .strict()
  .openapi('ImportSecretsInput');
export const ReasonInput = z.object({ reason }).strict().openapi('ExportGroupInput');
export const RevealInput = z.object({ reason, version: z.number().int().min(1).optional() }).strict().openapi('RevealSecretInput');
export const RollbackInput = z.object({ toVersion: z.number().int().min(1) }).strict().openapi('RollbackSecretInput');
export const EnvVarInput = z
  .object({
    value: z.string().max(65_536).openapi({ description: 'A plain value, "@secret:<id>" or "@group:<name>"' }),
    description: z.string().max(1000).optional(),
  })
  .strict()
  .openapi('EnvVarInput');
export const ImportGroupInput = z.object({ groupId: z.uuid() }).strict().openapi('ImportGroupToProjectInput');
export const ProviderInput = z
  .object({
    name: z.string().min(1).max(200),
    providerType: z.enum(['infisical', 'hashicorp-vault', 'aws-secrets-manager', 'azure-keyvault', 'gcp-secret-manager']),
    groupId: z.uuid(),
    settings: z.record(z.string(), z.unknown()).openapi({ description: "The provider type's settings and credentials (stored encrypted)" }),
    enabled: z.boolean().optional(),
    autoSync: z.boolean().optional(),
    schedule: z.string().max(100).optional().openapi({ description: 'Cron expression (with seconds) for auto sync' }),
    deleteMissing: z.boolean().optional(),
  })
  .strict()
  .openapi('SecretProviderInput');
export const RotateInput = z.object({ batchSize: z.number().int().min(1).max(10_000).optional() }).strict().openapi('RotateMasterKeyInput');

export const GroupSummary = z
  .object({ groupId: z.string(), name: z.string(), description: z.string(), providerId: z.string(), autoSync: z.boolean(), secretCount: z.number() })
  .openapi('SecretGroup');
export const SecretSummary = z
  .object({
    secretId: z.string(), groupId: z.string(), name: z.string(), description: z.string(), version: z.number(),
    preview: z.string().openapi({ description: 'Masked, e.g. postgres://****@****' }),
    source: z.string(), providerId: z.string(), providerReference: z.string(), lastSyncedAt: z.string().optional(), updatedAt: z.string().optional(),
    valueFingerprint: z.string(),
  })
  .openapi('Secret');
export const EnvVarSummary = z
  .object({
    envVarId: z.string(), scope: z.string(), projectId: z.string(), key: z.string(), kind: z.string(), reference: z.string(),
    preview: z.string(), description: z.string(),
  })
  .openapi('EnvVar');

export const GroupResult = z.object({ group: GroupSummary.optional() }).openapi('SecretGroupResult');
export const GroupList = z.object({ groups: z.array(GroupSummary) }).openapi('SecretGroupList');
export const PutResult = z.object({ secret: SecretSummary.optional(), changed: z.boolean() }).openapi('PutSecretResult');
export const SecretResult = z.object({ secret: SecretSummary.optional() }).openapi('SecretResult');
export const SecretList = z.object({ secrets: z.array(SecretSummary) }).openapi('SecretList');
export const History = z
  .object({
    versions: z.array(z.object({
      version: z.number(), valueFingerprint: z.string(), source: z.string(), actorUserId: z.string(), createdAt: z.string().optional(), restoredVersion: z.number(),
    })),
  })
  .openapi('SecretHistory');
export const Revealed = z.object({ value: z.string(), version: z.number() }).openapi('RevealedSecret');
export const Imported = z
  .object({ created: z.array(z.string()), updated: z.array(z.string()), unchanged: z.array(z.string()), skipped: z.array(z.string()) })
  .openapi('ImportSecretsResult');
export const Exported = z.object({ content: z.string().openapi({ description: '.env text' }), count: z.number() }).openapi('ExportedGroup');
export const EnvVarResult = z.object({ envVar: EnvVarSummary.optional() }).openapi('EnvVarResult');
export const EnvVarList = z.object({ envVars: z.array(EnvVarSummary) }).openapi('EnvVarList');
export const GroupImported = z.object({ imported: z.array(z.string()), skipped: z.array(z.string()) }).openapi('ImportGroupToProjectResult');
export const ProviderResult = z.object({ providerId: z.string() }).openapi('SecretProviderResult');
export const SyncResult = z
  .object({ syncId: z.string(), createdCount: z.number(), updatedCount: z.number(), deletedCount: z.number(), unchangedCount: z.number() })
  .openapi('ProviderSyncResult');
export const Rotated = z
  .object({ activeVersion: z.number(), rewrappedCount: z.number(), previousVersions: z.array(z.number()) })
  .openapi('MasterKeyRotated');
