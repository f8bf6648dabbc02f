// Request and response schemas of /api/v1/secrets (rpc.secrets.*). Secret
// values appear only in request bodies and in the reveal/export replies.
import { z } from '@hono/zod-openapi';

export const GroupId = z.object({ groupId: z.uuid().openapi({ param: { name: 'groupId', in: 'path' } }) });
export const SecretId = z.object({ secretId: z.uuid().openapi({ param: { name: 'secretId', in: 'path' } }) });
export const ProviderId = z.object({ providerId: z.uuid().openapi({ param: { name: 'providerId', in: 'path' } }) });
const projectId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a project id').openapi({ param: { name: 'projectId', in: 'path' } });
const envKey = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,254}$/, 'letters, digits and "_", not starting with a digit').openapi({ param: { name: 'key', in: 'path' } });
const environment = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,22}[a-z0-9])?$/, "one of the project's environments").openapi({ param: { name: 'environment', in: 'path' }, example: 'staging' });
const applicationId = z.uuid().openapi({ param: { name: 'applicationId', in: 'path' }, example: '0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11' });
export const ProjectParams = z.object({ projectId });
export const GlobalKeyParams = z.object({ key: envKey });
export const ProjectKeyParams = z.object({ projectId, key: envKey });
export const EnvironmentParams = z.object({ projectId, environment });
export const EnvironmentKeyParams = z.object({ projectId, environment, key: envKey });
export const ApplicationParams = z.object({ applicationId });
export const ApplicationKeyParams = z.object({ applicationId, key: envKey });
export const OrgQuery = z.object({
  organizationId: z.uuid().optional().openapi({ description: "The project's organization: its members read the variables, its owners and admins change them (platform administrators may leave it out)" }),
});
export const SearchQuery = z.object({
  q: z.string().max(128).optional().openapi({ description: 'Part of the name, any case; empty: every secret' }),
  pageSize: z.coerce.number().int().min(1).max(100).optional().openapi({ description: 'Default 20' }),
  pageToken: z.string().max(600).optional(),
});

const reason = z.string().trim().min(3).max(500).openapi({ description: 'Why the plaintext is needed (audited)' });

export const CreateGroupInput = z.object({ name: z.string().min(1).max(63), description: z.string().max(1000).optional() }).strict().openapi('CreateSecretGroupInput');
export const UpdateGroupInput = z
  .object({
    name: z.string().min(1).max(63).optional().openapi({ description: 'Refused (409) while variables reference the group by name (@group:<name>)' }),
    description: z.string().max(1000).optional(),
  })
  .strict()
  .refine((input) => input.name !== undefined || input.description !== undefined, { message: 'name or description' })
  .openapi('UpdateSecretGroupInput', { description: 'Only the fields given change' });
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
export const RevealManyInput = z
  .object({
    reason,
    secrets: z.array(z.object({ secretId: z.uuid(), version: z.number().int().min(1).optional() }).strict()).min(1).max(256)
      .openapi({ description: 'Each secret at a version (its current one when left out), at most 256; each reveal is audited' }),
  })
  .strict()
  .openapi('RevealSecretsInput');
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
  .object({
    groupId: z.string(), name: z.string(), description: z.string(), providerId: z.string(), autoSync: z.boolean(), secretCount: z.number(),
    createdAt: z.string().optional(), updatedAt: z.string().optional(),
  })
  .openapi('SecretGroup');
export const SecretSummary = z
  .object({
    secretId: z.string(), groupId: z.string(), name: z.string(), description: z.string(), version: z.number(),
    preview: z.string().openapi({ description: 'Masked, e.g. postgres://****@****' }),
    source: z.string(), providerId: z.string(), providerReference: z.string(), lastSyncedAt: z.string().optional(), updatedAt: z.string().optional(),
    valueFingerprint: z.string(),
    groupName: z.string(),
    hasValue: z.boolean().openapi({ description: "Whether the current version's encrypted value is stored" }),
    createdAt: z.string().optional(),
  })
  .openapi('Secret');
export const EnvVarSummary = z
  .object({
    envVarId: z.string(),
    scope: z.enum(['global', 'project', 'environment', 'application']).openapi({ description: 'Each overrides the one before: global < project < environment < application' }),
    projectId: z.string(), environment: z.string(), applicationId: z.string(), key: z.string(),
    kind: z.enum(['plain', 'secret_ref', 'group_ref']), reference: z.string().openapi({ description: 'The secret id or group name of a reference' }),
    preview: z.string().openapi({ description: 'A plain value, masked' }), description: z.string(), updatedAt: z.string().optional(),
  })
  .openapi('EnvVar');
export const ResolvedVariable = z
  .object({
    key: z.string(),
    value: z.string().openapi({ description: 'Plain values only; empty for a secret (never its value)' }),
    scope: z.enum(['global', 'project', 'environment', 'application']).openapi({ description: 'Where the value came from' }),
    kind: z.enum(['plain', 'secret_ref', 'group_ref']),
    secretId: z.string(), secretVersion: z.number(), valueFingerprint: z.string().openapi({ description: "The secret version's keyed fingerprint" }),
    overrides: z.array(z.string()).openapi({ description: 'The scopes whose value for this key it replaced, nearest last' }),
    secretName: z.string(), groupName: z.string(),
    variableKey: z.string().openapi({ description: 'The variable that brought it: the key itself, or the @group: variable that expanded to it' }),
  })
  .openapi('ResolvedVariable');
export const ApplicationEnvironment = z
  .object({
    applicationId: z.string(), projectId: z.string(), environment: z.string(),
    variables: z.array(ResolvedVariable).openapi({ description: 'What a deploy of the application gets, by key' }),
    missing: z.array(z.object({ scope: z.string(), key: z.string(), reference: z.string() }).openapi('MissingReference'))
      .openapi({ description: 'References that do not resolve: a deploy fails until they are fixed' }),
  })
  .openapi('ApplicationEnvironment');

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
export const RevealedMany = z
  .object({ secrets: z.array(z.object({ secretId: z.string(), value: z.string(), version: z.number() })).openapi({ description: 'In the order asked' }) })
  .openapi('RevealedSecrets');
export const Imported = z
  .object({ created: z.array(z.string()), updated: z.array(z.string()), unchanged: z.array(z.string()), skipped: z.array(z.string()) })
  .openapi('ImportSecretsResult');
export const Exported = z.object({ content: z.string().openapi({ description: '.env text' }), count: z.number() }).openapi('ExportedGroup');
export const EnvVarResult = z.object({ envVar: EnvVarSummary.optional() }).openapi('EnvVarResult');
export const EnvVarList = z.object({ envVars: z.array(EnvVarSummary) }).openapi('EnvVarList');
export const GroupImported = z.object({ imported: z.array(z.string()), skipped: z.array(z.string()) }).openapi('ImportGroupToProjectResult');
export const ProviderResult = z.object({ providerId: z.string() }).openapi('SecretProviderResult');
export const ProviderSummary = z
  .object({
    providerId: z.string(), name: z.string(), providerType: z.string(), groupId: z.string(), groupName: z.string(), enabled: z.boolean(), autoSync: z.boolean(),
    schedule: z.string(), deleteMissing: z.boolean(), lastSyncAt: z.string().optional(),
    lastSyncStatus: z.enum(['', 'completed', 'failed']).openapi({ description: 'Empty before the first sync' }),
    lastSyncErrorClass: z.string().openapi({ description: 'auth, not_found, unavailable, invalid_response, conflict, invalid_config or unknown; empty after a success' }),
    lastSyncError: z.string().openapi({ description: 'What failed, without secret material; empty after a success' }),
    updatedAt: z.string().optional(),
  })
  .openapi('SecretProvider', { description: 'Never its settings: they hold credentials' });
export const ProviderList = z.object({ providers: z.array(ProviderSummary) }).openapi('SecretProviderList');
export const ProviderItem = z.object({ provider: ProviderSummary.optional() }).openapi('SecretProviderItem');
export const GroupDeleted = z.object({ deletedSecretCount: z.number() }).openapi('SecretGroupDeleted');
export const SearchResult = z
  .object({ secrets: z.array(SecretSummary), nextPageToken: z.string().openapi({ description: 'Empty on the last page' }) })
  .openapi('SecretSearchResult');
export const SyncResult = z
  .object({ syncId: z.string(), createdCount: z.number(), updatedCount: z.number(), deletedCount: z.number(), unchangedCount: z.number() })
  .openapi('ProviderSyncResult');
export const Rotated = z
  .object({ activeVersion: z.number(), rewrappedCount: z.number(), previousVersions: z.array(z.number()) })
  .openapi('MasterKeyRotated');
